import { z } from 'zod';
import { storyNodeProblems, undeclaredKeys, undeclaredMessage } from '../content/nodes/story-node-keys';
import { SLUG_MAX, SLUG_PATTERN, SLUG_RULE } from './slug';

export const StoryId = z.string().uuid();

export const STORY_STATUSES = ['draft', 'in_copy', 'copy_edited', 'ready', 'scheduled', 'published', 'spiked'] as const;
export const StoryStatus = z.enum(STORY_STATUSES);
export type StoryStatus = z.infer<typeof StoryStatus>;

/**
 * Lexical's serialized editor state, as read back: structural (a root with children) plus the
 * one rule any stored body already met, that a Presswork node carries only its declared keys.
 * Reads stay this lenient so a story an older version saved (a pasted style, say) still opens;
 * the editor cleans it when it loads. Versions belong to the content model.
 */
export const SerializedNode: z.ZodType<{ type: string; version?: number; children?: unknown[] } & Record<string, unknown>> = z
  .object({ type: z.string().min(1).max(64), version: z.number().int().optional(), children: z.array(z.unknown()).optional() })
  .passthrough();

const BodyShape = z
  .object({
    root: z
      .object({ type: z.literal('root'), children: z.array(SerializedNode) })
      .passthrough(),
  })
  .passthrough();

/** How deep a saved body's nodes may nest; an editor's nested lists and tables stay far above it. */
export const MAX_BODY_DEPTH = 128;

/**
 * Calls `check` on every node below the root, depth first, with its depth (the root's children
 * are at 1). Iterative: a hostile body nested 100,000 deep cannot overflow the stack here.
 */
function eachNode(root: { children: unknown[] }, check: (node: { type: string } & Record<string, unknown>, depth: number) => void): void {
  const stack: Array<[unknown, number]> = root.children.map((child) => [child, 1] as [unknown, number]).reverse();
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    const { type, children } = node as { type?: unknown; children?: unknown };
    if (typeof type === 'string') check({ ...(node as Record<string, unknown>), type }, depth);
    if (Array.isArray(children)) for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], depth + 1]);
  }
}

/** What is wrong with a body nested past MAX_BODY_DEPTH, or null. */
export function bodyDepthProblem(body: { root: { children: unknown[] } }): string | null {
  let deepest = 0;
  eachNode(body.root, (_node, depth) => {
    if (depth > deepest) deepest = depth;
  });
  return deepest > MAX_BODY_DEPTH ? `The story nests deeper than ${MAX_BODY_DEPTH} levels; flatten its lists or quotes.` : null;
}

export const BodyState = BodyShape.superRefine((body, ctx) => {
  eachNode(body.root, (node) => {
    const extra = undeclaredKeys(node);
    if (extra.length > 0) ctx.addIssue({ code: z.ZodIssueCode.custom, message: undeclaredMessage(node.type, extra) });
  });
});
export type BodyState = z.infer<typeof BodyState>;

/**
 * A body as a save must send it: every node of a type a story may contain, only the keys that
 * type declares, and values that cannot carry harm (no inline style, numeric formats). Link
 * targets are not refused here: the save path removes a link Presswork does not allow and keeps
 * its text, as the editor does when it opens one.
 */
export const SavedBody = BodyShape.superRefine((body, ctx) => {
  const depth = bodyDepthProblem(body);
  if (depth) ctx.addIssue({ code: z.ZodIssueCode.custom, message: depth });
  eachNode({ children: [body.root] }, (node) => {
    for (const message of storyNodeProblems(node, { ignore: ['url'] })) ctx.addIssue({ code: z.ZodIssueCode.custom, message });
  });
});


export const HEADLINE_MAX = 300;
export const STANDFIRST_MAX = 1000;
/** Lengths search engines show before truncating; the counters turn to a warning past them. */
export const SEO_TITLE_ADVISED = 60;
export const META_DESCRIPTION_ADVISED = 160;
export const SEO_TITLE_MAX = 300;
export const META_DESCRIPTION_MAX = 1000;

export const Slug = z
  .string()
  .max(SLUG_MAX, `A slug is at most ${SLUG_MAX} characters.`)
  .refine((s) => s === '' || SLUG_PATTERN.test(s), SLUG_RULE);

export const SectionId = z.number().int().positive();

/** Every field of a story besides headline and body; all of them are saved with the body. */
export const StoryFields = z.object({
  standfirst: z.string().max(STANDFIRST_MAX, `A standfirst is at most ${STANDFIRST_MAX} characters.`),
  byline: z.array(z.string().trim().min(1).max(120, 'An author name is at most 120 characters.')).max(20, 'A byline names at most 20 authors.'),
  slug: Slug,
  sectionIds: z.array(SectionId).max(50, 'A story is in at most 50 sections.'),
  tags: z.array(z.string().trim().min(1).max(80, 'A tag is at most 80 characters.')).max(100, 'A story has at most 100 tags.'),
  /** A media-library item's id; the media capability owns what it points to. */
  featuredImageId: z.string().min(1).max(100).nullable(),
  seoTitle: z.string().max(SEO_TITLE_MAX, `An SEO title is at most ${SEO_TITLE_MAX} characters.`),
  metaDescription: z.string().max(META_DESCRIPTION_MAX, `A meta description is at most ${META_DESCRIPTION_MAX} characters.`),
  scheduledAt: z.number().int().nullable(),
});
export type StoryFields = z.infer<typeof StoryFields>;

export const emptyFields = (): StoryFields => ({
  standfirst: '',
  byline: [],
  slug: '',
  sectionIds: [],
  tags: [],
  featuredImageId: null,
  seoTitle: '',
  metaDescription: '',
  scheduledAt: null,
});

export const StorySummary = z.object({
  id: StoryId,
  headline: z.string(),
  status: StoryStatus,
  wordCount: z.number().int().nonnegative(),
  updatedAt: z.number().int(),
});
export type StorySummary = z.infer<typeof StorySummary>;

export const Story = StorySummary.extend({
  body: BodyState,
  createdAt: z.number().int(),
  version: z.number().int().positive(),
  fields: StoryFields,
  tkCount: z.number().int().nonnegative(),
  site: z.string().nullable(),
  archivedAt: z.number().int().nullable(),
});
export type Story = z.infer<typeof Story>;

export const SaveStoryInput = z
  .object({
    id: StoryId,
    headline: z.string().max(HEADLINE_MAX, `A headline is at most ${HEADLINE_MAX} characters.`),
    body: SavedBody,
    /** Absent when the caller edits only headline and body; the stored fields are then kept. */
    fields: StoryFields.optional(),
  })
  .strict();
export type SaveStoryInput = z.infer<typeof SaveStoryInput>;

export const SaveStoryResult = z.object({ id: StoryId, version: z.number().int().positive(), savedAt: z.number().int() });
export type SaveStoryResult = z.infer<typeof SaveStoryResult>;

/** An empty body: one empty paragraph, as Lexical itself starts. */
export function emptyBody(): BodyState {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [] },
      ],
    },
  };
}
