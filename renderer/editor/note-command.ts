import { createCommand } from 'lexical';

/**
 * Asks to write a note on the selected text (the toolbar's Add note). The review capability handles
 * it with its notes in the margin; the editor itself keeps no notes.
 */
export const OPEN_NOTE_COMPOSER_COMMAND = createCommand<void>('OPEN_NOTE_COMPOSER_COMMAND');
