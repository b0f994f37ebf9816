import { childNodesOf, isElement, isText, tagName } from './dom-window';

/**
 * Word (desktop) puts lists on the clipboard as paragraphs styled `mso-list:l0 level2 lfo1`,
 * each starting with a drawn bullet or number in a `mso-list:Ignore` span. This rebuilds real
 * nested <ul>/<ol> elements from runs of such paragraphs, in place, before styles are dropped.
 */
export function convertOfficeLists(root: Element): void {
  for (const child of Array.from(root.children)) convertOfficeLists(child);
  const children = childNodesOf(root);
  let run: Element[] = [];
  const flush = (): void => {
    if (run.length > 0) replaceRun(root, run);
    run = [];
  };
  let runList = '';
  for (const child of children) {
    const info = isElement(child) ? listInfo(child) : null;
    if (info && isElement(child)) {
      // Word numbers each list separately (l0, l1…): a change of list id starts a new list.
      if (run.length > 0 && info.level === 1 && info.list !== runList) flush();
      if (run.length === 0) runList = info.list;
      run.push(child);
    }
    else if (isText(child) && child.data.trim() === '' && run.length > 0) continue;
    else flush();
  }
  flush();
}

interface ListInfo {
  list: string;
  level: number;
  ordered: boolean;
}

function listInfo(element: Element): ListInfo | null {
  const tag = tagName(element);
  if (tag !== 'p' && !/^h[1-6]$/.test(tag)) return null;
  const style = element.getAttribute('style') ?? '';
  const match = /mso-list\s*:\s*(l\d+)\s+level(\d+)/i.exec(style);
  if (!match) return null;
  const marker = element.querySelector('[style*="mso-list"]');
  const markerText = (marker?.textContent ?? '').replace(/[\s\u00a0]/g, '');
  return { list: (match[1] ?? '').toLowerCase(), level: Math.max(1, Number(match[2])), ordered: /^\(?[0-9a-zA-Z]{1,5}[.)]$/.test(markerText) };
}

function replaceRun(parent: Element, run: Element[]): void {
  const doc = parent.ownerDocument;
  const first = run[0];
  if (!first) return;
  const stack: Array<{ level: number; list: Element }> = [];
  const tops: Element[] = [];
  for (const paragraph of run) {
    const info = listInfo(paragraph);
    if (!info) continue;
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) > info.level) stack.pop();
    let current = stack[stack.length - 1];
    if (!current || current.level < info.level) {
      const list = doc.createElement(info.ordered ? 'ol' : 'ul');
      if (!current) tops.push(list);
      else {
        const lastItem = current.list.lastElementChild ?? current.list.appendChild(doc.createElement('li'));
        lastItem.appendChild(list);
      }
      current = { level: info.level, list };
      stack.push(current);
    }
    const item = doc.createElement('li');
    for (const node of childNodesOf(paragraph)) item.appendChild(node);
    current.list.appendChild(item);
  }
  for (const list of tops) parent.insertBefore(list, first);
  for (const paragraph of run) paragraph.remove();
}
