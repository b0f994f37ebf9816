// A child process for the crash tests: opens the real core on a data folder and autosaves in a
// loop through the contract, writing "ack <n> <version>" only after each save was acknowledged.
import { createCore } from '../../../../electron/core/core';
import { MemorySecretStore } from '../../../../electron/secrets/memory-secret-store';
import type { Story } from '../../../../shared/story/story-schema';

const [dataDir, mainId, startText] = process.argv.slice(2);
if (!dataDir || !mainId || !startText) {
  console.error('usage: save-loop.ts <dataDir> <mainStoryId> <startN>');
  process.exit(2);
}
const core = createCore({ dataDir, shell: 'harness', version: 'crash-test', secrets: new MemorySecretStore() });
const paragraph = (text: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] });

async function must<T>(p: Promise<unknown>): Promise<T> {
  const r = (await p) as { ok: boolean; value?: T; error?: { message: string } };
  if (!r.ok) throw new Error(r.error?.message);
  return r.value as T;
}

let n = Number(startText);
for (;;) {
  const body = { root: { type: 'root', children: Array.from({ length: 40 }, (_, i) => paragraph(`Paragraph ${i} of save ${n}, with enough words to span pages.`)) } };
  const saved = await must<{ version: number }>(core.dispatch('saveStory', { id: mainId, headline: `Main ${n}`, body }));
  const extra = await must<Story>(core.dispatch('createStory', {}));
  await must(core.dispatch('saveStory', { id: extra.id, headline: `ack-${n}`, body: { root: { type: 'root', children: [paragraph(`text ${n}`)] } } }));
  process.stdout.write(`ack ${n} ${saved.version} ${extra.id}\n`);
  n++;
}
