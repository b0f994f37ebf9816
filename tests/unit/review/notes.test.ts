import { describe, expect, it } from 'vitest';
import type { Note } from '../../../shared/review/note-schema';
import { stripEditorialMarks } from '../../../shared/review/strip-marks';
import type { BodyState } from '../../../shared/story/story-schema';
import { tempCore } from '../support/temp-core';

async function ok<T>(p: Promise<unknown>): Promise<T> {
  const r = (await p) as { ok: boolean; value?: T; error?: { message: string } };
  if (!r.ok) throw new Error(r.error?.message);
  return r.value as T;
}

const text = (t: string, format = 0) => ({ type: 'text', version: 1, text: t, format, detail: 0, mode: 'normal', style: '' });

describe('editorial notes', () => {
  it('adds, replies, resolves and reopens notes with their authors', async () => {
    const core = tempCore();
    const s = await ok<{ id: string }>(core.dispatch('createStory', {}));
    await ok(core.dispatch('setProfile', { name: 'Cy Chief', role: 'copy_chief' }));
    const noteId = crypto.randomUUID();
    const added = await ok<Note>(core.dispatch('addNote', { storyId: s.id, noteId, quote: 'on Monday', text: 'Which Monday?' }));
    expect(added).toMatchObject({ quote: 'on Monday', createdBy: 'Cy Chief', resolvedAt: null, messages: [{ author: 'Cy Chief', text: 'Which Monday?' }] });
    await ok(core.dispatch('setProfile', { name: 'Ana Ruiz', role: 'editor' }));
    const replied = await ok<Note>(core.dispatch('replyToNote', { noteId, text: 'The 4th.' }));
    expect(replied.messages.map((m) => `${m.author}: ${m.text}`)).toEqual(['Cy Chief: Which Monday?', 'Ana Ruiz: The 4th.']);
    const resolved = await ok<Note>(core.dispatch('setNoteResolved', { noteId, resolved: true }));
    expect(resolved).toMatchObject({ resolvedBy: 'Ana Ruiz' });
    expect(resolved.resolvedAt).not.toBeNull();
    const reopened = await ok<Note>(core.dispatch('setNoteResolved', { noteId, resolved: false }));
    expect(reopened).toMatchObject({ resolvedAt: null, resolvedBy: null });
    expect(await core.dispatch('replyToNote', { noteId, text: '   ' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/needs some text/) } });
    expect(await core.dispatch('replyToNote', { noteId: crypto.randomUUID(), text: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('strips note marks for publishing, joining the text they split', () => {
    const body: BodyState = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [text('The sides met '), { type: 'mark', ids: ['n1'], children: [text('on Monday'), text(' late', 1)] }, text('.')],
          },
          { type: 'list', children: [{ type: 'listitem', children: [{ type: 'mark', ids: ['n2'], children: [{ type: 'mark', ids: ['n3'], children: [text('nested')] }] }] }] },
        ],
      },
    };
    const out = stripEditorialMarks(body);
    expect(JSON.stringify(out)).not.toContain('"mark"');
    expect(out.root.children[0]!.children).toEqual([text('The sides met on Monday'), text(' late', 1), text('.')]);
    expect(JSON.stringify(out.root.children[1])).toContain('"nested"');
    expect(stripEditorialMarks(out)).toEqual(out);
    expect(JSON.stringify(body)).toContain('"mark"'); // the input is left alone
  });
});
