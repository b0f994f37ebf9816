import type { Migration } from '../migration';
import { migration0001 } from './0001-stories';

/** Every migration, in order. A new one is a new file appended here; none is ever edited once released. */
export const migrations: readonly Migration[] = [migration0001];
