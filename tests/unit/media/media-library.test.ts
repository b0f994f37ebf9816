import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { MemorySecretStore } from '../../../electron/secrets/memory-secret-store';
import { itemDir } from '../../../electron/media/media-url';
import type { OperationInput, OperationName, OperationOutput } from '../../../shared/contract/operations';
import { imagesMissingAltText, storyMediaIds } from '../../../shared/media/alt-text-check';
import { MEDIA_CHUNK_BYTES, type ImportFileOutcome, type ImportProgress } from '../../../shared/media/media-schema';
import { tempCore, tempDir } from '../support/temp-core';
import { bombPng, photoJpeg, write } from './fixtures';

async function op<K extends OperationName>(core: Core, name: K, input: OperationInput<K>): Promise<OperationOutput<K>> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as OperationOutput<K>;
}

/** Collects progress events and resolves once every file of a batch has a final state. */
function watch(core: Core) {
  const seen: ImportProgress[] = [];
  const waiters: { batchId: string; resolve: (files: ImportFileOutcome[]) => void }[] = [];
  core.events.subscribe((name, payload) => {
    if (name !== 'mediaImportProgress') return;
    const progress = payload as ImportProgress;
    seen.push(progress);
    for (const w of waiters) {
      const last = seen.filter((p) => p.batchId === w.batchId);
      if (last.length > 0 && last[last.length - 1]!.completed === last[last.length - 1]!.total) {
        const byIndex = new Map<number, ImportFileOutcome>();
        for (const p of last) byIndex.set(p.file.index, p.file);
        w.resolve([...byIndex.values()].sort((a, b) => a.index - b.index));
      }
    }
  });
  return {
    seen,
    done: (batchId: string) => new Promise<ImportFileOutcome[]>((resolve) => waiters.push({ batchId, resolve })),
  };
}

/** What the renderer does with a File: declare the batch, then send each file in base64 chunks. */
async function upload(core: Core, files: { name: string; bytes: Buffer }[], chunk = MEDIA_CHUNK_BYTES) {
  const start = await op(core, 'startMediaImport', { files: files.map((f) => ({ name: f.name, size: f.bytes.length })) });
  for (const [index, file] of files.entries()) {
    if (start.files[index]!.state !== 'queued') continue;
    for (let offset = 0; offset < file.bytes.length; offset += chunk) {
      const answer = await op(core, 'uploadMediaChunk', {
        batchId: start.batchId,
        index,
        offset,
        data: file.bytes.subarray(offset, offset + chunk).toString('base64'),
      });
      if (answer.state === 'failed' || answer.state === 'cancelled') break;
    }
  }
  return start;
}

/** What the shell does with the paths a native dialog answers: grants the renderer a token for each. */
const tokensFor = (core: Core, paths: string[]) => core.grantFiles(paths).map((g) => g.token);

describe('media import through the core', () => {
  it('imports uploaded files in chunks, reports progress per file, and one bad file does not stop the batch', async () => {
    const core = tempCore();
    const events = watch(core);
    const photo = await photoJpeg({ width: 2000, height: 1500 });
    const start = await upload(
      core,
      [
        { name: 'first.jpg', bytes: photo },
        { name: 'notes.jpg', bytes: Buffer.from('not an image at all') },
        { name: 'bomb.png', bytes: bombPng() },
        { name: 'empty.png', bytes: Buffer.alloc(0) },
        { name: 'second.jpg', bytes: await photoJpeg({ seed: 9 }) },
      ],
      64 * 1024,
    );
    expect(start.files.map((f) => f.state)).toEqual(['queued', 'queued', 'queued', 'failed', 'queued']);
    const files = await events.done(start.batchId);
    expect(files.map((f) => [f.name, f.state])).toEqual([
      ['first.jpg', 'imported'],
      ['notes.jpg', 'failed'],
      ['bomb.png', 'failed'],
      ['empty.png', 'failed'],
      ['second.jpg', 'imported'],
    ]);
    expect(files[1]!.message).toMatch(/“notes\.jpg” was not imported: its content is text/);
    expect(files[2]!.message).toMatch(/“bomb\.png” was not imported: .*decompression bomb/);
    expect(files[3]!.message).toMatch(/“empty\.png” was not imported: it is empty/);
    // Every file passed through visible states, and the overall count only grows.
    expect(events.seen.some((p) => p.file.name === 'first.jpg' && p.file.state === 'uploading')).toBe(true);
    expect(events.seen.some((p) => p.file.name === 'first.jpg' && p.file.state === 'processing')).toBe(true);
    const completed = events.seen.map((p) => p.completed);
    expect(completed).toEqual([...completed].sort((a, b) => a - b));

    const page = await op(core, 'listMedia', {});
    expect(page.total).toBe(2);
    const first = page.items.find((i) => i.filename === 'first.jpg')!;
    expect(first).toMatchObject({ width: 2000, height: 1500, format: 'jpeg', credit: 'Exif Artist', caption: 'Exif caption', licence: '(c) Exif Copyright', alt: '' });
    expect(existsSync(path.join(itemDir(core.mediaDir, first.sha256), 'thumb.webp'))).toBe(true);
    // Upload temp files are gone: moved into items or deleted with their refusals.
    expect(readdirSync(path.join(core.mediaDir, '.tmp'))).toEqual([]);
  });

  it('refuses a 100 MB upload before any byte is sent', async () => {
    const core = tempCore();
    const start = await op(core, 'startMediaImport', { files: [{ name: 'huge.tif', size: 100 * 1024 * 1024 }] });
    expect(start.files[0]).toMatchObject({ state: 'failed', message: expect.stringMatching(/“huge\.tif” was not imported: it is 100 MB/) });
  });

  it('imports files chosen in the native dialog, and offers the existing item for bytes already in the library', async () => {
    const core = tempCore();
    const events = watch(core);
    const dir = tempDir();
    const bytes = await photoJpeg();
    const a = write(dir, 'a.jpg', bytes);
    const b = write(dir, 'copy-of-a.jpg', bytes);
    const first = await op(core, 'importMediaFiles', { tokens: tokensFor(core, [a]) });
    const [imported] = await events.done(first.batchId);
    const second = await op(core, 'importMediaFiles', { tokens: tokensFor(core, [b, path.join(dir, 'missing.jpg')]) });
    const [duplicate, missing] = await events.done(second.batchId);
    expect(imported!.state).toBe('imported');
    expect(duplicate).toMatchObject({ state: 'duplicate', mediaId: imported!.mediaId });
    expect(missing).toMatchObject({ state: 'failed', message: expect.stringMatching(/“missing\.jpg”/) });
    expect((await op(core, 'listMedia', {})).total).toBe(1);
    expect(existsSync(a) && existsSync(b)).toBe(true);
  });

  it('sweeps what a crash left in the temp folder when the core starts', async () => {
    const dir = tempDir();
    const leftovers = path.join(dir, 'media', '.tmp', 'item-abc');
    mkdirSync(leftovers, { recursive: true });
    writeFileSync(path.join(leftovers, 'w1600.jpg'), 'half');
    writeFileSync(path.join(dir, 'media', '.tmp', 'upload-x-0.part'), 'half');
    const core = createCore({ dataDir: dir, shell: 'harness', version: 'test', secrets: new MemorySecretStore() });
    try {
      expect(readdirSync(path.join(dir, 'media', '.tmp'))).toEqual([]);
    } finally {
      core.close();
    }
  });

  it('imports no path the renderer names: only tokens the shell granted, each once', async () => {
    const core = tempCore();
    const dir = tempDir();
    const file = write(dir, 'a.jpg', await photoJpeg());
    expect(await core.dispatch('importMediaPaths', { paths: [file] })).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(await core.dispatch('importMediaFiles', { tokens: ['../secret.jpg'] })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await core.dispatch('importMediaFiles', { tokens: [file] })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const forged = await core.dispatch('importMediaFiles', { tokens: ['0123456789abcdef0123456789abcdef'] });
    expect(forged).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/file dialog/) } });
    const [grant] = core.grantFiles([file]);
    expect(grant).toMatchObject({ name: 'a.jpg' });
    expect(grant!.token).not.toContain(dir);
    expect(await core.dispatch('importMediaFiles', { tokens: [grant!.token] })).toMatchObject({ ok: true });
    expect(await core.dispatch('importMediaFiles', { tokens: [grant!.token] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('cancels the files of a batch that have not started', async () => {
    const core = tempCore();
    const events = watch(core);
    const dir = tempDir();
    const paths = await Promise.all([0, 1, 2, 3, 4, 5].map(async (i) => write(dir, `p${i}.jpg`, await photoJpeg({ seed: i + 20, width: 800, height: 600 }))));
    const start = await op(core, 'importMediaFiles', { tokens: tokensFor(core, paths) });
    await op(core, 'cancelMediaImport', { batchId: start.batchId });
    const files = await events.done(start.batchId);
    const states = files.map((f) => f.state);
    expect(states.filter((s) => s === 'cancelled').length).toBeGreaterThanOrEqual(4);
    expect(states.every((s) => s === 'cancelled' || s === 'imported')).toBe(true);
    expect((await op(core, 'listMedia', {})).total).toBe(states.filter((s) => s === 'imported').length);
  });

  it('cancelling an upload halfway deletes what was sent', async () => {
    const core = tempCore();
    const bytes = await photoJpeg({ width: 1600, height: 1200 });
    const start = await op(core, 'startMediaImport', { files: [{ name: 'half.jpg', size: bytes.length }] });
    await op(core, 'uploadMediaChunk', { batchId: start.batchId, index: 0, offset: 0, data: bytes.subarray(0, 1024).toString('base64') });
    expect(readdirSync(path.join(core.mediaDir, '.tmp'))).toHaveLength(1);
    const [file] = await op(core, 'cancelMediaImport', { batchId: start.batchId });
    expect(file!.state).toBe('cancelled');
    expect(readdirSync(path.join(core.mediaDir, '.tmp'))).toEqual([]);
  });

  it('refuses chunks out of order or beyond the declared size', async () => {
    const core = tempCore();
    const start = await op(core, 'startMediaImport', { files: [{ name: 'x.jpg', size: 10 }] });
    const skip = await core.dispatch('uploadMediaChunk', { batchId: start.batchId, index: 0, offset: 5, data: 'AAAA' });
    expect(skip).toMatchObject({ ok: false, error: { message: expect.stringMatching(/out of order/) } });
    const tooMuch = await core.dispatch('uploadMediaChunk', { batchId: start.batchId, index: 0, offset: 0, data: Buffer.alloc(11, 0xff).toString('base64') });
    expect(tooMuch).toMatchObject({ ok: false, error: { message: expect.stringMatching(/declared size/) } });
  });
});

describe('the library', () => {
  async function libraryWith(core: Core, names: string[]) {
    const events = watch(core);
    const dir = tempDir();
    const paths = await Promise.all(names.map(async (n, i) => write(dir, n, await photoJpeg({ seed: 40 + i, width: 400, height: 300 }))));
    const start = await op(core, 'importMediaFiles', { tokens: tokensFor(core, paths) });
    const files = await events.done(start.batchId);
    return files.map((f) => f.mediaId!);
  }

  it('edits details, searches and filters', async () => {
    let now = 1_000_000;
    const core = tempCore(() => now);
    const [harbour, protest] = await libraryWith(core, ['harbour.jpg', 'protest.jpg']);
    now = 2_000_000;
    const [late] = await libraryWith(core, ['late.jpg']);
    const details = { alt: 'Fishing boats at dawn', caption: 'The harbour', credit: 'Ana Lima / Wire', source: 'Wire', licence: 'Editorial only', focalX: 0.25, focalY: 0.75 };
    const updated = await op(core, 'updateMedia', { id: harbour!, details });
    expect(updated).toMatchObject(details);

    const ids = async (input: OperationInput<'listMedia'>) => (await op(core, 'listMedia', input)).items.map((i) => i.id);
    expect(await ids({ query: 'boats' })).toEqual([harbour]);
    expect(await ids({ query: 'ana lima' })).toEqual([harbour]);
    expect(await ids({ query: 'PROTEST' })).toEqual([protest]);
    expect(await ids({ query: '100%' })).toEqual([]);
    expect(await ids({ filter: 'missingAlt' })).toEqual([late, protest]);
    expect(await ids({ filter: 'today', todayStart: 1_500_000 })).toEqual([late]);
    const all = await ids({});
    expect(all[0]).toBe(late);
    expect((await op(core, 'listMedia', { limit: 1, offset: 1 })).items.map((i) => i.id)).toEqual([all[1]]);

    const invalid = await core.dispatch('updateMedia', { id: harbour!, details: { ...details, focalX: 2 } });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('writes a story card’s alt text only over the description the card saw, and never an empty one', async () => {
    const core = tempCore();
    const [hall] = await libraryWith(core, ['hall.jpg']);
    const filled = await op(core, 'setMediaAlt', { id: hall!, alt: 'A red brick hall', replacing: '' });
    expect(filled).toMatchObject({ alt: 'A red brick hall', caption: 'Exif caption', focalX: 0.5 });
    expect((await op(core, 'setMediaAlt', { id: hall!, alt: 'A red brick hall at dusk', replacing: 'A red brick hall' })).alt).toBe('A red brick hall at dusk');
    // Written meanwhile in the Media view: a card that saw the older text leaves it, and is told what is there.
    await op(core, 'updateMedia', { id: hall!, details: { ...filled, alt: 'The council hall from the square' } });
    expect((await op(core, 'setMediaAlt', { id: hall!, alt: 'A red brick hall at night', replacing: 'A red brick hall at dusk' })).alt).toBe('The council hall from the square');
    expect(await core.dispatch('setMediaAlt', { id: hall!, alt: '  ', replacing: 'The council hall from the square' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await op(core, 'getMediaItems', { ids: [hall!] }))[0]!.alt).toBe('The council hall from the square');
  });

  it('knows which stories use an item; deleting a used item is refused naming them; unused items go to a trash that can be emptied', async () => {
    const core = tempCore();
    const [used, featured, unused] = await libraryWith(core, ['used.jpg', 'featured.jpg', 'unused.jpg']);
    const story = await op(core, 'createStory', {});
    const body = {
      root: { type: 'root' as const, children: [{ type: 'image', version: 1, mediaId: used!, caption: '', credit: '', altText: '' }] },
    };
    await op(core, 'saveStory', { id: story.id, headline: 'Storm hits the coast', body, fields: { ...story.fields, featuredImageId: featured! } });

    expect(await op(core, 'mediaUsage', { id: used! })).toEqual([{ storyId: story.id, headline: 'Storm hits the coast', role: 'body' }]);
    expect(await op(core, 'mediaUsage', { id: featured! })).toEqual([{ storyId: story.id, headline: 'Storm hits the coast', role: 'featured' }]);
    expect((await op(core, 'listMedia', { filter: 'unused' })).items.map((i) => i.id)).toEqual([unused]);

    const refused = await core.dispatch('trashMedia', { id: used! });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/“used\.jpg” is used by the story “Storm hits the coast”/) } });

    const trashed = await op(core, 'trashMedia', { id: unused! });
    expect(trashed.trashedAt).not.toBeNull();
    expect((await op(core, 'listMedia', {})).items.map((i) => i.id)).not.toContain(unused);
    expect((await op(core, 'listMedia', { filter: 'trash' })).items.map((i) => i.id)).toEqual([unused]);
    const folder = itemDir(core.mediaDir, trashed.sha256);
    expect(existsSync(folder)).toBe(true);
    expect(await op(core, 'emptyMediaTrash', {})).toEqual({ deleted: 1, kept: 0 });
    expect(existsSync(folder)).toBe(false);
    expect((await op(core, 'getMediaItems', { ids: [unused!, used!] })).map((i) => i.id)).toEqual([used]);

    // The publishing checklist's view of the same story: both images lack alt text until it is written.
    const saved = await op(core, 'getStory', { id: story.id });
    const lookup = async () => new Map((await op(core, 'getMediaItems', { ids: storyMediaIds({ body: saved.body, featuredImageId: saved.fields.featuredImageId }) })).map((i) => [i.id, i]));
    let items = await lookup();
    expect(imagesMissingAltText({ body: saved.body, featuredImageId: saved.fields.featuredImageId }, (id) => items.get(id)).map((m) => m.where)).toEqual(['body', 'featured']);
    const current = items.get(used!)!;
    await op(core, 'updateMedia', { id: used!, details: { ...current, alt: 'Waves over the sea wall' } });
    items = await lookup();
    expect(imagesMissingAltText({ body: saved.body, featuredImageId: saved.fields.featuredImageId }, (id) => items.get(id)).map((m) => m.where)).toEqual(['featured']);
  });
});
