import { useState } from 'react';
import { META_DESCRIPTION_ADVISED, SEO_TITLE_ADVISED, type StoryFields } from '../../shared/story/story-schema';
import { FeaturedImageField } from './FeaturedImageField';
import { SectionPicker } from './SectionPicker';
import { SlugField, type LivePost } from './SlugField';

const splitList = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

const pad = (n: number) => String(n).padStart(2, '0');
function toLocalInput(at: number | null): string {
  if (at === null) return '';
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function Counter({ length, advised }: { length: number; advised: number }) {
  return (
    <span className={length > advised ? 'counter over' : 'counter'} aria-live="polite">
      {length} / {advised}
    </span>
  );
}

export interface StoryFieldsPanelProps {
  headline: string;
  initial: StoryFields;
  /** The live post, null when the story is live nowhere, undefined until that is known. */
  live?: LivePost | null;
  /** Called with the fields to save; an invalid slug is reported here and the last valid one is saved. */
  onChange: (fields: StoryFields) => void;
}

/**
 * Everything about a story besides headline and body. Free text is kept as typed in local state;
 * what is saved is the parsed value, so a half-typed list or a bad slug never loses keystrokes.
 */
export function StoryFieldsPanel({ headline, initial, live, onChange }: StoryFieldsPanelProps) {
  const [fields, setFields] = useState(initial);
  const [bylineText, setBylineText] = useState(initial.byline.join(', '));
  const [tagsText, setTagsText] = useState(initial.tags.join(', '));
  const [scheduleText, setScheduleText] = useState(toLocalInput(initial.scheduledAt));

  const update = (patch: Partial<StoryFields>) => {
    const next = { ...fields, ...patch };
    setFields(next);
    onChange(next);
  };

  return (
    <section className="story-fields" aria-label="Story details">
      <label className="field">
        <span>Standfirst</span>
        <textarea aria-label="Standfirst" rows={2} value={fields.standfirst} maxLength={1000} onChange={(e) => update({ standfirst: e.target.value })} />
      </label>
      <label className="field">
        <span>Byline</span>
        <input
          aria-label="Byline"
          placeholder="Author, Another author"
          value={bylineText}
          onChange={(e) => {
            setBylineText(e.target.value);
            update({ byline: splitList(e.target.value) });
          }}
        />
      </label>
      <SlugField headline={headline} initial={initial.slug} saved={fields.slug} live={live} onSlug={(slug) => update({ slug })} />
      <SectionPicker selected={fields.sectionIds} onChange={(sectionIds) => update({ sectionIds })} />
      <label className="field">
        <span>Tags</span>
        <input
          aria-label="Tags"
          placeholder="tag, another tag"
          value={tagsText}
          onChange={(e) => {
            setTagsText(e.target.value);
            update({ tags: splitList(e.target.value) });
          }}
        />
      </label>
      <FeaturedImageField mediaId={fields.featuredImageId} onChange={(featuredImageId) => update({ featuredImageId })} />
      <label className="field">
        <span>
          SEO title <Counter length={fields.seoTitle.length} advised={SEO_TITLE_ADVISED} />
        </span>
        <input aria-label="SEO title" value={fields.seoTitle} maxLength={300} onChange={(e) => update({ seoTitle: e.target.value })} />
      </label>
      <label className="field">
        <span>
          Meta description <Counter length={fields.metaDescription.length} advised={META_DESCRIPTION_ADVISED} />
        </span>
        <textarea aria-label="Meta description" rows={2} value={fields.metaDescription} maxLength={1000} onChange={(e) => update({ metaDescription: e.target.value })} />
      </label>
      <label className="field">
        <span>Scheduled time</span>
        <input
          aria-label="Scheduled time"
          type="datetime-local"
          value={scheduleText}
          onChange={(e) => {
            setScheduleText(e.target.value);
            const at = e.target.value === '' ? null : new Date(e.target.value).getTime();
            if (at === null || Number.isFinite(at)) update({ scheduledAt: at });
          }}
        />
      </label>
    </section>
  );
}
