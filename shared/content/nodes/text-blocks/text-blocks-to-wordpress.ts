import { escapeHtmlAttribute, type BlockAttributes } from '../../wordpress/block-comment';
import { headingHasBlockClass, listHasBlockClass } from '../../wordpress/wordpress-version';
import { textBlockState } from './block-state';

/** ` class="…"` from class names, or nothing when there are none. */
function classAttribute(classes: ReadonlyArray<string | null | false>): string {
  const names = classes.filter((c): c is string => typeof c === 'string' && c !== '');
  return names.length > 0 ? ` class="${names.join(' ')}"` : '';
}

function idAttribute(anchor: string | undefined): string {
  return anchor ? ` id="${escapeHtmlAttribute(anchor)}"` : '';
}

/**
 * The comment attributes a paragraph or heading carries beyond alignment and level, in the order
 * WordPress adds them (its own, then className, then fontSize).
 */
export function textCommentAttributes(node: Record<string, unknown>): BlockAttributes {
  const state = textBlockState(node);
  const attrs: BlockAttributes = {};
  // First: a details block's template sets it when the paragraph is made, before anything else.
  if (state.placeholder) attrs.placeholder = state.placeholder;
  if (state.dropCap) attrs.dropCap = true;
  if (state.className) attrs.className = state.className;
  if (state.fontSize) attrs.fontSize = state.fontSize;
  return attrs;
}

/** Classes from the supports: the drop cap's, then the font size's, then the additional ones. */
function supportClasses(node: Record<string, unknown>): string[] {
  const state = textBlockState(node);
  return [state.dropCap ? 'has-drop-cap' : '', state.fontSize ? `has-${state.fontSize}-font-size` : '', state.className ?? ''].filter((c) => c !== '');
}

/** `<p>`'s attributes as core/paragraph's save writes them: its classes, then the anchor. */
export function paragraphAttributes(node: Record<string, unknown>, align: string | null): string {
  const classes = [...supportClasses(node).slice(0, 1), align && `has-text-align-${align}`, ...supportClasses(node).slice(1)];
  return `${classAttribute(classes)}${idAttribute(textBlockState(node).anchor)}`;
}

/**
 * `<hN>`'s attributes as core/heading's save writes them: WordPress 6.2+ puts the block's own
 * class first (see headingHasBlockClass), then the alignment class; the anchor comes last.
 */
export function headingAttributes(node: Record<string, unknown>, align: string | null, wpVersion: string | null | undefined): string {
  const classes = [headingHasBlockClass(wpVersion) && 'wp-block-heading', align && `has-text-align-${align}`, ...supportClasses(node)];
  return `${classAttribute(classes)}${idAttribute(textBlockState(node).anchor)}`;
}

/**
 * core/list's comment attributes and `<ol>`/`<ul>` attributes, in the order its 6.1 save and
 * block.json give them (ordered, type, start, reversed); `wp-block-list` from WordPress 6.6.
 */
export function listAttributes(
  node: Record<string, unknown>,
  wpVersion: string | null | undefined,
): { comment: BlockAttributes; html: string } {
  const ordered = node.listType === 'number';
  const state = textBlockState(node);
  const start = typeof node.start === 'number' && Number.isInteger(node.start) ? node.start : 1;
  const comment: BlockAttributes = {};
  let html = '';
  if (ordered) comment.ordered = true;
  if (ordered && state.listType) {
    comment.type = state.listType;
    html += ` type="${state.listType}"`;
  }
  if (ordered && start !== 1) comment.start = start;
  if (ordered && state.reversed) {
    comment.reversed = true;
    html += ' reversed';
  }
  if (ordered && start !== 1) html += ` start="${start}"`;
  html += idAttribute(state.anchor);
  html += classAttribute([listHasBlockClass(wpVersion) && 'wp-block-list']);
  return { comment, html };
}
