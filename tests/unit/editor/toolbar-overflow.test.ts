import { describe, expect, it } from 'vitest';
import { countFittingGroups, MORE_ROOM } from '../../../renderer/editor/plugins/toolbar-overflow';

describe('the toolbar keeps to one row (#14.14)', () => {
  const widths = [60, 180, 180, 180, 95, 30];
  const all = widths.reduce((a, b) => a + b) + 4 * (widths.length - 1);

  it('shows every group when they all fit', () => {
    expect(countFittingGroups(widths, 4, all)).toBe(widths.length);
  });

  it('moves the last groups under More tools, keeping room for its button', () => {
    expect(countFittingGroups(widths, 4, all - 1)).toBe(4);
    const fourWithMore = 60 + 180 * 3 + 3 * 4 + MORE_ROOM;
    expect(countFittingGroups(widths, 4, fourWithMore)).toBe(4);
    expect(countFittingGroups(widths, 4, fourWithMore - 1)).toBe(3);
  });

  it('keeps none in the row when even the first does not fit beside More tools', () => {
    expect(countFittingGroups(widths, 4, 50)).toBe(0);
  });
});
