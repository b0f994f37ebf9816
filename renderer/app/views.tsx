import type { ReactNode } from 'react';
import { StoriesWorkspace } from '../stories/StoriesWorkspace';
import { SitesView } from '../sites/SitesView';
import { MediaLibrary } from '../media/MediaLibrary';

export interface AppView {
  id: string;
  label: string;
  /** Shown in the navigation's tooltip; Ctrl/Cmd+<n> switches to the n-th view. */
  shortcut: string;
  render: () => ReactNode;
}

/** Every top-level view of the app, in navigation order. A capability adds its view here. */
export const views: AppView[] = [
  { id: 'stories', label: 'Stories', shortcut: '1', render: () => <StoriesWorkspace /> },
  { id: 'media', label: 'Media', shortcut: '3', render: () => <MediaLibrary /> },
  { id: 'sites', label: 'Sites', shortcut: '5', render: () => <SitesView /> },
];
