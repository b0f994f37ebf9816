import type { ImportError } from './use-media-import';

/** What could not be imported or done, until dismissed. */
export function ImportErrors({ errors, onDismiss }: { errors: ImportError[]; onDismiss: () => void }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="media-errors">
      <ul>
        {errors.map((e) => (
          <li key={e.id}>{e.message}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss} aria-label="Dismiss import errors">
        ×
      </button>
    </div>
  );
}
