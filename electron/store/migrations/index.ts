import type { Migration } from '../migration';
import { migration0001 } from './0001-stories';
import { migration0002 } from './0002-story-fields';
import { migration0003 } from './0003-library';
import { migration0004 } from './0004-revisions';
import { migration0005 } from './0005-copy-desk';
import { migration0006 } from './0006-notes';
import { migration0007 } from './0007-list-indexes';
import { migration0010 } from './0010-media';
import { migration0011 } from './0011-media-usage';
import { migration0020 } from './0020-sites';
import { migration0021 } from './0021-site-sync';
import { migration0022 } from './0022-publish-outbox';
import { migration0023 } from './0023-deferred-revisions';
import { migration0024 } from './0024-media-usage-guard';
import { migration0025 } from './0025-search-view-index';
import { migration0026 } from './0026-view-list-indexes';
import { migration0027 } from './0027-search-prefixes';
import { migration0028 } from './0028-story-blocks';
import { migration0029 } from './0029-search-common-pairs';
import { migration0030 } from './0030-autosave-pages';
import { migration0031 } from './0031-idle-work-index';
import { migration0032 } from './0032-body-word-count';
import { migration0033 } from './0033-site-metadata';
import { migration0034 } from './0034-pulled-markup';

/** Every migration, in order. A new one is a new file appended here; none is ever edited once released. */
export const migrations: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0010, migration0011, migration0020, migration0021, migration0022, migration0023, migration0024, migration0025, migration0026, migration0027, migration0028, migration0029, migration0030, migration0031, migration0032, migration0033, migration0034];
