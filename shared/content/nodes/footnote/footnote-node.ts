import { $create, $getRoot, $isElementNode, type LexicalNode, type NodeKey } from 'lexical';
import { storyDecoratorNode } from '../story-decorator-node';
import { footnoteDeclaration } from './footnote-declaration';

const { Base, stateConfigs } = storyDecoratorNode(footnoteDeclaration);

/**
 * A footnote reference (see footnoteDeclaration; numbers come from `$footnoteNumbers`).
 * Headless: `decorate()` returns null; the renderer subclasses it with the same type to draw
 * the superscript number and the note editor.
 */
export class FootnoteNode extends Base {
  override $config() {
    return this.config('footnote', { extends: Base, stateConfigs });
  }

  /** The reference adds no words to the sentence it sits in (find/replace, word counts). */
  override getTextContent(): string {
    return '';
  }

  protected override host() {
    return { tag: 'sup', className: 'pw-footnote-ref' };
  }

  override isInline(): true {
    return true;
  }
}

export function $createFootnoteNode(note = ''): FootnoteNode {
  return $create(FootnoteNode).setFields({ note });
}

export function $isFootnoteNode(node: LexicalNode | null | undefined): node is FootnoteNode {
  return node instanceof FootnoteNode;
}

/** Every footnote in the document, in reading order. */
export function $footnotesInOrder(): FootnoteNode[] {
  const found: FootnoteNode[] = [];
  const visit = (node: LexicalNode): void => {
    if ($isFootnoteNode(node)) found.push(node);
    else if ($isElementNode(node)) for (const child of node.getChildren()) visit(child);
  };
  visit($getRoot());
  return found;
}

/** Footnote number (1-based) by node key, from the footnotes' current positions. */
export function $footnoteNumbers(): Map<NodeKey, number> {
  const numbers = new Map<NodeKey, number>();
  $footnotesInOrder().forEach((node, index) => numbers.set(node.getKey(), index + 1));
  return numbers;
}

/** This footnote's number, or 0 when it is not attached to the document. */
export function $getFootnoteNumber(node: FootnoteNode): number {
  return $footnoteNumbers().get(node.getKey()) ?? 0;
}
