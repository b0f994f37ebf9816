import { createCommand } from 'lexical';

/**
 * Asks for what an image (a media-library item), an embed (an address) or a table (its size) needs
 * before inserting it. The media capability can take over 'image' by handling this command at a
 * higher priority.
 */
export const OPEN_INSERT_DIALOG_COMMAND = createCommand<InsertDialogKind>('OPEN_INSERT_DIALOG_COMMAND');

export type InsertDialogKind = 'image' | 'embed' | 'table';
