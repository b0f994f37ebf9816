import type { ReactNode } from 'react';
import { StoriesWorkspace } from '../stories/StoriesWorkspace';

export interface AppView {
  id: string;
  label: string;
  /** Shown in the navigation's tooltip; Ctrl/Cmd+<n> switches to the n-th view. */
  shortcut: string;
  render: () => ReactNode;
}

/** Every top-level view of the app, in navigation order. A capability adds its view here. */
export const views: AppView[] = [{ id: 'stories', label: 'Stories', shortcut: '1', render: () => <StoriesWorkspace /> }];
