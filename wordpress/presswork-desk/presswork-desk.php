<?php
/**
 * Plugin Name:       Presswork Desk
 * Description:       Makes the site the hub of a Presswork newsroom: desk statuses, shared story documents with revisions, notes, locks and the desk's move log over the REST API (presswork/v1).
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Presswork
 * License:           GPL-2.0-or-later
 * Text Domain:       presswork-desk
 *
 * @package PressworkDesk
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'PRESSWORK_DESK_VERSION', '0.1.0' );
define( 'PRESSWORK_DESK_DIR', __DIR__ );

require_once __DIR__ . '/includes/class-presswork-desk-statuses.php';
require_once __DIR__ . '/includes/class-presswork-desk-document.php';
require_once __DIR__ . '/includes/class-presswork-desk-revisions.php';
require_once __DIR__ . '/includes/class-presswork-desk-notes.php';
require_once __DIR__ . '/includes/class-presswork-desk-locks.php';
require_once __DIR__ . '/includes/class-presswork-desk-moves.php';
require_once __DIR__ . '/includes/class-presswork-desk-list.php';
require_once __DIR__ . '/includes/class-presswork-desk-rest.php';

Presswork_Desk_Statuses::hook();
Presswork_Desk_Document::hook();
Presswork_Desk_Revisions::hook();
Presswork_Desk_Notes::hook();
Presswork_Desk_Moves::hook();
Presswork_Desk_Rest::hook();
