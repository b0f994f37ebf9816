/**
 * Permissions the app window may be granted. Everything else (camera, geolocation, notifications,
 * MIDI, HID, serial…) is refused. Clipboard writes come from the editor's copy command.
 */
const ALLOWED = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined, isApp: (url: string | undefined) => boolean): boolean {
  return ALLOWED.has(permission) && isApp(requestingUrl);
}
