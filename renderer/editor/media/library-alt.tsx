import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { MediaId } from '../../../shared/media/media-schema';
import { call } from '../../bridge/api';
import { mediaItemChanged, mediaItemQuery } from '../../media/media-item-cache';
import './library-alt.css';

/** The card's alt text reaches the library once the writer pauses, like the story's own autosave. */
const WRITE_DELAY_MS = 600;
const RETRY_DELAY_MS = 3000;

/**
 * How a story's image card shares alt text with the media library. The library's description is the
 * newsroom's for that image (the photo desk's, the next story's default); a card's may be written
 * for its story. So the card fills the library's alt text when it has none, and keeps it up while
 * the card is what wrote it; where the library says something else, the card shows it, to use it or
 * to replace it, and never overwrites it unseen.
 */
export function useLibraryAlt(mediaId: string, alt: string) {
  const client = useQueryClient();
  // Images pulled from a site (wp-attachment:…) have no library item.
  const inLibrary = MediaId.safeParse(mediaId).success;
  const { data: item } = useQuery({ ...mediaItemQuery(mediaId), enabled: inLibrary });
  const libraryAlt = inLibrary && item ? item.alt : null;
  // What this card last wrote to the library: while the library still holds it, the card keeps it up.
  const [written, setWritten] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const follows = libraryAlt !== null && (libraryAlt.trim() === '' || libraryAlt === written);
  // Only words typed here go to the library: opening an older story writes nothing.
  const opened = useRef(alt);
  const typed = alt !== opened.current || written !== null;
  const pending = useRef<{ alt: string; replacing: string } | null>(null);

  const write = async (next: string, replacing: string) => {
    try {
      const saved = await call('setMediaAlt', { id: mediaId, alt: next, replacing });
      if (saved.alt === next) setWritten(next);
      mediaItemChanged(client, saved);
    } catch {
      // The story keeps the words either way; the library gets them when the core answers again.
      setFailures((n) => n + 1);
    }
  };

  useEffect(() => {
    pending.current = follows && typed && alt.trim() !== '' && alt !== libraryAlt ? { alt, replacing: libraryAlt } : null;
    if (!pending.current) return;
    const timer = setTimeout(
      () => {
        const next = pending.current;
        pending.current = null;
        if (next) void write(next.alt, next.replacing);
      },
      failures > 0 ? RETRY_DELAY_MS : WRITE_DELAY_MS,
    );
    return () => clearTimeout(timer);
    // `write` is a fresh closure each render; what it reads is listed.
  }, [alt, follows, typed, libraryAlt, failures]);
  // The card goes (story closed, image removed) inside the pause: what it was about to write goes now.
  useEffect(
    () => () => {
      const next = pending.current;
      if (next) void call('setMediaAlt', { id: mediaId, ...next }).catch(() => undefined);
    },
    [mediaId],
  );

  return {
    /** The library's different description, offered beside the card's; null when they agree or the card leads. */
    differs: libraryAlt !== null && !follows && libraryAlt !== alt ? libraryAlt : null,
    /** The card's words are the library's too, because the card put them there. */
    savedToLibrary: libraryAlt !== null && written !== null && libraryAlt === alt,
    saveToLibrary: () => (libraryAlt === null ? undefined : void write(alt, libraryAlt)),
  };
}

/** Beside the card's alt text: what the library says instead, with the two ways to make them one. */
export function LibraryAltNote({ library, cardAlt, onUseLibrary, onSaveToLibrary }: { library: string; cardAlt: string; onUseLibrary: () => void; onSaveToLibrary: () => void }) {
  return (
    <div role="note" className="card-library-alt">
      The media library describes this image as “{library}”.
      <span className="card-library-alt-actions">
        <button type="button" onClick={onUseLibrary}>
          Use the library’s
        </button>
        {cardAlt.trim() !== '' && (
          <button type="button" onClick={onSaveToLibrary}>
            Save mine to the library
          </button>
        )}
      </span>
    </div>
  );
}
