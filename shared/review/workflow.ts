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

/**
 * Every move the desk allows, and who may make it. Spiking and restoring are handled apart; so is
 * publishing: a story is Scheduled or Published only when its site says so (see SITE_STATUSES).
 */
export const MOVES: readonly Move[] = [
  { from: 'draft', to: 'in_copy', roles: ALL, action: 'Send to copy' },
  { from: 'in_copy', to: 'draft', roles: ALL, action: 'Back to draft' },
  { from: 'in_copy', to: 'copy_edited', roles: CHIEF_UP, action: 'Mark copy edited' },
  { from: 'copy_edited', to: 'in_copy', roles: CHIEF_UP, action: 'Back to copy' },
  { from: 'copy_edited', to: 'ready', roles: CHIEF_UP, action: 'Mark ready' },
  { from: 'ready', to: 'copy_edited', roles: CHIEF_UP, action: 'Back to copy edited' },
];

/**
 * The statuses only a site's answer gives a story (a publish job, a take-down, a sync): the desk never
 * moves a story into or out of them, so the library never says Published while the site does not.
 */
export const SITE_STATUSES: readonly StoryStatus[] = ['scheduled', 'published'];

/** Who offers the one Publish on the desk, and at which status (it runs the publishing panel's flow, checklist first). */
export const PUBLISH_ROLES: readonly Role[] = ['publisher'];
export const canOfferPublish = (role: Role, status: StoryStatus) => status === 'ready' && PUBLISH_ROLES.includes(role);

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
  if (SITE_STATUSES.includes(to)) return 'A story is scheduled or published only by publishing it to a site: use Publish.';
  if (SITE_STATUSES.includes(from)) return 'A story on a site leaves Scheduled or Published only through the site: use Unpublish.';
  if (MOVES.some((m) => m.from === from && m.to === to && m.roles.includes(role))) return null;
  const move = MOVES.find((m) => m.from === from && m.to === to);
  if (!move) return `A story cannot go from ${from.replace('_', ' ')} to ${to.replace('_', ' ')}.`;
  return `Only ${move.roles.map((r) => ROLE_LABELS[r].toLowerCase()).join(' or ')} can ${move.action.toLowerCase()}.`;
}
