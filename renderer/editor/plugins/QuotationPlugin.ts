import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_LOW, INSERT_PARAGRAPH_COMMAND, KEY_BACKSPACE_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { QuotationNode } from '../../../shared/content/nodes/quotation/quotation-node';
import { $leaveQuotationOnBackspace, $leaveQuotationOnEnter, $normalizeQuotation } from '../quotation/quotation-editing';

/**
 * Quotations behave like paragraphs of their own: Enter makes a new paragraph in the quote, and
 * on an empty last paragraph leaves it; Backspace at the start of the first paragraph takes it
 * out; Enter in the citation goes on after the quote (QuoteCitationNode.insertNewAfter).
 */
export function QuotationPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerNodeTransform(QuotationNode, $normalizeQuotation),
        editor.registerCommand(
          INSERT_PARAGRAPH_COMMAND,
          () => {
            const selection = $getSelection();
            return $isRangeSelection(selection) && $leaveQuotationOnEnter(selection);
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          KEY_BACKSPACE_COMMAND,
          (event) => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection) || !$leaveQuotationOnBackspace(selection)) return false;
            event?.preventDefault();
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );
  return null;
}
