<?php
/**
 * Editorial notes: comments of type "note", anchored in the document, kept off the public site.
 *
 * @package PressworkDesk
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Stores notes and replies as comments (type "note"), with the anchor and the resolved state
 * ("_wp_note_status", as WordPress 6.9's Notes) in comment meta, and hides them from every
 * comment query, count and feed that does not ask for them.
 */
class Presswork_Desk_Notes {

	const TYPE = 'note';

	/** Adds the hooks. */
	public static function hook() {
		add_action( 'pre_get_comments', array( __CLASS__, 'exclude_from_query' ) );
		add_filter( 'comment_feed_where', array( __CLASS__, 'exclude_from_feed' ) );
		add_filter( 'pre_wp_update_comment_count_now', array( __CLASS__, 'post_comment_count' ), 10, 3 );
		add_filter( 'wp_count_comments', array( __CLASS__, 'count_comments' ), 10, 2 );
	}

	/**
	 * Comment queries leave notes out, even when they ask for the type (wp/v2/comments?type=note
	 * would show them to anyone who may read the post): only this plugin's own queries, flagged
	 * with presswork_notes after their permission check, see them.
	 *
	 * @param WP_Comment_Query $query The query.
	 */
	public static function exclude_from_query( $query ) {
		if ( ! empty( $query->query_vars['presswork_notes'] ) ) {
			return;
		}
		$query->query_vars['type__not_in'] = array_merge( (array) $query->query_vars['type__not_in'], array( self::TYPE ) );
	}

	/**
	 * Comment feeds leave notes out.
	 *
	 * @param string $where The feed's WHERE clause.
	 */
	public static function exclude_from_feed( $where ) {
		global $wpdb;
		return $where . $wpdb->prepare( " AND {$wpdb->comments}.comment_type != %s", self::TYPE );
	}

	/**
	 * The post's comment_count leaves notes out.
	 *
	 * @param int|null $count   A count from another filter.
	 * @param int      $old     The previous count.
	 * @param int      $post_id The post.
	 */
	public static function post_comment_count( $count, $old, $post_id ) {
		if ( null !== $count ) {
			return $count;
		}
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->comments} WHERE comment_post_ID = %d AND comment_approved = '1' AND comment_type != %s", $post_id, self::TYPE ) );
	}

	/**
	 * The site's comment counts (wp-admin's menus and lists) leave notes out.
	 *
	 * @param array|stdClass $stats   Counts from another filter.
	 * @param int            $post_id The post, or 0 for the site.
	 */
	public static function count_comments( $stats, $post_id ) {
		if ( ! empty( $stats ) ) {
			return $stats;
		}
		global $wpdb;
		$where = $wpdb->prepare( 'WHERE comment_type != %s', self::TYPE );
		if ( $post_id > 0 ) {
			$where .= $wpdb->prepare( ' AND comment_post_ID = %d', $post_id );
		}
		$rows  = $wpdb->get_results( "SELECT comment_approved, COUNT(*) AS n FROM {$wpdb->comments} {$where} GROUP BY comment_approved", ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- $where is prepared above.
		$names = array(
			'0'            => 'moderated',
			'1'            => 'approved',
			'spam'         => 'spam',
			'trash'        => 'trash',
			'post-trashed' => 'post-trashed',
		);
		$out   = array_fill_keys( array_merge( array_values( $names ), array( 'total_comments', 'all' ) ), 0 );
		foreach ( $rows as $row ) {
			$name = $names[ $row['comment_approved'] ] ?? null;
			if ( null === $name ) {
				continue;
			}
			$out[ $name ] = (int) $row['n'];
			if ( 'spam' !== $name && 'trash' !== $name && 'post-trashed' !== $name ) {
				$out['total_comments'] += (int) $row['n'];
				$out['all']            += (int) $row['n'];
			}
		}
		return (object) $out;
	}

	/**
	 * A note as the API answers it.
	 *
	 * @param WP_Comment $note The note.
	 */
	public static function to_array( $note ) {
		$anchor = get_comment_meta( $note->comment_ID, '_presswork_anchor', true );
		return array(
			'id'        => (int) $note->comment_ID,
			'parent'    => (int) $note->comment_parent,
			'author'    => array(
				'id'   => (int) $note->user_id,
				'name' => $note->comment_author,
			),
			'content'   => $note->comment_content,
			'anchor'    => $anchor ? json_decode( $anchor, true ) : null,
			'status'    => 'resolved' === get_comment_meta( $note->comment_ID, '_wp_note_status', true ) ? 'resolved' : 'open',
			'createdAt' => mysql_to_rfc3339( $note->comment_date_gmt ),
		);
	}

	/**
	 * A story's notes, oldest first (replies after their note by id).
	 *
	 * @param int $post_id The story.
	 */
	public static function list_for( $post_id ) {
		$notes = get_comments(
			array(
				'post_id'         => $post_id,
				'type'            => self::TYPE,
				'status'          => 'all',
				'orderby'         => 'comment_ID',
				'order'           => 'ASC',
				'presswork_notes' => true,
			)
		);
		return array_map( array( __CLASS__, 'to_array' ), $notes );
	}

	/**
	 * Adds a note or a reply by the current user.
	 *
	 * @param int        $post_id The story.
	 * @param string     $content The text.
	 * @param array|null $anchor  Where in the document (top-level notes).
	 * @param int        $parent  The note replied to, or 0.
	 * @return WP_Comment|WP_Error
	 */
	public static function add( $post_id, $content, $anchor, $parent ) {
		$user = wp_get_current_user();
		$id   = wp_insert_comment(
			array(
				'comment_post_ID'      => $post_id,
				'comment_type'         => self::TYPE,
				'comment_content'      => $content,
				'comment_parent'       => $parent,
				'user_id'              => $user->ID,
				'comment_author'       => $user->display_name,
				'comment_author_email' => $user->user_email,
				'comment_approved'     => '1',
			)
		);
		if ( ! $id ) {
			return new WP_Error( 'presswork_note_failed', __( 'The note could not be saved.', 'presswork-desk' ), array( 'status' => 500 ) );
		}
		if ( null !== $anchor ) {
			add_comment_meta( $id, '_presswork_anchor', wp_slash( wp_json_encode( $anchor ) ), true );
		}
		return get_comment( $id );
	}

	/**
	 * Open top-level notes per story, in one query.
	 *
	 * @param int[] $post_ids The stories.
	 * @return array<int,int>
	 */
	public static function open_counts( $post_ids ) {
		global $wpdb;
		$post_ids = array_map( 'intval', $post_ids );
		$out      = array_fill_keys( $post_ids, 0 );
		if ( ! $post_ids ) {
			return $out;
		}
		$in   = implode( ',', array_fill( 0, count( $post_ids ), '%d' ) );
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- $in is placeholders only.
				"SELECT c.comment_post_ID AS post_id, COUNT(*) AS n FROM {$wpdb->comments} c LEFT JOIN {$wpdb->commentmeta} m ON m.comment_id = c.comment_ID AND m.meta_key = '_wp_note_status' WHERE c.comment_post_ID IN ($in) AND c.comment_type = %s AND c.comment_parent = 0 AND c.comment_approved = '1' AND ( m.meta_value IS NULL OR m.meta_value != 'resolved' ) GROUP BY c.comment_post_ID",
				array_merge( $post_ids, array( self::TYPE ) )
			),
			ARRAY_A
		);
		foreach ( $rows as $row ) {
			$out[ (int) $row['post_id'] ] = (int) $row['n'];
		}
		return $out;
	}
}
