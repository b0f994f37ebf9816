<?php
/**
 * The shared document: post meta, its validation, and the check-and-set write.
 *
 * @package PressworkDesk
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Keeps a story's Lexical document, its fields and its current desk revision.
 */
class Presswork_Desk_Document {

	const MAX_BYTES = 8388608;
	const FIELDS    = array( 'standfirst', 'byline', 'seoTitle', 'metaDescription' );

	const KEYS = array( 'presswork_document', 'presswork_fields', 'presswork_revision' );

	/**
	 * Whether write() is writing: the meta changes only through it, so no write skips the revision check.
	 *
	 * @var bool
	 */
	private static $writing = false;

	/** Adds the hooks. */
	public static function hook() {
		add_action( 'init', array( __CLASS__, 'register' ) );
		add_filter( 'rest_pre_insert_post', array( __CLASS__, 'refuse_rest_meta_write' ), 10, 2 );
		add_filter( 'update_post_metadata', array( __CLASS__, 'guard_meta_write' ), 10, 3 );
		add_filter( 'add_post_metadata', array( __CLASS__, 'guard_meta_write' ), 10, 3 );
	}

	/**
	 * wp/v2/posts may not write the document's meta: 403 naming the route that checks the revision.
	 *
	 * @param stdClass|WP_Error $prepared The post about to be saved.
	 * @param WP_REST_Request   $request  The request.
	 */
	public static function refuse_rest_meta_write( $prepared, $request ) {
		$meta = $request['meta'];
		if ( is_wp_error( $prepared ) || ! is_array( $meta ) || ! array_intersect( self::KEYS, array_keys( $meta ) ) ) {
			return $prepared;
		}
		return new WP_Error( 'presswork_document_route', __( 'Write the story\'s document through presswork/v1/stories/<id>/document, which checks its revision.', 'presswork-desk' ), array( 'status' => 403 ) );
	}

	/**
	 * Any other writer of the document's meta is refused (the write answers false).
	 *
	 * @param null|bool $check    Another filter's answer.
	 * @param int       $post_id  The post.
	 * @param string    $meta_key The key.
	 */
	public static function guard_meta_write( $check, $post_id, $meta_key ) {
		return in_array( $meta_key, self::KEYS, true ) && ! self::$writing ? false : $check;
	}

	/** Registers the meta: editable by who may edit the post, and only in the edit context. */
	public static function register() {
		$auth = static function ( $allowed, $meta_key, $post_id ) {
			return current_user_can( 'edit_post', $post_id );
		};
		$meta = array(
			'presswork_document' => array( 'string', __( 'The story as Lexical JSON.', 'presswork-desk' ), '' ),
			'presswork_fields'   => array( 'string', __( 'Standfirst, byline, SEO title and meta description as JSON.', 'presswork-desk' ), '' ),
			'presswork_revision' => array( 'integer', __( 'The current desk revision.', 'presswork-desk' ), 0 ),
		);
		foreach ( $meta as $key => $spec ) {
			register_post_meta(
				'post',
				$key,
				array(
					'type'          => $spec[0],
					'description'   => $spec[1],
					'single'        => true,
					'default'       => $spec[2],
					'auth_callback' => $auth,
					'show_in_rest'  => array(
						'schema' => array(
							'type'    => $spec[0],
							'context' => array( 'edit' ),
						),
					),
				)
			);
		}
	}

	/**
	 * Checks a document: under the size cap, JSON of an object with a root.
	 *
	 * @param mixed $document The document as sent.
	 * @return true|WP_Error
	 */
	public static function validate( $document ) {
		if ( ! is_string( $document ) ) {
			return new WP_Error( 'presswork_bad_document', __( 'The document must be a JSON string.', 'presswork-desk' ), array( 'status' => 400 ) );
		}
		if ( strlen( $document ) > self::MAX_BYTES ) {
			return new WP_Error( 'presswork_document_too_large', __( 'The document is larger than 8 MB.', 'presswork-desk' ), array( 'status' => 413 ) );
		}
		$decoded = json_decode( $document );
		if ( ! is_object( $decoded ) || ! isset( $decoded->root ) ) {
			return new WP_Error( 'presswork_bad_document', __( 'The document must be a JSON object with a root.', 'presswork-desk' ), array( 'status' => 400 ) );
		}
		return true;
	}

	/**
	 * Keeps the known fields, as strings.
	 *
	 * @param mixed $fields The fields as sent.
	 * @return array
	 */
	public static function clean_fields( $fields ) {
		$out = array();
		foreach ( self::FIELDS as $name ) {
			$out[ $name ] = is_array( $fields ) && isset( $fields[ $name ] ) && is_scalar( $fields[ $name ] ) ? sanitize_textarea_field( (string) $fields[ $name ] ) : '';
		}
		return $out;
	}

	/**
	 * The story's current revision, read from the database (never a cache: another request may have moved it).
	 *
	 * @param int $post_id The story.
	 */
	public static function current_revision( $post_id ) {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT meta_value FROM {$wpdb->postmeta} WHERE post_id = %d AND meta_key = 'presswork_revision' LIMIT 1", $post_id ) );
	}

	/**
	 * Writes a document if the story is still at $base. A MySQL named lock per story makes the
	 * compare and the write one step for every PHP worker.
	 *
	 * @param int    $post_id  The story.
	 * @param int    $base     The revision the document was based on.
	 * @param string $document The document.
	 * @param array  $fields   Its fields.
	 * @param string $kind     The revision kind.
	 * @return int|WP_Error The new revision, or 409 with the current one.
	 */
	public static function write( $post_id, $base, $document, $fields, $kind ) {
		global $wpdb;
		$lock = substr( 'presswork_desk_' . $wpdb->prefix . $post_id, 0, 64 );
		if ( 1 !== (int) $wpdb->get_var( $wpdb->prepare( 'SELECT GET_LOCK(%s, 10)', $lock ) ) ) {
			return new WP_Error( 'presswork_busy', __( 'The story is being saved by someone else; try again.', 'presswork-desk' ), array( 'status' => 503 ) );
		}
		try {
			$current = self::current_revision( $post_id );
			if ( $current !== (int) $base ) {
				wp_cache_delete( $post_id, 'post_meta' );
				return new WP_Error(
					'presswork_stale_revision',
					__( 'The story has changed since your copy: merge the current revision and try again.', 'presswork-desk' ),
					array(
						'status'   => 409,
						'revision' => $current,
						'document' => (string) get_post_meta( $post_id, 'presswork_document', true ),
						'fields'   => json_decode( (string) get_post_meta( $post_id, 'presswork_fields', true ), true ),
					)
				);
			}
			$fields   = self::clean_fields( $fields );
			$revision = Presswork_Desk_Revisions::create( $post_id, $document, $fields, $kind );
			if ( is_wp_error( $revision ) ) {
				return $revision;
			}
			self::$writing = true;
			update_post_meta( $post_id, 'presswork_document', wp_slash( $document ) );
			update_post_meta( $post_id, 'presswork_fields', wp_slash( wp_json_encode( $fields ) ) );
			update_post_meta( $post_id, 'presswork_revision', $revision );
			update_post_meta( $post_id, '_edit_last', get_current_user_id() );
			return $revision;
		} finally {
			self::$writing = false;
			$wpdb->query( $wpdb->prepare( 'SELECT RELEASE_LOCK(%s)', $lock ) );
		}
	}
}
