/**
 * Writes what the real block editor of the local WordPress (6.1) saves for each block described
 * in a JSON file, through its own `wp.blocks.createBlock` and `wp.blocks.serialize`: the markup
 * the unit tests compare the renderers with, made by WordPress rather than copied by hand.
 *
 *   set -a; . .tmp/wordpress/env; set +a
 *   npx tsx tests/support/wordpress/serialize-blocks.ts SPECS.json OUT.json
 *
 * A spec is `{ "label", "name", "attributes", "innerBlocks"? }`. (6.1 always saves galleries in the
 * nested form, so 5.x's `ul.blocks-gallery-grid` samples are written from its save function by hand.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../../e2e/support/app';
import { logIntoWordPress } from '../../e2e/support/wordpress-editor';

interface Spec {
  label: string;
  name: string;
  attributes: Record<string, unknown>;
  innerBlocks?: Spec[];
}

const IN_PAGE = `(all) => {
  const make = (spec) => wp.blocks.createBlock(spec.name, spec.attributes, (spec.innerBlocks || []).map(make));
  return all.map((spec) => ({ label: spec.label, markup: wp.blocks.serialize(make(spec)) }));
}`;

async function main(): Promise<void> {
  const [specsFile, outFile] = process.argv.slice(2);
  const url = process.env.WP_URL;
  if (!specsFile || !outFile || !url) throw new Error('usage: WP_URL=… tsx serialize-blocks.ts SPECS.json OUT.json');
  const specs = JSON.parse(readFileSync(specsFile, 'utf8')) as Spec[];
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await logIntoWordPress(page, url, process.env.WP_USER ?? 'admin', process.env.WP_LOGIN_PASSWORD ?? 'adminpass');
    await page.goto(`${url}/wp-admin/post-new.php`);
    await page.waitForFunction(() => Boolean((window as unknown as { wp?: { blocks?: { serialize?: unknown } } }).wp?.blocks?.serialize), undefined, { timeout: 60_000 });
    // Plain JavaScript, evaluated as written: a transpiled function would carry the compiler's helpers.
    const out = await page.evaluate(`(${IN_PAGE})(${JSON.stringify(specs)})`);
    writeFileSync(outFile, `${JSON.stringify(out, null, 2)}\n`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
