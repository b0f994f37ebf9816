import { $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { IS_APPLE, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  KEY_DOWN_COMMAND,
  PASTE_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import { sanitizeHtmlToDocument } from '../../../shared/content/sanitize-html';
import { $scrubPastedNodes, scrubPastedJSON } from '../paste/scrub-pasted-nodes';

/** How long after Mod+Shift+V the paste that follows is taken as plain text. */
const PLAIN_PASTE_WINDOW_MS = 1000;
const LEXICAL_MIME = 'application/x-lexical-editor';

type SerializedNodes = Parameters<typeof $generateNodesFromSerializedNodes>[0];

function readLexicalClipboard(raw: string): SerializedNodes | null {
  try {
    const payload = JSON.parse(raw) as { namespace?: unknown; nodes?: unknown };
    return Array.isArray(payload.nodes) ? (payload.nodes as SerializedNodes) : null;
  } catch {
    return null;
  }
}

/** Inserts clipboard data into the body; true when handled here. Runs inside the paste command. */
function $pasteClipboard(editor: LexicalEditor, data: DataTransfer, plain: boolean): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  if (plain) {
    selection.insertRawText(data.getData('text/plain'));
    return true;
  }
  const lexical = data.getData(LEXICAL_MIME);
  const serialized = lexical ? readLexicalClipboard(lexical) : null;
  if (serialized) {
    try {
      $insertGeneratedNodes(editor, $scrubPastedNodes($generateNodesFromSerializedNodes(scrubPastedJSON(serialized, window))), selection);
      return true;
    } catch {
      // Not JSON this editor can read (another Lexical app's nodes): fall back to its HTML.
    }
  }
  const html = data.getData('text/html');
  if (!html) return false; // plain text and files: Lexical's own handling (and the media drop plugin)
  // Sanitized before Lexical ever sees it: DOMParser documents are inert, and the sanitizer
  // rebuilds the tree from an allowlist, so no script, handler, frame or unsafe URL survives.
  const doc = sanitizeHtmlToDocument(html, window, { fromClipboard: true });
  const nodes = $scrubPastedNodes($generateNodesFromDOM(editor, doc));
  if (nodes.length === 0) selection.insertRawText(data.getData('text/plain'));
  else $insertGeneratedNodes(editor, nodes, selection);
  return true;
}

/**
 * Paste from Word, Google Docs and web pages: HTML is sanitized, then imported, then its links
 * are checked once more. Mod+Shift+V pastes plain text. Registered above the rich-text plugin so
 * raw clipboard HTML never reaches Lexical's own import.
 */
export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let plainUntil = 0;
    return mergeRegister(
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const mod = IS_APPLE ? event.metaKey : event.ctrlKey;
          if (mod && event.shiftKey && !event.altKey && event.code === 'KeyV') plainUntil = performance.now() + PLAIN_PASTE_WINDOW_MS;
          return false;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          if (!(event instanceof ClipboardEvent) || !event.clipboardData) return false;
          const plain = performance.now() < plainUntil;
          plainUntil = 0;
          if (!$pasteClipboard(editor, event.clipboardData, plain)) return false;
          event.preventDefault();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor]);
  return null;
}
