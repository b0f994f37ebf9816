/**
 * The DOM the content model works in, passed in by the caller: the real `window` in the
 * renderer, a server-side DOM (linkedom's parseHTML window, for instance) under Node. Only
 * DOMParser is required; everything else is reached through the documents it creates.
 */
export interface DomWindow {
  DOMParser: { new (): { parseFromString(source: string, type: 'text/html'): Document } };
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function parseHtmlDocument(html: string, window: DomWindow): Document {
  const parser = new window.DOMParser();
  // Clipboard HTML from Word and browsers is a whole document; a fragment gets one around it.
  const source = /<(?:html|body)[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const doc = parser.parseFromString(source, 'text/html');
  const root = doc.body ?? doc.documentElement;
  if (root) capDepth(root);
  return doc;
}

/**
 * How deep elements may nest in HTML the content model reads. Every walk over parsed HTML (the
 * sanitizer, office lists, the converters, the comparison) recurses, so a post or a paste of
 * 5,000 nested <div>s would end in a stack overflow; no real document comes near this depth.
 */
export const MAX_HTML_DEPTH = 64;

/** Flattens whatever sits deeper than MAX_HTML_DEPTH to its text: the words stay, the nesting goes. Iterative, so any depth is safe. */
function capDepth(root: Element): void {
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth >= MAX_HTML_DEPTH) {
      if (element.firstElementChild) {
        const words = element.textContent;
        element.textContent = words;
      }
      continue;
    }
    for (const child of Array.from(element.children)) stack.push([child, depth + 1]);
  }
}

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

export function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}

export function tagName(element: Element): string {
  return element.tagName.toLowerCase();
}

export function childNodesOf(node: Node): Node[] {
  return Array.from(node.childNodes);
}
