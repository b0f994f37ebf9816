import { createContext, useContext, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { Checklist, RemoteStatus } from '../../shared/contract/operations/publish';
import { errorMessage } from '../../shared/contract/result';
import { call } from '../bridge/api';
import { useSites } from '../sites/use-sites';
import { useConflict, usePublishAction, usePublishState } from './use-publish';

export interface PublishFlowOptions {
  storyId: string;
  /** Saves the open story first, so what is published is what is on screen. */
  flush: () => Promise<void>;
  /** The story's own Scheduled time as the editor holds it now: the time a Schedule publishes at. */
  scheduledAt: number | null;
}

/**
 * The one Publish of a story: the site and how it goes (now, scheduled, for review, as a draft), the
 * checklist, then the job; and the take-down actions. Whoever offers Publish (the publishing panel,
 * the copy desk) runs this same flow, so the checklist always runs and only the site's answer makes
 * the story Published.
 */
export function usePublishFlow({ storyId, flush, scheduledAt }: PublishFlowOptions) {
  const sitesQuery = useSites();
  const sites = sitesQuery.data ?? [];
  const stateQuery = usePublishState(storyId);
  const state = stateQuery.data ?? null;
  const action = usePublishAction(storyId);
  const [chosenSite, setChosenSite] = useState('');
  const [status, setStatus] = useState<RemoteStatus>('publish');
  const [checklist, setChecklist] = useState<Checklist | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The panel that shows the checklist and the progress; an offer elsewhere brings it into view. */
  const panelRef = useRef<HTMLElement | null>(null);

  const siteId = chosenSite || sites[0]?.id || '';
  const job = state?.jobs.find((j) => j.siteId === siteId) ?? null;
  const remote = state?.remotes.find((r) => r.siteId === siteId) ?? null;
  const { conflict, error: conflictError } = useConflict(job, !stateQuery.isFetching);

  const loadFailure = sitesQuery.error ?? stateQuery.error ?? conflictError;
  useEffect(() => {
    if (loadFailure) setError(errorMessage(loadFailure));
  }, [loadFailure]);

  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await action.mutateAsync(fn);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const publish = (overrideWarnings: boolean) =>
    run(async () => {
      if (status === 'future' && (scheduledAt === null || scheduledAt <= Date.now())) {
        throw new Error('To schedule the story, set its Scheduled time (in the story’s details) to a time in the future.');
      }
      await flush();
      const list = await call('checkPublish', { storyId, siteId });
      setChecklist(list);
      const blocked = list.items.some((i) => i.level === 'blocker');
      if (blocked || (list.items.length > 0 && !overrideWarnings)) return;
      // No time of its own: a Schedule goes out at the story's Scheduled time, which the core reads from the saved story.
      await call('publishStory', { storyId, siteId, status, overrideWarnings });
      setChecklist(null);
    });

  /** The checklist asked again (after "I have looked"), without publishing. */
  const recheck = () => run(async () => setChecklist(await call('checkPublish', { storyId, siteId })));

  return {
    storyId,
    flush,
    recheck,
    scheduledAt,
    sites,
    siteId,
    setSite: setChosenSite,
    status,
    setStatus,
    state,
    job,
    remote,
    conflict,
    checklist,
    error,
    busy: action.isPending,
    panelRef,
    publish,
    run,
    unpublish: () => run(() => call('unpublishStory', { storyId, siteId })),
    trash: () => run(() => call('trashStory', { storyId, siteId })),
  };
}

export type PublishFlow = ReturnType<typeof usePublishFlow>;

const PublishFlowContext = createContext<PublishFlow | null>(null);

/** Makes the story's one publish flow available to every view beside it that offers Publish. */
export function PublishFlowProvider({ children, ...options }: PublishFlowOptions & { children: ReactNode }) {
  const flow = usePublishFlow(options);
  return <PublishFlowContext.Provider value={flow}>{children}</PublishFlowContext.Provider>;
}

/** The open story's publish flow; null where no story is open with one (nothing then offers Publish). */
export function usePublishFlowContext(): PublishFlow | null {
  return useContext(PublishFlowContext);
}

/**
 * The Publish button, the same wherever it is offered. Offered away from the publishing panel
 * (`reveal`), it brings the panel into view, where the checklist and the progress show.
 */
export function PublishButton({ flow, reveal = false }: { flow: PublishFlow; reveal?: boolean }) {
  return (
    <button
      type="button"
      className="primary"
      disabled={flow.busy || !flow.siteId}
      title={flow.siteId ? undefined : 'Connect a WordPress site under Sites to publish'}
      onClick={() => {
        if (reveal) scrollIntoView(flow.panelRef);
        void flow.publish(false);
      }}
    >
      Publish
    </button>
  );
}

function scrollIntoView(ref: RefObject<HTMLElement | null>) {
  ref.current?.scrollIntoView({ block: 'nearest' });
}
