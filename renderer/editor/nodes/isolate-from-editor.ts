import { stopLexicalPropagation } from 'lexical';
import { useEffect, type RefObject } from 'react';

/** Events Lexical listens for on its root element. */
const EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'paste', 'cut', 'copy', 'compositionstart', 'compositionend', 'drop', 'dragstart'];

/**
 * Keeps typing in a card's own fields (caption, citation…) out of the body editor. Lexical's
 * listeners sit on the body's root element, an ancestor of the card, and would otherwise treat a
 * Backspace in a caption as a deletion in the story.
 */
export function useIsolateFromEditor(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const stop = (event: Event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLButtonElement) {
        stopLexicalPropagation(event);
      }
    };
    for (const name of EVENTS) element.addEventListener(name, stop);
    return () => {
      for (const name of EVENTS) element.removeEventListener(name, stop);
    };
  }, [ref]);
}
