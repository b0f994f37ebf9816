import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { errorMessage } from '../../shared/contract/result';
import type { MediaItem } from '../../shared/media/media-schema';
import { mediaUrl } from '../../shared/media/renditions';
import { queryKeys } from '../app/query-keys';
import { useDebouncedValue } from '../app/use-debounced-value';
import { call } from '../bridge/api';

/** Searches the media library and hands back the chosen item; `action` names what picking does ("Insert", "Use"). */
export function MediaPicker({ onPick, action = 'Insert' }: { onPick: (item: MediaItem) => void; action?: string }) {
  const [query, setQuery] = useState('');
  const settled = useDebouncedValue(query, 150);
  const results = useQuery({
    queryKey: queryKeys.mediaPicker(settled),
    queryFn: () => call('listMedia', { query: settled, filter: 'all', todayStart: 0, offset: 0, limit: 24 }),
    // The last answer stays listed while the next one is asked.
    placeholderData: keepPreviousData,
  });
  const items = results.data?.items ?? null;
  const error = results.error ? errorMessage(results.error) : null;
  const id = useId();

  return (
    <div className="media-picker">
      <label htmlFor={`${id}-q`}>Search media library</label>
      <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoFocus />
      {error && (
        <p role="alert" className="link-error">
          {error}
        </p>
      )}
      {items && items.length === 0 && <p className="insert-preview">No images match. Import images in the Media view.</p>}
      <ul className="media-picker-results" aria-label="Media items">
        {items?.map((item) => {
          const name = item.alt || item.caption || item.filename;
          return (
            <li key={item.id}>
              <button type="button" className="media-pick" onClick={() => onPick(item)} aria-label={`${action} ${name}`}>
                <img src={mediaUrl(item.sha256, 'thumb')} alt="" />
                <span>{name}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
