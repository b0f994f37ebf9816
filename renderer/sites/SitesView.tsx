import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { SiteProfile } from '../../shared/contract/operations/sites';
import { api, call } from '../bridge/api';
import './sites.css';

interface Draft {
  id?: string;
  name: string;
  url: string;
  username: string;
  password: string;
}

const blank: Draft = { name: '', url: '', username: '', password: '' };

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

function defaultName(url: string, taken: readonly SiteProfile[]): string {
  if (taken.length === 0) return 'Production';
  try {
    return new URL(/^https?:\/\//.test(url) ? url : `https://${url}`).host;
  } catch {
    return `Site ${taken.length + 1}`;
  }
}

/** The shell hands http(s) window opens to the system browser (Electron) or opens a tab (harness). */
function openInBrowser(url: string): void {
  window.open(url, '_blank', 'noopener,noreferrer');
}

/** Site profiles (Staging, Production…): connect with an application password, see who we are there. */
export function SitesView() {
  const [sites, setSites] = useState<SiteProfile[]>([]);
  const [draft, setDraft] = useState<Draft>(blank);
  const [unprotected, setUnprotected] = useState(false);
  const [acceptUnprotected, setAcceptUnprotected] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [connected, setConnected] = useState<SiteProfile | null>(null);
  const [synced, setSynced] = useState<string | null>(null);
  /** A sign-in waiting in the browser: the address to reopen if the user closed that tab. */
  const [signIn, setSignIn] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const list = await call('listSites', {});
    setSites(list);
    return list;
  }, []);

  useEffect(() => {
    refresh().catch((e) => setError(messageOf(e)));
    call('getSecretStorage', {})
      .then((s) => setUnprotected(!s.protected))
      .catch((e) => setError(messageOf(e)));
  }, [refresh]);

  // WordPress's answer comes back through the OS (presswork://authorize), not as a reply to a call.
  useEffect(
    () =>
      api.onEvent('siteAuthorization', (outcome) => {
        setSignIn(null);
        setBusy(null);
        if (outcome.status === 'connected') {
          const profile = outcome.site;
          setError(null);
          setConnected(profile);
          setDraft({ id: profile.id, name: profile.name, url: profile.url, username: profile.username, password: '' });
          void refresh();
        } else {
          setError(outcome.message);
        }
      }),
    [refresh],
  );

  const signInWithWordPress = async () => {
    setBusy('authorize');
    setError(null);
    setConnected(null);
    try {
      const { authorizeUrl } = await call('beginSiteAuthorization', {
        id: draft.id,
        name: draft.name.trim() || defaultName(draft.url, sites),
        url: draft.url,
        allowUnprotectedStorage: acceptUnprotected,
      });
      setSignIn(authorizeUrl);
      openInBrowser(authorizeUrl);
    } catch (err) {
      setError(messageOf(err));
      setBusy(null);
    }
  };

  const edit = (site: SiteProfile) => {
    setDraft({ id: site.id, name: site.name, url: site.url, username: site.username, password: '' });
    setConnected(site);
    setSynced(null);
    setError(null);
  };

  const connect = async (e: FormEvent) => {
    e.preventDefault();
    setBusy('connect');
    setError(null);
    setConnected(null);
    try {
      const profile = await call('connectSite', {
        id: draft.id,
        name: draft.name.trim() || defaultName(draft.url, sites),
        url: draft.url,
        username: draft.username,
        password: draft.password === '' ? undefined : draft.password,
        allowUnprotectedStorage: acceptUnprotected,
      });
      setConnected(profile);
      // The password field never shows a stored password again.
      setDraft({ id: profile.id, name: profile.name, url: profile.url, username: profile.username, password: '' });
      await refresh();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(null);
    }
  };

  const sync = async (site: SiteProfile) => {
    setBusy('sync');
    setError(null);
    setSynced(null);
    try {
      const s = await call('syncSite', { id: site.id });
      setSynced(
        `Synced: ${s.sections} sections, ${s.tags} tags, ${s.authors} authors; ${s.postsCreated} new stories, ${s.postsUpdated} updated` +
          (s.postsSkipped > 0 ? `, ${s.postsSkipped} unchanged or edited here (kept)` : '') +
          (s.mediaImported > 0 ? `; ${s.mediaImported} images brought into the media library` : '') +
          (s.mediaFailed > 0 ? `; ${s.mediaFailed} images could not be downloaded and stay on the site` : '') +
          '.',
      );
      setConnected((await refresh()).find((p) => p.id === site.id) ?? null);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(null);
    }
  };

  const remove = async (site: SiteProfile) => {
    if (!window.confirm(`Remove the site “${site.name}” and its stored application password?`)) return;
    try {
      await call('deleteSite', { id: site.id });
      if (draft.id === site.id) {
        setDraft(blank);
        setConnected(null);
      }
      await refresh();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <div className="sites-view">
      <nav className="sites-list" aria-label="Sites">
        <div className="sites-list-head">
          <h1 className="app-title">Sites</h1>
          <button type="button" onClick={() => (setDraft(blank), setConnected(null), setError(null))}>
            Add site
          </button>
        </div>
        <ul>
          {sites.length === 0 && <li className="muted">No sites yet. Connect one with its address and an application password.</li>}
          {sites.map((s) => (
            <li key={s.id} className={s.id === draft.id ? 'site-item selected' : 'site-item'}>
              <button type="button" className="site-open" onClick={() => edit(s)} aria-label={`${s.name}, ${s.url}`}>
                <strong>{s.name}</strong>
                <span className="muted">{s.url}</span>
              </button>
              <button type="button" onClick={() => void remove(s)} aria-label={`Remove ${s.name}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="site-settings">
        <form onSubmit={(e) => void connect(e)} aria-label="Site connection">
          <h2>{draft.id ? `Site: ${draft.name}` : 'Connect a WordPress site'}</h2>
          <label className="field">
            <span>Name</span>
            <input value={draft.name} placeholder="Production" onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
          </label>
          <label className="field">
            <span>Site URL</span>
            <input
              value={draft.url}
              placeholder="https://example.com"
              inputMode="url"
              autoComplete="url"
              onChange={(e) => setDraft({ ...draft, url: e.target.value })}
            />
          </label>
          <label className="field">
            <span>Username</span>
            <input value={draft.username} autoComplete="username" onChange={(e) => setDraft({ ...draft, username: e.target.value })} />
          </label>
          <label className="field">
            <span>Application password</span>
            <input
              type="password"
              value={draft.password}
              autoComplete="off"
              placeholder={draft.id ? 'Stored — paste a new one to replace it' : 'xxxx xxxx xxxx xxxx xxxx xxxx'}
              onChange={(e) => setDraft({ ...draft, password: e.target.value })}
            />
          </label>
          <p className="muted hint">
            Create one in WordPress under Users → Profile → Application Passwords, or leave Username and Application password empty and use Sign
            in with WordPress.
          </p>
          {unprotected && (
            <div className="storage-warning" role="note">
              <p>
                This computer has no keyring: Presswork can store the application password only obfuscated, readable by anyone with access
                to your account.
              </p>
              <label>
                <input type="checkbox" checked={acceptUnprotected} onChange={(e) => setAcceptUnprotected(e.target.checked)} /> Store it anyway
              </label>
            </div>
          )}
          <div className="actions">
            <button type="submit" className="primary" disabled={busy !== null}>
              {busy === 'connect' ? 'Connecting…' : 'Connect'}
            </button>
            <button type="button" disabled={busy !== null || draft.url.trim() === ''} onClick={() => void signInWithWordPress()}>
              Sign in with WordPress
            </button>
          </div>
          {signIn && (
            <div className="sign-in-waiting" role="status">
              <p>Waiting for WordPress: approve Presswork in your browser. It comes back here by itself.</p>
              <button type="button" onClick={() => openInBrowser(signIn)}>
                Open the WordPress page again
              </button>{' '}
              <button type="button" onClick={() => (setSignIn(null), setBusy(null))}>
                Cancel sign-in
              </button>
            </div>
          )}
          {error && (
            <div role="alert" className="field-error">
              {error}
            </div>
          )}
        </form>
        {connected && (
          <section className="site-connection" aria-label="Connection" role="status">
            <p>
              Connected to <strong>{connected.url}</strong> as <strong>{connected.user.name}</strong> ({connected.user.username})
            </p>
            <dl>
              <dt>Roles</dt>
              <dd>{connected.user.roles.join(', ') || 'none'}</dd>
              <dt>WordPress version</dt>
              <dd>{connected.wpVersion ?? 'hidden by the site'}</dd>
              <dt>Can publish</dt>
              <dd>{connected.user.capabilities.includes('publish_posts') ? 'yes' : 'no — ask for the Editor or Author role'}</dd>
              <dt>Can upload images</dt>
              <dd>{connected.user.capabilities.includes('upload_files') ? 'yes' : 'no'}</dd>
            </dl>
            <div className="actions">
              <button type="button" disabled={busy !== null} onClick={() => void sync(connected)}>
                {busy === 'sync' ? 'Syncing…' : 'Sync now'}
              </button>
              <span className="muted">
                {connected.lastSyncAt ? `Last synced ${new Date(connected.lastSyncAt).toLocaleString()}` : 'Never synced: sections, tags, authors and posts come down with Sync now.'}
              </span>
            </div>
            {synced && <p>{synced}</p>}
            <details>
              <summary>All capabilities ({connected.user.capabilities.length})</summary>
              <p className="capabilities">{connected.user.capabilities.join(', ')}</p>
            </details>
          </section>
        )}
      </main>
    </div>
  );
}
