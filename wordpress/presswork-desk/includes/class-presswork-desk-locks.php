<?php
/**
 * Story locks: WordPress's own post lock (_edit_lock), so wp-admin and Presswork see each other's.
 *
 * @package PressworkDesk
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Reads, takes and releases the post lock.
 */
class Presswork_Desk_Locks {

	/** The lock functions live in wp-admin's includes. */
	private static function load() {
		require_once ABSPATH . 'wp-admin/includes/post.php';
	}

	/**
	 * The live lock on a story (whoever holds it, the caller included), or null.
	 *
	 * @param int $post_id The story.
	 */
	public static function get( $post_id ) {
		$lock = get_post_meta( $post_id, '_edit_lock', true );
		if ( ! $lock ) {
			return null;
		}
		$parts = explode( ':', $lock );
		$time  = (int) $parts[0];
		$user  = isset( $parts[1] ) ? (int) $parts[1] : (int) get_post_meta( $post_id, '_edit_last', true );
		/** This filter is documented in wp-admin/includes/post.php */
		$window = apply_filters( 'wp_check_post_lock_window', 150 );
		if ( ! $user || $time <= time() - $window ) {
			return null;
		}
		$holder = get_userdata( $user );
		return array(
			'userId' => $user,
			'name'   => $holder ? $holder->display_name : '',
			'since'  => gmdate( 'c', $time ),
		);
	}

	/**
	 * Takes or refreshes the lock for the current user.
	 *
	 * @param int  $post_id   The story.
	 * @param bool $take_over Take it even from a live holder.
	 * @return array|WP_Error The lock.
	 */
	public static function take( $post_id, $take_over ) {
		self::load();
		$holder = wp_check_post_lock( $post_id );
		if ( $holder && ! $take_over ) {
			$user = get_userdata( $holder );
			return new WP_Error(
				'presswork_locked',
				sprintf(
					/* translators: %s: the name of the person editing the story. */
					__( '%s is currently editing this story.', 'presswork-desk' ),
					$user ? $user->display_name : __( 'Someone else', 'presswork-desk' )
				),
				array(
					'status' => 409,
					'lock'   => self::get( $post_id ),
				)
			);
		}
		wp_set_post_lock( $post_id );
		return self::get( $post_id );
	}

	/**
	 * Releases the lock; only its holder may.
	 *
	 * @param int $post_id The story.
	 * @return true|WP_Error
	 */
	public static function release( $post_id ) {
		$lock = self::get( $post_id );
		if ( null === $lock ) {
			return true;
		}
		if ( $lock['userId'] !== get_current_user_id() ) {
			return new WP_Error(
				'presswork_not_lock_holder',
				/* translators: %s: the lock holder's name. */
				sprintf( __( 'The lock belongs to %s; only they may release it.', 'presswork-desk' ), $lock['name'] ),
				array(
					'status' => 403,
					'lock'   => $lock,
				)
			);
		}
		delete_post_meta( $post_id, '_edit_lock' );
		return true;
	}
}
