// Accessibility beyond a score: axe-core on every state a visitor can reach (full page, open
// data tables, embed mode, dark theme), the keyboard path through the controls with visible
// focus, and reflow at 200 % zoom and 320 px.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { test, expect, openPlanner } from './fixtures.js';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on the page (all rules, best practices included), in short form. */
async function violations(page) {
  // Evaluated through the DevTools protocol, so the page's strict CSP does not block it.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

async function openEveryTable(page) {
  const show = page.getByRole('button', { name: 'Show data table' });
  while ((await show.count()) > 0) await show.first().click();
  await expect(page.getByRole('button', { name: 'Hide data table' })).toHaveCount(2);
}

test('axe: the full page, with and without the data tables', async ({ page }) => {
  await openPlanner(page);
  expect(await violations(page)).toEqual([]);
  await openEveryTable(page);
  expect(await violations(page)).toEqual([]);
});

test('axe: embed mode with an accent and a hidden control', async ({ page }) => {
  await openPlanner(page, './?embed=1&accent=ff6600&hide=region&region=msa-41940');
  await page.getByText('Assumptions & sources: see and edit every number').click();
  expect(await violations(page)).toEqual([]);
});

test('axe: the dark theme, tables and notices open', async ({ page }) => {
  await openPlanner(page, './?theme=dark&level=wizard');
  await expect(page.getByText('Part of this link could not be used')).toBeVisible();
  await openEveryTable(page);
  await page.getByRole('group', { name: 'Planning salary', exact: true }).getByText('Show the math').click();
  expect(await violations(page)).toEqual([]);
});

test('the keyboard reaches every control in order, with a visible focus', async ({ page }) => {
  await openPlanner(page);
  const expected = ['Skip to the figures', 'Level', 'Region', 'Remote discount', 'Start quarter: when the search opens', 'Hiring route'];
  const reached = [];
  for (let i = 0; i < expected.length; i++) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const name = el.labels?.[0]?.textContent.trim() || el.textContent.trim();
        return `${name}${visible ? '' : ' (no visible focus)'}`;
      }),
    );
  }
  expect(reached).toEqual(expected);
  // The skip link lands on the figures.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Key figures' })).toBeFocused();
  // Every button, link and field further down is reachable too: none is taken out of the
  // tab order.
  const unreachable = await page.evaluate(() =>
    [...document.querySelectorAll('button, a[href], input, select, textarea, summary')]
      .filter((el) => el.tabIndex < 0 && el.getClientRects().length > 0)
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  expect(unreachable).toEqual([]);
});

for (const [what, viewport] of [
  ['200 % zoom of a 1280 px window', { width: 640, height: 450 }],
  ['a 320 px phone', { width: 320, height: 640 }],
]) {
  test(`the page reflows without sideways scrolling at ${what}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openPlanner(page);
    await openEveryTable(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('img', { name: /^Cash cost over/ })).toBeVisible();
  });
}
