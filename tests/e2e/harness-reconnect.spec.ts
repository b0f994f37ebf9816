import type { ChildProcess } from 'node:child_process';
import { expect, startHarness, test, waitForExit } from './support/app';

// The harness is started by hand here: the test stops it and starts it again on the same port and data folder.
test.skip(({ target }) => target !== 'harness', 'about the harness’s own socket bridge');

const NOT_SAVED = 'Not saved: Presswork’s backend is not answering; your words are kept here and will be saved when it is back.';

test('with the backend down the story says its words are not saved and keeps them; once the backend is back they are saved', async ({ browser, dataDir }) => {
  let harness: { child: ChildProcess; url: string } = await startHarness(dataDir);
  const port = Number(new URL(harness.url).port);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(harness.url);
    await page.getByRole('button', { name: 'New story' }).click();
    await page.getByRole('textbox', { name: 'Headline' }).fill('Council votes tonight');
    const status = page.getByRole('status');
    await expect(status).toHaveText(/^Saved /);

    const body = page.getByRole('textbox', { name: 'Body' });
    await body.click();
    await page.keyboard.type('The council met at seven. ');
    // kill -9 while the writer is typing: no goodbye from the backend.
    const typing = page.keyboard.type('Nobody expected the vote to pass so quickly.', { delay: 40 });
    await page.waitForTimeout(600);
    harness.child.kill('SIGKILL');
    await waitForExit(harness.child);
    await typing;
    await page.keyboard.type(' The mayor left early.');

    await expect(status).toHaveText(NOT_SAVED);
    // Still true a while later: nothing claims the words were saved while the backend is away.
    await page.waitForTimeout(4000);
    await expect(status).toHaveText(NOT_SAVED);
    const words = 'The council met at seven. Nobody expected the vote to pass so quickly. The mayor left early.';
    await expect(body).toHaveText(words);

    harness = await startHarness(dataDir, {}, port);
    await expect(status).toHaveText(/^Saved \d/, { timeout: 20_000 });

    await page.reload();
    await page.getByRole('list', { name: 'Stories' }).getByRole('button', { name: /Council votes tonight/ }).click();
    await expect(page.getByRole('textbox', { name: 'Body' })).toHaveText(words);
  } finally {
    await context.close();
    harness.child.kill('SIGTERM');
    await waitForExit(harness.child);
  }
});
