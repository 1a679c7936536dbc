// Shared test fixture: every page fails its test on a console error or an uncaught exception,
// and the planner is loaded and ready before the test body runs.
import { test as base, expect } from '@playwright/test';

/** Collects the console errors and uncaught exceptions of `page` into the returned list. */
export function guard(page) {
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  return problems;
}

export const test = base.extend({
  page: async ({ page }, use) => {
    const problems = guard(page);
    await use(page);
    expect(problems, 'console errors and uncaught exceptions').toEqual([]);
  },
});

export { expect };

/** Opens the planner at `path` and waits until it has taken over the prerendered page (the
 *  page arrives as HTML and shows its headings before the planner runs: src/boot.rs marks
 *  `<html data-ready>` once the planner's own page is in place). */
export async function openPlanner(page, path = './') {
  await page.goto(path);
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Key figures' })).toBeVisible();
}

/**
 * Scrolls down to the quarterly budget and the assumptions, as a visitor reading the page does.
 * Their code is fetched and built once their prerendered sections come near the viewport
 * (src/components/on_demand.rs, `wanted_when_near`); with `settled`, waits until the planner's
 * own sections have replaced the prerendered ones.
 */
export async function scrollToSections(page, { settled = true } = {}) {
  for (const section of ['budget-panel', 'assumptions-panel']) {
    // Scrolled by the page itself: the section may be replaced by the planner's own while it
    // comes into view (the slot has no box of its own, display: contents; its section or
    // loading line has, the hidden marker beside them has none either).
    await page.evaluate((name) => {
      const shown = [...document.querySelectorAll(`.section-slot[data-section="${name}"] > *`)]
        .find((e) => e.getClientRects().length > 0);
      shown?.scrollIntoView({ block: 'start' });
    }, section);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  if (settled) {
    await expect(page.locator('.adopted')).toHaveCount(0);
    for (const name of ['Quarterly budget', 'Assumptions & sources']) {
      await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
    }
  }
}

/** The key figure card with this label. */
export const figure = (page, name) => page.getByRole('group', { name, exact: true });

/** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
export function parseCsv(text) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rows.at(-1).push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { rows.at(-1).push(field); field = ''; rows.push([]); i++; }
    else field += c;
  }
  if (field !== '' || rows.at(-1).length) rows.at(-1).push(field);
  else rows.pop();
  return rows;
}
