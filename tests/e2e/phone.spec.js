// The planner on a phone (issue 13, "Phones"): both charts within three screens, the budget
// without sideways scrolling and still a table to a screen reader, the assumptions as a list in
// groups a visitor opens, and an edit that survives a reload made at once.
import { test, expect, openPlanner, scrollToSections, figure } from './fixtures.js';

const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const BUDGET = 'Quarterly cash budget';
const OVERHEAD = 'Benefits, payroll taxes and overhead, on top of salary';

/** The page with every section mounted (they mount one per task after the first render). */
async function openAll(page, path = './') {
  await openPlanner(page, path);
  await scrollToSections(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const name of ['Quarterly budget', 'Assumptions & sources', 'Embed this planner']) {
    await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  }
}

/** How far the page scrolls sideways (0 when it does not). */
const sideways = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The top of `locator` in px from the top of the page. */
const pageTop = (locator) => locator.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

/** `table` reads as a card per quarter on the phone, without sideways scrolling, and stays a
 *  table to a screen reader. */
async function expectCardsPerQuarter(page, table) {
  await expect(table).toBeVisible();
  const box = table.locator('xpath=..');
  expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth), 'the table scrolls sideways').toBeLessThanOrEqual(0);
  expect(await sideways(page)).toBeLessThanOrEqual(0);

  // Each quarter is a card: its values one under the other, each beside its column's name.
  const headers = await table.getByRole('columnheader').allInnerTexts();
  expect(headers.length).toBeGreaterThan(2);
  const rows = table.locator('tbody tr, tfoot tr');
  const rowCount = await rows.count();
  expect(rowCount).toBeGreaterThan(2);
  for (let r = 0; r < rowCount; r++) {
    const cells = rows.nth(r).getByRole('cell');
    await expect(cells).toHaveCount(headers.length - 1);
    const shown = await cells.evaluateAll((tds) =>
      tds.map((td) => ({
        label: getComputedStyle(td, '::before').content,
        text: td.innerText,
        top: td.getBoundingClientRect().top,
        right: td.getBoundingClientRect().right,
      })),
    );
    shown.forEach((cell, c) => {
      // The label is the column's header, drawn beside the value (not a copy in the markup).
      expect(cell.label, `row ${r + 1}, cell ${c + 1}`).toContain(`"${headers[c + 1]}"`);
      if (c > 0) expect(cell.top, `row ${r + 1}, cell ${c + 1} under the one before`).toBeGreaterThan(shown[c - 1].top);
      expect(cell.right).toBeLessThanOrEqual(PHONE.width);
    });
  }

  // Every part names its role: some browsers drop a table's semantics with its CSS display.
  expect(await table.locator('thead, tbody, tfoot, tr, th, td').evaluateAll((parts) => parts.filter((p) => !p.getAttribute('role')).length)).toBe(0);
  // To a screen reader it is still the table: headers, row headers, and cells whose names are
  // the values alone (the drawn labels are left out of the accessibility tree).
  const snapshot = await table.ariaSnapshot();
  expect(snapshot).toContain(`- columnheader "${headers[1]}"`);
  expect(snapshot).toMatch(/- rowheader "\d{4} Q\d"/);
  expect(snapshot).toContain('- rowheader "Total"');
  expect(snapshot).toMatch(/- cell "\$[\d,]+"/);
  expect(snapshot).not.toMatch(new RegExp(`- cell "${headers[1]}`));
  await expect(table.getByRole('row')).toHaveCount(rowCount + 1);
  // Cells are announced with their column: Chromium maps them to the headers.
  const firstCell = table.getByRole('cell').first();
  await expect(firstCell).toHaveAccessibleName(/^\$[\d,]+$/);
}

test.describe('at 375 × 740', () => {
  test.use({ viewport: PHONE, deviceScaleFactor: 2 });

  test('both charts start within the first three screens, and every figure keeps its math', async ({ page }) => {
    await openAll(page);
    // Measured from the top of the page: the masthead and the controls come first.
    const ramp = page.getByRole('figure', { name: 'Projected ramp-up productivity' });
    await expect(ramp).toBeVisible();
    const rampTop = await pageTop(ramp);
    expect(rampTop, 'the ramp chart starts within three screens').toBeLessThan(3 * PHONE.height);
    const controlsTop = await pageTop(page.getByRole('region', { name: 'Your hire' }));
    expect(controlsTop).toBeLessThan(rampTop);

    const cards = page.getByRole('region', { name: 'Key figures' }).locator('.figures > [role="group"]');
    const count = await cards.count();
    expect(count).toBeGreaterThanOrEqual(8);
    for (let i = 0; i < count; i++) {
      const card = cards.nth(i);
      await expect(card).toBeVisible();
      for (const part of ['.figure-label', '.figure-value', '.figure-detail']) {
        await expect(card.locator(part), `figure ${i + 1}: ${part}`).toBeVisible();
        await expect(card.locator(part)).not.toHaveText('');
      }
      const box = await card.boundingBox();
      expect(box.x, `figure ${i + 1} inside the screen`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      // Its math opens from the keyboard and reads at full width.
      const toggle = card.getByText('Show the math');
      await toggle.focus();
      await page.keyboard.press('Enter');
      const lines = card.getByRole('listitem');
      await expect(lines.first()).toBeVisible();
      const opened = await card.boundingBox();
      expect(opened.width, `figure ${i + 1}'s math takes the row`).toBeGreaterThan(PHONE.width * 0.75);
      await page.keyboard.press('Enter');
      await expect(lines.first()).toBeHidden();
    }
    expect(await sideways(page)).toBeLessThanOrEqual(0);
  });

  test('the quarterly budget reads as a card per quarter without sideways scrolling, and stays a table', async ({ page }) => {
    await openAll(page, './?v=1&level=senior&region=msa-41940&remote=0&route=agency');
    await expectCardsPerQuarter(page, page.getByRole('table', { name: BUDGET, exact: true }));
  });

  test("the cost chart's data table, seven columns wide with contract-to-hire, is a card per quarter too", async ({ page }) => {
    // Found by a review: a table 896 px wide in a 333 px box, its caption cut, five columns
    // out of sight with no cue to scroll.
    await openPlanner(page, './?v=1&level=mid&region=us&remote=0&route=c2h');
    await page.getByRole('button', { name: 'Show data table' }).first().click();
    const table = page.getByRole('table', { name: /^Cash cost by quarter/ });
    await expect(table.getByRole('columnheader')).toHaveCount(7);
    await expectCardsPerQuarter(page, table);
    const caption = table.locator('caption');
    expect(await caption.evaluate((c) => c.scrollWidth - c.clientWidth), 'the caption is cut').toBeLessThanOrEqual(0);
  });

  test('the assumptions are a list in closed groups, each opened from the keyboard', async ({ page }) => {
    await openAll(page);
    const panel = page.getByRole('region', { name: 'Assumptions & sources' });
    const groups = panel.locator('details');
    const count = await groups.count();
    expect(count).toBeGreaterThan(1);
    // Closed: the whole panel is about a screen and a half, not pages of fields.
    expect((await panel.boundingBox()).height).toBeLessThan(2 * PHONE.height);
    await expect(panel.getByRole('textbox')).toHaveCount(0);

    for (let g = 0; g < count; g++) {
      const group = groups.nth(g);
      await expect(group).not.toHaveAttribute('open');
      await group.locator('summary').focus();
      await page.keyboard.press(g % 2 ? 'Space' : 'Enter');
      await expect(group).toHaveAttribute('open');
      const table = group.getByRole('table');
      await expect(table).toBeVisible();
      // A list: name, value, limits and source one under the other, each at full width.
      const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
      const rowCount = await rows.count();
      expect(rowCount).toBeGreaterThan(0);
      for (let r = 0; r < rowCount; r++) {
        const parts = await rows.nth(r).locator('th, td').evaluateAll((cells) =>
          cells.map((c) => {
            const b = c.getBoundingClientRect();
            return { left: Math.round(b.left), top: b.top, bottom: b.bottom, width: b.width };
          }),
        );
        expect(parts).toHaveLength(4);
        for (let p = 1; p < parts.length; p++) {
          expect(parts[p].left, `group ${g + 1}, row ${r + 1}, part ${p + 1} lines up`).toBe(parts[0].left);
          expect(parts[p].top).toBeGreaterThanOrEqual(parts[p - 1].bottom - 1);
        }
        // Names are not squeezed into a narrow column.
        expect(parts[0].width).toBeGreaterThan(PHONE.width * 0.6);
      }
      await page.keyboard.press('Enter');
      await expect(group).not.toHaveAttribute('open');
      await expect(table).toBeHidden();
    }
    expect(await sideways(page)).toBeLessThanOrEqual(0);
  });

  test('editing in a group keeps the typed text until it is committed, with its messages and Restore', async ({ page }) => {
    await openAll(page);
    const panel = page.getByRole('region', { name: 'Assumptions & sources' });
    const days = page.locator('#assumption-tmid');
    const group = panel.locator('details').filter({ has: days });
    await group.locator('summary').click();
    await expect(days).toBeVisible();
    await days.fill('3.5');
    // While typing, the field keeps what was typed; the row says it is edited.
    await expect(days).toHaveValue('3.5');
    await expect(group.getByRole('row').filter({ has: days })).toHaveClass(/edited/);
    await days.press('Enter');
    await expect(panel.getByText('Rounded to whole days: using 4 days (you typed 3.5).')).toBeVisible();
    await expect(days).toHaveValue('4');
    await days.fill('abc');
    // While typed, text the planner cannot use is marked invalid; once committed, the field
    // holds the value used again, which is valid, and the message is a note.
    await expect(days).toHaveAttribute('aria-invalid', 'true');
    await days.press('Enter');
    await expect(panel.getByText('“abc” is not a number; kept 4 days.')).toBeVisible();
    await expect(days).toHaveValue('4');
    await expect(days).toHaveAttribute('aria-invalid', 'false');
    await days.fill('abc');
    await expect(days).toHaveAttribute('aria-invalid', 'true');
    await panel.getByRole('button', { name: 'Restore all defaults' }).click();
    await expect(days).not.toHaveValue('4');
    await expect(days).toHaveAttribute('aria-invalid', 'false');
    // The group stayed open through it all.
    await expect(group).toHaveAttribute('open');
  });

  test('printing a phone\'s page gives the full tables, closed groups included', async ({ page }) => {
    await openAll(page);
    await page.emulateMedia({ media: 'print' });
    const panel = page.getByRole('region', { name: 'Assumptions & sources' });
    // Every group starts closed on a phone.
    await expect(panel.locator('details[open]')).toHaveCount(0);
    const tables = panel.locator('table');
    const count = await tables.count();
    expect(count).toBeGreaterThan(1);
    for (let t = 0; t < count; t++) {
      await expect(tables.nth(t)).toBeVisible();
      expect(await tables.nth(t).evaluate((el) => getComputedStyle(el).display)).toBe('table');
    }
    const budget = page.getByRole('table', { name: BUDGET, exact: true });
    expect(await budget.evaluate((el) => getComputedStyle(el).display)).toBe('table');
    expect(await budget.locator('tbody tr').first().evaluate((el) => getComputedStyle(el).display)).toBe('table-row');
  });
});

test.describe('at 1280 × 900', () => {
  test.use({ viewport: DESKTOP });

  test('the budget and the assumptions stay tables, every group open', async ({ page }) => {
    await openAll(page);
    const budget = page.getByRole('table', { name: BUDGET, exact: true });
    expect(await budget.evaluate((el) => getComputedStyle(el).display)).toBe('table');
    expect(await budget.locator('tbody tr').first().evaluate((el) => getComputedStyle(el).display)).toBe('table-row');
    // Each value sits under its column header, as in any table.
    const header = await budget.getByRole('columnheader').nth(1).boundingBox();
    const cell = await budget.getByRole('cell').first().boundingBox();
    expect(Math.abs(header.x + header.width - (cell.x + cell.width))).toBeLessThan(2);
    expect(await budget.getByRole('cell').first().evaluate((td) => getComputedStyle(td, '::before').content)).toBe('none');

    const panel = page.getByRole('region', { name: 'Assumptions & sources' });
    const groups = panel.locator('details');
    const count = await groups.count();
    expect(count).toBeGreaterThan(1);
    for (let g = 0; g < count; g++) {
      await expect(groups.nth(g)).toHaveAttribute('open');
      const table = groups.nth(g).getByRole('table');
      await expect(table).toBeVisible();
      expect(await table.locator('tbody tr').first().evaluate((el) => getComputedStyle(el).display)).toBe('table-row');
    }
    // A group still closes and opens.
    const first = groups.first();
    await first.locator('summary').click();
    await expect(first.getByRole('table')).toBeHidden();
    await first.locator('summary').click();
    await expect(first.getByRole('table')).toBeVisible();
  });
});

test.describe('an edit made just before the page goes away', () => {
  test('survives a reload made at once: in the address, in storage and on the page', async ({ page }) => {
    await openAll(page);
    const overhead = page.getByLabel(OVERHEAD);
    await overhead.fill('30');
    // Well inside the 400 ms the address and storage wait for edits to pause.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Key figures' })).toBeVisible();
    await expect(page).toHaveURL(/[?&]oh=30(&|$)/);
    expect(await page.evaluate(() => localStorage.getItem('hireplan.scenario'))).toMatch(/[?&]?oh=30(&|$)/);
    await expect(figure(page, 'All-in annual cost')).toContainText('$131,300');

    // The handover is used once: a link opened afterwards in the same tab shows its own scenario.
    await page.goto('./?v=1&level=senior');
    await expect(figure(page, 'Planning salary')).toContainText('$155,000');
    await expect(figure(page, 'All-in annual cost')).toContainText('$193,750');
  });

  test('is written the moment the page is hidden (a phone switching apps)', async ({ page }) => {
    await openAll(page);
    await page.getByLabel('Level', { exact: true }).selectOption('senior');
    const written = await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
      return { address: location.search, saved: localStorage.getItem('hireplan.scenario') };
    });
    expect(written.address).toMatch(/level=senior/);
    expect(written.saved).toMatch(/level=senior/);
  });
});
