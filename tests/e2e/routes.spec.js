// Issue 12: every route (contract and contract-to-hire beside the direct hires), the cost of the
// empty seat and the day the hire pays for itself, used as a manager would: by label and role.
import { test, expect, openPlanner, figure } from './fixtures.js';

const route = (page) => page.getByLabel('Hiring route', { exact: true });
const value = async (page, name) => (await figure(page, name).locator('p').nth(1).innerText()).trim();
const costFigure = (page) => page.getByRole('figure', { name: 'All-in cost by quarter' });
const rampFigure = (page) => page.getByRole('figure', { name: 'Projected ramp-up productivity' });
const budgetHeadings = async (page) =>
  page.getByRole('region', { name: 'Quarterly cash budget table' }).getByRole('columnheader').allInnerTexts();
// Fixed dates: a senior hire whose search opens in 2027 Q1.
const senior = (rt, extra = '') => `./?v=1&level=senior&region=us&remote=0&start=2027-Q1&route=${rt}${extra}`;

test('a contract bills the marked-up rate, with no fee and no salary', async ({ page }) => {
  await openPlanner(page, senior('contract'));
  await expect(route(page)).toHaveValue('contract');
  await expect(page.locator('#route-hint')).toContainText('no fee or benefits on top');
  const bills = figure(page, 'Contract bills a year');
  await expect(bills).toContainText('$232,500');
  await expect(bills).toContainText('$111.78 an hour × 2,080 h, markup 50% (margin 33.3%)');
  await bills.getByText('Show the math').click();
  await expect(bills).toContainText('Pay rate $74.52 = $155,000 salary ÷ 2,080 hours');
  await expect(bills).toContainText('No agency fee and no benefits load on top');
  await expect(figure(page, 'One-off hiring cost')).toContainText('none: inside the markup');
  await expect(figure(page, 'Time to hire')).toContainText('28 days');
  await expect(figure(page, 'Year-one cash cost')).toContainText('$232,500');
  const headings = await budgetHeadings(page);
  expect(headings).toContain('Contract bills');
  expect(headings).not.toContain('Salary');
  expect(headings).not.toContain('Hiring cost');
});

test('markup and margin are both shown, and follow the markup typed', async ({ page }) => {
  await openPlanner(page, senior('contract'));
  await page.getByLabel("Staffing firm's markup on a contractor's pay").fill('100');
  await expect(figure(page, 'Contract bills a year')).toContainText('markup 100% (margin 50%)');
  await expect(figure(page, 'Contract bills a year')).toContainText('$310,000');
  await expect(page).toHaveURL(/[?&]mk=100(&|$)/);
});

test('a short contract stops cost and capacity where it ends, on both charts and in the tables', async ({ page }) => {
  await openPlanner(page, senior('contract', '&cmo=4'));
  // Jan 29 + 4 months = May 29, 2027.
  await costFigure(page).getByRole('button', { name: 'Show data table' }).click();
  const rows = costFigure(page).locator('tbody tr');
  await expect(rows.nth(0).getByRole('cell').first()).not.toHaveText('$0');
  await expect(rows.nth(2).getByRole('cell').first()).toHaveText('$0');
  await expect(costFigure(page).getByRole('img')).toHaveAttribute('aria-label', /until the contract ends May 29, 2027/);
  await rampFigure(page).getByRole('button', { name: 'Show data table' }).click();
  await expect(rampFigure(page).getByRole('listitem').filter({ hasText: 'Contract ends' })).toHaveText('Contract ends: May 29, 2027');
  // After the end the curve reads 0%.
  await expect(rampFigure(page).getByRole('row').last().getByRole('cell').nth(1)).toHaveText('0%');
});

test('contract-to-hire: six months of bills, a pro-rated conversion fee, then salary', async ({ page }) => {
  await openPlanner(page, senior('c2h'));
  await expect(route(page)).toHaveValue('c2h');
  await expect(figure(page, 'Time to hire')).toContainText('40 days');
  const fee = figure(page, 'Conversion fee');
  await expect(fee).toContainText('$15,500');
  await expect(fee).toContainText('on converting, Aug 10, 2027');
  await fee.getByText('Show the math').click();
  await expect(fee).toContainText('× 6/12 still due after 6 months (pro-rated in twelfths)');
  await expect(figure(page, 'Year-one cash cost')).toContainText('$228,625');
  await expect(figure(page, 'Contract bills a year')).toContainText('$193,750 all-in once converted');
  const headings = await budgetHeadings(page);
  for (const heading of ['Salary', 'Contract bills', 'Conversion fee']) expect(headings).toContain(heading);

  // The schedule is a menu: flat charges the whole fee; "none after" month 6 charges nothing.
  const schedule = page.getByLabel('Contract-to-hire: how the conversion fee falls');
  await schedule.selectOption({ label: 'Flat: the whole fee' });
  await expect(fee).toContainText('$31,000');
  await expect(page).toHaveURL(/[?&]csch=1(&|$)/);
  await schedule.selectOption({ label: 'None from the fee-free month' });
  await page.getByLabel('Contract-to-hire: fee-free month (for “None from”)').fill('6');
  await expect(fee.locator('p').nth(1)).toHaveText('$0');
});

test('the empty seat and a week of searching are priced, apart from the cash', async ({ page }) => {
  await openPlanner(page, senior('inhouse'));
  // 155,000 × 2 ÷ 260 × 5 = 5,961.54 a week; less 193,750 ÷ 260 × 5 = 3,725.96 of pay.
  await expect(figure(page, 'Time to hire')).toContainText(
    'A week of searching costs about $5,962 of work not done ($2,236 net of pay).',
  );
  // The badge is part of the card's name: "Cost of the empty seat not cash".
  const seat = figure(page, 'Cost of the empty seat not cash');
  await seat.getByText('Show the math').click();
  await expect(seat).toContainText('Not cash: work not done');
  await expect(seat).toContainText('net of the pay not spent');
  // Jan 1, 2027 (a Friday) to Feb 22: 1 + 7 × 5 + 0 = 36 working days.
  await expect(seat).toContainText('× 36 working days from Jan 1, 2027 to the start on Feb 22, 2027');
  await expect(seat).toContainText('weak source');
  // The value multiple is editable, and flagged as a weak source where it is listed.
  const row = page.getByRole('row', { name: /Value of a fully productive engineer/ });
  await expect(row).toContainText('Weak source');
});

test('the payback date is a key figure, marked on the ramp chart and in its table', async ({ page }) => {
  await openPlanner(page, senior('agency'));
  const payback = await value(page, 'Pays for itself');
  expect(payback).toMatch(/^[A-Z][a-z]{2} \d{1,2}, 20\d\d$/);
  await expect(rampFigure(page).getByRole('img')).toHaveAttribute('aria-label', new RegExp(`pays for itself on ${payback}`));
  await rampFigure(page).getByRole('button', { name: 'Show data table' }).click();
  await expect(rampFigure(page).getByRole('listitem').filter({ hasText: 'Pays for itself' })).toHaveText(`Pays for itself: ${payback}`);
  // Valued at salary alone, an employee costing salary plus overhead never pays for itself.
  await page.getByLabel('Value of a fully productive engineer’s work (× salary)'.replace('’', "'")).fill('1');
  await expect(figure(page, 'Pays for itself').locator('p').nth(1)).toHaveText('Not within the horizon');
  await expect(rampFigure(page).getByRole('listitem').filter({ hasText: 'Pays for itself' })).toHaveText('Pays for itself: not within the horizon');
});

test('every route redraws both charts and keeps the page free of errors', async ({ page }) => {
  await openPlanner(page);
  for (const label of ['Contract (W-2 through a staffing firm)', 'Contract-to-hire', 'Staffing agency (direct hire)', 'In-house search']) {
    await route(page).selectOption({ label });
    await expect(route(page)).toHaveValue(await route(page).locator('option', { hasText: label }).getAttribute('value'));
    await expect(figure(page, 'Pays for itself')).toBeVisible();
  }
});
