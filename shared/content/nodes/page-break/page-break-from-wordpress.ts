import type { StoryNodeParser } from '../../wordpress/block-import-context';
import { pageBreakDeclaration } from './page-break-declaration';

export const pageBreakFromWordPress: StoryNodeParser = {
  claims: (name) => name === 'core/nextpage',
  fromBlock: () => [pageBreakDeclaration.json()],
};
