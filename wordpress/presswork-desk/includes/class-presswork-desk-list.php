<?php
/**
 * The desk list: shared stories with status, lock, last change and open notes, a page at a time.
 *
 * @package PressworkDesk
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Builds a page of the desk with a fixed number of queries: the page, its meta, its users, its notes.
 */
class Presswork_Desk_List {

	/**
	 * One page of shared stories.
	 *
	 * @param array $filters status, section (category slug), person (author id), page, per_page.
	 * @return array{items: array, total: int}
	 */
	public static function page( $filters ) {
		$statuses = array_merge( array( 'draft', 'pending', 'future', 'publish', 'private' ), Presswork_Desk_Statuses::DESK );
		$args     = array(
			'post_type'              => 'post',
			'post_status'            => $filters['status'] ? array( $filters['status'] ) : $statuses,
			'meta_key'               => 'presswork_revision', // phpcs:ignore WordPress.DB.SlowDBQuery -- indexed key; shared stories only.
			'orderby'                => 'modified',
			'order'                  => 'DESC',
			'paged'                  => $filters['page'],
			'posts_per_page'         => $filters['per_page'],
			'update_post_meta_cache' => false,
			'update_post_term_cache' => false,
			'ignore_sticky_posts'    => true,
			'perm'                   => 'editable',
		);
		if ( $filters['section'] ) {
			$args['category_name'] = $filters['section'];
		}
		if ( $filters['person'] ) {
			$args['author'] = $filters['person'];
		}
		$query = new WP_Query( $args );
		$posts = $query->posts;
		$ids   = wp_list_pluck( $posts, 'ID' );
		$meta  = self::meta( $ids );
		$users = array();
		foreach ( $posts as $post ) {
			$users[] = (int) $post->post_author;
			$users[] = (int) ( $meta[ $post->ID ]['_edit_last'] ?? 0 );
			$users[] = (int) ( explode( ':', $meta[ $post->ID ]['_edit_lock'] ?? '0:0' )[1] ?? 0 );
		}
		$users  = array_values( array_filter( array_unique( $users ) ) );
		$names  = array();
		if ( $users ) {
			foreach ( get_users( array( 'include' => $users, 'fields' => array( 'ID', 'display_name' ) ) ) as $user ) {
				$names[ (int) $user->ID ] = $user->display_name;
			}
		}
		$notes  = Presswork_Desk_Notes::open_counts( $ids );
		$window = apply_filters( 'wp_check_post_lock_window', 150 ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals -- core's filter.
		$items  = array();
		foreach ( $posts as $post ) {
			$m    = $meta[ $post->ID ] ?? array();
			$lock = null;
			if ( ! empty( $m['_edit_lock'] ) ) {
				$parts = explode( ':', $m['_edit_lock'] );
				$who   = (int) ( $parts[1] ?? 0 );
				if ( $who && (int) $parts[0] > time() - $window ) {
					$lock = array(
						'userId' => $who,
						'name'   => $names[ $who ] ?? '',
						'since'  => gmdate( 'c', (int) $parts[0] ),
					);
				}
			}
			$by      = (int) ( $m['_edit_last'] ?? 0 );
			$items[] = array(
				'id'         => (int) $post->ID,
				'title'      => $post->post_title,
				'status'     => $post->post_status,
				'author'     => array(
					'id'   => (int) $post->post_author,
					'name' => $names[ (int) $post->post_author ] ?? '',
				),
				'revision'   => (int) ( $m['presswork_revision'] ?? 0 ),
				'lock'       => $lock,
				'modifiedAt' => mysql_to_rfc3339( $post->post_modified_gmt ),
				'modifiedBy' => $by ? array(
					'id'   => $by,
					'name' => $names[ $by ] ?? '',
				) : null,
				'openNotes'  => $notes[ $post->ID ] ?? 0,
			);
		}
		return array(
			'items' => $items,
			'total' => (int) $query->found_posts,
		);
	}

	/**
	 * The few meta values the list shows, for the whole page in one query (never the documents).
	 *
	 * @param int[] $ids The page's stories.
	 * @return array<int,array<string,string>>
	 */
	private static function meta( $ids ) {
		global $wpdb;
		$out = array();
		if ( ! $ids ) {
			return $out;
		}
		$in   = implode( ',', array_fill( 0, count( $ids ), '%d' ) );
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- $in is placeholders only.
				"SELECT post_id, meta_key, meta_value FROM {$wpdb->postmeta} WHERE post_id IN ($in) AND meta_key IN ('_edit_lock', '_edit_last', 'presswork_revision')",
				$ids
			),
			ARRAY_A
		);
		foreach ( $rows as $row ) {
			$out[ (int) $row['post_id'] ][ $row['meta_key'] ] = $row['meta_value'];
		}
		return $out;
	}
}
