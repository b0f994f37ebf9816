import type { PublishState } from '../../shared/contract/operations/publish';
import { formatDateTime } from '../app/format';

/** Every publishing action on the story: when, who, where, which version, and how it ended. */
export function PublishLog({ log }: { log: PublishState['log'] }) {
  if (log.length === 0) return null;
  return (
    <details className="publish-log">
      <summary>Publishing log ({log.length})</summary>
      <ol aria-label="Publishing log">
        {log.map((l, n) => (
          <li key={n}>
            {formatDateTime(l.at)} · {l.who || 'unknown'} · {l.siteName} · version {l.storyVersion} · {l.result}
            {l.link ? ` · ${l.link}` : ''}
            {l.message ? ` — ${l.message}` : ''}
          </li>
        ))}
      </ol>
    </details>
  );
}
