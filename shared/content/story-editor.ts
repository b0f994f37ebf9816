import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
import type { BodyState } from '../story/story-schema';
import { NodeVersionError, storyNodes } from './nodes';
import { errorMessage } from '../contract/result';

/** A headless Lexical editor that knows every story node; runs under Node and in the renderer. */
export function createStoryEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'presswork-body',
    nodes: [...storyNodes],
    onError(error) {
      throw error;
    },
  });
}

/**
 * Parses body JSON through Lexical (so node importJSON, migrations and normalisation run)
 * and returns it re-serialized. Throws NodeVersionError for JSON from a newer Presswork.
 */
export function normalizeBody(body: BodyState, editor: LexicalEditor = createStoryEditor()): BodyState {
  const state = editor.parseEditorState(JSON.stringify(body));
  return state.toJSON() as unknown as BodyState;
}

export type BodyCheck = { ok: true; body: BodyState } | { ok: false; reason: string };

/**
 * Whether body JSON is a story Presswork can open: every node of a known type and version.
 * Returns the normalised body, or a reason an editor can read.
 */
export function checkBody(body: BodyState): BodyCheck {
  try {
    return { ok: true, body: normalizeBody(body) };
  } catch (error) {
    if (error instanceof NodeVersionError) return { ok: false, reason: error.message };
    const detail = errorMessage(error);
    const unknownType = /type\W+([\w-]+)\W+(?:not found|is not registered)|not registered.*?([\w-]+)/i.exec(detail);
    const name = unknownType?.[1] ?? unknownType?.[2];
    return {
      ok: false,
      reason: name
        ? `This story contains a "${name}" block this version of Presswork does not know.`
        : `This story's content could not be read (${detail}).`,
    };
  }
}
