import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $setSelection, COMMAND_PRIORITY_EDITOR, type BaseSelection } from 'lexical';
import { useEffect, useId, useRef, useState } from 'react';
import { detectEmbedProvider, embedProviderLabel } from '../../../shared/content/embed-provider';
import type { MediaItem } from '../../../shared/media/media-schema';
import { embedUrlProblem } from '../embed/embed-url';
import { OPEN_INSERT_DIALOG_COMMAND, type InsertDialogKind } from '../insert-dialog-command';
import { MediaPicker } from '../../media/MediaPicker';
import { TableSizePicker, type TableSize } from '../table/TableSizePicker';
import { INSERT_EMBED_COMMAND, INSERT_IMAGE_COMMAND } from './InsertBlocksPlugin';
import { INSERT_STORY_TABLE_COMMAND } from './TableEditingPlugin';

const DIALOG_NAMES: Record<InsertDialogKind, string> = { image: 'Insert image', embed: 'Insert embed', table: 'Insert table' };

export function InsertDialogPlugin() {
  const [editor] = useLexicalComposerContext();
  const [kind, setKind] = useState<InsertDialogKind | null>(null);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const saved = useRef<BaseSelection | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_INSERT_DIALOG_COMMAND,
        (which) => {
          saved.current = $getSelection()?.clone() ?? null;
          setKind(which);
          setValue('');
          setError(null);
          requestAnimationFrame(() => input.current?.focus());
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  const close = () => {
    setKind(null);
    editor.focus();
  };

  const restoreSelection = () =>
    editor.update(() => {
      if (saved.current) $setSelection(saved.current.clone());
    });

  const insertEmbed = () => {
    const text = value.trim();
    const problem = embedUrlProblem(text);
    if (problem) return setError(problem);
    restoreSelection();
    editor.dispatchCommand(INSERT_EMBED_COMMAND, { url: text });
    close();
  };

  const insertImage = (item: MediaItem) => {
    restoreSelection();
    // The library's words are the starting point; the story may reword them in the card.
    editor.dispatchCommand(INSERT_IMAGE_COMMAND, { mediaId: item.id, caption: item.caption, credit: item.credit, altText: item.alt });
    close();
  };

  const insertTable = (size: TableSize) => {
    restoreSelection();
    editor.dispatchCommand(INSERT_STORY_TABLE_COMMAND, size);
    close();
  };

  if (!kind) return null;
  const preview = kind === 'embed' && value.trim() && !embedUrlProblem(value.trim()) ? embedProviderLabel(detectEmbedProvider(value.trim())) : null;
  return (
    <div
      className="insert-dialog"
      role="dialog"
      aria-label={DIALOG_NAMES[kind]}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          close();
        }
      }}
    >
      {kind === 'image' ? (
        <MediaPicker onPick={insertImage} />
      ) : kind === 'table' ? (
        <TableSizePicker onPick={insertTable} />
      ) : (
        <>
          <label htmlFor={`${id}-value`}>Embed address</label>
          <input
            id={`${id}-value`}
            ref={input}
            value={value}
            placeholder="https://www.youtube.com/watch?v=…"
            aria-invalid={error !== null}
            onChange={(e) => {
              setValue(e.target.value);
              setError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                insertEmbed();
              }
            }}
          />
          {preview && <span className="insert-preview">{preview === 'Link' ? 'Shown as a link card' : `${preview} embed`}</span>}
          {error && (
            <p role="alert" className="link-error">
              {error}
            </p>
          )}
        </>
      )}
      <div className="link-actions">
        {kind === 'embed' && (
          <button type="button" className="primary" onClick={insertEmbed}>
            Insert
          </button>
        )}
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
    </div>
  );
}
