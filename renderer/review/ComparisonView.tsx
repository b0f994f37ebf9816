import type { RevisionComparison } from '../../shared/review/revision-schema';
import { MainOverlay } from '../app/MainOverlay';

/**
 * Two revisions compared over the story, at its width: changed fields, then the body with its
 * insertions and deletions inline, at the text's own measure.
 */
export function ComparisonView({ title, comparison, onClose }: { title: string; comparison: RevisionComparison; onClose: () => void }) {
  const changed = comparison.body.some((p) => p.added || p.removed);
  return (
    <MainOverlay label={title} closeLabel="Close comparison" onClose={onClose} className="comparison">
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
          comparison.body.map((p, i) => {
            // A blank line between paragraphs, so the text reads as the story does.
            const value = p.value.replace(/\n/g, '\n\n');
            return p.added ? <ins key={i}>{value}</ins> : p.removed ? <del key={i}>{value}</del> : <span key={i}>{value}</span>;
          })}
      </div>
    </MainOverlay>
  );
}
