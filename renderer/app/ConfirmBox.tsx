import type { ReactNode } from 'react';

export interface ConfirmBoxProps {
  /** The question, also the dialog's accessible name ("Unpublish?"). */
  title: string;
  children: ReactNode;
  /** What the confirming button says ("Yes, unpublish"). */
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something hard to undo; Cancel has the focus, so Enter alone never confirms. */
export function ConfirmBox({ title, children, confirm, onConfirm, onCancel }: ConfirmBoxProps) {
  return (
    <div role="alertdialog" aria-label={title} className="confirm-box">
      <p>{children}</p>
      <button type="button" className="danger" onClick={onConfirm}>
        {confirm}
      </button>
      <button type="button" autoFocus onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
