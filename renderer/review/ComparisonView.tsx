import type { RevisionComparison } from '../../shared/review/revision-schema';

/** Two revisions side by side in one column: inline insertions and deletions, then changed fields. */
export function ComparisonView({ title, comparison, onClose }: { title: string; comparison: RevisionComparison; onClose: () => void }) {
  const changed = comparison.body.some((p) => p.added || p.removed);
  return (
    <section className="comparison" aria-label={title}>
      <div className="comparison-head">
        <h3>{title}</h3>
        <button type="button" onClick={onClose} aria-label="Close comparison">
          ×
        </button>
      </div>
      {comparison.fields.length > 0 && (
        <table className="field-changes">
          <caption>Changed fields</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {comparison.fields.map((f) => (
              <tr key={f.field}>
                <th scope="row">{f.label}</th>
                <td>
                  <del>{f.before}</del>
                </td>
                <td>
                  <ins>{f.after}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="body-diff" aria-label="Body changes">
        {!changed && <p className="muted">The body text is the same.</p>}
        {changed &&
          comparison.body.map((p, i) => (p.added ? <ins key={i}>{p.value}</ins> : p.removed ? <del key={i}>{p.value}</del> : <span key={i}>{p.value}</span>))}
      </div>
    </section>
  );
}
