-- user_version 34

-- index media_by_created on media
CREATE INDEX media_by_created ON media (created_at DESC);

-- index media_usage_by_story on media_usage
CREATE INDEX media_usage_by_story ON media_usage (story_id);

-- index note_messages_by_note on note_messages
CREATE INDEX note_messages_by_note ON note_messages (note_id, id);

-- index notes_by_story on notes
CREATE INDEX notes_by_story ON notes (story_id, resolved_at, created_at);

-- index publish_jobs_by_story on publish_jobs
CREATE INDEX publish_jobs_by_story ON publish_jobs (story_id, created_at);

-- index publish_jobs_due on publish_jobs
CREATE INDEX publish_jobs_due ON publish_jobs (state, next_attempt_at);

-- index publish_log_by_story on publish_log
CREATE INDEX publish_log_by_story ON publish_log (story_id, at);

-- index revisions_by_story on revisions
CREATE INDEX revisions_by_story ON revisions (story_id, id);

-- index sections_unique_name on sections
CREATE UNIQUE INDEX sections_unique_name ON sections (ifnull(site, ''), ifnull(parent_id, 0), lower(name));

-- index site_terms_by_name on site_terms
CREATE INDEX site_terms_by_name ON site_terms (site_id, taxonomy, name COLLATE NOCASE);

-- index sites_by_name on sites
CREATE UNIQUE INDEX sites_by_name ON sites (name COLLATE NOCASE);

-- index status_moves_by_story on status_moves
CREATE INDEX status_moves_by_story ON status_moves (story_id, id);

-- index stories_archived_by_headline on stories
CREATE INDEX stories_archived_by_headline ON stories (headline COLLATE NOCASE, id) WHERE status != 'spiked' AND archived_at IS NOT NULL;

-- index stories_archived_by_updated on stories
CREATE INDEX stories_archived_by_updated ON stories (updated_at, id) WHERE status != 'spiked' AND archived_at IS NOT NULL;

-- index stories_archived_by_words on stories
CREATE INDEX stories_archived_by_words ON stories (word_count, id) WHERE status != 'spiked' AND archived_at IS NOT NULL;

-- index stories_by_headline on stories
CREATE INDEX stories_by_headline ON stories (headline COLLATE NOCASE, id);

-- index stories_by_site on stories
CREATE INDEX stories_by_site ON stories (site, updated_at, id) WHERE site IS NOT NULL;

-- index stories_by_status on stories
CREATE INDEX stories_by_status ON stories (status, updated_at, id);

-- index stories_by_status_headline on stories
CREATE INDEX stories_by_status_headline ON stories (status, headline COLLATE NOCASE, id);

-- index stories_by_status_words on stories
CREATE INDEX stories_by_status_words ON stories (status, word_count, id);

-- index stories_by_updated on stories
CREATE INDEX stories_by_updated ON stories (updated_at, id);

-- index stories_idle_work on stories
CREATE INDEX stories_idle_work ON stories (id) WHERE search_version < version OR revision_due IS NOT NULL;

-- index stories_live_by_headline on stories
CREATE INDEX stories_live_by_headline ON stories (headline COLLATE NOCASE, id) WHERE status != 'spiked' AND archived_at IS NULL;

-- index stories_live_by_updated on stories
CREATE INDEX stories_live_by_updated ON stories (updated_at, id) WHERE status != 'spiked' AND archived_at IS NULL;

-- index stories_live_by_words on stories
CREATE INDEX stories_live_by_words ON stories (word_count, id) WHERE status != 'spiked' AND archived_at IS NULL;

-- index stories_view on stories
CREATE INDEX stories_view ON stories (id, status, archived_at);

-- index stories_with_tks on stories
CREATE INDEX stories_with_tks ON stories (updated_at, id) WHERE tk_count > 0;

-- index stories_with_tks_by_headline on stories
CREATE INDEX stories_with_tks_by_headline ON stories (headline COLLATE NOCASE, id) WHERE tk_count > 0;

-- index stories_with_tks_by_words on stories
CREATE INDEX stories_with_tks_by_words ON stories (word_count, id) WHERE tk_count > 0;

-- index story_authors_by_name on story_authors
CREATE INDEX story_authors_by_name ON story_authors (name COLLATE NOCASE, story_id);

-- index story_sections_by_section on story_sections
CREATE INDEX story_sections_by_section ON story_sections (section_id, story_id);

-- table media on media
CREATE TABLE media (id TEXT PRIMARY KEY NOT NULL, sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'), filename TEXT NOT NULL, format TEXT NOT NULL CHECK (format IN ('jpeg','png','webp','gif','avif','tiff')), width INTEGER NOT NULL CHECK (width > 0), height INTEGER NOT NULL CHECK (height > 0), byte_size INTEGER NOT NULL CHECK (byte_size >= 0), alt TEXT NOT NULL DEFAULT '', caption TEXT NOT NULL DEFAULT '', credit TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '', licence TEXT NOT NULL DEFAULT '', focal_x REAL NOT NULL DEFAULT 0.5 CHECK (focal_x BETWEEN 0 AND 1), focal_y REAL NOT NULL DEFAULT 0.5 CHECK (focal_y BETWEEN 0 AND 1), created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, trashed_at INTEGER) STRICT;

-- table media_usage on media_usage
CREATE TABLE media_usage (media_id TEXT NOT NULL, story_id TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('body','featured')), PRIMARY KEY (media_id, story_id, role)) STRICT, WITHOUT ROWID;

-- table note_messages on note_messages
CREATE TABLE note_messages (id INTEGER PRIMARY KEY, note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE, author TEXT NOT NULL, text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 5000), at INTEGER NOT NULL) STRICT;

-- table notes on notes
CREATE TABLE notes (id TEXT PRIMARY KEY NOT NULL, story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE, quote TEXT NOT NULL, created_by TEXT NOT NULL, created_at INTEGER NOT NULL, resolved_at INTEGER, resolved_by TEXT) STRICT;

-- table profile on profile
CREATE TABLE profile (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL CHECK (length(name) <= 120), role TEXT NOT NULL CHECK (role IN ('editor','copy_chief','publisher'))) STRICT;

-- table publish_jobs on publish_jobs
CREATE TABLE publish_jobs (id TEXT PRIMARY KEY NOT NULL, story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE, site_id TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE, action TEXT NOT NULL CHECK (action IN ('publish', 'unpublish', 'trash')), target_status TEXT CHECK (target_status IS NULL OR target_status IN ('publish', 'future', 'pending', 'draft')), date_gmt TEXT, story_version INTEGER NOT NULL, force INTEGER NOT NULL DEFAULT 0 CHECK (force IN (0, 1)), state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'waiting', 'conflict', 'failed', 'done', 'cancelled')), step TEXT NOT NULL DEFAULT '', progress REAL NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 1), attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL, error_code TEXT, error TEXT, conflict_json TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL) STRICT;

-- table publish_log on publish_log
CREATE TABLE publish_log (id INTEGER PRIMARY KEY AUTOINCREMENT, story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE, site_id TEXT NOT NULL, site_name TEXT NOT NULL, job_id TEXT, at INTEGER NOT NULL, who TEXT NOT NULL, story_version INTEGER NOT NULL, action TEXT NOT NULL, result TEXT NOT NULL, link TEXT, message TEXT NOT NULL DEFAULT '') STRICT;

-- table pull_differences on pull_differences
CREATE TABLE pull_differences (story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE, site_id TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE, differences_json TEXT NOT NULL, found_at INTEGER NOT NULL, looked_at INTEGER, PRIMARY KEY (story_id, site_id)) STRICT;

-- table pulled_markup on pulled_markup
CREATE TABLE pulled_markup (story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE, site_id TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE, sha256 TEXT NOT NULL CHECK (length(sha256) = 64), PRIMARY KEY (story_id, site_id, sha256)) STRICT, WITHOUT ROWID;

-- table revision_blocks on revision_blocks
CREATE TABLE revision_blocks (id INTEGER PRIMARY KEY, hash BLOB NOT NULL UNIQUE CHECK (length(hash) = 16), json TEXT NOT NULL) STRICT;

-- table revisions on revisions
CREATE TABLE revisions (id INTEGER PRIMARY KEY, story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE, kind TEXT NOT NULL CHECK (kind IN ('autosave','status','checkpoint','publish','restore','sent_to_copy')), label TEXT, author TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, fields_json TEXT NOT NULL, root_json TEXT NOT NULL, blocks BLOB NOT NULL, word_count INTEGER NOT NULL, word_delta INTEGER NOT NULL) STRICT;

-- table sections on sections
CREATE TABLE sections (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES sections(id) ON DELETE RESTRICT, name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120), site TEXT, remote_id INTEGER, created_at INTEGER NOT NULL) STRICT;

-- table site_authors on site_authors
CREATE TABLE site_authors (site_id TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE, remote_id INTEGER NOT NULL CHECK (remote_id > 0), name TEXT NOT NULL, slug TEXT NOT NULL, PRIMARY KEY (site_id, remote_id)) STRICT;

-- table site_media on site_media
CREATE TABLE site_media (site_id TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE, content_hash TEXT NOT NULL, remote_id INTEGER NOT NULL CHECK (remote_id > 0), source_url TEXT NOT NULL, uploaded_at INTEGER NOT NULL, PRIMARY KEY (site_id, content_hash)) STRICT;

-- table site_sync_state on site_sync_state
CREATE TABLE site_sync_state (site_id TEXT PRIMARY KEY NOT NULL REFERENCES sites (id) ON DELETE CASCADE, posts_modified_gmt TEXT, synced_at INTEGER NOT NULL) STRICT;

-- table site_terms on site_terms
CREATE TABLE site_terms (site_id TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE, taxonomy TEXT NOT NULL CHECK (taxonomy IN ('category', 'post_tag')), remote_id INTEGER NOT NULL CHECK (remote_id > 0), name TEXT NOT NULL, slug TEXT NOT NULL, parent_remote_id INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (site_id, taxonomy, remote_id)) STRICT;

-- table sites on sites
CREATE TABLE sites (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80), url TEXT NOT NULL, username TEXT NOT NULL, api_root TEXT NOT NULL, wp_version TEXT, remote_user_json TEXT NOT NULL, connected_at INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL , metadata_json TEXT) STRICT;

-- table status_moves on status_moves
CREATE TABLE status_moves (id INTEGER PRIMARY KEY, story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE, from_status TEXT NOT NULL, to_status TEXT NOT NULL, by_name TEXT NOT NULL, by_role TEXT NOT NULL, at INTEGER NOT NULL, revision_id INTEGER REFERENCES revisions(id) ON DELETE SET NULL) STRICT;

-- table stories on stories
CREATE TABLE stories (id TEXT PRIMARY KEY NOT NULL, headline TEXT NOT NULL DEFAULT '', body_json TEXT NOT NULL, word_count INTEGER NOT NULL DEFAULT 0 CHECK (word_count >= 0), status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','in_copy','copy_edited','ready','scheduled','published','spiked')), version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1), created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL , standfirst TEXT NOT NULL DEFAULT '', byline_json TEXT NOT NULL DEFAULT '[]', slug TEXT NOT NULL DEFAULT '', tags_json TEXT NOT NULL DEFAULT '[]', featured_image_id TEXT, seo_title TEXT NOT NULL DEFAULT '', meta_description TEXT NOT NULL DEFAULT '', scheduled_at INTEGER, tk_count INTEGER NOT NULL DEFAULT 0 CHECK (tk_count >= 0), site TEXT, archived_at INTEGER, spiked_from TEXT CHECK (spiked_from IS NULL OR spiked_from IN ('draft','in_copy','copy_edited','ready','scheduled','published')), search_version INTEGER NOT NULL DEFAULT 0, sent_revision_id INTEGER REFERENCES revisions(id) ON DELETE SET NULL, revision_due INTEGER) STRICT;

-- table story_authors on story_authors
CREATE TABLE story_authors (story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE, position INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (story_id, position)) STRICT, WITHOUT ROWID;

-- table story_blocks on story_blocks
CREATE TABLE story_blocks (id INTEGER PRIMARY KEY, story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE, hash TEXT NOT NULL, json TEXT NOT NULL, UNIQUE (story_id, hash)) STRICT;

-- table story_remote on story_remote
CREATE TABLE story_remote (story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE, site_id TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE, client_id TEXT NOT NULL, slug TEXT NOT NULL, intent_at INTEGER NOT NULL, remote_id INTEGER CHECK (remote_id IS NULL OR remote_id > 0), remote_status TEXT, link TEXT, modified_gmt TEXT, synced_version INTEGER, post_format TEXT CHECK (post_format IN ('blocks', 'classic')), PRIMARY KEY (story_id, site_id), UNIQUE (site_id, remote_id), UNIQUE (client_id)) STRICT;

-- table story_search on story_search
CREATE VIRTUAL TABLE story_search USING fts5(headline, standfirst, body, captions, headline_pairs, standfirst_pairs, body_pairs, captions_pairs, content = 'story_text', content_rowid = 'docid', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5');

-- table story_search_config on story_search_config
CREATE TABLE 'story_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table story_search_data on story_search_data
CREATE TABLE 'story_search_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table story_search_docsize on story_search_docsize
CREATE TABLE 'story_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table story_search_idx on story_search_idx
CREATE TABLE 'story_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table story_sections on story_sections
CREATE TABLE story_sections (story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE, section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE, position INTEGER NOT NULL, PRIMARY KEY (story_id, section_id)) STRICT, WITHOUT ROWID;

-- table story_text on story_text
CREATE TABLE story_text (docid INTEGER PRIMARY KEY, story_id TEXT NOT NULL UNIQUE REFERENCES stories(id) ON DELETE CASCADE, headline TEXT NOT NULL, standfirst TEXT NOT NULL, body TEXT NOT NULL, captions TEXT NOT NULL , headline_pairs TEXT NOT NULL DEFAULT '', standfirst_pairs TEXT NOT NULL DEFAULT '', body_pairs TEXT NOT NULL DEFAULT '', captions_pairs TEXT NOT NULL DEFAULT '') STRICT;

-- trigger media_usage_block_delete on story_blocks
CREATE TRIGGER media_usage_block_delete AFTER DELETE ON story_blocks WHEN instr(OLD.json, '"mediaId"') > 0 BEGIN DELETE FROM media_usage WHERE story_id = OLD.story_id AND role = 'body' AND media_id NOT IN (SELECT t.value FROM story_blocks b, json_tree(CASE WHEN json_valid(b.json) THEN b.json ELSE '{}' END) t WHERE b.story_id = OLD.story_id AND instr(b.json, '"mediaId"') > 0 AND t.key = 'mediaId' AND t.type = 'text'); END;

-- trigger media_usage_block_insert on story_blocks
CREATE TRIGGER media_usage_block_insert AFTER INSERT ON story_blocks WHEN instr(NEW.json, '"mediaId"') > 0 BEGIN INSERT OR IGNORE INTO media_usage (media_id, story_id, role) SELECT DISTINCT value, NEW.story_id, 'body' FROM json_tree(CASE WHEN json_valid(NEW.json) THEN NEW.json ELSE '{}' END) WHERE key = 'mediaId' AND type = 'text' AND value <> ''; END;

-- trigger media_usage_block_update_new on story_blocks
CREATE TRIGGER media_usage_block_update_new AFTER UPDATE OF json ON story_blocks WHEN instr(NEW.json, '"mediaId"') > 0 BEGIN INSERT OR IGNORE INTO media_usage (media_id, story_id, role) SELECT DISTINCT value, NEW.story_id, 'body' FROM json_tree(CASE WHEN json_valid(NEW.json) THEN NEW.json ELSE '{}' END) WHERE key = 'mediaId' AND type = 'text' AND value <> ''; END;

-- trigger media_usage_block_update_old on story_blocks
CREATE TRIGGER media_usage_block_update_old AFTER UPDATE OF json ON story_blocks WHEN instr(OLD.json, '"mediaId"') > 0 BEGIN DELETE FROM media_usage WHERE story_id = OLD.story_id AND role = 'body' AND media_id NOT IN (SELECT t.value FROM story_blocks b, json_tree(CASE WHEN json_valid(b.json) THEN b.json ELSE '{}' END) t WHERE b.story_id = OLD.story_id AND instr(b.json, '"mediaId"') > 0 AND t.key = 'mediaId' AND t.type = 'text'); END;

-- trigger media_usage_story_delete on stories
CREATE TRIGGER media_usage_story_delete AFTER DELETE ON stories BEGIN DELETE FROM media_usage WHERE story_id = OLD.id; END;

-- trigger media_usage_story_featured on stories
CREATE TRIGGER media_usage_story_featured AFTER UPDATE OF featured_image_id ON stories BEGIN DELETE FROM media_usage WHERE story_id = NEW.id AND role = 'featured'; INSERT OR IGNORE INTO media_usage (media_id, story_id, role) SELECT NEW.featured_image_id, NEW.id, 'featured' WHERE ifnull(NEW.featured_image_id, '') <> ''; END;

-- trigger media_usage_story_insert on stories
CREATE TRIGGER media_usage_story_insert AFTER INSERT ON stories BEGIN INSERT OR IGNORE INTO media_usage (media_id, story_id, role) SELECT DISTINCT value, NEW.id, 'body' FROM json_tree(CASE WHEN json_valid(NEW.body_json) THEN NEW.body_json ELSE '{}' END) WHERE key = 'mediaId' AND type = 'text' AND value <> ''; INSERT OR IGNORE INTO media_usage (media_id, story_id, role) SELECT NEW.featured_image_id, NEW.id, 'featured' WHERE ifnull(NEW.featured_image_id, '') <> ''; END;

-- trigger story_text_ad on story_text
CREATE TRIGGER story_text_ad AFTER DELETE ON story_text BEGIN INSERT INTO story_search (story_search, rowid, headline, standfirst, body, captions, headline_pairs, standfirst_pairs, body_pairs, captions_pairs) VALUES ('delete', old.docid, old.headline, old.standfirst, old.body, old.captions, old.headline_pairs, old.standfirst_pairs, old.body_pairs, old.captions_pairs); END;

-- trigger story_text_ai on story_text
CREATE TRIGGER story_text_ai AFTER INSERT ON story_text BEGIN INSERT INTO story_search (rowid, headline, standfirst, body, captions, headline_pairs, standfirst_pairs, body_pairs, captions_pairs) VALUES (new.docid, new.headline, new.standfirst, new.body, new.captions, new.headline_pairs, new.standfirst_pairs, new.body_pairs, new.captions_pairs); END;

-- trigger story_text_au on story_text
CREATE TRIGGER story_text_au AFTER UPDATE ON story_text BEGIN INSERT INTO story_search (story_search, rowid, headline, standfirst, body, captions, headline_pairs, standfirst_pairs, body_pairs, captions_pairs) VALUES ('delete', old.docid, old.headline, old.standfirst, old.body, old.captions, old.headline_pairs, old.standfirst_pairs, old.body_pairs, old.captions_pairs); INSERT INTO story_search (rowid, headline, standfirst, body, captions, headline_pairs, standfirst_pairs, body_pairs, captions_pairs) VALUES (new.docid, new.headline, new.standfirst, new.body, new.captions, new.headline_pairs, new.standfirst_pairs, new.body_pairs, new.captions_pairs); END;
