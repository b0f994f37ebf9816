/**
 * The colours of a WordPress 6.1 highlight (its core/text-color format): `<mark style="…"
 * class="has-inline-color has-…-color">`. Only colour declarations and colour classes pass, so a
 * kept highlight cannot carry any other style. Free of Lexical and the DOM: the sanitizer, the
 * story schema and the node all check with it.
 */
const COLOR_VALUE = /^(?:#[0-9a-fA-F]{3,8}|rgba?\(\s*[\d.]+%?\s*,\s*[\d.]+%?\s*,\s*[\d.]+%?\s*(?:,\s*[\d.]+%?\s*)?\)|var\(--wp--preset--color--[a-z0-9-]{1,64}\)|[a-zA-Z]{3,20})$/;
const COLOR_CLASS = /^(?:has-inline-color|has-[a-z0-9-]{1,64}-(?:background-)?color)$/;

/** `background-color:rgba(0, 0, 0, 0);color:#cf2e2e` and the like, written as the format writes it. */
export function isHighlightStyle(style: string): boolean {
  if (style === '') return true;
  if (style.length > 300) return false;
  return style
    .replace(/;\s*$/, '')
    .split(';')
    .every((declaration) => {
      const m = /^\s*(background-color|color)\s*:\s*(.+?)\s*$/.exec(declaration);
      return m !== null && COLOR_VALUE.test(m[2] ?? '');
    });
}

/** `has-inline-color has-vivid-red-color`: the format's classes only. */
export function isHighlightClass(className: string): boolean {
  if (className === '') return true;
  if (className.length > 300) return false;
  return className.trim().split(/\s+/).every((token) => COLOR_CLASS.test(token));
}
