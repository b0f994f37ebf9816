import { z } from 'zod';
import { SectionId } from './story-schema';

export const Section = z.object({
  id: SectionId,
  parentId: SectionId.nullable(),
  name: z.string(),
  site: z.string().nullable(),
});
export type Section = z.infer<typeof Section>;

export const CreateSectionInput = z
  .object({
    name: z.string().trim().min(1, 'A section needs a name.').max(120, 'A section name is at most 120 characters.'),
    parentId: SectionId.nullable().default(null),
  })
  .strict();

/** "Election > US Election": a section's path from the top of its tree. */
export function sectionPath(sections: readonly Section[], id: number): string {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const names: string[] = [];
  const seen = new Set<number>();
  let at = byId.get(id);
  while (at && !seen.has(at.id)) {
    seen.add(at.id);
    names.unshift(at.name);
    at = at.parentId === null ? undefined : byId.get(at.parentId);
  }
  return names.join(' > ');
}
