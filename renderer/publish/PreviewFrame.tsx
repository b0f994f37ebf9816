import { useQuery } from '@tanstack/react-query';
import { errorMessage } from '../../shared/contract/result';
import { mediaUrl } from '../../shared/media/renditions';
import { ErrorAlert } from '../app/ErrorAlert';
import { formatDate } from '../app/format';
import { MainOverlay } from '../app/MainOverlay';
import { queryKeys } from '../app/query-keys';
import { call } from '../bridge/api';
import { previewDocument } from './preview-document';
import { previewBodyHtml } from './preview-html';

/** The site's look, a file of the app's own (Vite emits it beside the scripts): the frame allows no inline style. */
const SITE_STYLESHEET = new URL('./preview-site.css', import.meta.url).href;

/** The preview's document: the body as publishing renders it, with the story's section, byline, date, tags and featured image. */
async function loadPreview(storyId: string): Promise<string> {
  const [rendered, story, sections] = await Promise.all([call('previewStory', { storyId }), call('getStory', { id: storyId }), call('listSections', {})]);
  const { fields } = story;
  const [image] = fields.featuredImageId ? await call('getMediaItems', { ids: [fields.featuredImageId] }) : [];
  const section = fields.sectionIds.map((id) => sections.find((s) => s.id === id)?.name).find((name) => name !== undefined) ?? null;
  return previewDocument(
    {
      title: rendered.title,
      standfirst: rendered.standfirst,
      html: previewBodyHtml(rendered.html),
      section,
      byline: fields.byline,
      // A scheduled story shows the day it goes out; any other the day it would if published now.
      date: formatDate(fields.scheduledAt ?? Date.now()),
      tags: fields.tags,
      featured: image && image.trashedAt === null ? { url: mediaUrl(image.sha256, 'w1600jpeg'), alt: image.alt, caption: image.caption, credit: image.credit } : null,
    },
    { appOrigin: window.location.origin, stylesheet: SITE_STYLESHEET },
  );
}

/**
 * The story as the site will show it, over the story at its width, in a frame that can run nothing:
 * `sandbox` with no scripts and no forms (the app's own origin, so its images load with the harness's
 * token cookie; without scripts that origin can do nothing), its links opening in a new window that
 * the app hands to the system browser, and a policy that allows only the app's images and stylesheet.
 */
export function PreviewFrame({ storyId, onClose }: { storyId: string; onClose: () => void }) {
  // Read afresh at every opening: the story was saved just before.
  const preview = useQuery({ queryKey: queryKeys.preview(storyId), queryFn: () => loadPreview(storyId), gcTime: 0, staleTime: 0 });
  return (
    <MainOverlay label="Preview" closeLabel="Close preview" onClose={onClose} className="publish-preview">
      <ErrorAlert message={preview.error ? errorMessage(preview.error) : null} />
      {preview.data !== undefined && (
        <iframe title="Story preview" sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox" srcDoc={preview.data} />
      )}
    </MainOverlay>
  );
}
