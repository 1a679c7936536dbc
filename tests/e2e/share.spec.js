// Scenarios that travel: the link finance opens, the browser that remembers, hostile links,
// the CSV and the printout. By label and role, as a person would.
import { readFile } from 'node:fs/promises';
import { test, expect, openPlanner, figure, guard, parseCsv } from './fixtures.js';

const CONTROLS = ['Level', 'Region', 'Remote discount', 'Start quarter: when the search opens', 'Hiring route'];
const OVERHEAD = 'Benefits, payroll taxes and overhead, on top of salary';

const control = (page, label) => page.getByLabel(label, { exact: true });

/** What a person sees: every key figure's text and every control's value. */
async function snapshot(page) {
  const state = {};
  // Every key figure card (a named group), with its value and detail.
  // (Only the cards: the embed panel's fieldset is a group too, and arrives when its code has.)
  state.figures = (await page.locator('.figure[role="group"]').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
  expect(state.figures.length).toBeGreaterThanOrEqual(8);
  for (const label of CONTROLS) state[label] = await control(page, label).inputValue();
  state.overhead = await page.getByLabel(OVERHEAD).inputValue();
  return state;
}

/** A scenario unlike the defaults in every input, with one edited assumption. */
async function editScenario(page) {
  await control(page, 'Level').selectOption({ label: 'Senior (7+ years)' });
  await control(page, 'Region').selectOption({ label: 'San Jose-Sunnyvale-Santa Clara, CA' });
  await control(page, 'Remote discount').fill('12');
  const quarter = control(page, 'Start quarter: when the search opens');
  const values = await quarter.locator('option').evaluateAll((os) => os.map((o) => o.value));
  await quarter.selectOption(values[2]);
  await control(page, 'Hiring route').selectOption({ label: 'Staffing agency (direct hire)' });
  await page.getByLabel(OVERHEAD).fill('30');
  // The address follows after a short pause (Safari limits replaceState calls).
  await expect(page).toHaveURL(/oh=30/);
  return values[2];
}

test('a link opened in a fresh browser reproduces the scenario exactly', async ({ page, browser }) => {
  await openPlanner(page);
  const quarter = await editScenario(page);
  const url = page.url();
  expect(url).toContain('level=senior');
  expect(url).toContain('route=agency');
  expect(url).toContain(`start=${quarter}`);
  expect(url).toContain('remote=12');
  await expect(page.getByLabel('Share link')).toHaveValue(url);
  const sent = await snapshot(page);

  const context = await browser.newContext();
  const finance = await context.newPage();
  const problems = guard(finance);
  await openPlanner(finance, url);
  expect(await snapshot(finance)).toEqual(sent);
  await expect(finance.getByRole('img', { name: /^Cash cost over/ })).toHaveAttribute(
    'aria-label',
    await page.getByRole('img', { name: /^Cash cost over/ }).getAttribute('aria-label'),
  );
  expect(finance.url()).toBe(url);
  await expect(finance.getByRole('status', { name: 'Restored scenario' })).toHaveCount(0);
  expect(problems).toEqual([]);
  await context.close();
});

test('the bare address restores the last scenario, and Start fresh forgets it', async ({ page }) => {
  await openPlanner(page);
  await editScenario(page);
  const edited = await snapshot(page);
  await openPlanner(page, './');
  await expect(page.getByText('Showing the scenario from your last visit.')).toBeVisible();
  expect(await snapshot(page)).toEqual(edited);
  await page.getByRole('button', { name: 'Start fresh' }).click();
  await expect(figure(page, 'Planning salary')).toContainText('$101,000');
  await expect(control(page, 'Level')).toHaveValue('mid');
  await expect(page.getByText('Showing the scenario from your last visit.')).toHaveCount(0);
});

test('a link wins over the stored scenario', async ({ page }) => {
  await openPlanner(page);
  await editScenario(page);
  await openPlanner(page, './?level=junior');
  await expect(control(page, 'Level')).toHaveValue('junior');
  await expect(control(page, 'Region')).toHaveValue('us');
  await expect(figure(page, 'Planning salary')).toContainText('$90,000');
});

for (const [name, script] of [
  ['throws', () => Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } })],
  ['is null', () => Object.defineProperty(window, 'localStorage', { get: () => null })],
  ['refuses writes', () => { Storage.prototype.setItem = () => { throw new DOMException('Quota exceeded', 'QuotaExceededError'); }; }],
]) {
  test(`the planner works the same when storage ${name}`, async ({ page }) => {
    await page.addInitScript(script);
    await openPlanner(page);
    await expect(figure(page, 'Planning salary')).toContainText('$101,000');
    await control(page, 'Level').selectOption('senior');
    await expect(figure(page, 'Planning salary')).toContainText('$155,000');
    await expect(page).toHaveURL(/level=senior/);
    // Reloading the link still works: the address carries the scenario.
    await page.reload();
    await expect(figure(page, 'Planning salary')).toContainText('$155,000');
    await expect(page.getByRole('img', { name: /^Cash cost over/ })).toBeVisible();
  });
}

test('a hostile link falls back to defaults, says so, and runs nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => { dialogs++; dialog.dismiss(); });
  const params = new URLSearchParams();
  params.append('level', 'wizard');
  params.append('remote', '-55');
  params.append('oh', 'NaN');
  params.append('fee', '1e308');
  params.append('start', 'banana');
  params.append('region', '<img src=x onerror=alert(1)>');
  params.append('tjr', 'x'.repeat(10_000));
  params.append('level', 'senior');
  params.append('bogus', '<script>alert(2)</script>');
  await openPlanner(page, `./?${params}`);

  const notice = page.getByRole('status').filter({ hasText: 'Part of this link could not be used' });
  await expect(notice).toBeVisible();
  for (const words of [
    '“wizard” is not a level; used Mid-level',
    'remote discount of “-55” is outside 0–30%; used 0%',
    '“NaN” is not a number; used 25%',
    '“1e308” is outside 0% – 40%; used 40%',
    '“banana” is not a quarter like 2027-Q2',
    '“<img src=x onerror=alert(1)>” is not a region',
    'too long to be real',
    'gives “level” more than once; used the first',
    'Ignored “bogus”',
  ]) {
    await expect(notice).toContainText(words);
  }
  // Defaults (the agency fee clamped to its maximum does not touch the in-house route).
  await expect(figure(page, 'Planning salary')).toContainText('$101,000');
  await expect(figure(page, 'All-in annual cost')).toContainText('$126,250');
  await expect(control(page, 'Level')).toHaveValue('mid');
  await expect(control(page, 'Region')).toHaveValue('us');
  // Nothing from the address became markup, and no script ran (the page's own inline scripts
  // are two: the boot script in <head> and Trunk's loader).
  expect(await page.evaluate(() => document.querySelectorAll('img, script:not([src])').length)).toBeLessThanOrEqual(2);
  expect(await page.evaluate(() => document.querySelector('img[src="x"]'))).toBeNull();
  expect(dialogs).toBe(0);
  // The address is tidied to what is used.
  expect(page.url()).not.toContain('wizard');
  expect(page.url()).toContain('fee=40');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});


const money = (text) => Number(text.replace(/[$,]/g, ''));

test('the CSV download matches the quarterly budget table', async ({ page }) => {
  await openPlanner(page);
  await control(page, 'Hiring route').selectOption('agency');
  await expect(page).toHaveURL(/route=agency/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^hireplan-budget-\d{4}-Q\d-mid-us\.csv$/);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded hireplan-budget-' })).toBeVisible();
  const text = await readFile(await download.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text.endsWith('\r\n')).toBe(true);
  const rows = parseCsv(text.slice(1));
  const value = (label) => rows.find((r) => r[0] === label)?.[1];
  // An agency hire's budget has six columns (quarter, salary, overhead, hiring cost, total,
  // cumulative), as many as the assumptions block: no column empty throughout.
  expect(new Set(rows.map((r) => r.length))).toEqual(new Set([6]));
  for (let column = 0; column < 6; column++) expect(rows.some((r) => r[column] !== ''), `column ${column}`).toBe(true);
  // The bad-hire range as two numbers, and the start quarter's default.
  expect(Number(value('Bad-hire exposure, low (a risk, not in the totals)'))).toBeGreaterThan(0);
  expect(Number(value('Bad-hire exposure, high (a risk, not in the totals)'))).toBeGreaterThan(Number(value('Bad-hire exposure, low (a risk, not in the totals)')));
  expect(rows.find((r) => r[0] === 'Start quarter (the search opens)')[2]).toMatch(/^\d{4} Q\d$/);

  expect(value('Share link')).toBe(page.url());
  expect(value('Made on')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(value('Hiring route')).toBe('Staffing agency (direct hire)');
  expect(value(OVERHEAD)).toBe('25');
  expect(rows.find((r) => r[0] === OVERHEAD)[3]).not.toBe('');

  const table = page.getByRole('table', { name: 'Quarterly cash budget' });
  const shown = await table.locator('tbody tr, tfoot tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].filter((cell) => !cell.hidden).map((cell) => cell.textContent.trim())),
  );
  const header = rows.findIndex((r) => r[0] === 'Quarter');
  const quarterRows = rows.slice(header + 1, header + 1 + shown.length);
  expect(quarterRows.length).toBe(shown.length);
  expect(quarterRows.at(-1)[0]).toBe('Total');
  shown.forEach((cells, i) => {
    expect(quarterRows[i][0]).toBe(cells[0]);
    for (let column = 1; column < 6; column++) {
      // The table rounds to whole dollars, the file to cents, each fitted so that it adds up
      // (src/charts/describe.rs, quarters_as_shown): the cumulative is the exact one rounded
      // in both, a part or a total can take a dollar more or less to make its row add up.
      const apart = column === 5 ? 0.5 : 1.5;
      expect(Math.abs(Number(quarterRows[i][column]) - money(cells[column])), `${cells[0]} column ${column}`).toBeLessThanOrEqual(apart);
    }
    // Both add up as written: the parts make the total, in the table and in the file.
    if (cells[0] !== 'Total') {
      expect(money(cells[1]) + money(cells[2]) + money(cells[3]), `${cells[0]} in the table`).toBe(money(cells[4]));
      const cents = (cell) => Math.round(Number(cell) * 100);
      expect(cents(quarterRows[i][1]) + cents(quarterRows[i][2]) + cents(quarterRows[i][3]), `${cells[0]} in the file`).toBe(cents(quarterRows[i][4]));
    }
  });
  expect(Number(value('One-off hiring cost'))).toBeCloseTo(money((await figure(page, 'One-off hiring cost').locator('p').nth(1).innerText())), 0);
});

test('Copy link copies the address, or selects it where copying is refused', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openPlanner(page);
  await control(page, 'Level').selectOption('junior');
  await expect(page).toHaveURL(/level=junior/);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

  await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { get: () => undefined }));
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'did not let HirePlan copy' })).toBeVisible();
  const field = page.getByLabel('Share link');
  await expect(field).toBeFocused();
  const selected = await field.evaluate((input) => input.value.slice(input.selectionStart, input.selectionEnd));
  expect(selected).toBe(page.url());
});

test('printing gives the figures, both charts, the table and the sources, without controls', async ({ page }) => {
  await openPlanner(page);
  await control(page, 'Level').selectOption('senior');
  await expect(page).toHaveURL(/level=senior/);
  const url = page.url();
  await page.emulateMedia({ media: 'print' });
  for (const label of CONTROLS) await expect(control(page, label)).toBeHidden();
  for (const name of ['Download CSV', 'Copy link', 'Print', 'Show data table', 'Restore all defaults']) {
    await expect(page.getByRole('button', { name }).first()).toBeHidden();
  }
  await expect(page.getByRole('img', { name: /^Cash cost over/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^The hire / })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Quarterly cash budget' })).toBeVisible();
  await expect(figure(page, 'Planning salary')).toContainText('$155,000');
  await expect(page.getByRole('heading', { name: 'Assumptions & sources' })).toBeVisible();
  await expect(page.getByText('BLS Occupational Employment and Wage Statistics').first()).toBeVisible();
  await expect(page.getByText(`Share link: ${url}`)).toBeVisible();
  // The inputs, as text.
  await expect(page.getByRole('term').filter({ hasText: /^Level$/ })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: /^Senior \(7\+ years\)$/ })).toBeVisible();
  // One light document.
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);
});
