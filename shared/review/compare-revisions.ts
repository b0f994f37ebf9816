import { diffWordsWithSpace } from 'diff';
import { bodyComparisonText } from './comparison-text';
import type { BodyState, StoryFields } from '../story/story-schema';
import type { DiffPart, FieldChange } from './revision-schema';

export interface Snapshot {
  headline: string;
  body: BodyState;
  fields: StoryFields;
}

const FIELD_LABELS: [keyof StoryFields, string][] = [
  ['standfirst', 'Standfirst'],
  ['byline', 'Byline'],
  ['slug', 'Slug'],
  ['sectionIds', 'Sections'],
  ['tags', 'Tags'],
  ['featuredImageId', 'Featured image'],
  ['seoTitle', 'SEO title'],
  ['metaDescription', 'Meta description'],
  ['scheduledAt', 'Scheduled time'],
];

const show = (v: unknown, sectionName: (id: number) => string, key: string): string => {
  if (v === null || v === undefined) return '';
  if (key === 'sectionIds' && Array.isArray(v)) return v.map((id) => sectionName(id as number)).join(', ');
  if (key === 'scheduledAt' && typeof v === 'number') return new Date(v).toISOString();
  if (Array.isArray(v)) return v.join(', ');
  return String(v);
};

/** Word-level changes to the body, cards and their properties included, as inline insertions and deletions. */
export function diffBodies(before: BodyState, after: BodyState): DiffPart[] {
  return diffWordsWithSpace(bodyComparisonText(before), bodyComparisonText(after)).map((p) => ({
    value: p.value,
    added: p.added === true,
    removed: p.removed === true,
  }));
}

/** Field-by-field changes, headline first; unchanged fields are left out. */
export function diffFields(before: Snapshot, after: Snapshot, sectionName: (id: number) => string = String): FieldChange[] {
  const out: FieldChange[] = [];
  if (before.headline !== after.headline) out.push({ field: 'headline', label: 'Headline', before: before.headline, after: after.headline });
  for (const [key, label] of FIELD_LABELS) {
    const a = show(before.fields[key], sectionName, key);
    const b = show(after.fields[key], sectionName, key);
    if (a !== b) out.push({ field: key, label, before: a, after: b });
  }
  return out;
}
