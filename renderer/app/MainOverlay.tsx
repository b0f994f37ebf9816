import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

const OverlayHost = createContext<HTMLElement | null>(null);

/**
 * Where views over the story are drawn: the story's own area, the width of the text and its margin,
 * beside the side panels (which open them and stay usable).
 */
export const MainOverlayHost = OverlayHost.Provider;

export interface MainOverlayProps {
  label: string;
  /** The close button's name, e.g. "Close comparison". */
  closeLabel: string;
  onClose: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * A view that needs the story's width (a comparison, a conflict, the preview), over the story until
 * closed. Escape closes it; it takes focus as it opens so the keyboard lands in it.
 */
export function MainOverlay({ label, closeLabel, onClose, className, children }: MainOverlayProps) {
  const host = useContext(OverlayHost);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus({ preventScroll: true }), []);
  const view = (
    <section
      ref={ref}
      className={className ? `main-overlay ${className}` : 'main-overlay'}
      aria-label={label}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
    >
      <header className="main-overlay-head">
        <h2>{label}</h2>
        <button type="button" onClick={onClose} aria-label={closeLabel}>
          Close
        </button>
      </header>
      <div className="main-overlay-body">{children}</div>
    </section>
  );
  return host ? createPortal(view, host) : view;
}
