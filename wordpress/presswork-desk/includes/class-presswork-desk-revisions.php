<?php
/**
 * Desk revisions: every version a workstation saves, kept as pw_revision posts under the story.
 *
 * @package PressworkDesk
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Stores revisions as a hidden post type: no schema to migrate, post_parent ties them to the story,
 * and WordPress's own caches, exports and deletion tools apply. The document lives in meta, which
 * content filters (kses) never rewrite.
 */
class Presswork_Desk_Revisions {

	const TYPE  = 'pw_revision';
	const KINDS = array( 'autosave', 'checkpoint', 'sent_to_copy', 'status_change', 'publish', 'merge' );

	/** Adds the hooks. */
	public static function hook() {
		add_action( 'init', array( __CLASS__, 'register' ) );
		add_action( 'before_delete_post', array( __CLASS__, 'delete_for_story' ) );
	}

	/** Registers the hidden post type. */
	public static function register() {
		register_post_type(
			self::TYPE,
			array(
				'label'               => __( 'Desk revisions', 'presswork-desk' ),
				'public'              => false,
				'show_ui'             => false,
				'show_in_rest'        => false,
				'exclude_from_search' => true,
				'publicly_queryable'  => false,
				'query_var'           => false,
				'rewrite'             => false,
				'supports'            => array( 'author' ),
			)
		);
	}

	/**
	 * Saves one revision.
	 *
	 * @param int    $post_id  The story.
	 * @param string $document The document.
	 * @param array  $fields   Its fields.
	 * @param string $kind     One of KINDS.
	 * @return int|WP_Error The revision's id.
	 */
	public static function create( $post_id, $document, $fields, $kind ) {
		$id = wp_insert_post(
			array(
				'post_type'   => self::TYPE,
				'post_status' => 'private',
				'post_parent' => $post_id,
				'post_author' => get_current_user_id(),
				'post_title'  => $kind,
				'meta_input'  => array(
					'_presswork_kind'     => $kind,
					'_presswork_document' => wp_slash( $document ),
					'_presswork_fields'   => wp_slash( wp_json_encode( $fields ) ),
				),
			),
			true
		);
		return is_wp_error( $id ) ? $id : (int) $id;
	}

	/**
	 * Lists a story's revisions, newest first, without documents.
	 *
	 * @param int $post_id  The story.
	 * @param int $page     Page, from 1.
	 * @param int $per_page Page size.
	 * @return array{items: array, total: int}
	 */
	public static function list_for( $post_id, $page, $per_page ) {
		$query = new WP_Query(
			array(
				'post_type'      => self::TYPE,
				'post_status'    => 'private',
				'post_parent'    => $post_id,
				'orderby'        => 'ID',
				'order'          => 'DESC',
				'paged'          => $page,
				'posts_per_page' => $per_page,
				'perm'           => '',
			)
		);
		$items = array();
		foreach ( $query->posts as $revision ) {
			$items[] = self::summary( $revision );
		}
		return array(
			'items' => $items,
			'total' => (int) $query->found_posts,
		);
	}

	/**
	 * One revision without its document.
	 *
	 * @param WP_Post $revision The revision.
	 */
	public static function summary( $revision ) {
		$author = get_userdata( (int) $revision->post_author );
		return array(
			'id'         => (int) $revision->ID,
			'kind'       => (string) get_post_meta( $revision->ID, '_presswork_kind', true ),
			'author'     => array(
				'id'   => (int) $revision->post_author,
				'name' => $author ? $author->display_name : '',
			),
			'createdAt'  => mysql_to_rfc3339( $revision->post_date_gmt ),
		);
	}

	/**
	 * One revision of the story with its document, or null.
	 *
	 * @param int $post_id     The story.
	 * @param int $revision_id The revision.
	 */
	public static function get( $post_id, $revision_id ) {
		$revision = get_post( $revision_id );
		if ( ! $revision || self::TYPE !== $revision->post_type || (int) $revision->post_parent !== (int) $post_id ) {
			return null;
		}
		return self::summary( $revision ) + array(
			'document' => (string) get_post_meta( $revision->ID, '_presswork_document', true ),
			'fields'   => json_decode( (string) get_post_meta( $revision->ID, '_presswork_fields', true ), true ),
		);
	}

	/**
	 * A story's revisions go with it.
	 *
	 * @param int $post_id The post being deleted.
	 */
	public static function delete_for_story( $post_id ) {
		if ( 'post' !== get_post_type( $post_id ) ) {
			return;
		}
		$ids = get_posts(
			array(
				'post_type'   => self::TYPE,
				'post_status' => 'any',
				'post_parent' => $post_id,
				'fields'      => 'ids',
				'numberposts' => -1,
			)
		);
		foreach ( $ids as $id ) {
			wp_delete_post( $id, true );
		}
	}
}
