import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $isQuotationNode, type QuotationNode } from '../../../shared/content/nodes/quotation/quotation-node';
import { bodyToBlockMarkup } from '../../../shared/content/wordpress/to-blocks';
import {
  $leaveQuotationOnBackspace,
  $leaveQuotationOnEnter,
  $normalizeQuotation,
  $toggleQuotation,
} from '../../../renderer/editor/quotation/quotation-editing';
import { $blockTypeOf } from '../../../renderer/editor/block-type';
import { headlessEditor, run, selection, type } from './support/headless-editor';

const enter = () => {
  if (!$leaveQuotationOnEnter(selection())) selection().insertParagraph();
};
const quote = (): QuotationNode => $getRoot().getChildren().find($isQuotationNode)!;
/** The story as lines: a quote's lines prefixed "> ", its citation "— ". */
const shape = (e: LexicalEditor) =>
  e.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .flatMap((node) =>
        $isQuotationNode(node)
          ? node.getChildren().map((c) => (c.getType() === 'quote-citation' ? `— ${c.getTextContent()}` : `> ${c.getTextContent()}`))
          : [node.getTextContent()],
      ),
  );
const published = (e: LexicalEditor) => bodyToBlockMarkup(e.getEditorState().toJSON() as never, () => null);

/** "Intro", then a line the Quote button turns into a quotation, the caret in it. */
function storyWithQuote(): LexicalEditor {
  const e = headlessEditor();
  run(e, () => {
    const line = $createParagraphNode().append($createTextNode('We will not back down.'));
    $getRoot().append($createParagraphNode().append($createTextNode('Intro')), line);
    line.selectEnd();
    $toggleQuotation(selection());
  });
  return e;
}

describe('typing a quotation', () => {
  it('the Quote button wraps the line in a quotation with an empty citation, and the toolbar reads "quote"', () => {
    const e = storyWithQuote();
    expect(shape(e)).toEqual(['Intro', '> We will not back down.', '— ']);
    expect(e.getEditorState().read(() => $blockTypeOf(selection()))).toBe('quote');
  });

  it('Enter makes a new paragraph in the quote; Enter on the empty last one leaves it; the citation is typed in place', () => {
    const e = storyWithQuote();
    run(e, () => {
      enter();
      type('Not today.');
      enter();
      enter();
      type('After the quote.');
    });
    expect(shape(e)).toEqual(['Intro', '> We will not back down.', '> Not today.', '— ', 'After the quote.']);
    run(e, () => {
      quote().getCitation()!.selectStart();
      type('Jane Doe, mayor');
    });
    expect(shape(e)).toEqual(['Intro', '> We will not back down.', '> Not today.', '— Jane Doe, mayor', 'After the quote.']);
    expect(published(e)).toContain(
      '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n<p>We will not back down.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>Not today.</p>\n<!-- /wp:paragraph --><cite>Jane Doe, mayor</cite></blockquote>\n<!-- /wp:quote -->',
    );
  });

  it('Enter in the citation goes on in a new paragraph after the quote', () => {
    const e = storyWithQuote();
    run(e, () => {
      quote().getCitation()!.selectStart();
      type('Someone');
      selection().insertParagraph();
      type('Next');
    });
    expect(shape(e)).toEqual(['Intro', '> We will not back down.', '— Someone', 'Next']);
  });

  it('Backspace at the start of the first line takes it out of the quote; a quote left without words goes', () => {
    const e = storyWithQuote();
    run(e, () => {
      quote().getFirstChildOrThrow<QuotationNode>().selectStart();
      expect($leaveQuotationOnBackspace(selection())).toBe(true);
    });
    expect(shape(e)).toEqual(['Intro', 'We will not back down.']);
  });

  it('Backspace after a word in the first line is an ordinary Backspace', () => {
    const e = storyWithQuote();
    run(e, () => {
      expect($leaveQuotationOnBackspace(selection())).toBe(false);
    });
    expect(shape(e)).toEqual(['Intro', '> We will not back down.', '— ']);
  });

  it('the Quote button in a quote puts its lines back as paragraphs, the citation too when it has words', () => {
    const e = storyWithQuote();
    run(e, () => {
      quote().getCitation()!.selectStart();
      type('Jane');
      quote().getFirstChildOrThrow<QuotationNode>().selectEnd();
      $toggleQuotation(selection());
    });
    expect(shape(e)).toEqual(['Intro', 'We will not back down.', 'Jane']);
  });

  it('stays well formed: one citation, last, and at least one line', () => {
    const e = storyWithQuote();
    run(e, () => {
      const q = quote();
      const citation = q.getCitation()!;
      citation.append($createTextNode('Who'));
      q.getFirstChildOrThrow<QuotationNode>().insertBefore(citation);
      $normalizeQuotation(q);
    });
    expect(shape(e)).toEqual(['Intro', '> We will not back down.', '— Who']);
  });
});
