import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR, createCommand, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FindOptions } from '../find/find-matches';
import { $replaceAll, $replaceNth, $searchBody, type BodyMatch } from '../find/find-in-editor';
import { domTextOf } from '../find/text-blocks';
import { piecesOf } from '../find/text-segments';
import { clearHighlight, setHighlight, textRange } from '../highlights';

/** Opens the find panel; `replace` puts the focus in "Replace with". */
export const OPEN_FIND_COMMAND = createCommand<{ replace: boolean }>('OPEN_FIND_COMMAND');

type Match = BodyMatch;

const HIGHLIGHT_ALL = 'pw-find';
const HIGHLIGHT_CURRENT = 'pw-find-current';
/** Re-search this long after the last edit while the panel is open. */
const RESEARCH_DELAY_MS = 150;

function domRanges(editor: LexicalEditor, match: Match): Range[] {
  const ranges: Range[] = [];
  for (const piece of piecesOf(match.block.segments, match.start, match.end)) {
    const text = domTextOf(editor.getElementByKey(piece.key));
    const range = text && textRange(text, piece.from, piece.to);
    if (range) ranges.push(range);
  }
  return ranges;
}

export function FindReplacePlugin() {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [wholeWord, setWholeWord] = useState(false);
  const [matches, setMatches] = useState<Match[]>([]);
  const [current, setCurrent] = useState(0);
  const findInput = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);
  const id = useId();
  const options = useMemo<FindOptions>(() => ({ matchCase, wholeWord }), [matchCase, wholeWord]);

  const search = useCallback(() => {
    const found = editor.getEditorState().read(() => $searchBody(query, options));
    setMatches(found);
    setCurrent((c) => (found.length === 0 ? 0 : Math.min(c, found.length - 1)));
  }, [editor, query, options]);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_FIND_COMMAND,
        ({ replace }) => {
          setOpen(true);
          // After React has rendered the panel.
          requestAnimationFrame(() => {
            const input = replace ? replaceInput.current : findInput.current;
            input?.focus();
            input?.select();
          });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  useEffect(() => {
    if (!open) return;
    search();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unregister = mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        clearTimeout(timer);
        timer = setTimeout(search, RESEARCH_DELAY_MS);
      }),
    );
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [open, editor, search]);

  useEffect(() => {
    if (!open || matches.length === 0) {
      clearHighlight(HIGHLIGHT_ALL);
      clearHighlight(HIGHLIGHT_CURRENT);
      return;
    }
    setHighlight(HIGHLIGHT_ALL, matches.flatMap((m) => domRanges(editor, m)));
    const currentRanges = matches[current] ? domRanges(editor, matches[current]) : [];
    setHighlight(HIGHLIGHT_CURRENT, currentRanges);
    currentRanges[0]?.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
  }, [open, matches, current, editor]);

  useEffect(
    () => () => {
      clearHighlight(HIGHLIGHT_ALL);
      clearHighlight(HIGHLIGHT_CURRENT);
    },
    [],
  );

  const step = (delta: number) => {
    if (matches.length === 0) return;
    setCurrent((c) => (c + delta + matches.length) % matches.length);
  };

  const replaceCurrent = () => {
    const index = current;
    editor.update(() => void $replaceNth(query, replacement, options, index), { onUpdate: search });
  };

  const replaceAll = () => {
    editor.update(() => void $replaceAll(query, replacement, options), { onUpdate: search });
  };

  const close = () => {
    setOpen(false);
    editor.focus();
  };

  if (!open) return null;
  const summary = query === '' ? '' : matches.length === 0 ? 'No matches' : `${current + 1} of ${matches.length}`;
  return (
    <div
      className="find-panel"
      role="search"
      aria-label="Find and replace"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          close();
        }
      }}
    >
      <div className="find-row">
        <label htmlFor={`${id}-find`} className="visually-hidden">
          Find
        </label>
        <input
          id={`${id}-find`}
          ref={findInput}
          type="search"
          placeholder="Find"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setCurrent(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              step(e.shiftKey ? -1 : 1);
            }
          }}
        />
        <span className="find-summary" aria-live="polite" aria-label="Matches">
          {summary}
        </span>
        <button type="button" onClick={() => step(-1)} aria-label="Previous match" disabled={matches.length === 0}>
          ↑
        </button>
        <button type="button" onClick={() => step(1)} aria-label="Next match" disabled={matches.length === 0}>
          ↓
        </button>
        <button type="button" onClick={close} aria-label="Close find and replace">
          ×
        </button>
      </div>
      <div className="find-row">
        <label htmlFor={`${id}-replace`} className="visually-hidden">
          Replace with
        </label>
        <input
          id={`${id}-replace`}
          ref={replaceInput}
          type="text"
          placeholder="Replace with"
          value={replacement}
          onChange={(e) => setReplacement(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              replaceCurrent();
            }
          }}
        />
        <button type="button" onClick={replaceCurrent} disabled={matches.length === 0}>
          Replace
        </button>
        <button type="button" onClick={replaceAll} disabled={matches.length === 0}>
          Replace all
        </button>
      </div>
      <div className="find-row find-options">
        <label>
          <input type="checkbox" checked={matchCase} onChange={(e) => setMatchCase(e.target.checked)} /> Match case
        </label>
        <label>
          <input type="checkbox" checked={wholeWord} onChange={(e) => setWholeWord(e.target.checked)} /> Whole word
        </label>
      </div>
    </div>
  );
}
