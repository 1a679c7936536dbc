// The two charts in a real browser: drawn, redrawn on every input, crisp on HiDPI, readable
// through a tooltip (pointer and keyboard) and through their data tables.
import { test, expect, openPlanner, figure } from './fixtures.js';

const costChart = (page) => page.getByRole('img', { name: /^Cash cost over/ });
const rampChart = (page) => page.getByRole('img', { name: /^The hire / });

/** The tooltip's heading: its first line. */
const tooltipTitle = async (tooltip) => (await tooltip.innerText()).split('\n')[0].trim();

/** Which row of the tooltip has this label. */
const tooltipRowIndex = async (tooltip, label) =>
  (await tooltip.getByRole('term').allInnerTexts()).map((t) => t.trim()).indexOf(label);

/** A digest of a canvas's pixels, and how many are not plain background. */
async function pixels(canvas) {
  return canvas.evaluate((picture) => {
    const c = picture.querySelector('canvas');
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    let hash = 0;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      hash = (hash * 31 + data[i] * 7 + data[i + 1] * 3 + data[i + 2]) | 0;
      if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) inked++;
    }
    return { hash, inked, total: data.length / 4 };
  });
}

test('both charts are drawn after load, with accessible names', async ({ page }) => {
  await openPlanner(page);
  for (const chart of [costChart(page), rampChart(page)]) {
    await expect(chart).toBeVisible();
    const { inked, total } = await pixels(chart);
    expect(inked / total).toBeGreaterThan(0.05);
  }
  await expect(costChart(page)).toHaveAttribute('aria-label', /Cash cost over 8 quarters \(\d{4} Q\d to \d{4} Q\d\): \$[\d,]+; the hire starts \w{3} \d+, \d{4}/);
  await expect(page.getByRole('figure', { name: 'All-in cost by quarter' })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Projected ramp-up productivity' })).toBeVisible();
});

test('the charts are already drawn when the planner takes over from the prerendered page', async ({ page }) => {
  // At the moment the planner's page replaces the prerendered one, both pictures hold a
  // drawn chart of the figures shown (drawn while the page was built apart), not a blank.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.documentElement?.hasAttribute('data-ready')) return;
      observer.disconnect();
      window.__inkedAtSwap = [...document.querySelectorAll('#app .chart-canvas > canvas')].map((c) => {
        if (!c.width || !c.height) return 0;
        const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
        let inked = 0;
        // Drawn pixels: not transparent (a canvas nothing was drawn on) and not background.
        for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) inked++;
        return inked / (data.length / 4);
      });
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
  });
  // The default scenario, and a link to another one (its prerendered figures pending, hidden).
  for (const path of ['./', './?v=1&level=senior&region=msa-41940&route=agency']) {
    await openPlanner(page, path);
    const inked = await page.evaluate(() => window.__inkedAtSwap);
    expect(inked, path).toHaveLength(2);
    for (const share of inked) expect(share, path).toBeGreaterThan(0.05);
  }
});

test('on the default page the charts are drawn in the prerendered page, before the planner takes over, as the planner draws them', async ({ page }) => {
  // The wasm's first tasks draw both charts into the prerendered page's canvases: seen there
  // while <html> is not yet ready, and the same pictures as the planner's page then shows.
  await page.addInitScript(() => {
    const digest = (c) => {
      const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
      let hash = 0;
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) {
        hash = (hash * 31 + data[i] * 7 + data[i + 1] * 3 + data[i + 2] + data[i + 3] * 11) | 0;
        if (data[i + 3] > 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) inked++;
      }
      return { hash, inked: inked / (data.length / 4), width: c.width };
    };
    window.__digest = digest;
    window.__early = {};
    new MutationObserver((records) => {
      // Not the planner's page being swapped in, nor the canvases the parser puts in the page
      // (no size set: a drawn canvas has one; the parser's records can arrive after it is done).
      if (document.documentElement.hasAttribute('data-ready')) return;
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeName !== 'CANVAS' || !node.hasAttribute('width')) continue;
          const title = node.closest('figure')?.querySelector('figcaption')?.id;
          if (title && node.isConnected) window.__early[title] = digest(node);
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await openPlanner(page);
  const early = await page.evaluate(() => window.__early);
  expect(Object.keys(early).sort()).toEqual(['cost-chart-title', 'ramp-chart-title']);
  const final = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('figure.chart')].map((f) => [f.querySelector('figcaption').id, window.__digest(f.querySelector('.chart-canvas > canvas'))])));
  for (const title of ['cost-chart-title', 'ramp-chart-title']) {
    expect(early[title].inked, title).toBeGreaterThan(0.05);
    expect(early[title], title).toEqual(final[title]);
  }
});

test('a link to another scenario draws nothing into the prerendered page it hides', async ({ page }) => {
  await page.addInitScript(() => {
    window.__drawnWhilePending = 0;
    new MutationObserver((records) => {
      if (document.documentElement.hasAttribute('data-ready')) return;
      for (const record of records) for (const node of record.addedNodes) if (node.nodeName === 'CANVAS' && node.hasAttribute('width') && node.isConnected) window.__drawnWhilePending++;
    }).observe(document, { childList: true, subtree: true });
  });
  await openPlanner(page, './?v=1&level=senior&region=msa-41940&route=agency');
  expect(await page.evaluate(() => window.__drawnWhilePending)).toBe(0);
});

test('both charts redraw when level, region, remote discount or start quarter change', async ({ page }) => {
  await openPlanner(page);
  const changes = [
    ['Level', async () => page.getByLabel('Level', { exact: true }).selectOption('senior')],
    ['Region', async () => page.getByLabel('Region', { exact: true }).selectOption({ label: 'Texas' })],
    ['Remote discount', async () => page.getByLabel('Remote discount', { exact: true }).fill('12')],
    ['Start quarter: when the search opens', async () => {
      const select = page.getByLabel('Start quarter: when the search opens', { exact: true });
      const values = await select.locator('option').evaluateAll((os) => os.map((o) => o.value));
      const current = await select.inputValue();
      await select.selectOption(values.find((v) => v !== current));
    }],
  ];
  for (const [name, change] of changes) {
    const before = [await pixels(costChart(page)), await pixels(rampChart(page))];
    const labelBefore = await costChart(page).getAttribute('aria-label');
    await change();
    await expect.poll(async () => (await pixels(costChart(page))).hash, { message: `cost chart after ${name}` }).not.toBe(before[0].hash);
    await expect.poll(async () => (await pixels(rampChart(page))).hash, { message: `ramp chart after ${name}` }).not.toBe(before[1].hash);
    expect(await costChart(page).getAttribute('aria-label'), name).not.toBe(labelBefore);
  }
});

test('the data tables match the key figures', async ({ page }) => {
  await openPlanner(page);
  const costFigure = page.getByRole('figure', { name: 'All-in cost by quarter' });
  await costFigure.getByRole('button', { name: 'Show data table' }).click();
  await expect(costFigure.getByRole('button', { name: 'Hide data table' })).toHaveAttribute('aria-expanded', 'true');
  const table = costFigure.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(1 + 8 + 1);
  const totals = table.getByRole('row').last();
  const hiring = (await figure(page, 'One-off hiring cost').locator('p').nth(1).innerText()).trim();
  await expect(totals.getByRole('cell').nth(2)).toHaveText(hiring);
  // Each quarter's cumulative equals the sum of the totals so far.
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent.replace(/[^0-9]/g, '')))),
  );
  let running = 0;
  for (const cells of rows) {
    running += cells[3];
    expect(Math.abs(cells[4] - running)).toBeLessThanOrEqual(rows.indexOf(cells) + 1);
  }

  const rampFigure = page.getByRole('figure', { name: 'Projected ramp-up productivity' });
  await rampFigure.getByRole('button', { name: 'Show data table' }).click();
  const fullDate = (await figure(page, 'Fully productive').locator('p').nth(1).innerText()).trim();
  await expect(rampFigure.getByRole('listitem').filter({ hasText: 'Fully productive' })).toHaveText(`Fully productive: ${fullDate}`);
  await expect(rampFigure.getByRole('row').filter({ hasText: 'Fully productive' }).getByRole('cell').nth(1)).toHaveText('100%');
});

test('pointing at a bar shows that quarter in a tooltip', async ({ page }) => {
  await openPlanner(page);
  const costFigure = page.getByRole('figure', { name: 'All-in cost by quarter' });
  await costFigure.getByRole('button', { name: 'Show data table' }).click();
  const box = await costChart(page).boundingBox();
  // Somewhere over the middle of the plot: the tooltip names a quarter and gives its total.
  await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.7);
  const tooltip = costFigure.getByRole('status');
  await expect(tooltip).toBeVisible();
  const quarter = await tooltipTitle(tooltip);
  const row = costFigure.getByRole('row').filter({ has: page.getByRole('rowheader', { name: quarter, exact: true }) });
  const total = (await row.getByRole('cell').nth(3).innerText()).trim();
  expect(await tooltip.getByRole('definition').nth(await tooltipRowIndex(tooltip, 'Total')).innerText()).toBe(total);
  await page.mouse.move(box.x - 50, box.y - 50);
  await expect(tooltip).toBeHidden();
});

test('arrow keys move between quarters and weeks', async ({ page }) => {
  await openPlanner(page);
  const costFrame = page.getByRole('group', { name: /All-in cost by quarter: point at it/ });
  await costFrame.focus();
  await page.keyboard.press('ArrowRight');
  const tooltip = page.getByRole('figure', { name: 'All-in cost by quarter' }).getByRole('status');
  const first = await tooltipTitle(tooltip);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const third = await tooltipTitle(tooltip);
  const [y1, q1] = first.split(' Q').map(Number);
  const [y3, q3] = third.split(' Q').map(Number);
  expect(y3 * 4 + q3 - (y1 * 4 + q1)).toBe(2);
  await page.keyboard.press('End');
  await expect.poll(() => tooltipTitle(tooltip)).toMatch(/Q\d$/);
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();

  const rampFrame = page.getByRole('group', { name: /Projected ramp-up productivity: point at it/ });
  await rampFrame.focus();
  await page.keyboard.press('Home');
  const rampTip = page.getByRole('figure', { name: 'Projected ramp-up productivity' }).getByRole('status');
  await expect(rampTip).toContainText('Week 0');
  await expect(rampTip).toContainText('Productivity0%');
  for (let i = 0; i < 13; i++) await page.keyboard.press('ArrowRight');
  await expect(rampTip).toContainText('Week 13');
  await expect(rampTip).toContainText('Productivity100%');
});

test.describe('on a phone at devicePixelRatio 2', () => {
  test.use({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 2 });

  test('canvas backing store is CSS size × 2 and nothing overflows', async ({ page }) => {
    await openPlanner(page);
    for (const chart of [costChart(page), rampChart(page)]) {
      const size = await chart.evaluate((p) => { const c = p.querySelector('canvas'); return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight }; });
      expect(size.w).toBe(Math.round(size.cw * 2));
      expect(size.h).toBe(Math.round(size.ch * 2));
      expect(size.cw).toBeLessThanOrEqual(375);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('charts follow their container when the window is resized', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openPlanner(page);
  const wide = await costChart(page).evaluate((p) => p.querySelector('canvas').width);
  await page.setViewportSize({ width: 700, height: 900 });
  await expect.poll(() => costChart(page).evaluate((p) => p.querySelector('canvas').width)).toBeLessThan(wide);
  const size = await costChart(page).evaluate((p) => { const c = p.querySelector('canvas'); return { w: c.width, cw: c.clientWidth }; });
  expect(size.w).toBe(size.cw);
});

test('charts are redrawn sharp when the screen\'s density changes without a resize', async ({ page }) => {
  // A window moved to a screen of another density: the device-pixel ratio changes, the
  // window's CSS size does not, and browsers send no resize, only a change to a media query
  // for the old ratio. Headless Chromium's emulated density sends neither, so the test sends
  // the change the browser would, to the queries the page asked for.
  await page.addInitScript(() => {
    const matchMedia = window.matchMedia.bind(window);
    window.resolutionQueries = [];
    window.matchMedia = (query) => {
      const list = matchMedia(query);
      if (query.includes('resolution')) window.resolutionQueries.push(list);
      return list;
    };
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await openPlanner(page);
  const backing = (chart) => chart.evaluate((p) => { const c = p.querySelector('canvas'); return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight }; });
  const before = await backing(costChart(page));
  expect(before.w).toBe(before.cw);
  await page.evaluate(() => { window.resizes = 0; addEventListener('resize', (e) => { if (e.isTrusted) window.resizes += 1; }); });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 900, deviceScaleFactor: 2, mobile: false });
  await expect.poll(() => page.evaluate(() => devicePixelRatio)).toBe(2);
  await page.evaluate(() => {
    for (const list of window.resolutionQueries) if (!list.matches) list.dispatchEvent(new Event('change'));
  });
  for (const chart of [costChart(page), rampChart(page)]) {
    await expect.poll(async () => { const b = await backing(chart); return [b.w / b.cw, b.h / b.ch]; }).toEqual([2, 2]);
  }
  // The new density is watched in turn, and no resize came from the browser (which would
  // have had the charts follow it anyway).
  expect(await page.evaluate(() => window.resolutionQueries.map((list) => list.matches))).toEqual([false, true]);
  expect(await page.evaluate(() => window.resizes)).toBe(0);
});
