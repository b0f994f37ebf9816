import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { mediaUrl } from '../../shared/media/renditions';
import { errorMessage } from '../../shared/contract/result';
import { queryKeys } from '../app/query-keys';
import { call } from '../bridge/api';
import { MediaPicker } from '../media/MediaPicker';

/** The story's featured image: chosen from the media library, shown as its thumbnail with its alt text. */
export function FeaturedImageField({ mediaId, onChange }: { mediaId: string | null; onChange: (id: string | null) => void }) {
  const client = useQueryClient();
  const [choosing, setChoosing] = useState(false);
  const found = useQuery({
    queryKey: queryKeys.mediaItem(mediaId ?? ''),
    queryFn: async () => (await call('getMediaItems', { ids: [mediaId!] }))[0] ?? null,
    enabled: mediaId !== null,
    // The previous image stays shown until the newly chosen one is read.
    placeholderData: keepPreviousData,
  });
  const item = mediaId === null ? null : (found.data ?? null);
  const error =
    mediaId === null ? null : found.error ? errorMessage(found.error) : found.data === null ? 'The featured image is no longer in the media library; choose another.' : null;

  return (
    <div className="field featured-image-field" role="group" aria-label="Featured image">
      <span>Featured image</span>
      {item ? (
        <figure className="featured-image">
          <img src={mediaUrl(item.sha256, 'thumb')} alt={item.alt} />
          <figcaption>{item.alt || <em>No alt text yet: add it in the Media view before publishing.</em>}</figcaption>
        </figure>
      ) : (
        <span className="featured-image-none">None</span>
      )}
      {error && <p role="alert">{error}</p>}
      <div className="featured-image-actions">
        <button type="button" aria-expanded={choosing} onClick={() => setChoosing((c) => !c)}>
          {mediaId ? 'Change featured image' : 'Choose featured image'}
        </button>
        {mediaId && (
          <button type="button" onClick={() => onChange(null)}>
            Remove featured image
          </button>
        )}
      </div>
      {choosing && (
        <MediaPicker
          action="Use"
          onPick={(picked) => {
            client.setQueryData(queryKeys.mediaItem(picked.id), picked);
            setChoosing(false);
            onChange(picked.id);
          }}
        />
      )}
    </div>
  );
}
