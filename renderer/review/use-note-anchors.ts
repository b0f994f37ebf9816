import { $isMarkNode, MarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $dfs, mergeRegister } from '@lexical/utils';
import { $createRangeSelection, $getNodeByKey, $isTextNode, $setSelection, type LexicalEditor, type NodeKey } from 'lexical';
import { useEffect, useRef, useState } from 'react';

/** The key under which the draft note's anchor (the text being noted) is measured. */
export const DRAFT = 'new-note';

export interface NoteAnchors {
  /** Each note's anchor: the top of its first marked text, in pixels from the margin's top. */
  tops: ReadonlyMap<string, number>;
  /** Where the body's text starts, from the margin's top (below the toolbar). */
  bodyTop: number;
}

const sameAnchors = (a: NoteAnchors, b: NoteAnchors) =>
  a.bodyTop === b.bodyTop && a.tops.size === b.tops.size && [...a.tops].every(([id, top]) => b.tops.get(id) === top);

/**
 * Where the notes' anchors are beside the margin, measured again (once a frame at most) whenever the
 * text changes, the window or the body resizes, or the story scrolls (long stories lay out blocks
 * as they come into view). Also dims the marks of resolved notes: a resolved note keeps its anchor in
 * the text (reopening needs it) but loses its highlight.
 */
export function useNoteAnchors(margin: HTMLElement | null, resolvedIds: readonly string[], draft: Range | null): NoteAnchors {
  const [editor] = useLexicalComposerContext();
  const marks = useRef(new Map<NodeKey, string[]>());
  const draftTop = useRef<number | null>(null);
  const [anchors, setAnchors] = useState<NoteAnchors>({ tops: new Map(), bodyTop: 0 });
  const resolvedKey = resolvedIds.join(',');

  useEffect(() => {
    if (!draft) draftTop.current = null;
    const resolved = new Set(resolvedKey.split(','));
    let frame = 0;
    const measure = () => {
      frame = 0;
      const root = editor.getRootElement();
      if (!margin || !root) return;
      const base = margin.getBoundingClientRect().top;
      const tops = new Map<string, number>();
      for (const [key, ids] of marks.current) {
        const element = editor.getElementByKey(key);
        if (!element) continue;
        const top = Math.round(element.getBoundingClientRect().top - base);
        for (const id of ids) tops.set(id, Math.min(tops.get(id) ?? top, top));
      }
      // Once the noted text is wrapped in its mark the range may collapse: the draft keeps its last place until it goes.
      if (draft && !draft.collapsed) draftTop.current = Math.round(draft.getBoundingClientRect().top - base);
      if (draft && draftTop.current !== null) tops.set(DRAFT, draftTop.current);
      const next = { tops, bodyTop: Math.round(root.getBoundingClientRect().top - base) };
      setAnchors((prev) => (sameAnchors(prev, next) ? prev : next));
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(measure);
    };
    const paint = (key: NodeKey, ids: string[]) =>
      editor.getElementByKey(key)?.classList.toggle('note-resolved', ids.length > 0 && ids.every((id) => resolved.has(id)));

    for (const [key, ids] of marks.current) paint(key, ids);
    const observer = new ResizeObserver(schedule);
    if (margin?.parentElement) observer.observe(margin.parentElement);
    document.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule);
    schedule();
    const stop = mergeRegister(
      editor.registerMutationListener(
        MarkNode,
        (mutations) => {
          for (const [key, mutation] of mutations) {
            if (mutation === 'destroyed') {
              marks.current.delete(key);
              continue;
            }
            const ids = editor.getEditorState().read(() => {
              const node = $getNodeByKey(key);
              return $isMarkNode(node) ? node.getIDs() : [];
            });
            marks.current.set(key, ids);
            paint(key, ids);
          }
          schedule();
        },
        { skipInitialization: false },
      ),
      editor.registerUpdateListener(schedule),
    );
    return () => {
      stop();
      observer.disconnect();
      document.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, [editor, margin, resolvedKey, draft]);

  return anchors;
}

/** Selects a note's text in the body (from its first mark to its last), as clicking its card asks. */
export function selectNoteText(editor: LexicalEditor, noteId: string): void {
  editor.focus(() =>
    editor.update(() => {
      const marked = $dfs()
        .map(({ node }) => node)
        .filter((node): node is MarkNode => $isMarkNode(node) && node.hasID(noteId));
      const first = marked[0]?.getFirstDescendant();
      const last = marked.at(-1)?.getLastDescendant();
      if (!$isTextNode(first) || !$isTextNode(last)) return;
      const selection = $createRangeSelection();
      selection.anchor.set(first.getKey(), 0, 'text');
      selection.focus.set(last.getKey(), last.getTextContentSize(), 'text');
      $setSelection(selection);
      editor.getElementByKey(marked[0]!.getKey())?.scrollIntoView({ block: 'center' });
    }),
  );
}
