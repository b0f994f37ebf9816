import type { Klass, LexicalNode } from 'lexical';
import { standardStoryNodes } from '../../../shared/content/nodes';
import { EditorEmbedNode } from './EditorEmbedNode';
import { EditorFootnoteNode } from './EditorFootnoteNode';
import { EditorImageNode } from './EditorImageNode';
import { EditorPreservedBlockNode } from './EditorPreservedBlockNode';
import { EditorPullQuoteNode } from './EditorPullQuoteNode';
import { EditorSeparatorNode } from './EditorSeparatorNode';

/** The body editor's nodes: Lexical's standard ones and the React subclasses of the content model's own. */
export const editorNodes: ReadonlyArray<Klass<LexicalNode>> = [
  ...standardStoryNodes,
  EditorPullQuoteNode,
  EditorImageNode,
  EditorEmbedNode,
  EditorSeparatorNode,
  EditorFootnoteNode,
  EditorPreservedBlockNode,
];
