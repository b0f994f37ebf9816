import { LinkNode, AutoLinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { MarkNode } from '@lexical/mark';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { EmbedNode } from './embed/embed-node';
import { FootnoteNode } from './footnote/footnote-node';
import { HighlightNode } from './highlight/highlight-node';
import { GalleryNode } from './gallery/gallery-node';
import { ImageNode } from './image/image-node';
import { PreservedBlockNode } from './preserved-block/preserved-block-node';
import { MoreNode } from './more/more-node';
import { PageBreakNode } from './page-break/page-break-node';
import { PullQuoteNode } from './pull-quote/pull-quote-node';
import { PreformattedNode } from './preformatted/preformatted-node';
import { QuotationNode, QuoteCitationNode } from './quotation/quotation-node';
import { DetailsNode, DetailsSummaryNode } from './details/details-node';
import { SeparatorNode } from './separator/separator-node';

export * from './embed/embed-declaration';
export * from './embed/embed-node';
export * from './footnote/footnote-declaration';
export * from './footnote/footnote-node';
export * from './highlight/highlight-node';
export * from './gallery/gallery-declaration';
export * from './gallery/gallery-node';
export * from './image/image-declaration';
export * from './image/image-node';
export * from './more/more-declaration';
export * from './more/more-node';
export * from './node-version';
export * from './preserved-block/preserved-block-declaration';
export * from './preserved-block/preserved-block-node';
export * from './page-break/page-break-declaration';
export * from './page-break/page-break-node';
export * from './pull-quote/pull-quote-declaration';
export * from './pull-quote/pull-quote-node';
export * from './preformatted/preformatted-node';
export * from './quotation/quotation-node';
export * from './details/details-node';
export * from './separator/separator-declaration';
export * from './separator/separator-node';
export * from './story-node-keys';
export { lexicalValueProblem } from './lexical-node-keys';
export type { StoryNode } from './story-decorator-node';
export type { FieldSpec, NodeJSON, StoryNodeDeclaration } from './story-node-declaration';

/**
 * Presswork's own headless nodes. The renderer registers its React subclasses of these
 * (same `getType()`) in their place; the rest of `storyNodes` it registers as they are.
 */
export const pressworkDecoratorNodes = [PullQuoteNode, ImageNode, EmbedNode, SeparatorNode, FootnoteNode, PreservedBlockNode, MoreNode, PageBreakNode, GalleryNode] as const;

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

/** Presswork's own element nodes (text the writer types in place); headless, registered as they are. */
export const pressworkElementNodes: ReadonlyArray<Klass<LexicalNode>> = [
  QuotationNode,
  QuoteCitationNode,
  DetailsNode,
  DetailsSummaryNode,
  PreformattedNode,
  HighlightNode,
];

/** Every node a story body may contain, headless: for Node-side conversion and tests. */
export const storyNodes: ReadonlyArray<Klass<LexicalNode>> = [...standardStoryNodes, ...pressworkElementNodes, ...pressworkDecoratorNodes];
