import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { mergeRegister } from '@lexical/utils';
import { $createParagraphNode, $getSelection, $isRangeSelection, COMMAND_PRIORITY_EDITOR, createCommand } from 'lexical';
import { useEffect } from 'react';
import { $blockTypeOf } from '../block-type';
import { $toggleQuotation } from '../quotation/quotation-editing';

export type TextBlockType = 'paragraph' | 'h2' | 'h3' | 'h4' | 'quote';

/** Turns the selected blocks into the given type, or back into paragraphs when they already are. */
export const SET_BLOCK_TYPE_COMMAND = createCommand<TextBlockType>('SET_BLOCK_TYPE_COMMAND');
/** Wraps the selected blocks in a list, or unwraps them from a list of the same kind. */
export const TOGGLE_LIST_COMMAND = createCommand<'bullet' | 'number'>('TOGGLE_LIST_COMMAND');

export function BlockTypePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          SET_BLOCK_TYPE_COMMAND,
          (type) => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return false;
            if (type === 'quote') {
              $toggleQuotation(selection);
              return true;
            }
            const target = $blockTypeOf(selection) === type ? 'paragraph' : type;
            $setBlocksType(selection, () =>
              target === 'paragraph' ? $createParagraphNode() : $createHeadingNode(target),
            );
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          TOGGLE_LIST_COMMAND,
          (kind) => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return false;
            if ($blockTypeOf(selection) === kind) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
            else editor.dispatchCommand(kind === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor],
  );
  return null;
}
