import { useEffect, useState } from 'react';
import type { MediaItem } from '../../shared/media/media-schema';
import { mediaUrl } from '../../shared/media/renditions';
import { errorMessage } from '../../shared/contract/result';
import { call } from '../bridge/api';
import { MediaPicker } from '../media/MediaPicker';

/** The story's featured image: chosen from the media library, shown as its thumbnail with its alt text. */
export function FeaturedImageField({ mediaId, onChange }: { mediaId: string | null; onChange: (id: string | null) => void }) {
  const [item, setItem] = useState<MediaItem | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    if (!mediaId) setItem(null);
    else
      call('getMediaItems', { ids: [mediaId] }).then(
        ([found]) => live && (setItem(found ?? null), setError(found ? null : 'The featured image is no longer in the media library; choose another.')),
        (e: unknown) => live && setError(errorMessage(e)),
      );
    return () => {
      live = false;
    };
  }, [mediaId]);

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
            setItem(picked);
            setChoosing(false);
            onChange(picked.id);
          }}
        />
      )}
    </div>
  );
}
