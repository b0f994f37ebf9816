import type { Page } from '@playwright/test';
import { expect, test, type AppSession } from './support/app';

// Clipboard HTML in the shapes Word (Windows, "HTML Format") and Google Docs (Chrome) really
// produce, each carrying the attacks a hostile document can smuggle in.
const WORD_HTML = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
<style><!-- /* Style Definitions */ p.MsoNormal {mso-style-unhide:no;mso-style-qformat:yes;margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} @list l0:level1 {mso-level-number-format:bullet;} --></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
</head><body lang=EN-GB link="#0563C1" vlink="#954F72" style='tab-interval:36.0pt;word-wrap:break-word'>
<!--StartFragment--><h2 style='mso-outline-level:2'><span lang=EN-GB style='mso-fareast-font-family:"Times New Roman"'>Council votes on budget<o:p></o:p></span></h2>
<p class=MsoNormal><b><span style='font-family:"Calibri",sans-serif;mso-bidi-font-family:Arial'>Word bold</span></b><span style='mso-spacerun:yes'> </span>and <i>word italic</i>, x<sup>2</sup> and H<sub>2</sub>O. <a href="javascript:alert(document.cookie)">word bad link</a> <a href="https://example.org/budget">word good link</a><span style='color:red'></span><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Word first item<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Word second item<o:p></o:p></p>
<script>window.__pwned = 'script'</script><img src="x" onerror="window.__pwned = 'onerror'"><iframe src="https://evil.example/frame"></iframe>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'><tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'><td width=301 valign=top style='width:225.4pt;border:solid windowtext 1.0pt'><p class=MsoNormal><b>Ward</b><o:p></o:p></p></td><td width=301 valign=top><p class=MsoNormal><b>Votes</b><o:p></o:p></p></td></tr><tr><td><p class=MsoNormal>North<o:p></o:p></p></td><td><p class=MsoNormal onclick="window.__pwned='onclick'">1,204<o:p></o:p></p></td></tr></table>
<blockquote style='margin-left:36pt'><p class=MsoNormal>Word quoted line<o:p></o:p></p></blockquote>
<!--EndFragment--></body></html>`;

const GOOGLE_DOCS_HTML = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-4c1f5a2e-7fff-8d3b-2c61-0a1b2c3d4e5f"><h3 dir="ltr" style="line-height:1.38;margin-top:16pt;margin-bottom:4pt;"><span style="font-size:14pt;font-family:Arial,sans-serif;color:#434343;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Docs subhead</span></h3><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:700;font-style:normal;vertical-align:baseline;white-space:pre-wrap;">Docs bold</span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;"> plain </span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;font-style:italic;">docs italic</span><span style="font-size:11pt;"> </span><a href="javascript:void(document.title='pwned')" style="text-decoration:none;"><span style="font-size:11pt;color:#1155cc;text-decoration:underline;">docs sneaky</span></a><span style="font-size:11pt;"> </span><a href="JAVA&#x09;SCRIPT:alert(1)"><span>docs tab trick</span></a><span style="font-size:6.6pt;vertical-align:super;">docs sup</span></p><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;">Docs item</span></p></li><li dir="ltr" style="list-style-type:disc;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-size:11pt;">Docs other item</span></p></li></ul><p dir="ltr"><span><img src="https://lh7-rt.googleusercontent.com/docsz/AD_4n" width="100" height="50" onload="window.__pwned='img'"></span><span style="font-size:11pt;"><svg onload="window.__pwned='svg'"></svg>after image</span></p></b><br class="Apple-interchange-newline">`;

async function paste(page: Page, data: Record<string, string>) {
  await page.getByRole('textbox', { name: 'Body' }).evaluate((el, entries) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

/** The stored body of the only story, read back through the core exactly as the app reads it. */
async function storedBody(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const meta = document.querySelector<HTMLMetaElement>('meta[name="presswork-bridge"]');
    const ws = new WebSocket(meta!.content);
    await new Promise((resolve) => ws.addEventListener('open', resolve, { once: true }));
    let next = 0;
    const call = (op: string, input: unknown) =>
      new Promise<{ ok: boolean; value: unknown }>((resolve) => {
        const id = ++next;
        const onMessage = (event: MessageEvent) => {
          const message = JSON.parse(String(event.data)) as { kind: string; id?: number; result?: { ok: boolean; value: unknown } };
          if (message.kind === 'result' && message.id === id) {
            ws.removeEventListener('message', onMessage);
            resolve(message.result!);
          }
        };
        ws.addEventListener('message', onMessage);
        ws.send(JSON.stringify({ id, op, input }));
      });
    const list = (await call('listStories', {})).value as Array<{ id: string }>;
    const story = (await call('getStory', { id: list[0]!.id })).value as { body: unknown };
    ws.close();
    return JSON.stringify(story.body);
  });
}

async function newStory(app: AppSession) {
  await app.page.getByRole('button', { name: 'New story' }).click();
  const body = app.page.getByRole('textbox', { name: 'Body' });
  await body.click();
  return body;
}

const ATTACKS = /<script|onerror|onload|onclick|javascript|iframe|evil\.example|__pwned|<img|<svg|googleusercontent/i;
const JUNK = /mso-|MsoNormal|font-family|Calibri|<o:p|style=|class="Mso|docs-internal-guid/i;

test('Word and Google Docs HTML keeps its structure and leaves no trace of script, handlers, javascript: links or frames', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const body = await newStory(app);
  const requests: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) requests.push(r.url());
  });

  await paste(page, { 'text/html': GOOGLE_DOCS_HTML, 'text/plain': 'Docs subhead' });
  await expect(body.locator('h3')).toHaveText('Docs subhead');
  await expect(body.locator('.pw-bold', { hasText: 'Docs bold' })).toHaveCount(1);
  await expect(body.locator('.pw-bold', { hasText: 'plain' })).toHaveCount(0);
  await expect(body.locator('.pw-italic', { hasText: 'docs italic' })).toHaveCount(1);
  await expect(body.locator('sup', { hasText: 'docs sup' })).toHaveCount(1);
  await expect(body).toContainText('docs sneaky');
  await expect(body).toContainText('docs tab trick');
  await expect(body).toContainText('after image');
  await expect(body.locator('li', { hasText: 'Docs other item' })).toHaveCount(1);
  await expect(body.locator('a')).toHaveCount(0);

  // On a new line after the Docs paste (a paste into a quote would flatten into it).
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await paste(page, { 'text/html': WORD_HTML, 'text/plain': 'Council votes on budget' });
  await expect(body.locator('h2')).toHaveText('Council votes on budget');
  await expect(body.locator('.pw-bold', { hasText: 'Word bold' })).toHaveCount(1);
  await expect(body.locator('.pw-italic', { hasText: 'word italic' })).toHaveCount(1);
  await expect(body.locator('sup', { hasText: /^2$/ })).toHaveCount(1);
  await expect(body.locator('sub')).toHaveText('2');
  await expect(body.locator('a')).toHaveCount(1);
  await expect(body.locator('a')).toHaveAttribute('href', 'https://example.org/budget');
  await expect(body).toContainText('word bad link');
  await expect(body.locator('ul > li', { hasText: 'Word' })).toHaveText(['Word first item', 'Word second item']);
  // Word marks a header row only with bold, not <th>: a first row all in bold becomes the header row.
  await expect(body.locator('table tr')).toHaveCount(2);
  await expect(body.locator('table th')).toHaveText(['Ward', 'Votes']);
  await expect(body.locator('table td')).toHaveText(['North', '1,204']);
  await expect(body.locator('blockquote')).toHaveText('Word quoted line');

  const dom = await body.evaluate((el) => el.innerHTML);
  expect(dom).not.toMatch(ATTACKS);
  expect(dom).not.toMatch(JUNK);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();

  await expect(page.getByRole('status')).toHaveText(/^Saved /);
  const stored = await storedBody(page);
  expect(stored).toContain('Council votes on budget');
  expect(stored).toContain('Docs bold');
  expect(stored).not.toMatch(ATTACKS);
  expect(stored).not.toMatch(JUNK);
  expect(requests).toEqual([]);
});

test('Lexical clipboard JSON from elsewhere is checked too: a javascript: link is pasted as its text', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const body = await newStory(app);
  const link = (url: string, text: string) => ({
    type: 'link', version: 1, url, rel: null, target: null, title: null, direction: null, format: '', indent: 0,
    children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
  });
  const nodes = [
    { type: 'text', version: 1, text: 'Before ', format: 0, detail: 0, mode: 'normal', style: '' },
    link('javascript:alert(1)', 'evil'),
    { type: 'text', version: 1, text: ' and ', format: 0, detail: 0, mode: 'normal', style: '' },
    link('https://example.org/', 'fine'),
    { type: 'embed', version: 1, url: 'javascript:alert(2)', provider: 'link' },
  ];
  await paste(page, { 'application/x-lexical-editor': JSON.stringify({ namespace: 'presswork-body', nodes }), 'text/plain': 'Before evil and fine' });
  await expect(body).toContainText('Before evil and fine');
  await expect(body.locator('a')).toHaveCount(1);
  await expect(body.locator('a')).toHaveAttribute('href', 'https://example.org/');
  await expect(page.getByRole('group', { name: /embed/ })).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText(/^Saved /);
  expect(await storedBody(page)).not.toMatch(/javascript/i);
});

test('Ctrl/Cmd+Shift+V pastes plain text', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const body = await newStory(app);
  await body.evaluate((el) => {
    const mac = navigator.platform.startsWith('Mac');
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'V', code: 'KeyV', ctrlKey: !mac, metaKey: mac, shiftKey: true, bubbles: true, cancelable: true }));
  });
  await paste(page, { 'text/html': '<h2><b>Loud</b> <a href="https://example.org">words</a></h2>', 'text/plain': 'Loud words' });
  await expect(body).toHaveText('Loud words');
  await expect(body.locator('h2, strong, .pw-bold, a')).toHaveCount(0);

  // The next ordinary paste is rich again.
  await paste(page, { 'text/html': '<p><b>Bold</b></p>', 'text/plain': 'Bold' });
  await expect(body.locator('.pw-bold')).toHaveText('Bold');
});

test('a stored story with a javascript: link opens with the link removed and its text kept', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await newStory(app);
  await page.getByRole('textbox', { name: 'Headline' }).fill('Hostile story');
  // Write a story body directly through the core, as an old version or another tool could have.
  await page.evaluate(async () => {
    const meta = document.querySelector<HTMLMetaElement>('meta[name="presswork-bridge"]');
    const ws = new WebSocket(meta!.content);
    await new Promise((resolve) => ws.addEventListener('open', resolve, { once: true }));
    const send = (id: number, op: string, input: unknown) =>
      new Promise<{ value: unknown }>((resolve) => {
        ws.addEventListener('message', function onMessage(event) {
          const m = JSON.parse(String(event.data)) as { kind: string; id: number; result: { value: unknown } };
          if (m.kind === 'result' && m.id === id) {
            ws.removeEventListener('message', onMessage);
            resolve(m.result);
          }
        });
        ws.send(JSON.stringify({ id, op, input }));
      });
    const created = (await send(1, 'createStory', {})).value as { id: string };
    await send(2, 'saveStory', {
      id: created.id,
      headline: 'Loaded with a bad link',
      body: {
        root: {
          type: 'root', version: 1, direction: null, format: '', indent: 0,
          children: [{
            type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '',
            children: [
              { type: 'link', version: 1, url: 'javascript:alert(1)', rel: null, target: null, title: null, direction: null, format: '', indent: 0,
                children: [{ type: 'text', version: 1, text: 'click me', format: 0, detail: 0, mode: 'normal', style: '' }] },
            ],
          }],
        },
      },
    });
    ws.close();
  });
  await page.reload();
  await page.getByRole('button', { name: /Loaded with a bad link/ }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(body).toHaveText('click me');
  await expect(body.locator('a')).toHaveCount(0);
});

test('a pasted H1 becomes the top subhead the toolbar offers (H2), H5 and H6 the lowest (H4) (#14.4)', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const body = await newStory(app);
  await paste(page, { 'text/html': '<h1>Document title</h1><p>First line.</p><h3>Kept level</h3><h6>Small print</h6>', 'text/plain': 'Document title' });
  await expect(body.locator('h2')).toHaveText('Document title');
  await expect(body.locator('h3')).toHaveText('Kept level');
  await expect(body.locator('h4')).toHaveText('Small print');
  await expect(body.locator('h1, h5, h6')).toHaveCount(0);
  await body.locator('h2').click();
  await expect(page.getByRole('button', { name: 'Subhead (H2)' })).toHaveAttribute('aria-pressed', 'true');
  // Lexical's own clipboard (another editor's H1) is held to the same levels.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  const heading = { type: 'heading', tag: 'h1', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'text', version: 1, text: 'Copied title', format: 0, detail: 0, mode: 'normal', style: '' }] };
  await paste(page, { 'application/x-lexical-editor': JSON.stringify({ namespace: 'elsewhere', nodes: [heading] }) });
  await expect(body.locator('h2', { hasText: 'Copied title' })).toHaveCount(1);
  await expect(body.locator('h1')).toHaveCount(0);
});
