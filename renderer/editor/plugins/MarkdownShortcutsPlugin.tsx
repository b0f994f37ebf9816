import { BOLD_STAR, ITALIC_UNDERSCORE, ORDERED_LIST, UNORDERED_LIST, type ElementTransformer, type Transformer } from '@lexical/markdown';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { $createHeadingNode, $isHeadingNode, HeadingNode } from '@lexical/rich-text';
import { $createParagraphNode } from 'lexical';
import { $createQuotationNode, $createQuoteCitationNode, QuotationNode, QuoteCitationNode } from '../../../shared/content/nodes/quotation/quotation-node';

/** `## `, `### ` and `#### ` make subheads. A story's H1 is its headline, so `# ` is left as text. */
export const SUBHEAD: ElementTransformer = {
  type: 'element',
  dependencies: [HeadingNode],
  regExp: /^(#{2,4})\s/,
  export: (node, traverseChildren) => {
    if (!$isHeadingNode(node)) return null;
    const level = Number(node.getTag().slice(1));
    return level >= 2 && level <= 4 ? `${'#'.repeat(level)} ${traverseChildren(node)}` : null;
  },
  replace: (parentNode, children, match) => {
    const level = match[1]!.length as 2 | 3 | 4;
    const heading = $createHeadingNode(`h${level}`);
    heading.append(...children);
    parentNode.replace(heading);
    heading.select(0, 0);
  },
};

/** `> ` starts a quotation (paragraphs and a citation, as the Quote button makes). */
export const QUOTATION: ElementTransformer = {
  type: 'element',
  dependencies: [QuotationNode, QuoteCitationNode],
  regExp: /^>\s/,
  export: () => null,
  replace: (parentNode, children) => {
    const quote = $createQuotationNode();
    const line = $createParagraphNode();
    line.append(...children);
    quote.append(line, $createQuoteCitationNode());
    parentNode.replace(quote);
    line.select(0, 0);
  },
};

/** Only the shortcuts newsroom writers expect; no code blocks, no `# `, no links from brackets. */
export const PRESSWORK_MARKDOWN: Transformer[] = [SUBHEAD, QUOTATION, UNORDERED_LIST, ORDERED_LIST, BOLD_STAR, ITALIC_UNDERSCORE];

export function MarkdownShortcutsPlugin() {
  return <MarkdownShortcutPlugin transformers={PRESSWORK_MARKDOWN} />;
}
