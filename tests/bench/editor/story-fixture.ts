/**
 * Deterministic news-like stories for the editor benchmark: `paragraphs` paragraphs of 100 words
 * with a subhead every tenth paragraph (10k words = 100 paragraphs and 10 subheads).
 */
const VOCABULARY = (
  'the council said on tuesday that its budget for next year would rise by four per cent as officials ' +
  'warned of pressure on housing schools and transport while opposition members questioned whether the ' +
  'plan could survive a vote in the chamber later this month residents told reporters they had not been ' +
  'consulted about changes to local services and several campaign groups promised legal challenges mayor ' +
  'spokesperson minister election hospital inquiry evidence witnesses report agency statement figures'
).split(' ');

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface StoryShape {
  words: number;
  paragraphs: string[][];
  /** Index of the paragraph before which each subhead goes. */
  subheads: Map<number, string>;
}

export function storyShape(words: number): StoryShape {
  const rand = random(words);
  const count = Math.round(words / 100);
  const paragraphs: string[][] = [];
  const subheads = new Map<number, string>();
  for (let p = 0; p < count; p++) {
    const sentence: string[] = [];
    for (let w = 0; w < 100; w++) sentence.push(VOCABULARY[Math.floor(rand() * VOCABULARY.length)]!);
    sentence[0] = sentence[0]!.charAt(0).toUpperCase() + sentence[0]!.slice(1);
    paragraphs.push(sentence);
    if (p % 10 === 0) subheads.set(p, `Section ${p / 10 + 1}: ${VOCABULARY[p % VOCABULARY.length]}`);
  }
  return { words, paragraphs, subheads };
}

const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });

/** The story as Lexical JSON, the shape the core stores. */
export function storyBody(shape: StoryShape): { root: { type: 'root'; children: Array<Record<string, unknown>> } & Record<string, unknown> } {
  const children: Array<Record<string, unknown>> = [];
  shape.paragraphs.forEach((words, i) => {
    const sub = shape.subheads.get(i);
    if (sub) children.push({ type: 'heading', tag: 'h2', version: 1, direction: null, format: '', indent: 0, children: [text(sub)] });
    children.push({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [text(`${words.join(' ')}.`)] });
  });
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } };
}

/** The same story as HTML for the bare contenteditable and WordPress's editor. */
export function storyHtml(shape: StoryShape): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return shape.paragraphs
    .map((words, i) => {
      const sub = shape.subheads.get(i);
      return `${sub ? `<h2>${escape(sub)}</h2>` : ''}<p>${escape(words.join(' '))}.</p>`;
    })
    .join('');
}

/** The same story as WordPress block markup. */
export function storyBlocks(shape: StoryShape): string {
  return shape.paragraphs
    .map((words, i) => {
      const sub = shape.subheads.get(i);
      const heading = sub ? `<!-- wp:heading -->\n<h2 class="wp-block-heading">${sub}</h2>\n<!-- /wp:heading -->\n\n` : '';
      return `${heading}<!-- wp:paragraph -->\n<p>${words.join(' ')}.</p>\n<!-- /wp:paragraph -->`;
    })
    .join('\n\n');
}
