import { z } from 'zod';
import type { StoryStatus } from '../story/story-schema';

export const ROLES = ['editor', 'copy_chief', 'publisher'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const ROLE_LABELS: Record<Role, string> = { editor: 'Editor', copy_chief: 'Copy chief', publisher: 'Publisher' };

export const Profile = z.object({
  name: z.string().trim().max(120, 'A name is at most 120 characters.'),
  role: Role,
});
export type Profile = z.infer<typeof Profile>;

interface Move {
  from: StoryStatus;
  to: StoryStatus;
  roles: readonly Role[];
  /** What the button says. */
  action: string;
}

const ALL = ROLES;
const CHIEF_UP = ['copy_chief', 'publisher'] as const;

/** Every move the desk allows, and who may make it. Spiking and restoring are handled apart. */
export const MOVES: readonly Move[] = [
  { from: 'draft', to: 'in_copy', roles: ALL, action: 'Send to copy' },
  { from: 'in_copy', to: 'draft', roles: ALL, action: 'Back to draft' },
  { from: 'in_copy', to: 'copy_edited', roles: CHIEF_UP, action: 'Mark copy edited' },
  { from: 'copy_edited', to: 'in_copy', roles: CHIEF_UP, action: 'Back to copy' },
  { from: 'copy_edited', to: 'ready', roles: CHIEF_UP, action: 'Mark ready' },
  { from: 'ready', to: 'copy_edited', roles: CHIEF_UP, action: 'Back to copy edited' },
  { from: 'ready', to: 'scheduled', roles: ['publisher'], action: 'Schedule' },
  { from: 'ready', to: 'published', roles: ['publisher'], action: 'Publish' },
  { from: 'scheduled', to: 'ready', roles: ['publisher'], action: 'Unschedule' },
  { from: 'scheduled', to: 'published', roles: ['publisher'], action: 'Publish now' },
  { from: 'published', to: 'ready', roles: ['publisher'], action: 'Unpublish' },
];

export function allowedMoves(role: Role, from: StoryStatus): Move[] {
  return MOVES.filter((m) => m.from === from && m.roles.includes(role));
}

/** Null when allowed, else a sentence saying why not. */
export function moveProblem(role: Role, from: StoryStatus, to: StoryStatus): string | null {
  if (to === 'spiked') {
    if (from === 'spiked') return 'That story is already on the spike.';
    if (from === 'published' && role !== 'publisher') return 'Only a publisher can spike a published story.';
    return null;
  }
  if (MOVES.some((m) => m.from === from && m.to === to && m.roles.includes(role))) return null;
  const move = MOVES.find((m) => m.from === from && m.to === to);
  if (!move) return `A story cannot go from ${from.replace('_', ' ')} to ${to.replace('_', ' ')}.`;
  return `Only ${move.roles.map((r) => ROLE_LABELS[r].toLowerCase()).join(' or ')} can ${move.action.toLowerCase()}.`;
}
