/**
 * Permissions the app window may be granted. Everything else (camera, geolocation, notifications,
 * MIDI, HID, serial…) is refused. Clipboard writes come from the editor's copy command.
 */
const ALLOWED = new Set(['clipboard-sanitized-write']);

/** Who asks: the frame's own URL (not the window's), and whether it is the app's main frame. */
export interface PermissionRequester {
  url: string | undefined;
  isMainFrame: boolean;
}

/** Only the app's own main frame is granted anything; a frame inside it (the preview) never is. */
export function isPermissionAllowed(permission: string, requester: PermissionRequester, isApp: (url: string | undefined) => boolean): boolean {
  return ALLOWED.has(permission) && requester.isMainFrame && isApp(requester.url);
}
