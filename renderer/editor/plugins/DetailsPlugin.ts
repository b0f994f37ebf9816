import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_LOW, createCommand, INSERT_PARAGRAPH_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { DetailsNode, DetailsSummaryNode } from '../../../shared/content/nodes/details/details-node';
import { $insertDetails, $leaveDetailsOnEnter, $normalizeDetails, $normalizeDetailsSummary } from '../details/details-editing';

/** Inserts a details block (a summary and its hidden paragraphs) at the caret: the / menu's "Details". */
export const INSERT_DETAILS_COMMAND = createCommand<void>('INSERT_DETAILS_COMMAND');

/**
 * Details blocks typed in place: Enter in the summary goes to the hidden paragraphs
 * (DetailsSummaryNode.insertNewAfter), Enter in them adds paragraphs, and on an empty last one
 * leaves the block; the block keeps one summary, first, and something after it.
 */
export function DetailsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerNodeTransform(DetailsNode, $normalizeDetails),
        editor.registerNodeTransform(DetailsSummaryNode, $normalizeDetailsSummary),
        editor.registerCommand(INSERT_DETAILS_COMMAND, () => ($insertDetails(), true), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(
          INSERT_PARAGRAPH_COMMAND,
          () => {
            const selection = $getSelection();
            return $isRangeSelection(selection) && $leaveDetailsOnEnter(selection);
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );
  return null;
}
