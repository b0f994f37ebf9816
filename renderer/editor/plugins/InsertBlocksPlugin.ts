import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodeToNearestRoot, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $insertNodes,
  $isParagraphNode,
  $isRangeSelection,
  $isRootOrShadowRoot,
  $isTextNode,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { useEffect } from 'react';
import type { ImageFields } from '../../../shared/content/nodes';
import { $createEditorEmbedNode } from '../nodes/EditorEmbedNode';
import { $createEditorFootnoteNode } from '../nodes/EditorFootnoteNode';
import { $createEditorImageNode } from '../nodes/EditorImageNode';
import { $createEditorPullQuoteNode } from '../nodes/EditorPullQuoteNode';
import { $createEditorSeparatorNode } from '../nodes/EditorSeparatorNode';
import { $createEditorMoreNode } from '../nodes/EditorMoreNode';
import { $createEditorPageBreakNode } from '../nodes/EditorPageBreakNode';
import { footnoteFieldId } from '../nodes/footnote-numbers';

export const INSERT_PULL_QUOTE_COMMAND = createCommand<{ text?: string; citation?: string }>('INSERT_PULL_QUOTE_COMMAND');
/** For the media capability's picker and drops as well as the editor's own insert menu. */
export const INSERT_IMAGE_COMMAND = createCommand<ImageFields>('INSERT_IMAGE_COMMAND');
/** The URL must already have passed the embed dialog's http(s) check. */
export const INSERT_EMBED_COMMAND = createCommand<{ url: string }>('INSERT_EMBED_COMMAND');
export const INSERT_SEPARATOR_COMMAND = createCommand<void>('INSERT_SEPARATOR_COMMAND');
/** WordPress's "more" break (end of the teaser) and page break. */
export const INSERT_MORE_COMMAND = createCommand<void>('INSERT_MORE_COMMAND');
export const INSERT_PAGE_BREAK_COMMAND = createCommand<void>('INSERT_PAGE_BREAK_COMMAND');
export const INSERT_FOOTNOTE_COMMAND = createCommand<{ note?: string }>('INSERT_FOOTNOTE_COMMAND');

/**
 * Block cards go between paragraphs, splitting the one the caret is in; on an empty line (where the
 * / menu was typed, say) the card takes the line's place, since splitting it would leave an empty
 * paragraph above. The writer goes on in the card's first field, or below a card without one.
 */
function $insertBlock(editor: LexicalEditor, node: LexicalNode): boolean {
  const empty = $emptyTopLevelParagraph();
  if (empty) {
    empty.replace(node);
    const after = node.getNextSibling() ?? node.insertAfter($createParagraphNode());
    after.selectStart();
  } else {
    $insertNodeToNearestRoot(node);
  }
  focusFirstField(editor, node.getKey());
  return true;
}

/** The paragraph the caret is in when it is a line of its own with nothing in it. */
function $emptyTopLevelParagraph() {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const block = selection.anchor.getNode().getTopLevelElement();
  if (!$isParagraphNode(block) || !$isRootOrShadowRoot(block.getParent())) return null;
  // An empty line may still hold an empty text node (a format switched on, nothing typed yet).
  return block.getChildren().every((child) => $isTextNode(child) && child.getTextContentSize() === 0) ? block : null;
}

/** Once React has drawn the card, its first field takes the focus (a card without one leaves the caret below it). */
function focusFirstField(editor: LexicalEditor, key: NodeKey): void {
  let frames = 0;
  const attempt = () => {
    const element = editor.getElementByKey(key);
    const field = element?.querySelector<HTMLElement>('textarea, input:not([type="hidden"])');
    if (field) field.focus();
    else if (element?.childElementCount === 0 && ++frames < 30) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** Inserts the story's own blocks (pull quote, image, embed, separator) and footnote marks. */
export function InsertBlocksPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(INSERT_PULL_QUOTE_COMMAND, (p) => $insertBlock(editor, $createEditorPullQuoteNode(p.text, p.citation)), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(INSERT_IMAGE_COMMAND, (fields) => $insertBlock(editor, $createEditorImageNode(fields)), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(INSERT_EMBED_COMMAND, ({ url }) => $insertBlock(editor, $createEditorEmbedNode(url)), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(INSERT_SEPARATOR_COMMAND, () => $insertBlock(editor, $createEditorSeparatorNode()), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(INSERT_MORE_COMMAND, () => $insertBlock(editor, $createEditorMoreNode()), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(INSERT_PAGE_BREAK_COMMAND, () => $insertBlock(editor, $createEditorPageBreakNode()), COMMAND_PRIORITY_EDITOR),
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
