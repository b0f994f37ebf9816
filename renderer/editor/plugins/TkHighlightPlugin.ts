import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect } from 'react';
import { findTks } from '../counts/story-counts';
import { clearHighlight, setHighlight, textRange } from '../highlights';

const HIGHLIGHT = 'pw-tk';
const SETTLE_MS = 200;

function tkRanges(block: HTMLElement): Range[] {
  const ranges: Range[] = [];
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (const [from, to] of findTks(node.data)) {
      const range = textRange(node, from, to);
      if (range) ranges.push(range);
    }
  }
  return ranges;
}

/** Marks every TK placeholder in the body, rescanning only the top-level blocks an edit touched. */
export function TkHighlightPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const byBlock = new Map<string, Range[]>();
    let dirty: Set<string> | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const rescan = () => {
      timer = undefined;
      const keys = editor.getEditorState().read(() =>
        $getRoot()
          .getChildren()
          .map((n) => n.getKey()),
      );
      const live = new Set(keys);
      for (const key of byBlock.keys()) if (!live.has(key)) byBlock.delete(key);
      for (const key of keys) {
        if (dirty !== null && !dirty.has(key) && byBlock.has(key)) continue;
        const element = editor.getElementByKey(key);
        byBlock.set(key, element ? tkRanges(element) : []);
      }
      dirty = new Set();
      setHighlight(HIGHLIGHT, [...byBlock.values()].flat());
    };

    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (dirty !== null) {
        for (const k of dirtyElements.keys()) dirty.add(k);
        for (const k of dirtyLeaves) dirty.add(k);
      }
      clearTimeout(timer);
      timer = setTimeout(rescan, SETTLE_MS);
    });
    timer = setTimeout(rescan, 0);
    return () => {
      clearTimeout(timer);
      unregister();
      clearHighlight(HIGHLIGHT);
    };
  }, [editor]);
  return null;
}
