import { LinkNode, AutoLinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { MarkNode } from '@lexical/mark';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { EmbedNode } from './embed-node';
import { FootnoteNode } from './footnote-node';
import { ImageNode } from './image-node';
import { PullQuoteNode } from './pull-quote-node';
import { SeparatorNode } from './separator-node';

export * from './embed-node';
export * from './footnote-node';
export * from './image-node';
export * from './node-version';
export * from './pull-quote-node';
export * from './separator-node';

/**
 * Presswork's own headless nodes. The renderer registers its React subclasses of these
 * (same `getType()`) in their place; the rest of `storyNodes` it registers as they are.
 */
export const pressworkDecoratorNodes = [PullQuoteNode, ImageNode, EmbedNode, SeparatorNode, FootnoteNode] as const;

/** Lexical's standard nodes a story body uses. */
export const standardStoryNodes: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  MarkNode,
];

/** Every node a story body may contain, headless: for Node-side conversion and tests. */
export const storyNodes: ReadonlyArray<Klass<LexicalNode>> = [...standardStoryNodes, ...pressworkDecoratorNodes];
