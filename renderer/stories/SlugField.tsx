import { useEffect, useId, useRef, useState } from 'react';
import { slugify, slugProblem } from '../../shared/story/slug';
import { ConfirmBox } from '../app/ConfirmBox';

/** The story's post where it is live on a site: its slug there, and when the site last changed the post (each publish moves it). */
export interface LivePost {
  slug: string;
  modifiedGmt: string | null;
}

export interface SlugFieldProps {
  headline: string;
  /** The slug the story was opened with. */
  initial: string;
  /** The slug the fields hold now (the last valid one typed or derived). */
  saved: string;
  /** The live post; null when the story is live nowhere, undefined until that is known. */
  live: LivePost | null | undefined;
  onSlug: (slug: string) => void;
}

/**
 * The story's slug. It follows the headline until the editor types one of their own. Once the story
 * is live it is the story's address on the site: it shows the site's slug, follows nothing, and opens
 * to editing only after the user agrees to change a live address. An invalid slug is reported here
 * and the last valid one is kept.
 */
export function SlugField({ headline, initial, saved, live, onSlug }: SlugFieldProps) {
  const [text, setText] = useState(initial);
  const [followsHeadline, setFollowsHeadline] = useState(initial === '' || initial === slugify(headline));
  const [open, setOpen] = useState(false);
  const [asking, setAsking] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const noteId = useId();
  const locked = live != null && !open;
  const follows = followsHeadline && live === null;

  const shown = locked ? live.slug : follows ? slugify(headline) : text;
  // A locked slug is the site's, whatever it is (an encoded non-Latin one included): nothing to fix here.
  const problem = locked ? null : slugProblem(shown);
  useEffect(() => {
    if (follows && saved !== shown && slugProblem(shown) === null) onSlug(shown);
    // Runs only when the headline moves the derived slug, not on every field edit.
  }, [follows, shown]);

  const seenLive = useRef<LivePost | null | undefined>(undefined);
  useEffect(() => {
    if (live === undefined) return;
    const before = seenLive.current;
    seenLive.current = live;
    if (live === null) return;
    setFollowsHeadline(false);
    if (before === undefined && saved !== '' && saved !== live.slug) {
      // Opened with another slug than the live one: a change not published yet stays open (publishing asks before it moves the address).
      setOpen(true);
      setText(saved);
      return;
    }
    if (before === undefined || before === null || before.slug !== live.slug || before.modifiedGmt !== live.modifiedGmt) {
      // The site answered (a publish, a sync): its slug is the story's, locked again.
      setOpen(false);
      setText(live.slug);
      if (saved !== live.slug && slugProblem(live.slug) === null) onSlug(live.slug);
    }
    // Runs when the site's answer changes, not on every field edit.
  }, [live === undefined, live?.slug, live?.modifiedGmt]);

  return (
    <>
      <label className="field">
        <span>Slug</span>
        <input
          aria-label="Slug"
          ref={input}
          value={shown}
          readOnly={locked}
          aria-invalid={problem !== null}
          aria-describedby={live ? noteId : undefined}
          onChange={(e) => {
            setFollowsHeadline(false);
            setText(e.target.value);
            if (slugProblem(e.target.value) === null) onSlug(e.target.value);
          }}
        />
      </label>
      {live && (
        <p id={noteId} className="muted field-note">
          {locked ? (
            <>
              The story is live at this address.{' '}
              <button type="button" onClick={() => setAsking(true)}>
                Change slug…
              </button>
            </>
          ) : shown !== live.slug ? (
            `Live at “${live.slug}”; the next publish moves it to this slug.`
          ) : (
            'The story is live at this address; a new slug moves it at the next publish.'
          )}
        </p>
      )}
      {asking && live && (
        <ConfirmBox
          title="Change the live address?"
          confirm="Yes, change the slug"
          onConfirm={() => {
            setAsking(false);
            setOpen(true);
            setText(live.slug);
            // Once the field is editable (after this render), the caret goes there.
            setTimeout(() => input.current?.focus());
          }}
          onCancel={() => setAsking(false)}
        >
          The story is live at “{live.slug}”. A new slug gives it a new address when it is next published; links to the old one will depend on the site’s redirect.
        </ConfirmBox>
      )}
      {problem && (
        <div role="alert" className="field-error">
          {problem} The last valid slug ({saved || 'none'}) is kept until this is fixed.
        </div>
      )}
    </>
  );
}
