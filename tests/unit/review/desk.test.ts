import { describe, expect, it } from 'vitest';
import type { DeskState } from '../../../shared/review/desk-schema';
import type { RevisionComparison, RevisionSummary } from '../../../shared/review/revision-schema';
import { allowedMoves, canOfferPublish, moveProblem } from '../../../shared/review/workflow';
import { tempCore } from '../support/temp-core';

const body = (text: string) => ({ root: { type: 'root' as const, children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } });

async function ok<T>(p: Promise<unknown>): Promise<T> {
  const r = (await p) as { ok: boolean; value?: T; error?: { message: string } };
  if (!r.ok) throw new Error(r.error?.message);
  return r.value as T;
}

describe('the copy desk', () => {
  it('lets each role make only its moves', () => {
    expect(allowedMoves('editor', 'draft').map((m) => m.to)).toEqual(['in_copy']);
    expect(allowedMoves('editor', 'in_copy').map((m) => m.to)).toEqual(['draft']);
    expect(allowedMoves('copy_chief', 'in_copy').map((m) => m.to)).toEqual(['draft', 'copy_edited']);
    expect(allowedMoves('copy_chief', 'ready').map((m) => m.to)).toEqual(['copy_edited']);
    expect(allowedMoves('publisher', 'ready').map((m) => m.to)).toEqual(['copy_edited']);
    expect(moveProblem('editor', 'in_copy', 'copy_edited')).toMatch(/Only copy chief or publisher/);
    expect(moveProblem('copy_chief', 'draft', 'ready')).toMatch(/cannot go from draft to ready/);
    expect(moveProblem('editor', 'published', 'spiked')).toMatch(/Only a publisher/);
  });

  it('never makes a story Scheduled or Published, nor takes it out of them: only its site does (#14.10)', async () => {
    for (const to of ['scheduled', 'published'] as const) {
      expect(moveProblem('publisher', 'ready', to)).toMatch(/only by publishing it to a site/);
      expect(allowedMoves('publisher', 'ready').some((m) => m.to === to)).toBe(false);
    }
    expect(moveProblem('publisher', 'published', 'ready')).toMatch(/only through the site: use Unpublish/);
    expect(moveProblem('publisher', 'scheduled', 'ready')).toMatch(/only through the site/);
    expect(canOfferPublish('publisher', 'ready')).toBe(true);
    expect(canOfferPublish('copy_chief', 'ready')).toBe(false);
    expect(canOfferPublish('publisher', 'copy_edited')).toBe(false);

    const core = tempCore();
    const s = await ok<{ id: string }>(core.dispatch('createStory', {}));
    await ok(core.dispatch('setProfile', { name: 'Pat Lee', role: 'publisher' }));
    for (const to of ['in_copy', 'copy_edited', 'ready'] as const) await ok(core.dispatch('moveStory', { storyId: s.id, to }));
    const refused = await core.dispatch('moveStory', { storyId: s.id, to: 'published' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/use Publish/) } });
    expect((await ok<DeskState>(core.dispatch('getDeskState', { storyId: s.id }))).status).toBe('ready');
  });

  it('records who moved a story, when, from and to; snapshots it; and remembers what was sent to copy', async () => {
    const core = tempCore();
    const s = await ok<{ id: string }>(core.dispatch('createStory', {}));
    await ok(core.dispatch('setProfile', { name: 'Ana Ruiz', role: 'editor' }));
    await ok(core.dispatch('saveStory', { id: s.id, headline: 'Talks', body: body('The sides met on Monday.') }));
    const sent = await ok<DeskState>(core.dispatch('moveStory', { storyId: s.id, to: 'in_copy' }));
    expect(sent.status).toBe('in_copy');
    expect(sent.moves).toEqual([expect.objectContaining({ from: 'draft', to: 'in_copy', byName: 'Ana Ruiz', byRole: 'editor' })]);
    expect(sent.sentRevisionId).not.toBeNull();
    const refused = await core.dispatch('moveStory', { storyId: s.id, to: 'copy_edited' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/Only copy chief/) } });

    await ok(core.dispatch('setProfile', { name: 'Cy Chief', role: 'copy_chief' }));
    await ok(core.dispatch('saveStory', { id: s.id, headline: 'Talks', body: body('The sides met on Tuesday.') }));
    const state = await ok<DeskState>(core.dispatch('getDeskState', { storyId: s.id }));
    const since = await ok<RevisionComparison>(core.dispatch('compareRevisions', { from: state.sentRevisionId, to: state.latestRevisionId }));
    expect(since.body.filter((p) => p.added).map((p) => p.value)).toEqual(['Tuesday']);
    const edited = await ok<DeskState>(core.dispatch('moveStory', { storyId: s.id, to: 'copy_edited' }));
    expect(edited.moves[0]).toMatchObject({ from: 'in_copy', to: 'copy_edited', byName: 'Cy Chief' });

    const revisions = await ok<RevisionSummary[]>(core.dispatch('listRevisions', { storyId: s.id }));
    expect(revisions.map((r) => r.kind)).toEqual(['status', 'autosave', 'sent_to_copy', 'autosave']);
    expect(revisions[0]!.author).toBe('Cy Chief');

    // Spiking and restoring are recorded moves too, back to where the story was.
    await ok(core.dispatch('spikeStory', { id: s.id }));
    await ok(core.dispatch('restoreStory', { id: s.id }));
    const last = await ok<DeskState>(core.dispatch('getDeskState', { storyId: s.id }));
    expect(last.status).toBe('copy_edited');
    expect(last.moves.slice(0, 2).map((m) => `${m.from}>${m.to}`)).toEqual(['spiked>copy_edited', 'copy_edited>spiked']);
  });
});
