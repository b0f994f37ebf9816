/** Formatting that Word and Google Docs express only as inline style, read as the elements it means. */
export function parseStyle(style: string | null): Map<string, string> {
  const out = new Map<string, string>();
  if (!style) return out;
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const key = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim().toLowerCase();
    if (key) out.set(key, value);
  }
  return out;
}

export function isBoldWeight(value: string | undefined): boolean {
  if (!value) return false;
  if (value === 'bold' || value === 'bolder') return true;
  const weight = Number.parseInt(value, 10);
  return Number.isFinite(weight) && weight >= 600;
}

/** The inline formats a style attribute expresses, outermost first. */
export function formatsFromStyle(style: Map<string, string>): string[] {
  const formats: string[] = [];
  if (isBoldWeight(style.get('font-weight'))) formats.push('strong');
  const fontStyle = style.get('font-style');
  if (fontStyle === 'italic' || fontStyle === 'oblique') formats.push('em');
  const decoration = `${style.get('text-decoration') ?? ''} ${style.get('text-decoration-line') ?? ''}`;
  if (/underline/.test(decoration)) formats.push('u');
  if (/line-through/.test(decoration)) formats.push('s');
  const align = style.get('vertical-align');
  if (align === 'super') formats.push('sup');
  else if (align === 'sub') formats.push('sub');
  return formats;
}
