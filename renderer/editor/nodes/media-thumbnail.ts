import { createContext, useContext, useEffect, useState } from 'react';

/**
 * Finds the picture's URL (`/media/<sha256>/w800.jpg`, served by the app's own origin) of a
 * media-library item, or null when there is none. The media capability provides it; without one,
 * image cards show a placeholder.
 */
export type ThumbnailResolver = (mediaId: string) => Promise<string | null>;

export const ThumbnailResolverContext = createContext<ThumbnailResolver>(async () => null);

export function useThumbnail(mediaId: string): { url: string | null; loading: boolean } {
  const resolve = useContext(ThumbnailResolverContext);
  const [state, setState] = useState<{ url: string | null; loading: boolean }>({ url: null, loading: true });
  useEffect(() => {
    let live = true;
    setState({ url: null, loading: true });
    resolve(mediaId).then(
      (url) => live && setState({ url: url && url.startsWith('/media/') ? url : null, loading: false }),
      () => live && setState({ url: null, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [mediaId, resolve]);
  return state;
}
