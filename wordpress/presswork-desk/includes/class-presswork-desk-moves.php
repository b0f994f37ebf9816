<?php
/**
 * The desk's move log: every status change of a desk story, whoever made it and by whichever path.
 *
 * @package PressworkDesk
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Records moves as post meta rows (_presswork_move, one JSON object each), written on
 * transition_post_status so wp-admin, REST, XML-RPC and scheduled publishing all leave a trace.
 */
class Presswork_Desk_Moves {

	const META = '_presswork_move';

	/** Adds the hooks. */
	public static function hook() {
		add_action( 'transition_post_status', array( __CLASS__, 'record' ), 10, 3 );
	}

	/**
	 * Records one move of a desk story.
	 *
	 * @param string  $new_status The new status.
	 * @param string  $old_status The old one.
	 * @param WP_Post $post       The story.
	 */
	public static function record( $new_status, $old_status, $post ) {
		if ( $new_status === $old_status || 'post' !== $post->post_type || in_array( $old_status, array( 'new', 'auto-draft' ), true ) ) {
			return;
		}
		if ( ! Presswork_Desk_Statuses::is_desk_story( $post->ID, $old_status ) && ! in_array( $new_status, Presswork_Desk_Statuses::DESK, true ) ) {
			return;
		}
		add_post_meta(
			$post->ID,
			self::META,
			wp_slash(
				wp_json_encode(
					array(
						'userId' => get_current_user_id(),
						'at'     => gmdate( 'c' ),
						'from'   => $old_status,
						'to'     => $new_status,
					)
				)
			)
		);
	}

	/**
	 * A story's moves, oldest first.
	 *
	 * @param int $post_id The story.
	 */
	public static function list_for( $post_id ) {
		global $wpdb;
		$rows = $wpdb->get_col( $wpdb->prepare( "SELECT meta_value FROM {$wpdb->postmeta} WHERE post_id = %d AND meta_key = %s ORDER BY meta_id ASC", $post_id, self::META ) );
		$out  = array();
		foreach ( $rows as $row ) {
			$move = json_decode( $row, true );
			if ( ! is_array( $move ) ) {
				continue;
			}
			$user         = $move['userId'] ? get_userdata( (int) $move['userId'] ) : null;
			$move['name'] = $user ? $user->display_name : '';
			$out[]        = $move;
		}
		return $out;
	}
}
