// The printout (issue 9, section 6), on Letter and A4: real PDFs from Chromium, read back with
// poppler's pdftotext (scripts/install-tools.sh installs it). Nothing is cut at the edges, the
// budget heading stays with its table, open "Show the math" explanations print and closed ones
// do not, and the embed panel is left out.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, openPlanner, figure } from './fixtures.js';

const PX_PER_MM = 96 / 25.4;
/** The @page margin of style/main.css, each side. */
const MARGIN_MM = 14;
const PAPERS = [
  { format: 'Letter', widthMm: 8.5 * 25.4 },
  { format: 'A4', widthMm: 210 },
];

// Large figures in every column: a senior hire in San Jose through an agency.
const WIDE = './?v=1&level=senior&region=msa-41940&remote=0&route=agency';
const OPEN_MATH = 'All-in annual cost';

const squash = (text) => text.replace(/\s+/g, ' ').trim();
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The planner with every section mounted and one "Show the math" opened. */
async function prepare(page) {
  await openPlanner(page, WIDE);
  for (const name of ['Quarterly budget', 'Assumptions & sources', 'Embed this planner']) {
    await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  }
  await figure(page, OPEN_MATH).getByText('Show the math').click();
  await expect(figure(page, OPEN_MATH).getByRole('listitem').first()).toBeVisible();
}

/** The PDF's text, page by page: `layout` keeps table rows on one line, `flow` is reading order, `words` are boxes in points. */
function readPdf(pdf, file) {
  writeFileSync(file, pdf);
  const run = (...args) => execFileSync('pdftotext', [...args, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = (text) => text.split('\f').slice(0, -1);
  const layout = pages(run('-layout'));
  const flow = pages(run());
  const words = [];
  const sizes = [];
  const bbox = run('-bbox');
  for (const m of bbox.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    sizes.push({ width: Number(m[1]), height: Number(m[2]) });
    words.push(
      [...m[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
        xMin: Number(w[1]),
        yMin: Number(w[2]),
        xMax: Number(w[3]),
        yMax: Number(w[4]),
        text: w[5],
      })),
    );
  }
  return { layout, flow, words, sizes };
}

for (const paper of PAPERS) {
  test(`${paper.format}: the budget prints whole under its heading, with the open math and without the embed panel`, async ({ page }) => {
    await prepare(page);

    const table = page.getByRole('table', { name: 'Quarterly cash budget', exact: true });
    const rows = await table.locator('tbody tr, tfoot tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.cells].filter((c) => !c.hidden).map((c) => c.innerText.trim())),
    );
    expect(rows.length).toBeGreaterThan(4);
    const maths = await page.getByRole('region', { name: 'Key figures' }).locator('details').evaluateAll((all) =>
      all.map((d) => ({ open: d.open, lines: [...d.querySelectorAll('li')].map((li) => li.textContent) })),
    );
    expect(maths.filter((m) => m.open)).toHaveLength(1);
    expect(maths.filter((m) => !m.open).length).toBeGreaterThan(3);

    // Each check is soft: a failing run reports every way the printout falls short.
    const pdf = await page.pdf({ format: paper.format });
    const { layout, flow, words, sizes } = readPdf(pdf, test.info().outputPath(`${paper.format}.pdf`));
    expect(layout.length).toBeGreaterThan(1);
    const all = layout.join('\n');

    // Nothing is cut: every word lies inside the printable area (14 mm margins, in points).
    const margin = (MARGIN_MM * 72) / 25.4;
    const outside = words.flatMap((page, i) =>
      page
        .filter((w) => w.xMin < margin - 1 || w.xMax > sizes[i].width - margin + 1)
        .map((w) => `page ${i + 1}: "${w.text}" at x ${w.xMin.toFixed(1)}–${w.xMax.toFixed(1)} of ${sizes[i].width.toFixed(1)} pt`),
    );
    expect.soft(outside, 'words outside the printable width').toEqual([]);

    // Every quarter's row, and the totals, print complete: all six values on one line, in order,
    // each ending where the on-screen value ends.
    const rowLine = (cells) => new RegExp(`(^|\\s)${cells.map(escape).join('\\s+')}(?![\\d,.])`, 'm');
    for (const cells of rows) expect.soft(all, `the budget row "${cells.join(' | ')}"`).toMatch(rowLine(cells));
    // Finance compares it with the CSV's cents: the printout says how its dollars are rounded.
    expect.soft(flow.join(' ').replace(/\s+/g, ' '), 'the rounding said').toContain('Whole dollars here, rounded so that every row and column adds up: a cell can differ by a dollar or two from the CSV, which keeps the cents.');

    // The heading, the table's header row and its first row are on one page.
    const pageOf = (re) => layout.findIndex((text) => re.test(text));
    const heading = pageOf(/^\s*Quarterly budget\s*$/m);
    expect.soft(heading, 'the "Quarterly budget" heading').toBeGreaterThanOrEqual(0);
    // (Only the first cells: whether a row is whole is checked above.)
    expect.soft(pageOf(/^\s*Quarter\s+Salary\s/m), 'the header row\'s page').toBe(heading);
    const firstRow = new RegExp(`^\\s*${escape(rows[0][0])}\\s+${escape(rows[0][1])}\\s`, 'm');
    expect.soft(pageOf(firstRow), 'the first row\'s page').toBe(heading);

    // The open explanation prints, the closed ones do not.
    const text = squash(flow.join(' '));
    for (const m of maths) {
      for (const line of m.lines) {
        const printed = text.includes(squash(line));
        expect.soft(printed, `"${line}" (${m.open ? 'open' : 'closed'} math) printed`).toBe(m.open);
      }
    }
    // (Long texts are compared as booleans: a failure names the text, not the whole PDF.)
    expect.soft(text.includes('Show the math'), 'the "Show the math" toggle printed').toBe(false);

    // The embed panel is for the screen only.
    expect.soft(text.includes('Embed this planner'), 'the embed panel printed').toBe(false);
    expect.soft(text.includes('Embed code'), 'the embed code printed').toBe(false);
  });

  test(`${paper.format} width: in print layout no table is wider than its container`, async ({ page }) => {
    // The printable width in CSS px: the paper less the @page margins.
    const width = Math.floor((paper.widthMm - 2 * MARGIN_MM) * PX_PER_MM);
    await page.setViewportSize({ width, height: 1000 });
    await prepare(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('table', { name: 'Quarterly cash budget', exact: true })).toBeVisible();
    const problems = await page.evaluate(() => {
      const out = [];
      const page = document.documentElement;
      if (page.scrollWidth > page.clientWidth) out.push(`the page: ${page.scrollWidth} > ${page.clientWidth} px`);
      for (const table of document.querySelectorAll('table')) {
        if (!table.getClientRects().length) continue;
        const name = table.caption ? table.caption.textContent : table.className;
        const box = table.parentElement;
        if (box.scrollWidth > box.clientWidth) out.push(`${name}: ${box.scrollWidth} > ${box.clientWidth} px`);
        const right = table.getBoundingClientRect().right;
        if (right > page.clientWidth + 0.5) out.push(`${name}: ends at ${right} px, the page at ${page.clientWidth} px`);
      }
      return out;
    });
    expect(problems).toEqual([]);
  });
}

test('a dark page prints its charts light, not as dark blocks', async ({ page }) => {
  await openPlanner(page, `${WIDE}&theme=dark`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The charts' background, read off each canvas's top-left pixel.
  const corners = () => page.locator('.chart-canvas > canvas').evaluateAll((canvases) =>
    canvases.map((c) => Array.from(c.getContext('2d').getImageData(0, 0, 1, 1).data.slice(0, 3))));
  const onScreen = await corners();
  expect(onScreen).toHaveLength(2);
  for (const rgb of onScreen) expect(Math.max(...rgb)).toBeLessThan(80);
  // Printing (the browser's menu sends `beforeprint`) redraws them on white paper, not on a
  // tinted box; after printing the page is dark again.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect.poll(corners).toEqual([[255, 255, 255], [255, 255, 255]]);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await expect.poll(corners).toEqual(onScreen);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const pdf = await page.pdf({ format: 'Letter' });
  const file = test.info().outputPath('dark.pdf');
  writeFileSync(file, pdf);
  // Every page as greyscale pixels: a dark chart is a block of thousands of near-black ones;
  // text, rules and the chart lines are thin. Measured: 2.3 % near black with the charts as
  // drawn on screen, 0.1 % printed light.
  const prefix = test.info().outputPath('dark-page');
  execFileSync('pdftoppm', ['-r', '30', '-gray', file, prefix]);
  let dark = 0;
  let all = 0;
  for (let n = 1; ; n++) {
    let pgm;
    try {
      pgm = readFileSync(`${prefix}-${n}.pgm`);
    } catch {
      try {
        pgm = readFileSync(`${prefix}-${String(n).padStart(2, '0')}.pgm`);
      } catch {
        break;
      }
    }
    // P5 <width> <height> <max> then the bytes.
    const header = pgm.subarray(0, 40).toString('latin1').split(/\s+/);
    const [width, height] = [Number(header[1]), Number(header[2])];
    const pixels = pgm.subarray(pgm.length - width * height);
    all += pixels.length;
    for (const v of pixels) if (v < 60) dark++;
  }
  expect(all).toBeGreaterThan(0);
  expect(dark / all, `${dark} of ${all} pixels near black`).toBeLessThan(0.005);
});

test('a comparison prints every option\'s quarters, from the Print button and from the browser\'s menu', async ({ page }) => {
  const three = './?v=2&level=junior&region=us&remote=0&start=2027-Q1&route=inhouse'
    + '&b=Senior%20hire&b.level=senior&c=&c.level=senior&c.route=agency&c.fee=15&sel=b';
  await openPlanner(page, three);
  const quarters = page.getByRole('table', { name: /^Cash by quarter of each option compared/ });
  const budget = page.locator('.budget-panel');
  // Not in the page until printing (it would be rebuilt on every edit).
  await expect(budget.locator('table')).toHaveCount(1);
  // The browser's menu: `beforeprint`, then the page as printed.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(budget.getByRole('table', { name: /^Cash by quarter of each option compared/ })).toBeVisible();
  const headings = await budget.locator('.print-comparison-quarters thead th').allInnerTexts();
  for (const name of ['Junior, in-house', 'Senior hire', 'Senior, agency']) {
    expect(headings.join(' | '), name).toContain(name);
  }
  const { layout } = readPdf(await page.pdf({ format: 'Letter' }), test.info().outputPath('comparison.pdf'));
  const printed = squash(layout.join(' '));
  expect(printed).toContain('Cash by quarter of each option compared');
  expect(printed).toContain('Senior hire');
  // The assumptions section prints the selected option's values (B's): what the others changed
  // from the defaults is printed with each option's description.
  expect(printed).toContain('Changed from the defaults:');
  expect(printed).toContain('Staffing agency fee, share of first-year salary: 15% (default 20%)');
  expect(printed.match(/All assumptions at their defaults\./g) ?? []).toHaveLength(2);
  // After printing it goes again; on screen it never shows.
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await expect(budget.locator('table')).toHaveCount(1);
  await page.emulateMedia({ media: 'screen' });
  // The Print button builds it before printing (print() itself is stubbed: no dialog here).
  await page.evaluate(() => { window.print = () => { window.__printedWith = document.querySelectorAll('.budget-panel table').length; }; });
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expect.poll(() => page.evaluate(() => window.__printedWith)).toBe(2);
  await expect(quarters).toBeHidden();
});

test('charts print at one size from a phone or a wide screen, and return to the screen\'s size after', async ({ browser }) => {
  for (const viewport of [{ width: 375, height: 740 }, { width: 1280, height: 900 }]) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await openPlanner(page, WIDE);
    const sizes = () => page.locator('.chart-canvas > canvas').evaluateAll((canvases) =>
      canvases.map((c) => [c.width, c.height]));
    const onScreen = await sizes();
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    // 680 × 300 CSS px at two device pixels each (components::charts::PRINTED_SIZE).
    await expect.poll(sizes).toEqual([[1360, 600], [1360, 600]]);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect.poll(sizes).toEqual(onScreen);
    await context.close();
  }
});
