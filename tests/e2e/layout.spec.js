// Nothing on the desktop page is ever covered: the sticky "Your hire" panel stays beside the
// key figures and charts, never over the sections below them (issue 9, section 2). Each
// target is scrolled to the middle of the window, then `document.elementFromPoint` must find
// the target itself (or something inside it) at its centre and near both of its ends.
import { test, expect, openPlanner, scrollToSections } from './fixtures.js';

const SIZES = [
  { width: 1280, height: 900 },
  { width: 1920, height: 1080 },
];

/**
 * Scrolls `locator` into the middle of the window and lists what covers it: for each probe
 * point (centre, 2 px inside the left end, 2 px inside the right end, at half height) where
 * the topmost element is neither the target nor inside it, a description of that element.
 */
async function coverings(locator) {
  return locator.evaluate((el) => {
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    const r = el.getBoundingClientRect();
    const y = r.top + r.height / 2;
    const points = [
      ['centre', r.left + r.width / 2],
      ['left end', r.left + Math.min(2, r.width / 2)],
      ['right end', r.right - Math.min(2, r.width / 2)],
    ];
    const name = (node) => {
      if (!node) return 'nothing';
      const section = node.closest('section, figure, header, footer');
      const where = section ? ` in ${section.tagName.toLowerCase()}.${[...section.classList].join('.')}` : '';
      return `<${node.tagName.toLowerCase()} class="${node.className}">${where}`;
    };
    return points
      .map(([where, x]) => {
        const hit = document.elementFromPoint(x, y);
        return hit && (hit === el || el.contains(hit)) ? null : `${where} (${Math.round(x)}, ${Math.round(y)}): ${name(hit)}`;
      })
      .filter(Boolean);
  });
}

async function expectUncovered(locator, what) {
  await expect(locator, what).toBeVisible();
  expect(await coverings(locator), `${what} is covered`).toEqual([]);
}

/** The page with every section mounted (they mount one per task after the first render). */
async function openAll(page) {
  await openPlanner(page);
  await scrollToSections(page);
  for (const name of ['Quarterly budget', 'Assumptions & sources', 'Embed this planner']) {
    await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  }
}

for (const size of SIZES) {
  test.describe(`at ${size.width} × ${size.height}`, () => {
    test.use({ viewport: size });

    test('the quarterly budget and the chart data tables are never covered', async ({ page }) => {
      await openAll(page);
      // Open both charts' data tables.
      for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Show data table' }).first().click();
      await expect(page.getByRole('button', { name: 'Hide data table' })).toHaveCount(2);

      const budget = page.getByRole('region', { name: 'Quarterly budget' });
      await expectUncovered(budget.getByRole('heading', { name: 'Quarterly budget' }), 'the "Quarterly budget" heading');
      await expectUncovered(budget.getByLabel('Share link'), 'the share link field');

      const tables = [
        ['the quarterly budget table', page.getByRole('table', { name: 'Quarterly cash budget', exact: true })],
        ['the cost chart data table', page.getByRole('table', { name: /^Cash cost by quarter/ })],
        ['the ramp chart data table', page.getByRole('table', { name: /^Productivity by week/ })],
      ];
      for (const [what, table] of tables) {
        await expectUncovered(table.locator('thead tr').first().locator('th, td').first(), `${what}: first header cell`);
        await expectUncovered(table.locator('tbody tr').first().locator('th, td').first(), `${what}: first cell`);
        await expectUncovered(table.locator('tfoot tr, tbody tr').last().locator('th, td').first(), `${what}: last row's first cell`);
      }
    });

    test('every assumption name, its field and an error message are never covered', async ({ page }) => {
      await openAll(page);
      const panel = page.getByRole('region', { name: 'Assumptions & sources' });
      await expectUncovered(panel.getByRole('heading', { name: 'Assumptions & sources' }), 'the "Assumptions & sources" heading');

      const tables = panel.getByRole('table');
      const tableCount = await tables.count();
      expect(tableCount).toBeGreaterThan(1);
      for (let t = 0; t < tableCount; t++) {
        await expectUncovered(tables.nth(t).locator('thead th').first(), `assumptions table ${t + 1}: first header cell`);
      }

      const names = panel.getByRole('rowheader');
      const count = await names.count();
      expect(count).toBeGreaterThan(10);
      for (let i = 0; i < count; i++) {
        const name = names.nth(i);
        await expectUncovered(name, `assumption name "${await name.innerText()}"`);
      }

      // An invalid value in the first assumption: its message must be readable.
      const field = panel.getByRole('textbox').first();
      await field.fill('abc');
      await field.press('Enter');
      const message = panel.getByRole('status').filter({ hasText: '“abc” is not a number' });
      await expectUncovered(message, 'the first assumption\'s error message');
      await expectUncovered(field, 'the first assumption\'s field');
      await expectUncovered(names.first(), 'the first assumption\'s name, with its message shown');
    });

    test('the embed panel and its options are never covered', async ({ page }) => {
      await openAll(page);
      const panel = page.getByRole('region', { name: 'Embed this planner' });
      await expectUncovered(panel.getByRole('heading', { name: 'Embed this planner' }), 'the "Embed this planner" heading');
      await expectUncovered(panel.getByLabel('Embed theme'), 'the embed theme choice');
      await expectUncovered(panel.getByLabel('Accent colour'), 'the accent colour field');
      const boxes = panel.getByRole('checkbox');
      const count = await boxes.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        // The box and its whole label.
        await expectUncovered(boxes.nth(i), `hide checkbox ${i + 1}`);
        await expectUncovered(boxes.nth(i).locator('xpath=..'), `hide checkbox ${i + 1}'s label`);
      }
      await expectUncovered(panel.getByLabel('Embed code'), 'the embed code');
      await expectUncovered(panel.getByRole('button', { name: 'Copy embed code' }), 'the copy button');
    });
  });
}

// A laptop's window (1280 × 800) while comparing: the options' tabs and actions are about 480 px
// tall, and kept in one sticky box with the controls they had pushed three of the five controls
// out of the window, reachable only by scrolling inside the panel. Read beside either chart,
// every control and the heading naming the option it edits must be in the window, uncovered.
const THREE = './?v=2&level=junior&region=us&remote=0&start=2027-Q1&route=inhouse'
  + '&b=Senior%20hire&b.level=senior&c=&c.level=senior&c.route=agency&sel=b';
for (const [what, path, heading, size] of [
  ['comparing three options', THREE, 'Option B: Senior hire', { width: 1280, height: 800 }],
  ['one scenario', './', 'Your hire', { width: 1280, height: 800 }],
  // A 1366 × 768 laptop's window, under the browser's bars: the controls a little tighter
  // than the rest of the page fit it too (their last hint may fall below the card's edge).
  ['comparing three options', THREE, 'Option B: Senior hire', { width: 1366, height: 657 }],
]) {
  test.describe(`at ${size.width} × ${size.height}, ${what}`, () => {
    test.use({ viewport: size });

    test('beside each chart, all five controls and the heading naming what they edit are in the window, uncovered', async ({ page }) => {
      await openPlanner(page, path);
      for (const chart of ['cost', 'ramp']) {
        // The chart (title, legend, canvas) at the bottom of the window, as read beside them.
        const canvas = page.locator(`figure[aria-labelledby="${chart}-chart-title"] canvas`);
        await canvas.evaluate((e) => e.scrollIntoView({ block: 'end' }));
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const targets = [
          [`the ${chart} chart`, canvas],
          [`the heading "${heading}"`, page.getByRole('heading', { name: heading, exact: true })],
          ...['Level', 'Region', 'Remote discount', 'Start quarter: when the search opens', 'Hiring route']
            .map((name) => [`the ${name} control`, page.getByLabel(name, { exact: true })]),
        ];
        for (const [target, locator] of targets) {
          const box = await locator.boundingBox();
          expect(box, `${target} beside the ${chart} chart`).not.toBeNull();
          expect(box.y, `${target} beside the ${chart}: top in the window`).toBeGreaterThanOrEqual(0);
          expect(Math.floor(box.y + box.height), `${target} beside the ${chart}: bottom in the window`).toBeLessThanOrEqual(size.height);
          // In the window and not clipped by a box scrolled inside the panel: the element
          // itself is what the page shows at its centre and near both ends.
          const hidden = await locator.evaluate((el) => {
            const r = el.getBoundingClientRect();
            const y = r.top + r.height / 2;
            return [r.left + 2, r.left + r.width / 2, r.right - 2].filter((x) => {
              const hit = document.elementFromPoint(x, y);
              return !(hit && (hit === el || el.contains(hit)));
            }).length;
          });
          expect(hidden, `${target} beside the ${chart} chart is covered or clipped`).toBe(0);
        }
      }
    });
  });
}
