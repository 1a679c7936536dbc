// Comparing options (issue 11): every action on the plan, the ready-made comparisons, the link
// with three options in a fresh browser, old links, keyboard-only use and axe.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { test, expect, openPlanner, parseCsv, scrollToSections } from './fixtures.js';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const control = (page, name) => page.getByLabel(name, { exact: true });
const tab = (page, letter) => page.locator('.option-tab').filter({ has: page.locator('.option-letter', { hasText: new RegExp(`^${letter}$`) }) });
const tabs = (page) => page.locator('.option-tab');
const table = (page) => page.getByRole('table', { name: /Key figures of each option/ });
/**
 * The comparison table's cells of one row (by its key), as text. The table's code arrives on
 * demand and may still be loading when the page is ready (on a busy machine it was): wait for
 * the row before reading it.
 */
const rowCells = async (page, key) => {
  const row = table(page).locator(`tr[data-row="${key}"]`);
  await expect(row).toBeVisible();
  return row.locator('td').allInnerTexts();
};

const THREE = './?v=2&level=junior&region=us&remote=0&start=2027-Q1&route=inhouse'
  + '&b=Senior%20hire&b.level=senior&c=&c.level=senior&c.route=agency&sel=b';

test('add an option: B is a copy of A, selected, and the controls edit it alone', async ({ page }) => {
  await openPlanner(page, './?level=mid&region=us&remote=0&start=2027-Q1&route=inhouse');
  await expect(page.getByRole('heading', { name: 'Comparison' })).toHaveCount(0);
  await page.locator('summary', { hasText: 'Compare options' }).click();
  await page.getByRole('button', { name: 'Add an option' }).click();
  await expect(tab(page, 'B')).toBeFocused();
  await expect(tabs(page)).toHaveCount(2);
  await expect(tab(page, 'B')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { name: 'Option B: Same as A', exact: true })).toBeVisible();
  await control(page, 'Level').selectOption('senior');
  await expect(page.getByRole('heading', { name: 'Option B: Senior', exact: true })).toBeVisible();
  // A keeps the mid-level figures, B has the senior ones; the difference is signed, the sentence
  // says it in words.
  const [a, b, diff] = await rowCells(page, 'year-one');
  expect(a).toBe('$130,950');
  expect(b).not.toBe(a);
  expect(diff).toMatch(/^\+\$[\d,]+ \(\+[\d.]+%\)$/);
  await expect(page.locator('.comparison-sentences li').first()).toContainText(/B \(Senior\) costs \$[\d,]+ more in year one and is fully productive \d+ (days|weeks) sooner\./);
  await expect(page).toHaveURL(/v=2&.*b=&b\.level=senior.*sel=b/);
});

test('what adding an option said goes once the options change again', async ({ page }) => {
  await openPlanner(page, './?level=mid&region=us&remote=0&start=2027-Q1&route=inhouse');
  await page.locator('summary', { hasText: 'Compare options' }).click();
  await page.getByRole('button', { name: 'Add an option' }).click();
  const said = page.locator('.ready-made .plan-status');
  await expect(said).toHaveText('Option B added, a copy of A. The controls now edit B: Same as A.');
  // Renamed: "Same as A" would now be wrong, so nothing is said.
  await page.getByLabel('Name of option B').fill('Later');
  await page.getByLabel('Name of option B').press('Enter');
  await expect(said).toHaveText('');
});

test('what an action on the options said goes once another option is pressed', async ({ page }) => {
  await openPlanner(page, './?v=2&level=junior&region=us&remote=0&start=2027-Q1&route=inhouse&b=Senior%20hire&b.level=senior&sel=b');
  await page.getByRole('button', { name: 'Duplicate' }).click();
  const said = page.locator('.plan-bar .plan-status');
  await expect(said).toHaveText(/^Option duplicated\. Now editing option C\.$/);
  // "Now editing option C" would be wrong once A is pressed.
  await tab(page, 'A').click();
  await expect(said).toHaveText('');
});

test("an assumption's message and \"back at its default\" belong to the option they were said for", async ({ page }) => {
  await openPlanner(page, THREE);
  const panel = page.getByRole('region', { name: /Assumptions & sources/ });
  await panel.scrollIntoViewIfNeeded();
  await expect(panel.getByRole('heading', { name: 'Assumptions & sources of option B: Senior hire' })).toBeVisible();
  const overhead = panel.getByLabel('Benefits, payroll taxes and overhead, on top of salary');
  await overhead.fill('500');
  await overhead.press('Enter');
  const note = panel.locator('.field-message').filter({ hasText: /^Adjusted: / });
  await expect(note).toHaveCount(1);
  // Adjusted to its limit, the field holds a value in use: a note, not an error.
  await expect(overhead).toHaveAttribute('aria-invalid', 'false');
  await tab(page, 'C').click();
  await expect(panel.getByRole('heading', { name: /of option C/ })).toBeVisible();
  await expect(note).toHaveCount(0);
  await tab(page, 'B').click();
  await panel.getByRole('button', { name: 'Restore all defaults' }).click();
  await expect(panel.getByText('Every assumption is back at its default.')).toBeVisible();
  // C's assumptions were never edited: nothing was restored there.
  await tab(page, 'C').click();
  await expect(panel.getByRole('heading', { name: /of option C/ })).toBeVisible();
  await expect(panel.getByText('Every assumption is back at its default.')).toHaveCount(0);
});

test('removing an option and going back to one scenario can each be undone', async ({ page }) => {
  await openPlanner(page, THREE);
  const before = await table(page).locator('thead').innerText();
  const undo = page.getByRole('button', { name: 'Undo: bring back the options before' });
  await tab(page, 'C').click();
  await page.getByRole('button', { name: 'Remove' }).click();
  await expect(tabs(page)).toHaveCount(2);
  await undo.click();
  await expect(tabs(page)).toHaveCount(3);
  await expect(tab(page, 'C')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.plan-bar .plan-status')).toHaveText('The options are back as they were.');
  await expect(undo).toHaveCount(0);

  await tab(page, 'B').click();
  await page.getByRole('button', { name: 'Back to one scenario' }).click();
  await expect(tabs(page)).toHaveCount(0);
  await expect(undo).toBeVisible();
  await undo.click();
  await expect(tabs(page)).toHaveCount(3);
  await expect(tab(page, 'B')).toHaveAttribute('aria-pressed', 'true');
  await expect(table(page)).toBeVisible();
  expect(await table(page).locator('thead').innerText()).toBe(before);
  await expect(tab(page, 'B')).toBeFocused();

  // Once anything changes, the undo is gone: it would bring back a stale plan.
  await page.getByRole('button', { name: 'Back to one scenario' }).click();
  await expect(undo).toBeVisible();
  await control(page, 'Level').selectOption('mid');
  await expect(undo).toHaveCount(0);
});

test('rename: a name is text everywhere, clamped to 40 characters', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await openPlanner(page, THREE);
  const field = page.getByLabel('Name of option B');
  await expect(field).toHaveValue('Senior hire');
  const hostile = '<img src=x onerror=alert(1)>"quoted", with commas <script>alert(2)</script>';
  await field.fill(hostile);
  await field.press('Enter');
  const kept = hostile.replace(/\s+/g, ' ').slice(0, 40).trim();
  await expect(tab(page, 'B').locator('.option-name')).toHaveText(kept);
  await expect(table(page).locator('thead')).toContainText(`B: ${kept}`);
  await expect(page.locator('.comparison img, .option-tabs img, .comparison script')).toHaveCount(0);
  await expect(page.locator('[role=status]').filter({ hasText: `Option B is called` })).toHaveCount(1);
  // The link carries it percent-encoded and brings it back the same (read once the address,
  // updated a moment after an edit, has it: read sooner it was the link from before).
  await expect(page).toHaveURL(/[?&]b=%3Cimg/);
  const url = page.url();
  expect(url).not.toContain('<');
  await page.goto(url);
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  await expect(tab(page, 'B').locator('.option-name')).toHaveText(kept);
  // Emptied: back to the default name.
  await page.getByLabel('Name of option B').fill('');
  await page.getByLabel('Name of option B').press('Enter');
  await expect(tab(page, 'B').locator('.option-name')).toHaveText('Senior');
  expect(dialogs).toBe(0);
});

test('a name of 10,000 characters in a link is replaced by the default, with a notice; a long one is cut to 40', async ({ page }) => {
  const base = './?v=2&level=mid&region=us&remote=0&start=2027-Q1&route=inhouse&b.level=senior';
  await openPlanner(page, `${base}&b=${encodeURIComponent(`<b>${'x'.repeat(10000)}`)}`);
  await expect(tab(page, 'B').locator('.option-name')).toHaveText('Senior');
  await expect(page.getByText(/is too long to be real; used the default/)).toBeVisible();
  expect(page.url().length).toBeLessThan(400);
  const long = `<b>"Ann", ${'y'.repeat(80)}`;
  await openPlanner(page, `${base}&b=${encodeURIComponent(long)}`);
  await expect(tab(page, 'B').locator('.option-name')).toHaveText(long.slice(0, 40));
  await expect(page.locator('.option-tabs b, .comparison b')).toHaveCount(0);
});

test('duplicate, make baseline and remove keep the options and the selection straight', async ({ page }) => {
  await openPlanner(page, './?v=2&level=junior&region=us&remote=0&start=2027-Q1&route=inhouse&b=Senior%20hire&b.level=senior&sel=b');
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(tabs(page)).toHaveCount(3);
  await expect(tab(page, 'C')).toHaveAttribute('aria-pressed', 'true');
  await expect(tab(page, 'C').locator('.option-name')).toHaveText('Senior hire (copy)');
  // A full plan cannot take a fourth, and says so in words.
  await expect(page.getByRole('button', { name: 'Add option' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Duplicate' })).toBeDisabled();
  await expect(page.getByText('Three options at most: remove one to add another.')).toBeVisible();

  await tab(page, 'B').click();
  await page.getByRole('button', { name: 'Make baseline' }).click();
  await expect(tab(page, 'A').locator('.option-name')).toHaveText('Senior hire');
  await expect(tab(page, 'A')).toHaveAttribute('aria-pressed', 'true');
  // Its default name now says how it differs from the new baseline.
  await expect(tab(page, 'B').locator('.option-name')).toHaveText('Junior');
  await expect(page.getByRole('button', { name: 'Make baseline' })).toBeDisabled();
  await expect(table(page).locator('thead th').nth(1)).toContainText('A: Senior hire');

  await tab(page, 'C').click();
  await page.getByRole('button', { name: 'Remove' }).click();
  await expect(tabs(page)).toHaveCount(2);
  await expect(tab(page, 'B')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[role=status]').filter({ hasText: 'Option removed' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Back to one scenario' }).click();
  await expect(tabs(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Comparison' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Your hire' })).toBeVisible();
  // What it says: which option's settings were kept (the one being edited, not the baseline).
  await expect(page.locator('[role=status]').filter({ hasText: 'Back to one scenario: option B, the one you were editing, is kept; the others are closed.' })).toHaveCount(1);
  await expect(page.locator('[role=status]').filter({ hasText: 'Now editing option' })).toHaveCount(0);
  await expect(page).toHaveURL(/v=1&level=junior/);
});

for (const [label, claim, a, b] of [
  ['Junior vs senior', 'hire a junior to save $40K a year', 'Junior, in-house', 'Senior'],
  ['In-house vs agency', 'agency fee runs 20 to 25 percent', 'Mid-level, in-house', 'Agency'],
  ['Search now vs a quarter later', 'close 42 percent faster', 'Mid-level, in-house', /^Opens /],
  ['On site vs 12% remote', '10 to 15 percent lower', 'Mid-level, in-house', '12% remote'],
]) {
  test(`ready-made comparison: ${label}`, async ({ page }) => {
    await openPlanner(page, './?level=mid&region=us&remote=0&start=2027-Q1&route=inhouse');
    await page.locator('summary', { hasText: 'Compare options' }).click();
    const button = page.getByRole('button', { name: label, exact: true });
    // The claim is the button's description, with its source named.
    const described = await button.getAttribute('aria-describedby');
    await expect(page.locator(`[id="${described}"]`)).toContainText(claim);
    await expect(page.locator(`[id="${described}"]`)).toContainText("KORE1's 2026 guide");
    await button.click();
    await expect(tabs(page)).toHaveCount(2);
    await expect(page.getByRole('heading', { name: 'Comparison', exact: true })).toBeFocused();
    await expect(tab(page, 'A').locator('.option-name')).toHaveText(a);
    await expect(tab(page, 'B').locator('.option-name')).toHaveText(b);
    await expect(tab(page, 'B')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.comparison-sentences li')).toHaveCount(1);
    await expect(table(page).locator('tbody tr')).toHaveCount(14);
  });
}

test('a link with three options opens the same comparison in a fresh browser', async ({ page, browser }) => {
  await openPlanner(page, THREE);
  await tab(page, 'C').click();
  await control(page, 'Remote discount').fill('10');
  await control(page, 'Remote discount').press('Enter');
  await expect(page).toHaveURL(/c\.remote=10/);
  await page.waitForTimeout(500);
  const url = page.url();
  expect(url.length).toBeLessThan(2000);
  const read = async (p) => ({
    head: await table(p).locator('thead').innerText(),
    body: await table(p).locator('tbody').innerText(),
    pressed: await p.locator('.option-tab[aria-pressed="true"] .option-letter').innerText(),
  });
  const here = await read(page);
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await openPlanner(fresh, url);
  expect(await read(fresh)).toEqual(here);
  expect(here.pressed).toBe('C');
  await context.close();
});

test('a version-1 link opens one scenario, exactly as before', async ({ page }) => {
  await openPlanner(page, './?v=1&level=senior&region=msa-41940&remote=10&start=2027-Q2&route=agency');
  await expect(tabs(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Comparison' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Your hire' })).toBeVisible();
  await expect(page).toHaveURL(/\?v=1&level=senior&region=msa-41940&remote=10&start=2027-Q2&route=agency$/);
});

test('a saved comparison comes back on the bare address', async ({ page }) => {
  await openPlanner(page, THREE);
  await control(page, 'Hiring route').selectOption('contract');
  await page.waitForTimeout(600);
  await openPlanner(page, './');
  await expect(tabs(page)).toHaveCount(3);
  await expect(tab(page, 'B').locator('.option-name')).toHaveText('Senior hire');
  await expect(control(page, 'Hiring route')).toHaveValue('contract');
});

test('keyboard only: add, switch, rename and remove without a pointer', async ({ page }) => {
  await openPlanner(page, './?level=mid&region=us&remote=0&start=2027-Q1&route=inhouse');
  await page.locator('summary', { hasText: 'Compare options' }).focus();
  await page.keyboard.press('Enter');
  // The panel's buttons are fetched once the summary takes focus: a keyboard user tabs on once
  // they are in sight (pressed at once, on a busy machine, Tab went past the loading line).
  await expect(page.getByRole('button', { name: 'Add an option' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add an option' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tab(page, 'B')).toBeFocused();
  await expect(tabs(page)).toHaveCount(2);
  await tab(page, 'A').focus();
  await page.keyboard.press('Space');
  await expect(tab(page, 'A')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Tab');
  await expect(tab(page, 'B')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tab(page, 'B')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Name of option B')).toBeFocused();
  await page.keyboard.type('Keyboard pick');
  await page.keyboard.press('Enter');
  await expect(tab(page, 'B').locator('.option-name')).toHaveText('Keyboard pick');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Duplicate' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Remove' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tabs(page)).toHaveCount(0);
});

test('axe: zero violations with three options, the data tables open, light and dark', async ({ page }) => {
  const violations = async () => {
    await page.evaluate(axeSource);
    return page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    });
  };
  await openPlanner(page, THREE);
  await page.locator('summary', { hasText: 'Ready-made comparisons' }).click();
  const show = page.getByRole('button', { name: 'Show data table' });
  while ((await show.count()) > 0) await show.first().click();
  expect(await violations()).toEqual([]);
  await openPlanner(page, `${THREE}&theme=dark`);
  expect(await violations()).toEqual([]);
});

test('at 375 px the comparison reads without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openPlanner(page, THREE);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const region = page.locator('.comparison-table');
  expect(await region.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(1);
  // Each figure is a card naming every option's value and difference.
  const card = table(page).locator('tr[data-row="year-one"]');
  await expect(card.locator('td').nth(2)).toHaveAttribute('data-label', 'B vs A');
});

test('at 375 px a name typed without spaces wraps in every heading and on paper', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const long = 'W'.repeat(40);
  await openPlanner(page, THREE.replace('b=Senior%20hire', `b=${long}`));
  // (Their regions are named for option B, not as scrollToSections waits for them.)
  await scrollToSections(page, { settled: false });
  // The headings naming option B (its budget, its assumptions) wrapped nowhere: the page was
  // 868 px wide.
  await expect(page.getByRole('heading', { name: `Quarterly budget of option B: ${long}` })).toBeVisible();
  await expect(page.getByRole('heading', { name: `Assumptions & sources of option B: ${long}` })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  // On paper B's column heading filled the width, and B's and C's quarters fell off the page.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 700, height: 900 });
  const quarters = page.locator('.print-comparison-quarters');
  await expect(quarters.getByRole('table')).toBeVisible();
  expect(await quarters.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test('the CSV of a comparison: every option, the differences from A, the quarters on one calendar', async ({ page }) => {
  const hostile = 'Senior, "the" <b>hire</b>';
  await openPlanner(page, `./?v=2&level=junior&region=us&remote=0&start=2027-Q1&route=inhouse&b=${encodeURIComponent(hostile)}&b.level=senior&c=${encodeURIComponent('=HYPERLINK(1)')}&c.level=senior&c.route=agency&c.oh=30&sel=b`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^hireplan-comparison-\d{4}-Q\d\.csv$/);
  const text = await readFile(await download.path(), 'utf8');
  const rows = parseCsv(text.slice(1));
  expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  const row = (label) => rows.find((r) => r[0] === label);
  expect(row('Share link')[1]).toBe(page.url());
  // Names come back as typed; one that a spreadsheet would run as a formula is defused.
  expect(row('B')[1]).toBe(hostile);
  expect(row('C')[1]).toBe("'=HYPERLINK(1)");
  expect(row('C')[3]).toMatch(/30/);
  // The key figures agree with the page's comparison table.
  const shown = await rowCells(page, 'year-one');
  const money = (t) => Number(t.replace(/[^\d.-]/g, ''));
  const yearOne = row('Year-one cash');
  expect(Number(yearOne[1])).toBe(money(shown[0]));
  expect(Number(yearOne[2])).toBe(money(shown[1]));
  expect(Number(yearOne[4])).toBeCloseTo(Number(yearOne[2]) - Number(yearOne[1]), 2);
  // Quarterly rows: each option's cash and cumulative, then B − A and C − A.
  const header = rows.findIndex((r) => r[0] === 'Quarter');
  expect(rows[header].slice(1, 3)).toEqual(['A: Junior, in-house: cash', 'A: Junior, in-house: cumulative']);
  const first = rows[header + 1];
  expect(first[0]).toMatch(/^\d{4} Q\d$/);
  expect(Number(first[7])).toBeCloseTo(Number(first[3]) - Number(first[1]), 2);
});

test("the charts' data tables and descriptions cover every option", async ({ page }) => {
  await openPlanner(page, THREE);
  const cost = page.locator('#cost-chart-table');
  await page.getByRole('button', { name: 'Show data table' }).first().click();
  await expect(cost.locator('thead')).toContainText('Senior hire');
  await expect(cost.locator('thead')).toContainText('Senior, agency');
  await expect(cost.locator('thead')).toContainText('Junior, in-house');
  const description = await page.locator('.chart-canvas').first().getAttribute('aria-label');
  expect(description).toContain('Senior hire');
  const ramp = await page.locator('.chart-canvas').nth(1).getAttribute('aria-label');
  expect(ramp).toMatch(/fully productive/);
  // A tooltip lists every option for the quarter under the pointer or the arrow keys.
  await page.locator('.chart-frame').first().focus();
  await page.keyboard.press('End');
  await expect(page.locator('.chart-tooltip').first()).toContainText('Senior hire');
  await expect(page.locator('.chart-tooltip').first()).toContainText('Junior, in-house');
});

test('embed: a host opens a comparison from its link and hides the comparison controls', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await openPlanner(page, `${THREE}&embed=1&layout=compact&hide=compare`);
  await expect(page.locator('.option-tabs')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /add an option/i })).toHaveCount(0);
  await page.getByText('More figures, ramp-up, budget & sources').click();
  await expect(page.getByRole('button', { name: /add an option/i })).toHaveCount(0);
  await expect(page.locator('.ready-made')).toHaveCount(0);
  await expect(table(page)).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the compact embed compares the four headline figures, and says the full planner has all', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await openPlanner(page, `${THREE}&embed=1&layout=compact`);
  const rows = page.locator('.comparison-table tbody tr');
  await expect(rows).toHaveCount(4);
  expect(await rows.evaluateAll((r) => r.map((row) => row.dataset.row))).toEqual(['year-one', 'annual', 'time-to-hire', 'full-productivity']);
  await expect(page.locator('.comparison-more')).toHaveText('4 headline figures here; the full planner compares all 14.');
  // The cards below the comparison are the selected option's, and say so in sight (a reviewer
  // read them as A's, or as the whole comparison's, when only a screen reader was told).
  // (A clipped 1 px box counts as visible to Playwright: its height says it is in sight.)
  const whose = page.getByRole('heading', { name: 'Key figures of option B: Senior hire' });
  expect((await whose.boundingBox()).height).toBeGreaterThan(10);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  test.info().annotations.push({ type: 'compact comparison height at 320 px', description: `${height} px` });
  // The full planner compares every figure.
  await openPlanner(page, THREE);
  await expect(page.locator('.comparison-table tbody tr')).toHaveCount(14);
  await expect(page.locator('.comparison-more')).toHaveCount(0);
});

test('a ready-made comparison can be undone where the visitor lands, and while comparing starts from the baseline', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openPlanner(page, THREE);
  await page.locator('summary', { hasText: 'Ready-made comparisons' }).click();
  await page.getByRole('button', { name: 'In-house vs agency', exact: true }).click();
  await expect(tabs(page)).toHaveCount(2);
  // From A (junior, in-house), not from the option that was being edited (B, senior).
  await expect(tab(page, 'A').locator('.option-name')).toHaveText('Junior, in-house');
  // The page takes the visitor to the comparison, screens above the panel on a phone: the
  // undo is offered there, in view.
  const undoHere = page.locator('.comparison').getByRole('button', { name: 'Undo: bring back the options before' });
  await expect(undoHere).toBeInViewport();
  await undoHere.click();
  await expect(tabs(page)).toHaveCount(3);
  await expect(tab(page, 'B').locator('.option-name')).toHaveText('Senior hire');
  await expect(page.getByRole('button', { name: /^Undo/ })).toHaveCount(0);
  // The panel's own undo does the same.
  await page.getByRole('button', { name: 'In-house vs agency', exact: true }).click();
  await expect(tabs(page)).toHaveCount(2);
  await page.locator('.ready-made').getByRole('button', { name: 'Undo: bring back the options before' }).click();
  await expect(tabs(page)).toHaveCount(3);
  await expect(page.getByRole('button', { name: /^Undo/ })).toHaveCount(0);
});

test("the name field holds the name of the option the controls edit, after a ready-made comparison and its undo", async ({ page }) => {
  // B, named "Senior hire", is being edited; a ready-made comparison replaces the options and
  // B stays selected. The field had kept the old B's name, and typing in it brought it back.
  await openPlanner(page, THREE);
  const field = page.getByLabel('Name of option B', { exact: true });
  const heading = page.locator('#controls-heading');
  await expect(field).toHaveValue('Senior hire');
  await page.locator('summary', { hasText: 'Ready-made comparisons' }).click();
  await page.getByRole('button', { name: 'Junior vs senior', exact: true }).click();
  await expect(heading).toHaveText('Option B: Senior');
  // B has its default name: the field is empty, the name its placeholder.
  await expect(field).toHaveValue('');
  await expect(field).toHaveAttribute('placeholder', 'Senior');
  // Undone, the options before come back, and the field with them.
  await page.locator('.comparison').getByRole('button', { name: 'Undo: bring back the options before' }).click();
  await expect(tabs(page)).toHaveCount(3);
  await expect(field).toHaveValue('Senior hire');
  // A space typed at the end stays while typing (the name kept is cleaned, the field is not).
  await field.press('End');
  await field.pressSequentially(' x');
  await expect(field).toHaveValue('Senior hire x');
  await expect(tab(page, 'B').locator('.option-name')).toHaveText('Senior hire x');
  // Another ready-made comparison, B again selected: typing adds to what the field shows.
  await page.getByRole('button', { name: 'Search now vs a quarter later', exact: true }).click();
  await expect(heading).toHaveText(/^Option B: Opens /);
  await expect(field).not.toHaveValue(/Senior hire/);
  const typedBefore = await field.inputValue();
  await field.press('End');
  await field.pressSequentially('!');
  await expect(tab(page, 'B').locator('.option-name')).toHaveText(`${typedBefore}!`);
  await expect(heading).toHaveText(`Option B: ${typedBefore}!`);
});

test('typing a name and then clicking a button: the click is not lost', async ({ page }) => {
  await openPlanner(page, './?v=2&level=junior&region=us&remote=0&start=2027-Q1&route=inhouse&b=&b.level=senior&sel=b');
  await page.getByLabel('Name of option B').fill('Senior via a staffing agency, remote');
  await expect(tab(page, 'B').locator('.option-name')).toHaveText('Senior via a staffing agency, remote');
  await page.getByRole('button', { name: 'Add option' }).click();
  await expect(tabs(page)).toHaveCount(3);
  await expect(tab(page, 'C')).toBeFocused();
  await page.getByRole('button', { name: 'Make baseline' }).click();
  await expect(tab(page, 'A')).toBeFocused();
  await expect(page.locator('.plan-status').first()).toContainText('their letters and colours follow their places');
});

test('the embed code keeps "a quarter later" a quarter later, whenever a visitor opens it', async ({ page }) => {
  await openPlanner(page, './?v=2&level=mid&region=us&remote=0&start=2027-Q1&route=inhouse&b=Later&b.start=2027-Q2');
  const code = await page.getByLabel('Embed code').inputValue();
  const query = code.match(/data-hireplan="([^"]*)"/)[1].replaceAll('&amp;', '&');
  // A's start rolls (each visitor's next quarter); B's is written as its distance from A's.
  expect(query).not.toMatch(/(^|&)(b\.)?start=/);
  expect(query).toContain('&b.later=1');
  // Opened by a visitor, B's search still opens a quarter after A's (in the full layout: the
  // compact one compares the headline figures only, and the start date is not one of them).
  await openPlanner(page, `./?${query.replace('layout=compact', 'layout=full')}&embed=1`);
  const opens = await rowCells(page, 'start');
  const quarter = (text) => {
    const [month, , year] = text.replace(',', '').split(' ');
    return Number(year) * 4 + Math.floor(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].indexOf(month) / 3);
  };
  expect(opens.length).toBeGreaterThanOrEqual(2);
  // The start row gives each option's start date; B's lies a quarter (give or take the days
  // each search takes) after A's.
  expect(quarter(opens[1]) - quarter(opens[0])).toBe(1);
});

test('the embed code keeps a search opening now opening on each visitor\'s day, and the later one a quarter after', async ({ page }) => {
  await openPlanner(page, './');
  // The browser's current and next quarter, as the planner writes them.
  const [current, next] = await page.evaluate(() => {
    const day = new Date();
    const year = day.getFullYear();
    const q = Math.floor(day.getMonth() / 3) + 1;
    return [`${year}-Q${q}`, q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`];
  });
  await openPlanner(page, `./?v=2&level=mid&region=us&remote=0&start=${current}&route=inhouse&b=Later&b.start=${next}`);
  const code = await page.getByLabel('Embed code').inputValue();
  const query = code.match(/data-hireplan="([^"]*)"/)[1].replaceAll('&amp;', '&');
  // A: one quarter before the visitor's next, that is the visitor's own; B: one after A.
  expect(query).toContain('&later=-1&');
  expect(query).toContain('&b.later=1');
  expect(query).not.toMatch(/(^|&)(b\.)?(start|opens)=/);
  await openPlanner(page, `./?${query.replace('layout=compact', 'layout=full')}&embed=1`);
  const start = control(page, 'Start quarter: when the search opens');
  await expect(start).toHaveValue(current);
  await tab(page, 'B').click();
  await expect(start).toHaveValue(next);
});

test('an old comparison link opened later: every option counts, and its searches move together', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2027-01-05T10:00:00'));
  // "Now or a quarter later", shared on Dec 1, 2026; B (selected) opens Jan 1, A and C on Dec 1.
  await openPlanner(page, './?v=2&level=mid&region=us&remote=0&start=2026-Q4&route=inhouse&opens=2026-12-01&b=&b.start=2027-Q1&c=&c.level=senior&sel=b');
  const notice = page.getByRole('status', { name: 'Search date in the past' });
  await expect(notice).toContainText('The first search of these options opens on Dec 1, 2026, before today (Jan 5, 2027)');
  await notice.getByRole('button', { name: 'Open the searches from today' }).click();
  await expect(notice).toHaveCount(0);
  // A and C open today (Jan 5 + 40 and + 52 days), B still a quarter later (Apr 1 + 40 days).
  // Read as they are redrawn (the table may still be loading, or show the old dates, for a moment).
  const starts = table(page).locator('tr[data-row="start"] td');
  await expect(starts.nth(0)).toHaveText('Feb 14, 2027');
  await expect(starts.nth(1)).toHaveText(/^May 11, 2027/);
  await context.close();
});

test("at 375 px the charts' data tables are a card per row: every option's values in sight, still a table", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openPlanner(page, THREE);
  await page.getByRole('button', { name: 'Show data table' }).first().click();
  const region = page.locator('#cost-chart-table');
  const table = region.getByRole('table');
  await expect(table).toBeVisible();
  // Nothing scrolls sideways: B's and C's columns are in the card, each value beside its name.
  expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  // Nor up and down in a box of its own: the cards read in the page's scroll.
  expect(await region.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(0);
  const firstRow = table.locator('tbody tr').first();
  const cells = await firstRow.getByRole('cell').evaluateAll((tds) =>
    tds.map((td) => ({ label: getComputedStyle(td, '::before').content, right: td.getBoundingClientRect().right })),
  );
  expect(cells.length).toBeGreaterThanOrEqual(6);
  expect(cells.some((c) => c.label.includes('Senior, agency'))).toBe(true);
  for (const c of cells) expect(c.right).toBeLessThanOrEqual(375);
  // To a screen reader it is still the table with its column headers.
  await expect(table.getByRole('columnheader').first()).toBeAttached();
  expect(await table.ariaSnapshot()).toMatch(/- rowheader "\d{4} Q\d"/);
});
