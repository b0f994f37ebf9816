import type { ReactNode } from 'react';

/**
 * The toolbar's pictograms as inline SVG drawn in currentColor: emoji and rare symbols depend on the
 * fonts a machine happens to have (they showed as empty boxes on a bare Linux), and these follow the
 * theme's text colour in light and dark. The buttons carry the accessible names; icons are hidden.
 */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="tool-icon" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const UndoIcon = () => (
  <Icon>
    <path d="M5.5 3.5 2.5 6.5l3 3" />
    <path d="M2.5 6.5h7a4 4 0 0 1 0 8h-2" />
  </Icon>
);

export const RedoIcon = () => (
  <Icon>
    <path d="m10.5 3.5 3 3-3 3" />
    <path d="M13.5 6.5h-7a4 4 0 0 0 0 8h2" />
  </Icon>
);

export const LinkIcon = () => (
  <Icon>
    <path d="M6.5 9.5a3 3 0 0 0 4.2.3l2-2a3 3 0 0 0-4.2-4.3l-1 1" />
    <path d="M9.5 6.5a3 3 0 0 0-4.2-.3l-2 2a3 3 0 0 0 4.2 4.3l1-1" />
  </Icon>
);

export const QuoteIcon = () => (
  <Icon>
    <path d="M3 2.5v11" strokeWidth="2" />
    <path d="M6.5 5h7M6.5 8h7M6.5 11h4.5" />
  </Icon>
);

export const BulletListIcon = () => (
  <Icon>
    <circle cx="3" cy="4" r="0.9" fill="currentColor" stroke="none" />
    <circle cx="3" cy="8" r="0.9" fill="currentColor" stroke="none" />
    <circle cx="3" cy="12" r="0.9" fill="currentColor" stroke="none" />
    <path d="M6 4h8M6 8h8M6 12h8" />
  </Icon>
);

export const NumberedListIcon = () => (
  <Icon>
    <path d="M2 2.8 3 2.3v3.4" strokeWidth="1.1" />
    <path d="M2 9.3c.3-.6 1.9-.7 1.9.3 0 .8-1.9 1.5-1.9 2.4h2" strokeWidth="1.1" />
    <path d="M6.5 4h7.5M6.5 8h7.5M6.5 12h7.5" />
  </Icon>
);

export const PullQuoteIcon = () => (
  <Icon>
    <path d="M2.5 9.5V7a3 3 0 0 1 3-3M2.5 9.5h3v3h-3zM9 9.5V7a3 3 0 0 1 3-3M9 9.5h3v3H9z" />
  </Icon>
);

export const ImageIcon = () => (
  <Icon>
    <rect x="2" y="3" width="12" height="10" rx="1.5" />
    <circle cx="5.8" cy="6.5" r="1.2" />
    <path d="m2.5 12 3.8-3.8 2.7 2.7 1.7-1.7 2.8 2.8" />
  </Icon>
);

export const EmbedIcon = () => (
  <Icon>
    <rect x="1.5" y="3" width="13" height="10" rx="2" />
    <path d="m6.5 6 3.5 2-3.5 2z" fill="currentColor" />
  </Icon>
);

export const TableIcon = () => (
  <Icon>
    <rect x="2" y="2.5" width="12" height="11" rx="1" />
    <path d="M2 6h12M2 9.8h12M6 6v7.5M10 6v7.5" />
  </Icon>
);

export const SeparatorIcon = () => (
  <Icon>
    <path d="M2 8h12" />
    <path d="M5 4.5h6M5 11.5h6" strokeOpacity="0.45" />
  </Icon>
);

export const FootnoteIcon = () => (
  <Icon>
    <path d="M2.5 12.5h6M2.5 9.5h4" />
    <path d="M11.5 3.2 12.7 2.5v5" strokeWidth="1.3" />
  </Icon>
);

export const FindIcon = () => (
  <Icon>
    <circle cx="7" cy="7" r="4.2" />
    <path d="m10.2 10.2 3.8 3.8" />
  </Icon>
);

// The table toolbar's: a plus or a cross where the row or column goes or goes away.
export const RowAboveIcon = () => (
  <Icon>
    <rect x="2" y="7" width="12" height="7" rx="1" />
    <path d="M2 10.5h12M6 7v7M10 7v7M8 1.5v4M6 3.5h4" />
  </Icon>
);

export const RowBelowIcon = () => (
  <Icon>
    <rect x="2" y="2" width="12" height="7" rx="1" />
    <path d="M2 5.5h12M6 2v7M10 2v7M8 10.5v4M6 12.5h4" />
  </Icon>
);

export const ColumnLeftIcon = () => (
  <Icon>
    <rect x="7" y="2" width="7" height="12" rx="1" />
    <path d="M10.5 2v12M7 6h7M7 10h7M3.5 6v4M1.5 8h4" />
  </Icon>
);

export const ColumnRightIcon = () => (
  <Icon>
    <rect x="2" y="2" width="7" height="12" rx="1" />
    <path d="M5.5 2v12M2 6h7M2 10h7M12.5 6v4M10.5 8h4" />
  </Icon>
);

export const DeleteRowIcon = () => (
  <Icon>
    <rect x="1.5" y="5" width="13" height="6" rx="1" />
    <path d="m6.3 6.3 3.4 3.4M9.7 6.3 6.3 9.7" />
  </Icon>
);

export const DeleteColumnIcon = () => (
  <Icon>
    <rect x="5" y="1.5" width="6" height="13" rx="1" />
    <path d="m6.3 6.3 3.4 3.4M9.7 6.3 6.3 9.7" />
  </Icon>
);

export const HeaderRowIcon = () => (
  <Icon>
    <rect x="2" y="2.5" width="12" height="11" rx="1" />
    <rect x="2" y="2.5" width="12" height="3.5" rx="1" fill="currentColor" />
    <path d="M2 9.8h12M6 6v7.5M10 6v7.5" />
  </Icon>
);

export const FooterRowIcon = () => (
  <Icon>
    <rect x="2" y="2.5" width="12" height="11" rx="1" />
    <rect x="2" y="10" width="12" height="3.5" rx="1" fill="currentColor" />
    <path d="M2 6.2h12M6 2.5v7.5M10 2.5v7.5" />
  </Icon>
);

export const CaptionIcon = () => (
  <Icon>
    <rect x="2" y="2" width="12" height="8" rx="1" />
    <path d="M3 12.5h10M5 14.5h6" />
  </Icon>
);

export const DeleteTableIcon = () => (
  <Icon>
    <path d="M2.5 4.5h11M6.5 4.5V2.5h3v2M4 4.5l.8 9.5h6.4l.8-9.5M6.8 7v4.5M9.2 7v4.5" />
  </Icon>
);

export const NoteIcon = () => (
  <Icon>
    <path d="M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2z" />
    <path d="M8 5.5v3M6.5 7h3" />
  </Icon>
);

export const MoreIcon = () => (
  <Icon>
    <circle cx="3.5" cy="8" r="0.6" fill="currentColor" />
    <circle cx="8" cy="8" r="0.6" fill="currentColor" />
    <circle cx="12.5" cy="8" r="0.6" fill="currentColor" />
  </Icon>
);
