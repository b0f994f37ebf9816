import type { FormEvent } from 'react';
import { openInBrowser, type SiteDraft } from './site-draft';
import { ErrorAlert } from '../app/ErrorAlert';

export type SitesBusy = 'connect' | 'sync' | 'authorize' | null;

export interface SiteFormProps {
  draft: SiteDraft;
  onDraft: (draft: SiteDraft) => void;
  /** No keyring here: storing a password needs the user's explicit yes. */
  unprotected: boolean;
  acceptUnprotected: boolean;
  onAcceptUnprotected: (accept: boolean) => void;
  busy: SitesBusy;
  /** A sign-in waiting in the browser: the address to reopen if the user closed that tab. */
  signIn: string | null;
  error: string | null;
  /** The address the site answers at now, offered to the user after a connect; null otherwise. */
  movedTo: string | null;
  onUseMoved: () => void;
  onConnect: () => void;
  onSignIn: () => void;
  onCancelSignIn: () => void;
}

/** Connect a site with an application password, or start "Sign in with WordPress". */
export function SiteForm(props: SiteFormProps) {
  const { draft, onDraft, busy, signIn, error } = props;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onConnect();
  };
  return (
    <form onSubmit={submit} aria-label="Site connection">
      <h2>{draft.id ? `Site: ${draft.name}` : 'Connect a WordPress site'}</h2>
      <label className="field">
        <span>Name</span>
        <input value={draft.name} placeholder="Production" onChange={(e) => onDraft({ ...draft, name: e.target.value })} />
      </label>
      <label className="field">
        <span>Site URL</span>
        <input
          value={draft.url}
          placeholder="https://example.com"
          inputMode="url"
          autoComplete="url"
          onChange={(e) => onDraft({ ...draft, url: e.target.value })}
        />
      </label>
      <label className="field">
        <span>Username</span>
        <input value={draft.username} autoComplete="username" onChange={(e) => onDraft({ ...draft, username: e.target.value })} />
      </label>
      <label className="field">
        <span>Application password</span>
        <input
          type="password"
          value={draft.password}
          autoComplete="off"
          placeholder={draft.id ? 'Stored — paste a new one to replace it' : 'xxxx xxxx xxxx xxxx xxxx xxxx'}
          onChange={(e) => onDraft({ ...draft, password: e.target.value })}
        />
      </label>
      <p className="muted hint">
        Create one in WordPress under Users → Profile → Application Passwords, or leave Username and Application password empty and use Sign
        in with WordPress.
      </p>
      {props.unprotected && (
        <div className="storage-warning" role="note">
          <p>
            This computer has no keyring: Presswork can store the application password only obfuscated, readable by anyone with access to
            your account.
          </p>
          <label>
            <input type="checkbox" checked={props.acceptUnprotected} onChange={(e) => props.onAcceptUnprotected(e.target.checked)} /> Store it anyway
          </label>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy !== null}>
          {busy === 'connect' ? 'Connecting…' : 'Connect'}
        </button>
        <button type="button" disabled={busy !== null || draft.url.trim() === ''} onClick={props.onSignIn}>
          Sign in with WordPress
        </button>
      </div>
      {signIn && (
        <div className="sign-in-waiting" role="status">
          <p>Waiting for WordPress: approve Presswork in your browser. It comes back here by itself.</p>
          <button type="button" onClick={() => openInBrowser(signIn)}>
            Open the WordPress page again
          </button>{' '}
          <button type="button" onClick={props.onCancelSignIn}>
            Cancel sign-in
          </button>
        </div>
      )}
      {props.movedTo && (
        <div className="site-moved" role="status">
          <p>This site now answers at {props.movedTo}. Use that address?</p>
          <button type="button" className="primary" disabled={busy !== null} onClick={props.onUseMoved}>
            Use {props.movedTo}
          </button>
        </div>
      )}
      <ErrorAlert message={error} />
    </form>
  );
}
