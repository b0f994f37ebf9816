import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  $isElementNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isTextNode,
  BEFORE_INPUT_COMMAND,
  COMMAND_PRIORITY_HIGH,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import { useEffect, useRef } from 'react';
import { useSites } from '../../sites/use-sites';
import { quoteMarks, smartQuote, type QuoteMarks } from '../smart-quotes';
import { smartQuotesOn } from '../smart-quotes-setting';

/** The language whose quotes are typed: the connected site's, else this computer's. */
function useQuoteMarks(): QuoteMarks {
  const sites = useSites().data ?? [];
  const language = sites.find((s) => s.metadata?.language)?.metadata?.language ?? navigator.language ?? 'en';
  return quoteMarks(language);
}

/** The block's text up to the caret (a line break counts as the start of a line), through links and other inline elements. */
function $textBefore(block: ElementNode, anchor: LexicalNode, offset: number): string {
  let out = '';
  const walk = (parent: ElementNode): boolean => {
    const children = parent.getChildren();
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (parent.is(anchor) && i === offset) return true;
      if (child.is(anchor) && $isTextNode(child)) {
        out += child.getTextContent().slice(0, offset);
        return true;
      }
      if ($isTextNode(child)) out += child.getTextContent();
      else if ($isLineBreakNode(child)) out += '\n';
      else if ($isElementNode(child) && walk(child)) return true;
    }
    return parent.is(anchor);
  };
  walk(block);
  return out;
}

/**
 * Typed " and ' become the typographic quotes of the site's language (“ ” ‘ ’ and the apostrophe ’;
 * „ “ in German, « » in French), as Word and Docs do; inline code and a word that is an address
 * keep straight ones. Off when the writer turned smart quotes off. Pasted text is left as it is.
 */
export function SmartQuotesPlugin() {
  const [editor] = useLexicalComposerContext();
  const marks = useQuoteMarks();
  const latest = useRef(marks);
  latest.current = marks;

  useEffect(
    () =>
      editor.registerCommand(
        BEFORE_INPUT_COMMAND,
        (event) => {
          if (event.inputType !== 'insertText' || (event.data !== '"' && event.data !== "'") || !smartQuotesOn()) return false;
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || selection.hasFormat('code')) return false;
          const anchor = selection.isCollapsed() ? selection.anchor : selection.isBackward() ? selection.focus : selection.anchor;
          const node = anchor.getNode();
          const block = node.getTopLevelElement();
          if (block === null || block.getType() === 'code') return false;
          const before = $textBefore(block, node, anchor.offset);
          const mark = smartQuote(event.data, before, latest.current);
          if (mark === null) return false;
          event.preventDefault();
          selection.insertText(mark);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
