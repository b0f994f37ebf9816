/**
 * The preview frame's own Content-Security-Policy. The frame is a sandboxed `srcdoc` without
 * scripts, and a srcdoc document also keeps the app's policy, so this only narrows: nothing from
 * anywhere by default, images and the site's stylesheet from the app's own origin only, no `<base>`
 * and no form. No inline style either: the look comes from the stylesheet.
 */
export function previewFramePolicy(appOrigin: string): string {
  return [
    "default-src 'none'",
    `img-src ${appOrigin} data: blob:`,
    `style-src ${appOrigin}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
