import type { SiteProfile } from '../../shared/contract/operations/sites';

export interface SiteListProps {
  sites: SiteProfile[];
  selectedId: string | undefined;
  onAdd: () => void;
  onOpen: (site: SiteProfile) => void;
  onRemove: (site: SiteProfile) => void;
}

/** The sites beside the form: open one to see or change its connection, or remove it. */
export function SiteList({ sites, selectedId, onAdd, onOpen, onRemove }: SiteListProps) {
  return (
    <nav className="sites-list" aria-label="Sites">
      <div className="sites-list-head">
        <h1 className="app-title">Sites</h1>
        <button type="button" onClick={onAdd}>
          Add site
        </button>
      </div>
      <ul>
        {sites.length === 0 && <li className="muted">No sites yet. Connect one with its address and an application password.</li>}
        {sites.map((s) => (
          <li key={s.id} className={s.id === selectedId ? 'site-item selected' : 'site-item'}>
            <button type="button" className="site-open" onClick={() => onOpen(s)} aria-label={`${s.name}, ${s.url}`}>
              <strong>{s.name}</strong>
              <span className="muted">{s.url}</span>
            </button>
            <button type="button" onClick={() => onRemove(s)} aria-label={`Remove ${s.name}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
