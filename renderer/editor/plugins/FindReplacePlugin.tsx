import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_EDITOR, createCommand } from 'lexical';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FindOptions } from '../find/find-matches';
import { $replaceAll, $replaceNth, $searchBody, type BodyMatch } from '../find/find-in-editor';
import { useFindHighlights } from '../find/use-find-highlights';
import { useResearchOnEdit } from '../find/use-research-on-edit';

/** Opens the find panel; `replace` puts the focus in "Replace with". */
export const OPEN_FIND_COMMAND = createCommand<{ replace: boolean }>('OPEN_FIND_COMMAND');

type Match = BodyMatch;

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

  useResearchOnEdit(editor, open, search);
  useFindHighlights(editor, open, matches, current);

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
