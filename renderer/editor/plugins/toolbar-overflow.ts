import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Room kept at the row's end for the More tools button: one tool and the gap before it. */
export const MORE_ROOM = 40;

/**
 * How many groups, taken in order, fit in `room` pixels: all of them, or as many as fit beside the
 * More tools button. `widths` are the groups' own widths, `gap` the space between two groups.
 */
export function countFittingGroups(widths: readonly number[], gap: number, room: number): number {
  const total = widths.reduce((sum, w, i) => sum + w + (i > 0 ? gap : 0), 0);
  if (total <= room) return widths.length;
  let used = MORE_ROOM;
  for (let i = 0; i < widths.length; i++) {
    used += widths[i]! + (i > 0 ? gap : 0);
    if (used > room) return i;
  }
  return widths.length;
}

/**
 * The toolbar keeps to one row: how many of its groups (children marked `data-tool-group="<index>"`)
 * show in the row; the rest go under More tools. A group's width is measured while it shows and
 * remembered, so the count follows the toolbar's width without laying out what is hidden.
 */
export function useToolbarOverflow(toolbar: RefObject<HTMLElement | null>, groupCount: number): number {
  const widths = useRef<number[]>([]);
  const [shown, setShown] = useState(groupCount);

  useLayoutEffect(() => {
    const element = toolbar.current;
    if (!element) return;
    const fit = () => {
      // A toolbar not laid out (its view hidden) tells nothing; it is fitted again once it shows.
      if (element.clientWidth === 0) return;
      for (const group of element.querySelectorAll<HTMLElement>(':scope > [data-tool-group]')) {
        const width = group.getBoundingClientRect().width;
        if (width > 0) widths.current[Number(group.dataset.toolGroup)] = width;
      }
      const known = Array.from({ length: groupCount }, (_, i) => widths.current[i]);
      // A group never measured shows first, to be measured.
      if (known.some((w) => w === undefined)) return setShown(groupCount);
      const style = getComputedStyle(element);
      const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      setShown(countFittingGroups(known as number[], parseFloat(style.columnGap) || 0, room));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [toolbar, groupCount, shown]);

  return Math.min(shown, groupCount);
}
