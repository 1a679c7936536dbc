// What a new user hit first (issue 9): narrow embeds that froze the page, a search that
// opened in the past, sloppy words, and edits finance could not see. Each test failed on the
// code before the fix.
import { test, expect, openPlanner, scrollToSections, figure, guard } from './fixtures.js';

const START = 'Start quarter: when the search opens';
const OVERHEAD = 'Benefits, payroll taxes and overhead, on top of salary';

/** Both charts drawn at least once since the page loaded. */
async function chartsDrawn(page) {
  await expect.poll(() => page.evaluate(() => window.__hireplanDraws || 0)).toBeGreaterThanOrEqual(2);
}

/** The planner at `path` in a window `width` px wide (a partner's sidebar), in a context
 *  of its own: close it when done. */
async function openAtWidth(browser, width, path) {
  const context = await browser.newContext({ viewport: { width, height: 700 } });
  const page = await context.newPage();
  await openPlanner(page, path);
  return { context, page };
}

for (const width of [160, 200, 240]) {
  for (const embed of [false, true]) {
    test(`the planner works at ${width} px wide${embed ? ' in embed mode' : ''}, on every route`, async ({ browser }) => {
      for (const [route, fee] of [['inhouse', '$4,700'], ['agency', '$20,200']]) {
        for (const scale of [1, 3]) {
          const context = await browser.newContext({ viewport: { width, height: 700 }, deviceScaleFactor: scale });
          const page = await context.newPage();
          const problems = guard(page);
          await openPlanner(page, `./?route=${route}${embed ? '&embed=1' : ''}`);
          await chartsDrawn(page);
          await expect(figure(page, 'One-off hiring cost')).toContainText(fee);
          // Nothing wider than the frame, the assumptions opened too.
          if (embed) await page.locator('summary', { hasText: 'Assumptions' }).click();
          expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `sideways scroll, ${route} at ${scale}x`).toBeLessThanOrEqual(0);
          // Still answering: a change redraws the figures and both charts.
          const draws = await page.evaluate(() => window.__hireplanDraws);
          await page.getByLabel('Level', { exact: true }).selectOption('senior');
          await expect(figure(page, 'Planning salary')).toContainText('$155,000');
          await expect.poll(() => page.evaluate(() => window.__hireplanDraws)).toBeGreaterThanOrEqual(draws + 2);
          // Print layout redraws the charts at another width: still no panic.
          await page.emulateMedia({ media: 'print' });
          await page.setViewportSize({ width: width + 1, height: 700 });
          await page.emulateMedia({ media: 'screen' });
          await page.getByLabel('Level', { exact: true }).selectOption('junior');
          await expect(figure(page, 'Planning salary')).toContainText('$90,000');
          await expect(page.locator('#crash-notice')).toHaveCount(0);
          expect(problems, `${route} at ${scale}x`).toEqual([]);
          await context.close();
        }
      }
    });
  }
}

test('in a narrow embed every control shows its whole choice, wrapped, not cut at the box', async ({ browser }) => {
  // A review at 200 px read "Mid-level (4–6" and "In-house searc": a select's label is one
  // line, cut where its box ends.
  for (const width of [160, 200, 240]) {
    const { context, page } = await openAtWidth(browser, width, './?v=1&route=agency&start=2027-Q2&embed=1&layout=compact');
    const cut = await page.locator('.controls-panel select').evaluateAll((all) => all.map((select) => {
      const style = getComputedStyle(select);
      const measure = document.createElement('canvas').getContext('2d');
      measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const label = select.options[select.selectedIndex].text;
      // The room for the label: the box less its padding and the arrow (about 1.5 em).
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 1.5 * parseFloat(style.fontSize);
      const lines = Math.ceil(measure.measureText(label).width / room);
      const lineHeight = parseFloat(style.lineHeight) || 1.2 * parseFloat(style.fontSize);
      // At least as many lines as the label needs, by its width alone (words make it more).
      return { label, lines, tall: select.clientHeight >= lines * lineHeight };
    }).filter((s) => !s.tall));
    expect(cut, `${width} px`).toEqual([]);
    // Still a choice made as any other: by keyboard, the figures following.
    await page.locator('#route').focus();
    await page.locator('#route').selectOption('inhouse');
    await expect(figure(page, 'All-in annual cost')).toBeVisible();
    await expect(page.locator('.scenario-sentence')).toContainText('in-house');
    await context.close();
  }
});

test('in a narrow embed the ramp-up chart has room to climb', async ({ browser }) => {
  // Its legend, drawn in the canvas, takes most of the chart in a sidebar: at 160 px the
  // plot had 54 px between the first week and full productivity (a review could not read it).
  for (const width of [160, 200, 240]) {
    const { context, page } = await openAtWidth(browser, width, './?embed=1&layout=full');
    await chartsDrawn(page);
    const chart = page.locator('figure[aria-labelledby="ramp-chart-title"]');
    // The readout follows the keyboard to each week's point on the curve: from the first to
    // the last (full productivity), how far it climbs on screen.
    await chart.locator('.chart-frame').focus();
    const pointAt = async (key) => {
      await page.keyboard.press(key);
      return chart.locator('.chart-tooltip').evaluate((e) => parseFloat(e.style.top));
    };
    const climb = (await pointAt('Home')) - (await pointAt('End'));
    expect(climb, `${width} px`).toBeGreaterThanOrEqual(100);
    await context.close();
  }
});

test('in a narrow embed each budget value stands at the right under its name, apart from the next name, and every button fits its panel', async ({ browser }) => {
  for (const width of [160, 240]) {
    const { context, page } = await openAtWidth(browser, width, './?v=1&level=senior&region=us&layout=compact&embed=1');
    await page.locator('summary', { hasText: 'More figures' }).click();
    await scrollToSections(page);
    const cells = page.locator('.budget-panel tbody td:not([hidden])');
    await expect(cells.first()).toBeVisible();
    // Each value's text against its cell's right edge, whether it sits beside its name or
    // under it (a value left under its name read as the next name's).
    const gaps = await cells.evaluateAll((all) => all.filter((td) => td.offsetParent !== null).map((td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      const text = range.getBoundingClientRect();
      const cell = td.getBoundingClientRect();
      return { label: td.dataset.label, value: td.textContent, gap: cell.right - text.right };
    }));
    expect(gaps.length, `${width} px`).toBeGreaterThan(8);
    for (const g of gaps) expect(g.gap, `${g.label} ${g.value} at ${width} px`).toBeLessThanOrEqual(1);
    // Every button within its panel ("Download CSV" stood out of the budget's at 160 px).
    const outside = await page.locator('.button').evaluateAll((all) => all.filter((b) => b.offsetParent !== null).map((b) => {
      const button = b.getBoundingClientRect();
      const panel = b.closest('.panel, .results').getBoundingClientRect();
      return { name: b.textContent, out: Math.max(button.right - panel.right, panel.left - button.left) };
    }).filter((b) => b.out > 0));
    expect(outside, `${width} px`).toEqual([]);
    // The sections fetched on demand are no boxes within the "More figures" box: at 160 px
    // the second padding and border broke "Cumulative" in two.
    for (const section of ['.budget-panel', '.assumptions-panel']) {
      const box = await page.locator(`.more ${section}`).first().evaluate((e) => {
        const style = getComputedStyle(e);
        return `${style.paddingLeft} ${style.borderLeftWidth}`;
      });
      expect(box, `${section} at ${width} px`).toBe('0px 0px');
    }
    await context.close();
  }
});

test('a search in the current quarter opens today, and the label says it is when the search opens', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-30T10:00:00'));
  await openPlanner(page);
  const start = page.getByLabel(START, { exact: true });
  await expect(start).toHaveValue('2027-Q1');
  await expect(start.locator('option', { hasText: '2026 Q4' })).toHaveText('2026 Q4 (opens today, Nov 30): searches close faster');
  await expect(page.getByText('The search opens on the quarter\'s first day, or today in the current quarter.')).toBeVisible();
  await start.selectOption('2026-Q4');
  // Today + 40 × (1 − 42%) = 23.2 → 23 days: Dec 23, not Oct 24.
  await expect(figure(page, 'Time to hire')).toContainText('23 days');
  await expect(figure(page, 'Time to hire')).toContainText('starts Dec 23, 2026');
  await figure(page, 'Time to hire').getByText('Show the math').click();
  await expect(figure(page, 'Time to hire')).toContainText('Dec 23, 2026 = Nov 30, 2026 (the search opens) + 23 days to hire.');
  await expect(page.locator('.scenario-sentence')).toContainText('the search opening on Nov 30, 2026 (2026 Q4)');
  await expect(page).toHaveURL(/start=2026-Q4&route=inhouse&opens=2026-11-30/);
  // A later quarter opens on its first day again.
  await start.selectOption('2027-Q2');
  await expect(figure(page, 'Time to hire')).toContainText('starts May 11, 2027');
  await expect(page).not.toHaveURL(/opens=/);
});

test('a link keeps its search date when opened later, and says it is in the past', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = guard(page);
  await page.clock.setFixedTime(new Date('2027-03-01T10:00:00'));
  await openPlanner(page, './?v=1&level=mid&region=us&remote=0&start=2026-Q4&route=inhouse&opens=2026-11-30');
  await expect(figure(page, 'Time to hire')).toContainText('starts Dec 23, 2026');
  const notice = page.getByRole('status', { name: 'Search date in the past' });
  await expect(notice).toContainText("This plan's search opens on Nov 30, 2026, before today (Mar 1, 2027)");
  await notice.getByRole('button', { name: 'Open the search today' }).click();
  // Mar 1, 2027 + 40 days (not Q4) = Apr 10, 2027.
  await expect(figure(page, 'Time to hire')).toContainText('starts Apr 10, 2027');
  await expect(notice).toHaveCount(0);
  expect(problems).toEqual([]);
  await context.close();
});

test('the ramp chart explains months 2–3 as the article does', async ({ page }) => {
  await openPlanner(page);
  const ramp = page.getByRole('img', { name: /^The hire reaches full productivity/ });
  await expect(ramp).toHaveAttribute('aria-label', /new engineers then make bigger decisions while still missing the team's context/);
  await expect(ramp).not.toHaveAttribute('aria-label', /most expensive period/);
});

test('the Allowed column shows the real limits, and rounding is said', async ({ page }) => {
  await openPlanner(page);
  await scrollToSections(page);
  // By id: once edited, the "Changed from the defaults" list has a Restore button naming it too.
  const median = page.locator('#assumption-smed');
  const row = page.getByRole('row').filter({ has: median });
  await expect(row).toContainText('$122,000 – $225,000 (a band keeps low ≤ median ≤ high)');
  await median.fill('50000');
  await median.press('Enter');
  await expect(row).toContainText("Adjusted: can't be below “Senior (7+ yrs): low” ($122,000): a band keeps low ≤ median ≤ high; using $122,000.");
  const days = page.locator('#assumption-tmid');
  await days.fill('3.5');
  await days.press('Enter');
  await expect(page.getByRole('row').filter({ has: days })).toContainText('Rounded to whole days: using 4 days (you typed 3.5).');
  await days.fill('1');
  await days.press('Enter');
  await expect(figure(page, 'Time to hire').locator('.figure-value')).toHaveText('1 day');
  await expect(figure(page, 'Time to hire')).not.toContainText(/\b1 days\b/);
});

test('an equal bad-hire range shows one amount', async ({ page }) => {
  await openPlanner(page, './?bh1=5');
  const exposure = page.getByRole('group', { name: /^Bad-hire exposure/ });
  await expect(exposure).toContainText('$505,000');
  await expect(exposure).not.toContainText('$505,000 – $505,000');
});

test('finance sees every changed assumption near the top, with its default, and can restore it', async ({ page }) => {
  await openPlanner(page, './?oh=30&fee=25&route=agency');
  const edits = page.getByRole('region', { name: /^Changed from the defaults/ });
  await expect(edits).toContainText('Changed from the defaults: 2 assumptions');
  await expect(edits).toContainText(`${OVERHEAD}: 30% (default 25%)`);
  await expect(edits).toContainText('Staffing agency fee, share of first-year salary: 25% (default 20%)');
  // Above the key figures, in the first screen of the results.
  const editsTop = (await edits.boundingBox()).y;
  const figuresTop = (await figure(page, 'Planning salary').boundingBox()).y;
  expect(editsTop).toBeLessThan(figuresTop);
  await expect(figure(page, 'All-in annual cost')).toContainText('$131,300');
  await edits.getByRole('button', { name: `Restore “${OVERHEAD}” to its default, 25%` }).click();
  await expect(figure(page, 'All-in annual cost')).toContainText('$126,250');
  await expect(edits).toContainText('Changed from the defaults: 1 assumption');
  await expect(page).not.toHaveURL(/oh=/);
  await edits.getByRole('button', { name: /^Restore “Staffing agency fee/ }).click();
  await expect(edits).toHaveCount(0);
});
