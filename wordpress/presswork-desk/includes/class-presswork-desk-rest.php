<?php
/**
 * The presswork/v1 REST routes.
 *
 * @package PressworkDesk
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers the routes; each checks who may call it and hands the work to the class of its concern.
 */
class Presswork_Desk_Rest {

	const NS = 'presswork/v1';

	/** Adds the hooks. */
	public static function hook() {
		add_action( 'rest_api_init', array( __CLASS__, 'register' ) );
	}

	/** An integer argument of at least $min. */
	private static function int_arg( $required, $min = 1, $default = null ) {
		$arg = array(
			'type'              => 'integer',
			'minimum'           => $min,
			'required'          => $required,
			'sanitize_callback' => 'absint',
			'validate_callback' => 'rest_validate_request_arg',
		);
		if ( null !== $default ) {
			$arg['default'] = $default;
		}
		return $arg;
	}

	/** A string argument. */
	private static function string_arg( $required, $enum = null, $sanitize = 'sanitize_text_field' ) {
		$arg = array(
			'type'              => 'string',
			'required'          => $required,
			'sanitize_callback' => $sanitize,
			'validate_callback' => 'rest_validate_request_arg',
		);
		if ( $enum ) {
			$arg['enum'] = $enum;
		}
		return $arg;
	}

	/**
	 * The document argument: kept byte for byte (sanitizing would corrupt the JSON). Size (413) and
	 * shape (400) are checked in the handler: an argument's own error always becomes a 400.
	 */
	private static function document_arg( $required ) {
		return array(
			'type'              => 'string',
			'required'          => $required,
			'sanitize_callback' => static function ( $value ) {
				return $value;
			},
			'validate_callback' => 'rest_validate_request_arg',
		);
	}

	/** The fields argument. */
	private static function fields_arg() {
		$properties = array();
		foreach ( Presswork_Desk_Document::FIELDS as $name ) {
			$properties[ $name ] = array( 'type' => 'string' );
		}
		return array(
			'type'              => 'object',
			'properties'        => $properties,
			'default'           => array(),
			'sanitize_callback' => array( 'Presswork_Desk_Document', 'clean_fields' ),
			'validate_callback' => 'rest_validate_request_arg',
		);
	}

	/** Registers every route. */
	public static function register() {
		$story_id = array( 'id' => self::int_arg( true ) );
		$can_edit = array( __CLASS__, 'can_edit_story' );
		$routes   = array(
			'/info'                                   => array(
				array( 'GET', 'info', 'is_user_logged_in', array() ),
			),
			'/desk'                                   => array(
				array(
					'GET',
					'desk',
					array( __CLASS__, 'can_use_desk' ),
					array(
						'status'   => self::string_arg( false, array_merge( array( 'draft', 'pending', 'future', 'publish', 'private' ), Presswork_Desk_Statuses::DESK ) ),
						'section'  => self::string_arg( false, null, 'sanitize_title' ),
						'person'   => self::int_arg( false ),
						'page'     => self::int_arg( false, 1, 1 ),
						'per_page' => self::int_arg( false, 1, 20 ) + array( 'maximum' => 100 ),
					),
				),
			),
			'/stories'                                => array(
				array(
					'POST',
					'create_story',
					array( __CLASS__, 'can_use_desk' ),
					array(
						'title'    => self::string_arg( false ),
						'document' => self::document_arg( true ),
						'fields'   => self::fields_arg(),
					),
				),
			),
			'/stories/(?P<id>\d+)'                    => array(
				array( 'GET', 'get_story', $can_edit, $story_id ),
			),
			'/stories/(?P<id>\d+)/document'           => array(
				array(
					'PUT',
					'put_document',
					$can_edit,
					$story_id + array(
						'baseRevision' => self::int_arg( true, 0 ),
						'document'     => self::document_arg( true ),
						'fields'       => self::fields_arg(),
						'kind'         => self::string_arg( false, Presswork_Desk_Revisions::KINDS ) + array( 'default' => 'autosave' ),
					),
				),
			),
			'/stories/(?P<id>\d+)/status'             => array(
				array(
					'POST',
					'move_story',
					$can_edit,
					$story_id + array( 'status' => self::string_arg( true, array_merge( array( 'draft', 'pending', 'publish' ), Presswork_Desk_Statuses::DESK ) ) ),
				),
			),
			'/stories/(?P<id>\d+)/moves'              => array(
				array( 'GET', 'moves', $can_edit, $story_id ),
			),
			'/stories/(?P<id>\d+)/revisions'          => array(
				array(
					'GET',
					'revisions',
					$can_edit,
					$story_id + array(
						'page'     => self::int_arg( false, 1, 1 ),
						'per_page' => self::int_arg( false, 1, 20 ) + array( 'maximum' => 100 ),
					),
				),
			),
			'/stories/(?P<id>\d+)/revisions/(?P<rev>\d+)' => array(
				array( 'GET', 'revision', $can_edit, $story_id + array( 'rev' => self::int_arg( true ) ) ),
			),
			'/stories/(?P<id>\d+)/lock'               => array(
				array( 'POST', 'take_lock', $can_edit, $story_id + array( 'takeOver' => array( 'type' => 'boolean', 'default' => false, 'sanitize_callback' => 'rest_sanitize_boolean', 'validate_callback' => 'rest_validate_request_arg' ) ) ),
				array( 'DELETE', 'release_lock', $can_edit, $story_id ),
			),
			'/stories/(?P<id>\d+)/notes'              => array(
				array( 'GET', 'notes', $can_edit, $story_id ),
				array(
					'POST',
					'add_note',
					$can_edit,
					$story_id + array(
						'content' => self::string_arg( true, null, 'sanitize_textarea_field' ),
						'anchor'  => array(
							'type'              => 'object',
							'properties'        => array(
								'blockKey' => array( 'type' => 'string' ),
								'start'    => array( 'type' => 'integer', 'minimum' => 0 ),
								'end'      => array( 'type' => 'integer', 'minimum' => 0 ),
								'quote'    => array( 'type' => 'string' ),
							),
							'required'          => true,
							'sanitize_callback' => 'rest_sanitize_request_arg',
							'validate_callback' => 'rest_validate_request_arg',
						),
					),
				),
			),
			'/stories/(?P<id>\d+)/notes/(?P<note>\d+)' => array(
				array(
					'PATCH',
					'update_note',
					$can_edit,
					$story_id + array(
						'note'   => self::int_arg( true ),
						'reply'  => self::string_arg( false, null, 'sanitize_textarea_field' ),
						'status' => self::string_arg( false, array( 'resolved', 'open' ) ),
					),
				),
				array( 'DELETE', 'delete_note', $can_edit, $story_id + array( 'note' => self::int_arg( true ) ) ),
			),
		);
		foreach ( $routes as $route => $endpoints ) {
			$list = array();
			foreach ( $endpoints as $endpoint ) {
				$list[] = array(
					'methods'             => $endpoint[0],
					'callback'            => array( __CLASS__, $endpoint[1] ),
					'permission_callback' => $endpoint[2],
					'args'                => $endpoint[3],
				);
			}
			register_rest_route( self::NS, $route, $list );
		}
	}

	/** Anyone who may write posts uses the desk. */
	public static function can_use_desk() {
		return current_user_can( 'edit_posts' ) ? true : new WP_Error( 'rest_forbidden', __( 'You may not use the desk.', 'presswork-desk' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * Only who may edit the story reads or writes anything of it.
	 *
	 * @param WP_REST_Request $request The request.
	 */
	public static function can_edit_story( $request ) {
		$post = get_post( (int) $request['id'] );
		if ( ! $post || 'post' !== $post->post_type ) {
			return new WP_Error( 'rest_post_invalid_id', __( 'No such story.', 'presswork-desk' ), array( 'status' => 404 ) );
		}
		return current_user_can( 'edit_post', $post->ID ) ? true : new WP_Error( 'rest_forbidden', __( 'You may not edit this story.', 'presswork-desk' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/** The plugin's version and the caller's desk roles. */
	public static function info() {
		return new WP_REST_Response(
			array(
				'version'      => PRESSWORK_DESK_VERSION,
				'capabilities' => array(
					'canSendToCopy' => current_user_can( 'edit_posts' ),
					'canCopyEdit'   => current_user_can( 'edit_others_posts' ),
					'canPublish'    => current_user_can( 'publish_posts' ) && current_user_can( 'edit_others_posts' ),
				),
			)
		);
	}

	/**
	 * GET desk.
	 *
	 * @param WP_REST_Request $request The request.
	 */
	public static function desk( $request ) {
		$person = (int) $request['person'];
		if ( ! current_user_can( 'edit_others_posts' ) ) {
			// Who may edit only their own stories sees only those.
			if ( $person && get_current_user_id() !== $person ) {
				return new WP_REST_Response( array(), 200, array( 'X-WP-Total' => 0 ) );
			}
			$person = get_current_user_id();
		}
		$page = Presswork_Desk_List::page(
			array(
				'status'   => (string) $request['status'],
				'section'  => (string) $request['section'],
				'person'   => $person,
				'page'     => (int) $request['page'],
				'per_page' => (int) $request['per_page'],
			)
		);
		return new WP_REST_Response( $page['items'], 200, array( 'X-WP-Total' => $page['total'] ) );
	}

	/**
	 * POST stories: shares a new story as a draft.
	 *
	 * @param WP_REST_Request $request The request.
	 */
	public static function create_story( $request ) {
		$valid = Presswork_Desk_Document::validate( $request['document'] );
		if ( is_wp_error( $valid ) ) {
			return $valid;
		}
		$id = wp_insert_post(
			array(
				'post_type'   => 'post',
				'post_status' => 'draft',
				'post_title'  => (string) $request['title'],
				'post_author' => get_current_user_id(),
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			return $id;
		}
		$revision = Presswork_Desk_Document::write( $id, 0, $request['document'], $request['fields'], 'checkpoint' );
		if ( is_wp_error( $revision ) ) {
			return $revision;
		}
		return new WP_REST_Response(
			array(
				'id'       => (int) $id,
				'revision' => $revision,
			),
			201
		);
	}

	/**
	 * GET story.
	 *
	 * @param WP_REST_Request $request The request.
	 */
	public static function get_story( $request ) {
		$id     = (int) $request['id'];
		$counts = Presswork_Desk_Notes::open_counts( array( $id ) );
		return new WP_REST_Response(
			array(
				'id'        => $id,
				'title'     => get_the_title( $id ),
				'status'    => get_post_status( $id ),
				'document'  => (string) get_post_meta( $id, 'presswork_document', true ),
				'fields'    => json_decode( (string) get_post_meta( $id, 'presswork_fields', true ), true ),
				'revision'  => (int) get_post_meta( $id, 'presswork_revision', true ),
				'lock'      => Presswork_Desk_Locks::get( $id ),
				'openNotes' => $counts[ $id ],
			)
		);
	}

	/**
	 * PUT document: a check-and-set write; 409 with the current revision when the base is stale.
	 *
	 * @param WP_REST_Request $request The request.
	 */
	public static function put_document( $request ) {
		$valid = Presswork_Desk_Document::validate( $request['document'] );
		if ( is_wp_error( $valid ) ) {
			return $valid;
		}
		$revision = Presswork_Desk_Document::write( (int) $request['id'], (int) $request['baseRevision'], $request['document'], $request['fields'], (string) $request['kind'] );
		if ( is_wp_error( $revision ) ) {
			return $revision;
		}
		return new WP_REST_Response( array( 'revision' => $revision ) );
	}

	/**
	 * POST status: the same rules as every other path.
	 *
	 * @param WP_REST_Request $request The request.
	 */
	public static function move_story( $request ) {
		$post  = get_post( (int) $request['id'] );
		$check = Presswork_Desk_Statuses::check_move( $post->ID, (int) $post->post_author, $post->post_status, (string) $request['status'] );
		if ( is_wp_error( $check ) ) {
			return $check;
		}
		$result = wp_update_post(
			array(
				'ID'          => $post->ID,
				'post_status' => (string) $request['status'],
			),
			true
		);
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		return new WP_REST_Response( array( 'status' => get_post_status( $post->ID ) ) );
	}

	/**
	 * GET moves.
	 *
	 * @param WP_REST_Request $request The request.
	 */
	public static function moves( $request ) {
		return new WP_REST_Response( Presswork_Desk_Moves::list_for( (int) $request['id'] ) );
	}

	/**
	 * GET revisions.
	 *
	 * @param WP_REST_Request $request The request.
	 */
	public static function revisions( $request ) {
		$page = Presswork_Desk_Revisions::list_for( (int) $request['id'], (int) $request['page'], (int) $request['per_page'] );
		return new WP_REST_Response( $page['items'], 200, array( 'X-WP-Total' => $page['total'] ) );
	}

	/**
	 * GET one revision.
	 *
	 * @param WP_REST_Request $request The request.
	 */
	public static function revision( $request ) {
		$revision = Presswork_Desk_Revisions::get( (int) $request['id'], (int) $request['rev'] );
		if ( null === $revision ) {
			return new WP_Error( 'presswork_no_revision', __( 'No such revision of this story.', 'presswork-desk' ), array( 'status' => 404 ) );
		}
		return new WP_REST_Response( $revision );
	}

	/**
	 * POST lock.
	 *
	 * @param WP_REST_Request $request The request.
	 */
	public static function take_lock( $request ) {
		$lock = Presswork_Desk_Locks::take( (int) $request['id'], (bool) $request['takeOver'] );
		return is_wp_error( $lock ) ? $lock : new WP_REST_Response( array( 'lock' => $lock ) );
	}

	/**
	 * DELETE lock.
	 *
	 * @param WP_REST_Request $request The request.
	 */
	public static function release_lock( $request ) {
		$done = Presswork_Desk_Locks::release( (int) $request['id'] );
		return is_wp_error( $done ) ? $done : new WP_REST_Response( array( 'lock' => null ) );
	}

	/**
	 * GET notes.
	 *
	 * @param WP_REST_Request $request The request.
	 */
	public static function notes( $request ) {
		return new WP_REST_Response( Presswork_Desk_Notes::list_for( (int) $request['id'] ) );
	}

	/**
	 * POST note.
	 *
	 * @param WP_REST_Request $request The request.
	 */
	public static function add_note( $request ) {
		$note = Presswork_Desk_Notes::add( (int) $request['id'], (string) $request['content'], (array) $request['anchor'], 0 );
		return is_wp_error( $note ) ? $note : new WP_REST_Response( Presswork_Desk_Notes::to_array( $note ), 201 );
	}

	/**
	 * The note of this story named in the request, or 404.
	 *
	 * @param WP_REST_Request $request The request.
	 * @return WP_Comment|WP_Error
	 */
	private static function find_note( $request ) {
		$note = get_comment( (int) $request['note'] );
		if ( ! $note || Presswork_Desk_Notes::TYPE !== $note->comment_type || (int) $note->comment_post_ID !== (int) $request['id'] ) {
			return new WP_Error( 'presswork_no_note', __( 'No such note on this story.', 'presswork-desk' ), array( 'status' => 404 ) );
		}
		return $note;
	}

	/**
	 * PATCH note: reply, resolve or reopen.
	 *
	 * @param WP_REST_Request $request The request.
	 */
	public static function update_note( $request ) {
		$note = self::find_note( $request );
		if ( is_wp_error( $note ) ) {
			return $note;
		}
		$reply = null;
		if ( '' !== (string) $request['reply'] ) {
			$reply = Presswork_Desk_Notes::add( (int) $request['id'], (string) $request['reply'], null, (int) $note->comment_ID );
			if ( is_wp_error( $reply ) ) {
				return $reply;
			}
		}
		if ( 'resolved' === $request['status'] ) {
			update_comment_meta( $note->comment_ID, '_wp_note_status', 'resolved' );
		} elseif ( 'open' === $request['status'] ) {
			update_comment_meta( $note->comment_ID, '_wp_note_status', 'open' );
		}
		return new WP_REST_Response(
			array(
				'note'  => Presswork_Desk_Notes::to_array( get_comment( $note->comment_ID ) ),
				'reply' => $reply ? Presswork_Desk_Notes::to_array( $reply ) : null,
			)
		);
	}

	/**
	 * DELETE note: only its author, with its replies.
	 *
	 * @param WP_REST_Request $request The request.
	 */
	public static function delete_note( $request ) {
		$note = self::find_note( $request );
		if ( is_wp_error( $note ) ) {
			return $note;
		}
		if ( (int) $note->user_id !== get_current_user_id() ) {
			return new WP_Error( 'presswork_not_your_note', __( 'Only its author may delete a note.', 'presswork-desk' ), array( 'status' => 403 ) );
		}
		foreach ( get_comments( array( 'parent' => $note->comment_ID, 'type' => Presswork_Desk_Notes::TYPE, 'status' => 'all', 'fields' => 'ids', 'presswork_notes' => true ) ) as $child ) {
			wp_delete_comment( $child, true );
		}
		wp_delete_comment( $note->comment_ID, true );
		return new WP_REST_Response( array( 'deleted' => true ) );
	}
}
