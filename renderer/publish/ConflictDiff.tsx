import { diffWords } from 'diff';

/** One field of a conflict side by side, with each side's own words marked; nothing when both agree. */
export function ConflictDiff({ label, ours, theirs }: { label: string; ours: string; theirs: string }) {
  if (ours === theirs) return null;
  return (
    <div className="conflict-diff">
      <div className="conflict-label">{label}</div>
      <div className="conflict-columns">
        <div aria-label={`${label}: the site’s version`}>
          <em>Site</em>
          <p>
            {diffWords(ours, theirs).map((part, n) => (part.removed ? null : <span key={n} className={part.added ? 'diff-add' : undefined}>{part.value}</span>))}
          </p>
        </div>
        <div aria-label={`${label}: our version`}>
          <em>Ours</em>
          <p>
            {diffWords(theirs, ours).map((part, n) => (part.removed ? null : <span key={n} className={part.added ? 'diff-add' : undefined}>{part.value}</span>))}
          </p>
        </div>
      </div>
    </div>
  );
}
