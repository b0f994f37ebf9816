/** A failure the user should read, announced as it appears; nothing when there is none. */
export function ErrorAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <div role="alert" className="field-error">
      {message}
    </div>
  );
}
