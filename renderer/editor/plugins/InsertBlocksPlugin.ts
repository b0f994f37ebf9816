import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodeToNearestRoot, mergeRegister } from '@lexical/utils';
import { $getSelection, $insertNodes, $isRangeSelection, COMMAND_PRIORITY_EDITOR, createCommand, type LexicalNode } from 'lexical';
import { useEffect } from 'react';
import type { ImageFields } from '../../../shared/content/nodes';
import { $createEditorEmbedNode } from '../nodes/EditorEmbedNode';
import { $createEditorFootnoteNode } from '../nodes/EditorFootnoteNode';
import { $createEditorImageNode } from '../nodes/EditorImageNode';
import { $createEditorPullQuoteNode } from '../nodes/EditorPullQuoteNode';
import { $createEditorSeparatorNode } from '../nodes/EditorSeparatorNode';
import { footnoteFieldId } from '../nodes/footnote-numbers';

export const INSERT_PULL_QUOTE_COMMAND = createCommand<{ text?: string; citation?: string }>('INSERT_PULL_QUOTE_COMMAND');
/** For the media capability's picker and drops as well as the editor's own insert menu. */
export const INSERT_IMAGE_COMMAND = createCommand<ImageFields>('INSERT_IMAGE_COMMAND');
/** The URL must already have passed the embed dialog's http(s) check. */
export const INSERT_EMBED_COMMAND = createCommand<{ url: string }>('INSERT_EMBED_COMMAND');
export const INSERT_SEPARATOR_COMMAND = createCommand<void>('INSERT_SEPARATOR_COMMAND');
export const INSERT_FOOTNOTE_COMMAND = createCommand<{ note?: string }>('INSERT_FOOTNOTE_COMMAND');

/** Block cards go between paragraphs, splitting the one the caret is in. */
function $insertBlock(node: LexicalNode): boolean {
  $insertNodeToNearestRoot(node);
  return true;
}

/** Inserts the story's own blocks (pull quote, image, embed, separator) and footnote marks. */
export function InsertBlocksPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(INSERT_PULL_QUOTE_COMMAND, (p) => $insertBlock($createEditorPullQuoteNode(p.text, p.citation)), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(INSERT_IMAGE_COMMAND, (fields) => $insertBlock($createEditorImageNode(fields)), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(INSERT_EMBED_COMMAND, ({ url }) => $insertBlock($createEditorEmbedNode(url)), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(INSERT_SEPARATOR_COMMAND, () => $insertBlock($createEditorSeparatorNode()), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(
          INSERT_FOOTNOTE_COMMAND,
          ({ note }) => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return false;
            // The mark goes after the selected words, never in place of them.
            if (!selection.isCollapsed()) {
              const end = selection.isBackward() ? selection.anchor : selection.focus;
              selection.anchor.set(end.key, end.offset, end.type);
              selection.focus.set(end.key, end.offset, end.type);
            }
            const node = $createEditorFootnoteNode(note ?? '');
            $insertNodes([node]);
            const key = node.getKey();
            // Once the notes list has rendered the new entry, put the writer in it.
            setTimeout(() => document.getElementById(footnoteFieldId(key))?.focus(), 50);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor],
  );
  return null;
}
