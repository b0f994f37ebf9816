import { $isLinkNode, $toggleLink } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  type BaseSelection,
} from 'lexical';
import { useEffect, useId, useRef, useState } from 'react';
import { checkLinkUrl } from '../../../shared/content/link-policy';
import { $syncSelectionFromDom } from '../selection-from-dom';

/** Opens the link popover for the selection (Ctrl/Cmd+K, the toolbar's Link button). */
export const OPEN_LINK_EDITOR_COMMAND = createCommand<void>('OPEN_LINK_EDITOR_COMMAND');

interface Popover {
  url: string;
  editing: boolean;
  top: number;
  left: number;
}

/** The URL of the link the selection is in, or null. */
function $selectedLinkUrl(selection: BaseSelection | null): string | null {
  if (!$isRangeSelection(selection)) return null;
  const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
  return $isLinkNode(link) ? link.getURL() : null;
}

/**
 * The link popover: add, change or remove a link. Only http, https, mailto and tel targets are
 * accepted; anything else is refused with the reason shown, and nothing is changed.
 */
export function LinkEditorPlugin() {
  const [editor] = useLexicalComposerContext();
  const [popover, setPopover] = useState<Popover | null>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const saved = useRef<BaseSelection | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_LINK_EDITOR_COMMAND,
        () => {
          $syncSelectionFromDom(editor);
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          const current = $selectedLinkUrl(selection);
          if (current === null && selection.isCollapsed()) return false;
          saved.current = selection.clone();
          const root = editor.getRootElement();
          const domRange = window.getSelection()?.rangeCount ? window.getSelection()!.getRangeAt(0) : null;
          const rect = domRange?.getBoundingClientRect();
          const box = root?.parentElement?.getBoundingClientRect();
          setPopover({
            url: current ?? '',
            editing: current !== null,
            top: rect && box ? rect.bottom - box.top + 6 : 0,
            left: rect && box ? Math.max(0, rect.left - box.left) : 0,
          });
          setDraft(current ?? 'https://');
          setError(null);
          requestAnimationFrame(() => {
            input.current?.focus();
            input.current?.select();
          });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  const close = () => {
    setPopover(null);
    setError(null);
    editor.focus();
  };

  const apply = () => {
    const check = checkLinkUrl(draft);
    if (!check.ok) {
      setError(check.reason);
      return;
    }
    editor.update(() => {
      if (saved.current) $setSelection(saved.current.clone());
      $toggleLink(check.url);
    });
    close();
  };

  const remove = () => {
    editor.update(() => {
      if (saved.current) $setSelection(saved.current.clone());
      $toggleLink(null);
    });
    close();
  };

  if (!popover) return null;
  return (
    <div
      className="link-popover"
      role="dialog"
      aria-label={popover.editing ? 'Edit link' : 'Add link'}
      style={{ top: popover.top, left: popover.left }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          close();
        }
      }}
    >
      <label htmlFor={`${id}-url`}>Link address</label>
      <input
        id={`${id}-url`}
        ref={input}
        type="text"
        inputMode="url"
        value={draft}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            apply();
          }
        }}
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="link-error">
          {error}
        </p>
      )}
      <div className="link-actions">
        <button type="button" className="primary" onClick={apply}>
          Apply link
        </button>
        {popover.editing && (
          <button type="button" onClick={remove}>
            Remove link
          </button>
        )}
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
    </div>
  );
}
