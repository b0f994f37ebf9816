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
    case 'preformatted':
      return [`${node.variant === 'code' ? 'Code' : node.variant === 'verse' ? 'Verse' : 'Preformatted'}: ${inline(node)}`];
    case 'details':
      return kids(node).flatMap((child) => (child.type === 'details-summary' ? [`Details: ${inline(child)}`] : block(child).map((line) => `Details, hidden: ${line}`)));
    case 'quotation':
      return kids(node).flatMap((child) => (child.type === 'quote-citation' ? [`Citation: ${inline(child)}`] : block(child).map((line) => `Quote: ${line}`)));
    case 'list':
      return kids(node).flatMap((item, i) => {
        const nested = kids(item).filter((k) => k.type === 'list');
        const own = kids(item).filter((k) => k.type !== 'list');
        const mark = node.listType === 'number' ? `${Number(node.start ?? 1) + i}.` : '•';
        return [...(own.length > 0 ? [`${mark} ${own.map(inline).join('')}`] : []), ...nested.flatMap(block).map((line) => `  ${line}`)];
      });
    case 'table': {
      const rows = kids(node).map((row) => `| ${kids(row).map((cell) => kids(cell).map(inline).join(' ')).join(' | ')} |`);
      const state = node.$ as { caption?: unknown } | undefined;
      return typeof state?.caption === 'string' && state.caption !== '' ? [...rows, `Table caption: ${state.caption}`] : rows;
    }
    case 'pull-quote':
      return [`Pull quote: ${labelled([['', node.text], ['Citation', node.citation]])}`];
    case 'image':
      // An external image has no library item: it is told apart by where it is shown from.
      return [`Image ${str(node.mediaId) ? str(node.mediaId).slice(0, 8) : str(node.src).slice(0, 80)}: ${labelled([['Caption', node.caption], ['Credit', node.credit], ['Alt text', node.altText]])}`];
    case 'embed':
      return [`Embed: ${str(node.url)}`, ...(str(node.caption) ? [`Caption: ${str(node.caption)}`] : [])];
    case 'gallery': {
      const images = Array.isArray(node.images) ? (node.images as Json[]) : [];
      return [
        `Gallery (${images.length} ${images.length === 1 ? 'image' : 'images'})${str(node.caption) ? `: ${str(node.caption)}` : ''}`,
        ...images.map((image, i) => `  Image ${i + 1}: ${labelled([['Caption', image.caption], ['Credit', image.credit], ['Alt text', image.altText]])}`),
      ];
    }
    case 'separator':
      return ['Separator'];
    case 'preserved-block':
      // Named, and its words shown, so a copy chief sees a kept block moved, removed or changed on the site.
      return [`Kept as on the site: ${labelled([['', node.label], ['', node.text]])}`];
    case 'more':
      return [`More: ${str(node.customText) || 'Read more'}${node.noTeaser === true ? ' (teaser hidden on the post)' : ''}`];
    case 'page-break':
      return ['Page break'];
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
