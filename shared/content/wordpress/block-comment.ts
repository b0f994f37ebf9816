/**
 * Block delimiters exactly as WordPress's serializer writes them: attributes as JSON with
 * `--`, `<`, `>`, `&` and escaped quotes turned into \u escapes (so the JSON can never end
 * the HTML comment or be unescaped by kses), the `core/` prefix dropped, and the inner HTML
 * on lines of its own.
 */
/** A block's attributes: JSON values (a gallery's `ids` is a list). */
export type BlockAttributeValue = string | number | boolean | null | BlockAttributeValue[] | { [key: string]: BlockAttributeValue };
export type BlockAttributes = Record<string, BlockAttributeValue>;

export function serializeBlockAttributes(attributes: BlockAttributes): string {
  return JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
}

export function blockMarkup(name: string, attributes: BlockAttributes, innerHtml: string): string {
  const shortName = name.startsWith('core/') ? name.slice('core/'.length) : name;
  const attrs = Object.keys(attributes).length > 0 ? `${serializeBlockAttributes(attributes)} ` : '';
  if (!innerHtml) return `<!-- wp:${shortName} ${attrs}/-->`;
  return `<!-- wp:${shortName} ${attrs}-->\n${innerHtml}\n<!-- /wp:${shortName} -->`;
}

/** Sibling blocks, top level or inside a parent's InnerBlocks, are separated by a blank line. */
export function joinBlocks(blocks: readonly string[]): string {
  return blocks.join('\n\n');
}

export function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeHtmlAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
