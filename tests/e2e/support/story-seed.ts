import type { Page } from '@playwright/test';
import type { StoryFields } from '../../../shared/story/story-schema';
import { core } from './core-call';

/** Lexical JSON for stories saved straight through the core: the shapes the editor itself saves. */
const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
const element = { version: 1, direction: null, format: '', indent: 0 };

export type Inline = string | { note: string; text: string };

export const paragraph = (...parts: Inline[]) => ({
  type: 'paragraph',
  ...element,
  textFormat: 0,
  textStyle: '',
  children: parts.map((p) => (typeof p === 'string' ? text(p) : { type: 'mark', ...element, ids: [p.note], children: [text(p.text)] })),
});
export const subhead = (t: string) => ({ type: 'heading', ...element, tag: 'h2', children: [text(t)] });
export const pullQuote = (quote: string, citation: string) => ({ type: 'pull-quote', version: 1, text: quote, citation });
export const image = (mediaId: string, caption: string, credit = '', altText = 'A photograph') => ({ type: 'image', version: 1, mediaId, caption, credit, altText });

/** A few hundred words of plausible copy: enough to scroll well past one screen. */
export const LONG_COPY = [
  'In a significant development, Iraq and the United States held their first round of talks on the future of American and other foreign troops in Iraq, with Baghdad expecting the discussions to lead to a timeline for reducing their presence.',
  'The talks, which began on January 27, were suspended after a drone attack killed three US military personnel in Jordan but were resumed on February 12.',
  'The dialogue, anticipated by many as a significant milestone in shaping Iraq’s security landscape, brought together representatives from both Baghdad and Washington.',
  'Expectations ran high as the talks commenced, with both sides expressing a commitment to constructive engagement and a mutual desire to address the issue of foreign troop presence.',
  'For Washington, the talks represented an opportunity to recalibrate its military presence in Iraq in line with evolving strategic priorities while upholding its commitments.',
  'As the dialogue progresses, all eyes are on the outcome of the deliberations and the prospects for defining a clear timeline for the reduction of foreign military presence.',
];

/** Creates a story through the core, saved as given, and answers its id; open it from the library list by its headline. */
export async function seedStory(page: Page, story: { headline: string; children: unknown[]; fields?: Partial<StoryFields> }): Promise<string> {
  const created = (await core(page, 'createStory', {})) as { id: string; fields: StoryFields };
  await core(page, 'saveStory', {
    id: created.id,
    headline: story.headline,
    body: { root: { type: 'root', ...element, children: story.children } },
    fields: { ...created.fields, ...story.fields },
  });
  return created.id;
}

/** A long story: subheads, a pull quote and many paragraphs, so the body scrolls far below the first screen. */
export function longBody(rounds = 4): unknown[] {
  const out: unknown[] = [];
  for (let r = 0; r < rounds; r++) {
    out.push(subhead(['Key players and expectations', 'Balancing sovereignty and security', 'Background', 'Challenges amid progress'][r % 4]!));
    for (const p of LONG_COPY) out.push(paragraph(p));
    if (r === 0) out.push(pullQuote('The talks and whatever progress made will determine the length of these negotiations.', 'Farhad Alaaldin'));
  }
  return out;
}
