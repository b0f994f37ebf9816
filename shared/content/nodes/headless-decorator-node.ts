import { DecoratorNode, type EditorConfig } from 'lexical';

/**
 * The part every story decorator node shares. The content model must run under Node without
 * React, so each node is headless: an empty host element in the editor's DOM and `decorate()`
 * returning null. The renderer subclasses each node with the same type to draw it.
 */
export abstract class HeadlessDecoratorNode extends DecoratorNode<unknown> {
  /** The host element's tag and class in the editor (e.g. `figure`, `pw-image`). */
  protected abstract host(): { tag: string; className: string };

  override createDOM(_config: EditorConfig): HTMLElement {
    const { tag, className } = this.host();
    const element = document.createElement(tag);
    element.className = className;
    return element;
  }

  // The decorator redraws itself; the host element never changes.
  override updateDOM(): false {
    return false;
  }

  override isInline(): boolean {
    return false;
  }

  override decorate(): unknown {
    return null;
  }
}
