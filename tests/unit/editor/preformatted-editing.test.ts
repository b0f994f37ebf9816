import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $isPreformattedNode } from '../../../shared/content/nodes/preformatted/preformatted-node';
import { bodyToBlockMarkup } from '../../../shared/content/wordpress/to-blocks';
import { $enterInPreformatted, $togglePreformatted } from '../../../renderer/editor/preformatted/preformatted-editing';
import { headlessEditor, run, selection, type } from './support/headless-editor';

const enter = (shift = false) => expect($enterInPreformatted(selection(), shift)).toBe(true);
const blocks = (e: LexicalEditor) =>
  e.getEditorState().read(() => $getRoot().getChildren().map((n) => `${$isPreformattedNode(n) ? `${n.getVariant()}:` : ''}${n.getTextContent()}`));
const published = (e: LexicalEditor) => bodyToBlockMarkup(e.getEditorState().toJSON() as never, () => null);

function storyWithCode(): LexicalEditor {
  const e = headlessEditor();
  run(e, () => {
    const line = $createParagraphNode();
    $getRoot().append($createParagraphNode().append($createTextNode('Run this:')), line);
    line.select();
    $togglePreformatted(selection(), 'code');
    type('if (a < b) {');
    enter();
    type('    go([1]);');
    enter();
    type('}');
  });
  return e;
}

describe('typing code, preformatted text and verse', () => {
  it('Enter starts a new line in the block; its spacing stays; it is published as core/code with newlines', () => {
    const e = storyWithCode();
    expect(blocks(e)).toEqual(['Run this:', 'code:if (a < b) {\n    go([1]);\n}']);
    expect(published(e)).toContain('<!-- wp:code -->\n<pre class="wp-block-code"><code>if (a &lt; b) {\n    go(&#91;1]);\n}</code></pre>\n<!-- /wp:code -->');
  });

  it('Enter on an empty last line leaves the block for a paragraph after it, taking the empty line away', () => {
    const e = storyWithCode();
    run(e, () => {
      enter();
      enter();
      type('Then this.');
    });
    expect(blocks(e)).toEqual(['Run this:', 'code:if (a < b) {\n    go([1]);\n}', 'Then this.']);
  });

  it('Shift+Enter leaves at once', () => {
    const e = storyWithCode();
    run(e, () => {
      enter(true);
      type('After.');
    });
    expect(blocks(e)).toEqual(['Run this:', 'code:if (a < b) {\n    go([1]);\n}', 'After.']);
  });

  it('switches between code, verse and paragraph', () => {
    const e = storyWithCode();
    run(e, () => $togglePreformatted(selection(), 'verse'));
    expect(blocks(e)[1]).toMatch(/^verse:/);
    expect(published(e)).toContain('<pre class="wp-block-verse">');
    run(e, () => $togglePreformatted(selection(), 'verse'));
    expect(e.getEditorState().read(() => $getRoot().getChildren().some($isPreformattedNode))).toBe(false);
  });

  it('is an ordinary Enter outside preformatted text', () => {
    const e = headlessEditor();
    run(e, () => {
      const p = $createParagraphNode().append($createTextNode('x'));
      $getRoot().append(p);
      p.selectEnd();
      expect($enterInPreformatted(selection(), false)).toBe(false);
    });
  });
});
