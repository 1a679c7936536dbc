// Without JavaScript the prerendered page is all there is: it must read as a worked example.
// Scripts are off twice here: Playwright's `javaScriptEnabled: false` (the page's scripts never
// run) and the browser's own setting, as a visitor who turned JavaScript off has it (only then
// does Chromium's parser show <noscript> content: the emulation alone keeps it hidden).
import { test, expect, figure } from './fixtures.js';

test.use({
  javaScriptEnabled: false,
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--blink-settings=scriptEnabled=false'],
  },
});

test('the page reads as a worked example with its figures and tables', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('p.noscript')).toContainText('The interactive planner needs JavaScript');
  await expect(page.getByText(/^A worked example, as of /)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('What will a backend developer really cost');
  await expect(figure(page, 'Planning salary')).toContainText('$101,000');
  await expect(figure(page, 'All-in annual cost')).toBeVisible();
  // Their math opens without a script (<details>).
  await figure(page, 'Planning salary').getByText('Show the math').click();
  await expect(figure(page, 'Planning salary').locator('details li').first()).toBeVisible();
  // The data behind both charts, in place of canvases no script draws.
  await expect(page.getByRole('table', { name: 'Cash cost by quarter (the data behind the chart)' })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Productivity by week/ })).toBeVisible();
  await expect(page.locator('canvas').first()).toBeHidden();
  // The inputs in words, not controls that would do nothing.
  await expect(page.getByLabel('Level', { exact: true })).toBeHidden();
  await expect(page.locator('.inputs-in-words')).toContainText('Mid-level');
  await expect(page.getByRole('heading', { name: 'Quarterly budget' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Quarterly cash budget' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Assumptions & sources' })).toBeVisible();
  // An assumption's value is text, not a box that looks as if it could be typed in.
  await page.locator('summary', { hasText: 'Employment cost' }).click();
  await expect(page.locator('#assumption-oh')).toHaveText('25');
  await expect(page.locator('#assumption-oh')).toHaveCSS('border-top-style', 'none');
  await expect(page.locator('input.number-input')).toHaveCount(0);
  // Nor a button, a promise or a menu that needs a script.
  await expect(page.getByRole('button', { name: 'Restore all defaults' })).toBeHidden();
  await expect(page.getByText('Edit any value')).toBeHidden();
  await page.locator('summary', { hasText: 'Contract and contract-to-hire' }).click();
  await expect(page.locator('.choice-input')).toBeHidden();
  await expect(page.locator('.choice-printed')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download CSV' })).toBeHidden();
  // Comparing is the planner's: its panel would open to nothing here.
  await expect(page.locator('.ready-made')).toBeHidden();
});

test('on a phone the data behind the charts reads without sideways scrolling', async ({ page }) => {
  // A review at 375 px found the cost table 734 px wide in 333, its caption cut, and the weekly
  // table's milestones out of sight to the right.
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('./');
  for (const name of ['Cash cost by quarter (the data behind the chart)', /^Productivity by week/]) {
    const table = page.getByRole('table', { name });
    await expect(table).toBeVisible();
    const [tableWidth, room] = await table.evaluate((t) => [t.getBoundingClientRect().width, t.closest('.chart-table').clientWidth]);
    expect(tableWidth, `${name}: ${tableWidth} px in ${room}`).toBeLessThanOrEqual(room + 0.5);
  }
  // The cost table is a card per quarter, each value naming its column, as in the planner.
  await expect(page.locator('.chart-table .card-table td[data-label="Salary"]').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
