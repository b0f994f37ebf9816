import { useEffect, useState } from 'react';
import { errorMessage } from '../../shared/contract/result';
import type { SiteProfile } from '../../shared/contract/operations/sites';
import { api } from '../bridge/api';
import { SiteConnection } from './SiteConnection';
import { SiteForm, type SitesBusy } from './SiteForm';
import { SiteList } from './SiteList';
import { blankDraft, defaultName, draftOf, openInBrowser, type SiteDraft } from './site-draft';
import { syncSummary } from './sync-summary';
import { useBeginSiteAuthorization, useConnectSite, useDeleteSite, useSecretStorage, useSites, useSyncSite } from './use-sites';
import './sites.css';

/** Site profiles (Staging, Production…): connect with an application password, see who we are there. */
export function SitesView() {
  const sitesQuery = useSites();
  const storage = useSecretStorage();
  const sites = sitesQuery.data ?? [];
  const connectSite = useConnectSite();
  const syncSite = useSyncSite();
  const deleteSite = useDeleteSite();
  const beginAuthorization = useBeginSiteAuthorization();
  const [draft, setDraft] = useState<SiteDraft>(blankDraft);
  const [acceptUnprotected, setAcceptUnprotected] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [connected, setConnected] = useState<SiteProfile | null>(null);
  const [synced, setSynced] = useState<string | null>(null);
  const [signIn, setSignIn] = useState<string | null>(null);
  const [movedTo, setMovedTo] = useState<string | null>(null);

  const loadFailure = sitesQuery.error ?? storage.error;
  useEffect(() => {
    if (loadFailure) setError(errorMessage(loadFailure));
  }, [loadFailure]);

  const show = (profile: SiteProfile) => {
    setConnected(profile);
    // The password field never shows a stored password again.
    setDraft(draftOf(profile));
  };

  // WordPress's answer comes back through the OS (presswork://authorize), not as a reply to a call.
  useEffect(
    () =>
      api.onEvent('siteAuthorization', (outcome) => {
        setSignIn(null);
        beginAuthorization.reset();
        if (outcome.status === 'connected') {
          setError(null);
          show(outcome.site);
        } else {
          setError(outcome.message);
        }
      }),
    [beginAuthorization.reset],
  );

  const busy: SitesBusy = connectSite.isPending ? 'connect' : syncSite.isPending ? 'sync' : beginAuthorization.isPending || signIn ? 'authorize' : null;
  const name = () => draft.name.trim() || defaultName(draft.url, sites);

  const signInWithWordPress = async () => {
    setError(null);
    setConnected(null);
    try {
      const { authorizeUrl } = await beginAuthorization.mutateAsync({ id: draft.id, name: name(), url: draft.url, allowUnprotectedStorage: acceptUnprotected });
      setSignIn(authorizeUrl);
      openInBrowser(authorizeUrl);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const connect = async (url = draft.url) => {
    setError(null);
    setConnected(null);
    setMovedTo(null);
    try {
      const password = draft.password === '' ? undefined : draft.password;
      const answer = await connectSite.mutateAsync({ id: draft.id, name: name(), url, username: draft.username, password, allowUnprotectedStorage: acceptUnprotected });
      // A site that moved is never switched to silently: the user confirms the new address.
      if ('movedTo' in answer) setMovedTo(answer.movedTo);
      else show(answer);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const sync = async (site: SiteProfile) => {
    setError(null);
    setSynced(null);
    try {
      const { summary, profile } = await syncSite.mutateAsync(site);
      setSynced(syncSummary(summary));
      setConnected(profile);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const remove = async (site: SiteProfile) => {
    if (!window.confirm(`Remove the site “${site.name}” and its stored application password?`)) return;
    try {
      await deleteSite.mutateAsync(site);
      if (draft.id === site.id) {
        setDraft(blankDraft);
        setConnected(null);
      }
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const open = (site: SiteProfile) => {
    setDraft(draftOf(site));
    setMovedTo(null);
    setConnected(site);
    setSynced(null);
    setError(null);
  };

  return (
    <div className="sites-view">
      <SiteList sites={sites} selectedId={draft.id} onAdd={() => (setDraft(blankDraft), setConnected(null), setError(null))} onOpen={open} onRemove={(s) => void remove(s)} />
      <main className="site-settings">
        <SiteForm
          draft={draft}
          onDraft={setDraft}
          unprotected={storage.data ? !storage.data.protected : false}
          acceptUnprotected={acceptUnprotected}
          onAcceptUnprotected={setAcceptUnprotected}
          busy={busy}
          signIn={signIn}
          error={error}
          movedTo={movedTo}
          onUseMoved={() => {
            if (!movedTo) return;
            setDraft({ ...draft, url: movedTo });
            void connect(movedTo);
          }}
          onConnect={() => void connect()}
          onSignIn={() => void signInWithWordPress()}
          onCancelSignIn={() => (setSignIn(null), beginAuthorization.reset())}
        />
        {connected && <SiteConnection site={connected} syncing={busy === 'sync'} disabled={busy !== null} synced={synced} onSync={() => void sync(connected)} />}
      </main>
    </div>
  );
}
