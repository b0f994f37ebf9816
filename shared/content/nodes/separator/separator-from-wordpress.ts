import type { StoryNodeParser } from '../../wordpress/block-import-context';
import { separatorDeclaration } from './separator-declaration';

export const separatorFromWordPress: StoryNodeParser = {
  claims: (name) => name === 'core/separator',
  fromBlock: () => [separatorDeclaration.json()],
};
