import type { BodyState } from '../story/story-schema';

type Json = Record<string, unknown> & { type?: unknown; children?: unknown };

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const kids = (node: Json): Json[] => (Array.isArray(node.children) ? (node.children.filter((c) => typeof c === 'object' && c !== null) as Json[]) : []);

/** One card's properties as a reader of the comparison sees them, empty ones left out. */
function labelled(parts: Array<[string, unknown]>): string {
  return parts
    .filter(([, v]) => str(v) !== '')
    .map(([label, v]) => (label === '' ? str(v) : `${label}: ${str(v)}`))
    .join(' · ');
}

/** Inline content: text, links with their target, footnotes with their note. */
function inline(node: Json): string {
  if (typeof node.text === 'string') return node.text;
  switch (node.type) {
    case 'linebreak':
      return '\n';
    case 'link':
    case 'autolink':
      return `${kids(node).map(inline).join('')} ⟨${str(node.url)}⟩`;
    case 'footnote':
      return ` [Footnote: ${str(node.note)}]`;
    default:
      return kids(node).map(inline).join('');
  }
}

function block(node: Json): string[] {
  switch (node.type) {
    case 'paragraph':
      return [inline(node)];
    case 'heading':
      return [`Subhead (${str(node.tag).toUpperCase()}): ${inline(node)}`];
    case 'quote':
      return [`Quote: ${inline(node)}`];
    case 'list':
      return kids(node).flatMap((item, i) => {
        const nested = kids(item).filter((k) => k.type === 'list');
        const own = kids(item).filter((k) => k.type !== 'list');
        const mark = node.listType === 'number' ? `${Number(node.start ?? 1) + i}.` : '•';
        return [...(own.length > 0 ? [`${mark} ${own.map(inline).join('')}`] : []), ...nested.flatMap(block).map((line) => `  ${line}`)];
      });
    case 'table':
      return kids(node).map((row) => `| ${kids(row).map((cell) => kids(cell).map(inline).join(' ')).join(' | ')} |`);
    case 'pull-quote':
      return [`Pull quote: ${labelled([['', node.text], ['Citation', node.citation]])}`];
    case 'image':
      return [`Image ${str(node.mediaId).slice(0, 8)}: ${labelled([['Caption', node.caption], ['Credit', node.credit], ['Alt text', node.altText]])}`];
    case 'embed':
      return [`Embed: ${str(node.url)}`];
    case 'separator':
      return ['Separator'];
    case 'preserved-block':
      // Named, and its words shown, so a copy chief sees a kept block moved, removed or changed on the site.
      return [`Kept as on the site: ${labelled([['', node.label], ['', node.text]])}`];
    default:
      return [inline(node)];
  }
}

/**
 * The body as a copy chief compares it: every block's words and the properties a reader or the
 * site would notice (subhead level, link targets, footnotes, a pull quote's citation, an image's
 * caption, credit and alt text, an embed's address), a line each. Text formatting is left out.
 */
export function bodyComparisonText(body: BodyState): string {
  return (body.root.children as Json[]).flatMap(block).join('\n');
}
