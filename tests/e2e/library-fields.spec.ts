import { expect, test } from './support/app';

test('story fields are edited, validated, autosaved and survive a restart', async ({ launch }) => {
  const first = await launch();
  const { page } = first;
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Élection: Voters Head to the Polls');
  // The fields fold into one line under the headline; opened, they are edited in place.
  await page.getByRole('button', { name: 'Story details' }).click();
  await expect(page.getByRole('textbox', { name: 'Slug' })).toHaveValue('election-voters-head-to-the-polls');
  await page.getByRole('textbox', { name: 'Standfirst' }).fill('Turnout is expected to break records.');
  await page.getByRole('textbox', { name: 'Byline' }).fill('Ana Ruiz, Tom Baker');
  await page.getByRole('textbox', { name: 'Tags' }).fill('polls, turnout');
  await page.getByRole('textbox', { name: 'SEO title' }).fill('Voters head to the polls');
  await expect(page.getByText('24 / 60')).toBeVisible();
  await page.getByRole('textbox', { name: 'Meta description' }).fill('x'.repeat(170));
  await expect(page.getByText('170 / 160')).toBeVisible();
  await page.getByLabel('Scheduled time').fill('2031-05-04T09:30');

  const sections = page.getByRole('group', { name: 'Sections' });
  await sections.getByRole('textbox', { name: 'New section name' }).fill('Election');
  await sections.getByRole('button', { name: 'Add section' }).click();
  await expect(sections.getByRole('checkbox', { name: 'Election' })).toBeChecked();
  await sections.getByRole('textbox', { name: 'New section name' }).fill('US Election');
  await sections.getByRole('combobox', { name: 'Parent section' }).selectOption({ label: 'Election' });
  await sections.getByRole('button', { name: 'Add section' }).click();
  await expect(sections.getByRole('checkbox', { name: 'US Election' })).toBeChecked();
  await sections.getByRole('textbox', { name: 'New section name' }).fill('us election');
  await sections.getByRole('combobox', { name: 'Parent section' }).selectOption({ label: 'Election' });
  await sections.getByRole('button', { name: 'Add section' }).click();
  await expect(sections.getByRole('alert')).toContainText('already a section');

  const slug = page.getByRole('textbox', { name: 'Slug' });
  await slug.fill('Bad Slug');
  await expect(page.getByRole('alert').filter({ hasText: 'lowercase letters' })).toBeVisible();
  await slug.fill('voters-head-to-polls');
  await expect(page.getByRole('alert').filter({ hasText: 'lowercase letters' })).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText(/^Saved /, { timeout: 5_000 });
  await first.close();

  const second = await launch();
  const p2 = second.page;
  await p2.getByRole('button', { name: /Voters Head to the Polls/ }).click();
  await expect(p2.getByLabel('Story details summary')).toHaveText(/By Ana Ruiz, Tom Baker.*Election, US Election.*2 tags.*Scheduled.*“Turnout is expected to break records.”/);
  await p2.getByRole('button', { name: 'Story details' }).click();
  await expect(p2.getByRole('textbox', { name: 'Standfirst' })).toHaveValue('Turnout is expected to break records.');
  await expect(p2.getByRole('textbox', { name: 'Byline' })).toHaveValue('Ana Ruiz, Tom Baker');
  await expect(p2.getByRole('textbox', { name: 'Slug' })).toHaveValue('voters-head-to-polls');
  await expect(p2.getByRole('textbox', { name: 'Tags' })).toHaveValue('polls, turnout');
  await expect(p2.getByRole('textbox', { name: 'SEO title' })).toHaveValue('Voters head to the polls');
  await expect(p2.getByLabel('Scheduled time')).toHaveValue('2031-05-04T09:30');
  const s2 = p2.getByRole('group', { name: 'Sections' });
  await expect(s2.getByRole('checkbox', { name: 'Election', exact: true })).toBeChecked();
  await expect(s2.getByRole('checkbox', { name: 'US Election' })).toBeChecked();
});
