/** A place in a story's body where a library item appears. */
export interface MediaReference {
  mediaId: string;
  /** The alt text set on the node itself, if the editor stores one there. */
  nodeAlt: string | null;
  /** The node keeps the src the site published (a pulled image): it is published with its own words, not the library's. */
  publishedSrc: boolean;
}

/**
 * Every image node in a serialized Lexical body that points into the library (a `mediaId`), in
 * document order, nested ones (in tables, quotes, galleries) included.
 */
export function mediaReferences(body: unknown): MediaReference[] {
  const found: MediaReference[] = [];
  eachRecord(body, (record) => {
    if (typeof record.mediaId !== 'string' || record.mediaId.length === 0) return;
    const alt = typeof record.altText === 'string' ? record.altText : typeof record.alt === 'string' ? record.alt : null;
    found.push({ mediaId: record.mediaId, nodeAlt: alt, publishedSrc: typeof record.src === 'string' && record.src !== '' });
  });
  return found;
}

/**
 * The src of every external image of a serialized body (an image or gallery image with no
 * library item, shown from its published address: a hotlinked wire photo), in document order.
 */
export function externalImageSources(body: unknown): string[] {
  const found: string[] = [];
  eachRecord(body, (record) => {
    if (record.mediaId === '' && typeof record.src === 'string' && record.src !== '') found.push(record.src);
  });
  return found;
}

/**
 * Visits every object in serialized JSON, in document order, without knowing node types. Iterative,
 * so a body of any depth is safe.
 */
function eachRecord(json: unknown, visit: (record: Record<string, unknown>) => void): void {
  const stack: unknown[] = [json];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
    } else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      visit(record);
      const values = Object.values(record);
      for (let i = values.length - 1; i >= 0; i--) {
        const v = values[i];
        if (v !== null && typeof v === 'object') stack.push(v);
      }
    }
  }
}
