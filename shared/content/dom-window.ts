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
  return parser.parseFromString(source, 'text/html');
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
