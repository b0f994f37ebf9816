import { parseHTML } from 'linkedom';
import type { DomWindow } from '../../../shared/content/dom-window';

/** A server-side DOM for the content model under Node, as the core will pass one in. */
export function nodeWindow(): DomWindow {
  return parseHTML('<!DOCTYPE html><html><head></head><body></body></html>') as unknown as DomWindow;
}
