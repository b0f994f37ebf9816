import {
  $getState,
  $setState,
  createState,
  DecoratorNode,
  NODE_STATE_LATEST,
  type EditorConfig,
  type LexicalNode,
  type LexicalParseJSON,
  type NodeKey,
  type NodeStateVersion,
  type SerializedLexicalNode,
  type StateConfig,
} from 'lexical';
import type { FieldSpecs, FieldValues, NodeJSON, StoryNodeDeclaration } from './story-node-declaration';

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

type AccessorName<F extends FieldSpecs, K extends Extract<keyof F, string>> = F[K] extends { accessor: infer A extends string } ? A : Capitalize<K>;

type Getters<F extends FieldSpecs> = {
  [K in Extract<keyof F, string> as `get${AccessorName<F, K>}`]: () => FieldValues<F>[K];
};

type Setters<F extends FieldSpecs> = {
  [K in Extract<keyof F, string> as F[K] extends { readonly: true } ? never : `set${AccessorName<F, K>}`]: (value: FieldValues<F>[K]) => StoryNode<F>;
};

/** What every story node has: its fields read and written together, plus one getter and setter per field. */
export interface StoryNodeFields<F extends FieldSpecs> extends HeadlessDecoratorNode {
  /** Every field; `direct` reads this version of the node (for `decorate()`), as Lexical's own accessors do. */
  getFields(version?: NodeStateVersion): FieldValues<F>;
  setFields(values: Partial<FieldValues<F>>): this;
}

// A node without fields (a separator) has no accessors; mapping over none would give an index signature.
export type StoryNode<F extends FieldSpecs> = [keyof F] extends [never] ? StoryNodeFields<F> : StoryNodeFields<F> & Getters<F> & Setters<F>;

type StoryNodeClass<F extends FieldSpecs> = Omit<typeof HeadlessDecoratorNode, 'prototype'> & (new (key?: NodeKey) => StoryNode<F>);

/**
 * The base class of one story node, made from its declaration: each field is a flat NodeState
 * (so Lexical clones, imports and exports it, and keeps it in undo history), with its getter and
 * setter. The JSON written is exactly the declared keys, every field present, in declared order
 * and with the node's own version, so saved stories keep their shape; JSON read is migrated first.
 * The concrete class adds its `$config()` (type, `extends`, `stateConfigs`) and its behaviour.
 */
export function storyDecoratorNode<F extends FieldSpecs>(declaration: StoryNodeDeclaration<string, F>) {
  const names = Object.keys(declaration.fields);
  const states = new Map<string, StateConfig<string, unknown>>(
    names.map((key) => [key, createState(key, { parse: declaration.fields[key]!.parse })]),
  );
  const stateOf = (key: string): StateConfig<string, unknown> => states.get(key)!;

  abstract class DeclaredNode extends HeadlessDecoratorNode {
    getFields(version: NodeStateVersion = NODE_STATE_LATEST): FieldValues<F> {
      return Object.fromEntries(names.map((key) => [key, $getState(this, stateOf(key), version)])) as FieldValues<F>;
    }

    setFields(values: Partial<FieldValues<F>>): this {
      const writable = this.getWritable();
      for (const [key, value] of Object.entries(values)) if (states.has(key)) $setState(writable, stateOf(key), value);
      return writable;
    }

    override updateFromJSON(json: LexicalParseJSON<SerializedLexicalNode>): this {
      return super.updateFromJSON(declaration.upgrade(json as Record<string, unknown>));
    }

    override exportJSON(): SerializedLexicalNode {
      const out: NodeJSON = { type: declaration.type, version: declaration.version, ...this.getFields() };
      return out as SerializedLexicalNode;
    }
  }

  for (const key of names) {
    const spec = declaration.fields[key]!;
    const name = spec.accessor ?? key.charAt(0).toUpperCase() + key.slice(1);
    Object.defineProperty(DeclaredNode.prototype, `get${name}`, {
      value(this: LexicalNode) {
        return $getState(this, stateOf(key));
      },
    });
    if (!spec.readonly) {
      Object.defineProperty(DeclaredNode.prototype, `set${name}`, {
        value(this: LexicalNode, value: unknown) {
          return $setState(this, stateOf(key), value);
        },
      });
    }
  }

  return {
    Base: DeclaredNode as unknown as StoryNodeClass<F>,
    /** For the concrete class's `$config()`: every field stored flat in the node's JSON. */
    stateConfigs: names.map((key) => ({ stateConfig: stateOf(key), flat: true })),
  };
}
