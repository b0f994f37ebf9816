import { tagName } from './dom-window';

/** Cells in a <thead> are the table's header row: <th>, as WordPress's table block saves them. */
export function markHeaderRow(sections: Map<string, Element>, doc: Document): void {
  const head = sections.get('thead');
  if (head) for (const cell of Array.from(head.querySelectorAll('td'))) renameCell(cell, 'th', doc);
}

/**
 * A story's table has a header row, and Word and Google Docs send no <th> at all: a first row set
 * entirely in bold above other rows is the header the writer meant (its bold is the header's own
 * style, so it is not kept as well).
 */
export function promoteBoldFirstRow(table: Element, doc: Document): void {
  if (table.querySelector('thead, th')) return;
  const body = Array.from(table.children).find((c) => tagName(c) === 'tbody');
  const rows = body ? Array.from(body.children) : [];
  if (rows.length < 2) return;
  const first = rows[0]!;
  const cells = Array.from(first.children);
  if (!cells.every(allBold)) return;
  for (const cell of cells) {
    for (const strong of Array.from(cell.querySelectorAll('strong'))) strong.replaceWith(...Array.from(strong.childNodes));
    cell.normalize();
    renameCell(cell, 'th', doc);
  }
  const thead = doc.createElement('thead');
  thead.appendChild(first);
  table.insertBefore(thead, body!);
}

function allBold(cell: Element): boolean {
  let words = false;
  const walk = (node: Node, bold: boolean): boolean => {
    if (node.nodeType === 3) {
      if ((node.textContent ?? '').trim() === '') return true;
      words = true;
      return bold;
    }
    const isBold = bold || (node.nodeType === 1 && tagName(node as Element) === 'strong');
    return Array.from(node.childNodes).every((child) => walk(child, isBold));
  };
  return walk(cell, false) && words;
}

function renameCell(cell: Element, tag: 'th', doc: Document): void {
  const out = doc.createElement(tag);
  for (const span of ['colspan', 'rowspan']) {
    const value = cell.getAttribute(span);
    if (value) out.setAttribute(span, value);
  }
  out.append(...Array.from(cell.childNodes));
  cell.replaceWith(out);
}
