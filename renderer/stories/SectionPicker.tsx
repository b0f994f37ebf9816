import { useState } from 'react';
import { errorMessage } from '../../shared/contract/result';
import type { Section } from '../../shared/story/section-schema';
import { useCreateSection, useSections } from './use-sections';
import { ErrorAlert } from '../app/ErrorAlert';

interface TreeNode {
  section: Section;
  depth: number;
}

function flattenTree(sections: readonly Section[]): TreeNode[] {
  const children = new Map<number | null, Section[]>();
  for (const s of sections) {
    const list = children.get(s.parentId) ?? [];
    list.push(s);
    children.set(s.parentId, list);
  }
  const out: TreeNode[] = [];
  const walk = (parent: number | null, depth: number) => {
    for (const s of children.get(parent) ?? []) {
      out.push({ section: s, depth });
      walk(s.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** The section tree as nested checkboxes, with a way to add a section under any other. */
export function SectionPicker({ selected, onChange }: { selected: number[]; onChange: (ids: number[]) => void }) {
  const sectionsQuery = useSections();
  const sections = sectionsQuery.data ?? [];
  const createSection = useCreateSection();
  const [name, setName] = useState('');
  const [parent, setParent] = useState<string>('');
  const [failure, setError] = useState<string | null>(null);
  const error = failure ?? (sectionsQuery.error ? errorMessage(sectionsQuery.error) : null);

  const tree = flattenTree(sections);
  const toggle = (id: number, on: boolean) => onChange(on ? [...selected, id] : selected.filter((s) => s !== id));

  const add = async () => {
    try {
      const created = await createSection.mutateAsync({ name, parentId: parent === '' ? null : Number(parent) });
      setName('');
      setError(null);
      onChange([...selected, created.id]);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <fieldset className="section-picker" aria-label="Sections">
      <legend>Sections</legend>
      {tree.length === 0 && <p className="muted">No sections yet.</p>}
      <ul className="section-tree">
        {tree.map(({ section, depth }) => (
          <li key={section.id} style={{ paddingLeft: `${depth * 1.2}em` }}>
            <label>
              <input type="checkbox" checked={selected.includes(section.id)} onChange={(e) => toggle(section.id, e.target.checked)} /> {section.name}
            </label>
          </li>
        ))}
      </ul>
      <div className="section-add">
        <input aria-label="New section name" placeholder="New section" value={name} onChange={(e) => setName(e.target.value)} />
        <select aria-label="Parent section" value={parent} onChange={(e) => setParent(e.target.value)}>
          <option value="">(top level)</option>
          {tree.map(({ section, depth }) => (
            <option key={section.id} value={section.id}>
              {'\u00a0\u00a0'.repeat(depth)}
              {section.name}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void add()} disabled={name.trim() === ''}>
          Add section
        </button>
      </div>
      <ErrorAlert message={error} />
    </fieldset>
  );
}
