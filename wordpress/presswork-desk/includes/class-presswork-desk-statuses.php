<?php
/**
 * The desk's statuses and who may move a story between them.
 *
 * @package PressworkDesk
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers In copy, Copy edited, Ready and Spiked, and checks every status move by capability.
 */
class Presswork_Desk_Statuses {

	const DESK = array( 'pw-in-copy', 'pw-copy-edited', 'pw-ready', 'pw-spiked' );

	/** Adds the hooks. */
	public static function hook() {
		add_action( 'init', array( __CLASS__, 'register' ) );
		add_filter( 'rest_pre_insert_post', array( __CLASS__, 'check_rest_move' ), 10, 2 );
		add_filter( 'wp_insert_post_data', array( __CLASS__, 'check_other_move' ), 10, 2 );
	}

	/** Registers the statuses: private to the desk, their publish date left floating. */
	public static function register() {
		$labels = array(
			'pw-in-copy'     => array( __( 'In copy', 'presswork-desk' ), _n_noop( 'In copy <span class="count">(%s)</span>', 'In copy <span class="count">(%s)</span>', 'presswork-desk' ) ),
			'pw-copy-edited' => array( __( 'Copy edited', 'presswork-desk' ), _n_noop( 'Copy edited <span class="count">(%s)</span>', 'Copy edited <span class="count">(%s)</span>', 'presswork-desk' ) ),
			'pw-ready'       => array( __( 'Ready', 'presswork-desk' ), _n_noop( 'Ready <span class="count">(%s)</span>', 'Ready <span class="count">(%s)</span>', 'presswork-desk' ) ),
			'pw-spiked'      => array( __( 'Spiked', 'presswork-desk' ), _n_noop( 'Spiked <span class="count">(%s)</span>', 'Spiked <span class="count">(%s)</span>', 'presswork-desk' ) ),
		);
		foreach ( $labels as $status => $label ) {
			register_post_status(
				$status,
				array(
					'label'                     => $label[0],
					'label_count'               => $label[1],
					'public'                    => false,
					'internal'                  => false,
					'protected'                 => true,
					'private'                   => false,
					'exclude_from_search'       => true,
					'show_in_admin_all_list'    => true,
					'show_in_admin_status_list' => true,
					'date_floating'             => true,
				)
			);
		}
	}

	/**
	 * Whether the story belongs to the desk: shared from Presswork or in a desk status.
	 *
	 * @param int    $post_id    The story (0 for a new one).
	 * @param string $old_status Its current status.
	 */
	public static function is_desk_story( $post_id, $old_status ) {
		return in_array( $old_status, self::DESK, true ) || ( $post_id && metadata_exists( 'post', $post_id, 'presswork_document' ) );
	}

	/**
	 * Checks one move for the current user.
	 *
	 * @param int    $post_id    The story (0 for a new one).
	 * @param int    $author_id  Its author.
	 * @param string $old_status Its current status ('new' for a new story).
	 * @param string $new_status The status asked for.
	 * @return true|WP_Error
	 */
	public static function check_move( $post_id, $author_id, $old_status, $new_status ) {
		if ( $old_status === $new_status ) {
			return true;
		}
		$own    = (int) $author_id === get_current_user_id();
		$others = current_user_can( 'edit_others_posts' );
		$desk   = in_array( $new_status, self::DESK, true ) || in_array( $old_status, self::DESK, true );
		$ok     = true;
		if ( 'pw-in-copy' === $new_status ) {
			$ok = current_user_can( 'edit_posts' ) && ( $own || $others );
		} elseif ( in_array( $new_status, array( 'pw-copy-edited', 'pw-ready', 'pw-spiked' ), true ) ) {
			$ok = $others;
		} elseif ( in_array( $new_status, array( 'publish', 'future' ), true ) && ( $desk || self::is_desk_story( $post_id, $old_status ) ) ) {
			$ok = current_user_can( 'publish_posts' ) && $others;
		} elseif ( in_array( $old_status, array( 'pw-copy-edited', 'pw-ready', 'pw-spiked' ), true ) ) {
			// Taking a story back out of the copy desk is the desk's call.
			$ok = $others;
		}
		if ( $ok ) {
			return true;
		}
		$from = get_post_status_object( $old_status );
		$to   = get_post_status_object( $new_status );
		return new WP_Error(
			'presswork_move_forbidden',
			sprintf(
				/* translators: 1: the current status, 2: the status asked for. */
				__( 'You may not move this story from "%1$s" to "%2$s".', 'presswork-desk' ),
				$from ? $from->label : $old_status,
				$to ? $to->label : $new_status
			),
			array( 'status' => 403 )
		);
	}

	/**
	 * REST path (wp/v2/posts and anything built on it): refuse a forbidden move with 403.
	 *
	 * @param stdClass|WP_Error $prepared The post about to be saved.
	 * @param WP_REST_Request   $request  The request.
	 */
	public static function check_rest_move( $prepared, $request ) {
		if ( is_wp_error( $prepared ) || ! isset( $prepared->post_status ) ) {
			return $prepared;
		}
		$id     = isset( $prepared->ID ) ? (int) $prepared->ID : 0;
		$old    = $id ? get_post_status( $id ) : 'new';
		$author = $id ? (int) get_post_field( 'post_author', $id ) : ( isset( $prepared->post_author ) ? (int) $prepared->post_author : get_current_user_id() );
		$check  = self::check_move( $id, $author, (string) $old, (string) $prepared->post_status );
		return is_wp_error( $check ) ? $check : $prepared;
	}

	/**
	 * Every other path (wp-admin, XML-RPC, other plugins): a forbidden move keeps the old status.
	 * Requests without a user (cron, WP-CLI) are the site's own and pass.
	 *
	 * @param array $data    The post's fields about to be written.
	 * @param array $postarr What the caller passed.
	 */
	public static function check_other_move( $data, $postarr ) {
		if ( ! is_user_logged_in() || empty( $data['post_status'] ) || 'post' !== ( $data['post_type'] ?? '' ) ) {
			return $data;
		}
		$id  = isset( $postarr['ID'] ) ? (int) $postarr['ID'] : 0;
		$old = $id ? (string) get_post_status( $id ) : 'new';
		if ( is_wp_error( self::check_move( $id, (int) ( $data['post_author'] ?? 0 ), $old, $data['post_status'] ) ) ) {
			$data['post_status'] = 'new' === $old || 'auto-draft' === $old ? 'draft' : $old;
		}
		return $data;
	}
}
