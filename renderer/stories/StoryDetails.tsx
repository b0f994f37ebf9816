import { useId, useState } from 'react';
import type { StoryFields } from '../../shared/story/story-schema';
import { count, formatDateTime } from '../app/format';
import type { LivePost } from './SlugField';
import { StoryFieldsPanel } from './StoryFieldsPanel';
import { useSections } from './use-sections';

export interface StoryDetailsProps {
  headline: string;
  initial: StoryFields;
  /** The fields as they are now, for the one-line summary. */
  fields: StoryFields;
  live?: LivePost | null;
  onChange: (fields: StoryFields) => void;
  onBlur: () => void;
}

/** What the closed details say in one line: who, where, what is still missing. */
function useSummary(fields: StoryFields): Array<{ text: string; missing: boolean }> {
  const sections = useSections().data ?? [];
  const names = fields.sectionIds.map((id) => sections.find((s) => s.id === id)?.name).filter((n): n is string => n !== undefined);
  const shown = names.length > 2 ? `${names.slice(0, 2).join(', ')} +${names.length - 2}` : names.join(', ');
  return [
    fields.byline.length > 0 ? { text: `By ${fields.byline.join(', ')}`, missing: false } : { text: 'No byline', missing: true },
    fields.sectionIds.length > 0 ? { text: shown || count(fields.sectionIds.length, 'section'), missing: false } : { text: 'No section', missing: true },
    { text: fields.tags.length > 0 ? count(fields.tags.length, 'tag') : 'No tags', missing: fields.tags.length === 0 },
    { text: fields.featuredImageId ? 'Featured image' : 'No featured image', missing: fields.featuredImageId === null },
    ...(fields.scheduledAt !== null ? [{ text: `Scheduled ${formatDateTime(fields.scheduledAt)}`, missing: false }] : []),
    // Last, where the line's end cuts it short: the standfirst's own words.
    fields.standfirst.trim() !== '' ? { text: `“${fields.standfirst.trim()}”`, missing: false } : { text: 'No standfirst', missing: true },
  ];
}

/**
 * The story's fields (standfirst, byline, slug, sections, tags, image, SEO, schedule) folded into one
 * line under the headline, so the text starts near the top; opened, they sit between headline and
 * text. Kept mounted while closed, so half-typed lists survive a fold.
 */
export function StoryDetails({ headline, initial, fields, live, onChange, onBlur }: StoryDetailsProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const summary = useSummary(fields);
  return (
    <div className={open ? 'story-details open' : 'story-details'}>
      <div className="story-details-bar">
        <button type="button" className="story-details-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
          <span aria-hidden="true" className="disclosure" />
          Story details
        </button>
        {!open && (
          <p className="story-details-summary" aria-label="Story details summary">
            {summary.map((s, i) => (
              <span key={i} className={s.missing ? 'missing' : undefined}>
                {s.text}
              </span>
            ))}
          </p>
        )}
      </div>
      <div id={panelId} hidden={!open} onBlur={onBlur}>
        <StoryFieldsPanel headline={headline} initial={initial} live={live} onChange={onChange} />
      </div>
    </div>
  );
}
