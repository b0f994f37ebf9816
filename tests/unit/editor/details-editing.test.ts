import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $createDetailsSummaryNode, $isDetailsNode, DetailsNode, DetailsSummaryNode } from '../../../shared/content/nodes/details/details-node';
import { bodyToPostContent } from '../../../shared/content/wordpress/to-blocks';
import { $insertDetails, $leaveDetailsOnEnter, $normalizeDetails, $normalizeDetailsSummary } from '../../../renderer/editor/details/details-editing';
import { headlessEditor } from './support/headless-editor';

const run = (e: LexicalEditor, fn: () => void) => e.update(fn, { discrete: true });
const type = (text: string) => $getSelection()!.insertText(text);
/** Enter as the editor runs it: the details plugin's handler first, else Lexical's new paragraph. */
const enter = () => {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) throw new Error('no caret');
  if (!$leaveDetailsOnEnter(selection)) selection.insertParagraph();
};
const published = (e: LexicalEditor) => bodyToPostContent(e.getEditorState().toJSON() as never, () => null, 'list', { wordpressVersion: '6.5.5' }).content;
const topTypes = (e: LexicalEditor) => e.getEditorState().read(() => $getRoot().getChildren().map((n) => n.getType()));

function editorWithTransforms(): LexicalEditor {
  const e = headlessEditor();
  e.registerNodeTransform(DetailsNode, $normalizeDetails);
  e.registerNodeTransform(DetailsSummaryNode, $normalizeDetailsSummary);
  return e;
}

/** "Intro", then on an empty line a details block typed in as a writer would. */
function typedDetails(): LexicalEditor {
  const e = editorWithTransforms();
  run(e, () => {
    const empty = $createParagraphNode();
    $getRoot().append($createParagraphNode().append($createTextNode('Intro')), empty);
    empty.select();
    $insertDetails();
    type('How we counted');
    enter();
    type('Every ward.');
    enter();
    type('Twice.');
  });
  return e;
}

describe('a details block in the editor', () => {
  it('replaces the empty line, types the summary in place and Enter in it goes to the hidden paragraph', () => {
    const e = typedDetails();
    expect(topTypes(e)).toEqual(['paragraph', 'details', 'paragraph']);
    const details = e.getEditorState().read(() => {
      const node = $getRoot().getChildren().find($isDetailsNode)!;
      return node.getChildren().map((c) => `${c.getType()}:${c.getTextContent()}`);
    });
    expect(details).toEqual(['details-summary:How we counted', 'paragraph:Every ward.', 'paragraph:Twice.']);
  });

  it('publishes as the block library saves it, the template paragraph keeping its placeholder', () => {
    expect(published(typedDetails())).toBe(
      '<!-- wp:paragraph -->\n<p>Intro</p>\n<!-- /wp:paragraph -->\n\n' +
        '<!-- wp:details -->\n<details class="wp-block-details"><summary>How we counted</summary>' +
        '<!-- wp:paragraph {"placeholder":"Type / to add a hidden block"} -->\n<p>Every ward.</p>\n<!-- /wp:paragraph -->\n\n' +
        '<!-- wp:paragraph -->\n<p>Twice.</p>\n<!-- /wp:paragraph --></details>\n<!-- /wp:details -->',
    );
  });

  it('Enter on an empty last paragraph leaves the block; on its only paragraph it stays', () => {
    const e = typedDetails();
    run(e, () => {
      enter();
      enter();
      type('After');
    });
    expect(topTypes(e)).toEqual(['paragraph', 'details', 'paragraph', 'paragraph']);
    expect(e.getEditorState().read(() => $getRoot().getChildAtIndex(2)!.getTextContent())).toBe('After');

    const fresh = editorWithTransforms();
    run(fresh, () => {
      $insertDetails();
      enter();
      enter();
    });
    expect(fresh.getEditorState().read(() => $getRoot().getChildren().find($isDetailsNode)!.getChildrenSize())).toBe(3);
  });

  it('keeps a summary first and a paragraph after it whatever an edit did', () => {
    const e = typedDetails();
    run(e, () => {
      const details = $getRoot().getChildren().find($isDetailsNode)!;
      for (const child of details.getChildren().slice(1)) child.remove();
    });
    const shape = () => e.getEditorState().read(() => $getRoot().getChildren().find($isDetailsNode)!.getChildren().map((c) => `${c.getType()}:${c.getTextContent()}`));
    expect(shape()).toEqual(['details-summary:How we counted', 'paragraph:']);
    run(e, () => {
      const details = $getRoot().getChildren().find($isDetailsNode)!;
      details.append(details.getFirstChild()!);
      // A summary moved out of its block becomes a paragraph with its words.
      details.insertAfter($createDetailsSummaryNode().append($createTextNode('Stray')));
    });
    expect(shape()).toEqual(['details-summary:How we counted', 'paragraph:']);
    expect(topTypes(e)).toEqual(['paragraph', 'details', 'paragraph', 'paragraph']);
    expect(e.getEditorState().read(() => $getRoot().getChildAtIndex(2)!.getTextContent())).toBe('Stray');
  });

  it('an empty summary publishes as "Details", as WordPress saves it', () => {
    const e = editorWithTransforms();
    run(e, () => {
      $insertDetails();
      enter();
      type('Hidden');
    });
    expect(published(e)).toContain('<summary>Details</summary><!-- wp:paragraph {"placeholder":"Type / to add a hidden block"} -->\n<p>Hidden</p>');
  });
});
