<?php
/**
 * Removes the plugin's data when it is deleted (never on deactivation).
 *
 * @package PressworkDesk
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

global $wpdb;

foreach ( array( 'presswork_document', 'presswork_fields', 'presswork_revision', '_presswork_move' ) as $presswork_desk_key ) {
	delete_post_meta_by_key( $presswork_desk_key );
}

// Revisions and notes would be orphans without the plugin that hides them.
$presswork_desk_revisions = $wpdb->get_col( $wpdb->prepare( "SELECT ID FROM {$wpdb->posts} WHERE post_type = %s", 'pw_revision' ) );
foreach ( $presswork_desk_revisions as $presswork_desk_id ) {
	wp_delete_post( (int) $presswork_desk_id, true );
}
$presswork_desk_notes = $wpdb->get_col( $wpdb->prepare( "SELECT comment_ID FROM {$wpdb->comments} WHERE comment_type = %s", 'note' ) );
foreach ( $presswork_desk_notes as $presswork_desk_id ) {
	wp_delete_comment( (int) $presswork_desk_id, true );
}

// Stories in a desk status would vanish from every list once the status is gone: back to draft.
$wpdb->query( "UPDATE {$wpdb->posts} SET post_status = 'draft' WHERE post_type = 'post' AND post_status IN ('pw-in-copy', 'pw-copy-edited', 'pw-ready', 'pw-spiked')" );
