import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { $isImageNode } from '../../../shared/content/nodes';

/**
 * Switches an image brought into the media library but still shown from its published address to
 * the library copy, undoably: with no `src` of its own it is uploaded on publish and takes the
 * site's address for it. Until the user chooses this, the story publishes back the same src.
 */
export function useLibraryCopy(nodeKey: NodeKey): () => void {
  const [editor] = useLexicalComposerContext();
  return () =>
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isImageNode(node)) node.setFields({ src: '' });
    });
}
