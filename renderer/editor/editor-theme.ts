import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on the body's DOM; styled in theme/editor.css. */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'pw-p',
  heading: { h2: 'pw-h2', h3: 'pw-h3', h4: 'pw-h4' },
  quote: 'pw-quote',
  list: { ul: 'pw-ul', ol: 'pw-ol', listitem: 'pw-li', nested: { listitem: 'pw-li-nested' } },
  link: 'pw-link',
  table: 'pw-table',
  tableRow: 'pw-tr',
  tableCell: 'pw-td',
  tableCellHeader: 'pw-th',
  tableSelection: 'pw-table-selection',
  text: {
    bold: 'pw-bold',
    italic: 'pw-italic',
    underline: 'pw-underline',
    strikethrough: 'pw-strike',
    underlineStrikethrough: 'pw-underline-strike',
    code: 'pw-code',
    superscript: 'pw-sup',
    subscript: 'pw-sub',
  },
};
