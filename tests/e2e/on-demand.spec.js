// The parts a first visit does not need are fetched on demand (src/components/on_demand.rs,
// scripts/split-wasm.mjs): the comparison's table and charts, the CSV writer, the embed panel.
// A first render never fetches them; each arrives when used; one that cannot arrive is said in
// words and the rest of the planner keeps working.
import { test as base } from '@playwright/test';
import { test, expect, openPlanner, guard } from './fixtures.js';

/** A module fetched on demand: hireplan-<part>-<16 hex>.wasm (the main one is hireplan-<16 hex>_bg.wasm). */
const ON_DEMAND = /\/hireplan-[a-z_0-9]+-[0-9a-f]{16}\.wasm$/;

/** The parts fetched on demand that `page` has requested so far, by name. */
function watchModules(page) {
  const requested = [];
  page.on('request', (request) => {
    const url = request.url();
    if (ON_DEMAND.test(url)) requested.push(url.replace(/^.*\/hireplan-|-[0-9a-f]{16}\.wasm$/g, ''));
  });
  return requested;
}

test('a first render fetches no part on demand; the embed panel comes once the charts are drawn', async ({ page }) => {
  const requested = watchModules(page);
  const drawnWith = [];
  page.on('request', async (request) => {
    if (ON_DEMAND.test(request.url())) {
      drawnWith.push(await page.evaluate(() => window.__hireplanChartsDrawn ?? null).catch(() => 'closed'));
    }
  });
  await openPlanner(page);
  await expect(page.getByRole('heading', { name: 'Embed this planner' })).toBeVisible();
  expect(requested).toContain('embed_panel_view');
  expect(requested).not.toContain('comparison_table_view');
  expect(requested).not.toContain('comparison_charts_code');
  expect(requested).not.toContain('csv_file');
  // Each module on demand was asked for after both charts had been drawn.
  expect(drawnWith.length).toBeGreaterThan(0);
  for (const drawnAt of drawnWith) expect(typeof drawnAt).toBe('number');
});

test('comparing fetches the comparison, downloading fetches the CSV writer', async ({ page }) => {
  const requested = watchModules(page);
  await openPlanner(page, './?level=mid&region=us&remote=0&start=2027-Q1&route=inhouse');
  await page.locator('summary', { hasText: 'Compare options' }).click();
  await page.getByRole('button', { name: 'Junior vs senior', exact: true }).click();
  await expect(page.getByRole('table', { name: /Key figures of each option/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Comparison', exact: true })).toBeFocused();
  // Both charts describe the two options once the comparison's code is in.
  await expect(page.locator('.chart-canvas').first()).toHaveAttribute('aria-label', /\bA\b[\s\S]*\bB\b/);
  expect(requested).toEqual(expect.arrayContaining(['comparison_table_view', 'comparison_charts_code']));
  expect(requested).not.toContain('csv_file');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  expect(requested).toContain('csv_file');
});

base('a part that cannot be fetched is said in words, and the planner keeps working', async ({ page }) => {
  const problems = guard(page);
  await page.route(/hireplan-comparison_table_view-[0-9a-f]{16}\.wasm$/, (route) => route.abort('internetdisconnected'));
  await openPlanner(page, './?level=mid&region=us&remote=0&start=2027-Q1&route=inhouse');
  await page.locator('summary', { hasText: 'Compare options' }).click();
  await page.getByRole('button', { name: 'Add an option' }).click();
  await expect(page.getByRole('alert')).toContainText('HirePlan could not load the comparison table: check the connection, then reload the page.');
  // The rest of the comparison works: the controls edit B, the figures follow.
  await page.getByLabel('Level', { exact: true }).selectOption('senior');
  await expect(page.getByRole('heading', { name: 'Option B: Senior', exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Planning salary', exact: true })).toContainText('$155,000');
  // The failed fetch is the only thing the console reports: nothing panicked.
  expect(problems.filter((p) => !/Failed to load resource|internet|TypeError: Failed to fetch|net::ERR/i.test(p))).toEqual([]);
  expect(problems.some((p) => /pageerror|panicked|unreachable/i.test(p))).toBe(false);
});
