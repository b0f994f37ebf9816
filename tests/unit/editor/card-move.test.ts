import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $moveCard } from '../../../renderer/editor/card-move';
import { createStoryEditor } from '../../../shared/content/story-editor';
import type { BodyState } from '../../../shared/story/story-schema';

const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
const paragraph = (t: string) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [text(t)] });
const kept = { type: 'preserved-block', version: 1, blockName: 'core/columns', markup: '<!-- wp:columns /-->', label: 'Columns', text: '' };

describe('moving a card', () => {
  it('swaps a kept block with the block above or below, and does nothing at either end or for text', () => {
    const editor = createStoryEditor();
    editor.setEditorState(editor.parseEditorState({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [paragraph('One'), kept, paragraph('Two')] } } as unknown as BodyState as never));
    const order = () => editor.getEditorState().read(() => $getRoot().getChildren().map((n) => (n.getType() === 'preserved-block' ? 'card' : n.getTextContent())));
    const keyOf = (index: number) => editor.getEditorState().read(() => $getRoot().getChildAtIndex(index)!.getKey());
    const move = (key: string, direction: 'up' | 'down') => {
      let moved = false;
      editor.update(() => {
        moved = $moveCard(key, direction);
      }, { discrete: true });
      return moved;
    };
    const card = keyOf(1);
    expect(move(card, 'up')).toBe(true);
    expect(order()).toEqual(['card', 'One', 'Two']);
    expect(move(card, 'up')).toBe(false);
    expect(move(card, 'down')).toBe(true);
    expect(move(card, 'down')).toBe(true);
    expect(order()).toEqual(['One', 'Two', 'card']);
    expect(move(card, 'down')).toBe(false);
    expect(move(keyOf(0), 'down')).toBe(false);
    expect(order()).toEqual(['One', 'Two', 'card']);
  });
});
