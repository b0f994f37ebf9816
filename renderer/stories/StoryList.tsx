import { useMemo, useState } from 'react';
import { snippetRuns, type LibraryFilter, type LibraryRow, type LibrarySort, type LibraryView, type SearchHit } from '../../shared/story/library-schema';
import { sectionPath } from '../../shared/story/section-schema';
import { STORY_STATUSES, type StoryStatus } from '../../shared/story/story-schema';
import { STATUS_LABELS } from '../../shared/story/status-vocabulary';
import { ConfirmBox } from '../app/ConfirmBox';
import { count, formatDateTime } from '../app/format';
import { StatusBadge } from './StatusBadge';
import { VirtualList } from './VirtualList';
import type { useLibrary } from './use-library';
import { useSections } from './use-sections';
import { ErrorAlert } from '../app/ErrorAlert';


/** The list's element id, for the control that shows and hides it beside an open story. */
export const STORY_LIST_ID = 'story-list';

const VIEWS: { id: LibraryView; label: string }[] = [
  { id: 'stories', label: 'All stories' },
  { id: 'spike', label: 'Spike' },
  { id: 'archive', label: 'Archive' },
];

export interface StoryListProps {
  library: ReturnType<typeof useLibrary>;
  filter: LibraryFilter;
  onFilter: (filter: LibraryFilter) => void;
  sort: LibrarySort;
  onSort: (sort: LibrarySort) => void;
  search: string;
  onSearch: (search: string) => void;
  selectedId: string | null;
  onOpen: (id: string) => void;
  onNew: () => void;
  onRestore: (id: string) => void;
  onDeleteForever: (id: string) => void;
}

export function StoryList(props: StoryListProps) {
  const { library, filter, onFilter, sort, search, selectedId } = props;
  const sectionsQuery = useSections();
  const sections = useMemo(() => sectionsQuery.data ?? [], [sectionsQuery.data]);
  const [confirming, setConfirming] = useState<LibraryRow | null>(null);

  // Sections are created from the story view; the filter re-reads them whenever it is opened.
  const loadSections = () => void sectionsQuery.refetch();

  const set = (patch: Partial<LibraryFilter>) => onFilter({ ...filter, ...patch });
  const sectionOptions = useMemo(() => sections.map((s) => ({ id: s.id, label: sectionPath(sections, s.id) })).sort((a, b) => a.label.localeCompare(b.label)), [sections]);

  return (
    <nav className="story-list" id={STORY_LIST_ID} aria-label="Story list">
      <div className="story-list-head">
        <h1 className="app-title">Presswork</h1>
        <button type="button" className="primary" onClick={props.onNew} title="New story (Ctrl+N)">
          New story
        </button>
      </div>
      <div className="library-views" role="group" aria-label="Library view">
        {VIEWS.map((v) => (
          <button key={v.id} type="button" aria-pressed={filter.view === v.id} onClick={() => set({ view: v.id })}>
            {v.label}
          </button>
        ))}
      </div>
      <div className="library-filters">
        <input type="search" aria-label="Search stories" placeholder="Search stories" value={search} onChange={(e) => props.onSearch(e.target.value)} />
        <select aria-label="Status filter" value={filter.status ?? ''} onChange={(e) => set({ status: e.target.value === '' ? null : (e.target.value as StoryStatus) })}>
          <option value="">Any status</option>
          {STORY_STATUSES.filter((s) => s !== 'spiked').map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <select aria-label="Section filter" onFocus={loadSections} onMouseDown={loadSections} value={filter.sectionId ?? ''} onChange={(e) => set({ sectionId: e.target.value === '' ? null : Number(e.target.value) })}>
          <option value="">Any section</option>
          {sectionOptions.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
        <input aria-label="Author filter" placeholder="Author" value={filter.author ?? ''} onChange={(e) => set({ author: e.target.value.trim() === '' ? null : e.target.value })} />
        <input aria-label="Site filter" placeholder="Site" value={filter.site ?? ''} onChange={(e) => set({ site: e.target.value.trim() === '' ? null : e.target.value })} />
        <label className="check">
          <input type="checkbox" checked={filter.hasTks} onChange={(e) => set({ hasTks: e.target.checked })} /> Has TKs
        </label>
        <select aria-label="Sort by" value={sort} onChange={(e) => props.onSort(e.target.value as LibrarySort)} disabled={search.trim() !== ''}>
          <option value="updated">Last updated</option>
          <option value="headline">Headline</option>
          <option value="words">Word count</option>
        </select>
      </div>
      <div className="library-count" aria-live="polite">
        {library.loading ? 'Loading…' : search.trim() !== '' ? `${library.total} found` : count(library.total, 'story', 'stories')}
      </div>
      <ErrorAlert message={library.error} />
      {confirming && (
        <ConfirmBox title="Delete forever?" confirm="Yes, delete forever" onConfirm={() => (props.onDeleteForever(confirming.id), setConfirming(null))} onCancel={() => setConfirming(null)}>
          Delete “{confirming.headline || 'Untitled story'}” forever? It cannot be restored.
        </ConfirmBox>
      )}
      <VirtualList
        items={library.rows}
        total={library.total}
        rowHeight={filter.view === 'spike' ? 112 : 86}
        label="Stories"
        itemKey={(r) => r.id}
        onNearEnd={(needed) => void library.loadMore(needed)}
        empty={<p className="empty">{filter.view === 'stories' && search === '' ? 'No stories yet. Press New story to start one.' : 'Nothing here.'}</p>}
        renderItem={(s) => (
          <div className="story-row">
            <button
              type="button"
              className={s.id === selectedId ? 'story-item selected' : 'story-item'}
              aria-current={s.id === selectedId ? 'true' : undefined}
              onClick={() => props.onOpen(s.id)}
            >
              <span className="story-item-headline">{s.headline || 'Untitled story'}</span>
              <span className="story-item-meta">
                <StatusBadge status={s.status} unpublishedChanges={s.unpublishedChanges} />
                {s.sections.length > 0 && <> · {s.sections.join(', ')}</>}
                {s.byline.length > 0 && <> · {s.byline.join(', ')}</>}
              </span>
              {'snippet' in s ? (
                <span className="story-item-snippet">
                  {snippetRuns((s as SearchHit).snippet).map((run, i) => (run.match ? <mark key={i}>{run.text}</mark> : <span key={i}>{run.text}</span>))}
                </span>
              ) : (
                <span className="story-item-meta">
                  {formatDateTime(s.updatedAt)} · {count(s.wordCount, 'word')}
                  {s.tkCount > 0 && <span className="tk-badge"> · {count(s.tkCount, 'TK')}</span>}
                  {s.site && <> · {s.site}</>}
                </span>
              )}
            </button>
            {filter.view === 'spike' && (
              <div className="row-actions">
                <button type="button" onClick={() => props.onRestore(s.id)}>
                  Restore
                </button>
                <button type="button" onClick={() => setConfirming(s)}>
                  Delete forever…
                </button>
              </div>
            )}
          </div>
        )}
      />
    </nav>
  );
}
