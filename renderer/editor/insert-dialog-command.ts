import { createCommand } from 'lexical';

/**
 * Asks for what an image (a media-library item) or an embed (an address) needs before inserting
 * it. The media capability can take over 'image' by handling this command at a higher priority.
 */
export const OPEN_INSERT_DIALOG_COMMAND = createCommand<'image' | 'embed'>('OPEN_INSERT_DIALOG_COMMAND');
