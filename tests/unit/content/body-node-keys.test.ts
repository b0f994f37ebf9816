import { $createAutoLinkNode, $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createMarkNode } from '@lexical/mark';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createTableCellNode, $createTableNode, $createTableRowNode } from '@lexical/table';
import { $createLineBreakNode, $createParagraphNode, $createTabNode, $createTextNode, $getRoot, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { bodyNodeKeys } from '../../../shared/content/nodes';
import { createStoryEditor } from '../../../shared/content/story-editor';
import { cleanStoredBody } from '../../../shared/content/stored-body-cleaning';
import { BodyState, SavedBody } from '../../../shared/story/story-schema';

const body = (children: unknown[]) => ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } });
const text = (extra: Record<string, unknown> = {}) => ({ type: 'text', version: 1, text: 'Words', format: 0, detail: 0, mode: 'normal', style: '', ...extra });
const paragraph = (children: unknown[], extra: Record<string, unknown> = {}) => ({
  type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children, ...extra,
});

describe('the keys of Lexical’s own nodes in a story body', () => {
  it('cover everything a fresh instance of each standard node exports', () => {
    const editor = createStoryEditor();
    editor.update(
      () => {
        const fresh: LexicalNode[] = [
          $getRoot(), $createParagraphNode(), $createTextNode('x'), $createLineBreakNode(), $createTabNode(), $createHeadingNode('h2'), $createQuoteNode(),
          $createListNode('bullet'), $createListItemNode(), $createLinkNode('https://a.example'), $createAutoLinkNode('https://a.example'), $createMarkNode(['a']),
          $createTableNode(), $createTableRowNode(), $createTableCellNode(),
        ];
        for (const node of fresh) {
          const json = node.exportJSON() as unknown as Record<string, unknown>;
          expect(bodyNodeKeys(node.getType()), node.getType()).toEqual(expect.arrayContaining(Object.keys(json)));
        }
      },
      { discrete: true },
    );
  });
});

describe('the core’s body validation at save', () => {
  it('accepts what Lexical itself writes, the empty style included', () => {
    expect(SavedBody.safeParse(body([paragraph([text(), { type: 'linebreak', version: 1 }, text({ format: 1 })])])).success).toBe(true);
  });

  it.each([
    ['an unknown node type', body([{ type: 'x-widget', version: 1 }]), /"x-widget" block, which this version of Presswork does not know/],
    ['an unknown key on a paragraph', body([paragraph([text()], { onclick: 'alert(1)' })]), /"paragraph" block in the story has a field .*\("onclick"\)/],
    ['an inline style on text', body([paragraph([text({ style: 'position:fixed;inset:0' })])]), /"text" block in the story has an inline style \("style"\)/],
    ['a paragraph text style', body([paragraph([text()], { textStyle: 'background:url(https://evil.example/x.png)' })]), /inline style \("textStyle"\)/],
    ['a format that is not a number', body([paragraph([text({ format: 'bold' })])]), /a format that is not a number/],
  ])('refuses %s with a clear message', (_label, value, message) => {
    const parsed = SavedBody.safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.message).join('\n')).toMatch(message);
  });

  it('lets a script link through to the save path, which unwraps it and keeps its words', () => {
    const value = body([paragraph([{ type: 'link', version: 1, url: 'javascript:alert(1)', rel: null, target: null, title: null, children: [text()] }])]);
    expect(SavedBody.safeParse(value).success).toBe(true);
    const cleaned = cleanStoredBody(value);
    expect(cleaned.removed).toBe(1);
    expect(JSON.stringify(cleaned.body)).not.toMatch(/javascript|"link"/);
    expect(JSON.stringify(cleaned.body)).toContain('"Words"');
  });
});

describe('reading a stored body', () => {
  it('stays lenient, so a story an older version saved with a pasted style still opens, cleaned', () => {
    const stored = body([paragraph([text({ style: 'position:fixed;inset:0' })], { textStyle: 'color:red' })]);
    expect(BodyState.safeParse(stored).success).toBe(true);
    const cleaned = cleanStoredBody(stored);
    expect(cleaned.removed).toBe(2);
    expect(JSON.stringify(cleaned.body)).not.toContain('position:fixed');
    expect(JSON.stringify(cleaned.body)).toContain('"Words"');
  });

  it('still refuses keys a Presswork node does not declare', () => {
    expect(BodyState.safeParse(body([{ type: 'pull-quote', version: 1, quote: 'q', citation: '', onclick: 'x' }])).success).toBe(false);
  });
});
