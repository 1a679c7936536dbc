// The planner used as a person would: by label and role, never by CSS class.
import { test, expect, openPlanner, scrollToSections, figure } from './fixtures.js';

test.beforeEach(async ({ page }) => {
  await openPlanner(page);
});

const dollars = async (locator) => {
  const text = await locator.locator('p').nth(1).innerText();
  return Number(text.replace(/[^0-9]/g, ''));
};
const days = async (page) => Number((await figure(page, 'Time to hire').locator('p').nth(1).innerText()).replace(/[^0-9]/g, ''));

test('default view shows the worked example', async ({ page }) => {
  await expect(figure(page, 'Planning salary')).toContainText('$101,000');
  await expect(figure(page, 'Planning salary')).toContainText('$77,000 – $141,000');
  await expect(figure(page, 'All-in annual cost')).toContainText('$126,250');
  await expect(figure(page, 'One-off hiring cost')).toContainText('$4,700');
  await expect(figure(page, 'Time to hire')).toContainText('40 days');
  for (const label of ['Level', 'Region', 'Remote discount', 'Start quarter: when the search opens', 'Hiring route']) {
    await expect(page.getByLabel(label, { exact: true })).toBeVisible();
  }
});

test('choosing Senior shows $155,000', async ({ page }) => {
  await page.getByLabel('Level', { exact: true }).selectOption({ label: 'Senior (7+ years)' });
  await expect(figure(page, 'Planning salary')).toContainText('$155,000');
});

test('a metro with higher pay raises the salary', async ({ page }) => {
  const before = await dollars(figure(page, 'Planning salary'));
  await page.getByLabel('Region', { exact: true }).selectOption({ label: 'San Jose-Sunnyvale-Santa Clara, CA' });
  await expect(figure(page, 'Planning salary')).toContainText('$158,289');
  expect(await dollars(figure(page, 'Planning salary'))).toBeGreaterThan(before);
});

test('the agency route adds the fee and shortens time to hire', async ({ page }) => {
  const before = await days(page);
  await page.getByLabel('Hiring route', { exact: true }).selectOption({ label: 'Staffing agency (direct hire)' });
  await expect(figure(page, 'One-off hiring cost')).toContainText('$20,200');
  await expect(figure(page, 'One-off hiring cost')).toContainText('20% agency fee');
  await expect(figure(page, 'Time to hire')).toContainText('28 days');
  expect(await days(page)).toBeLessThan(before);
});

test('a Q4 start quarter shortens time to hire', async ({ page }) => {
  const select = page.getByLabel('Start quarter: when the search opens', { exact: true });
  const q4 = await select.locator('option', { hasText: 'Q4' }).first().getAttribute('value');
  await select.selectOption(q4);
  await expect(figure(page, 'Time to hire')).toContainText('23 days');
  await figure(page, 'Time to hire').getByText('Show the math').click();
  await expect(figure(page, 'Time to hire')).toContainText('× (1 − 42% faster in Q4) = 23.2 days');
});

test('editing an assumption changes the figures', async ({ page }) => {
  await scrollToSections(page);
  const overhead = page.getByLabel('Benefits, payroll taxes and overhead, on top of salary');
  await overhead.fill('30');
  await expect(figure(page, 'All-in annual cost')).toContainText('$131,300');
  await overhead.fill('abc');
  await overhead.press('Enter');
  await expect(page.getByText('“abc” is not a number; kept 30%.')).toBeVisible();
  await expect(figure(page, 'All-in annual cost')).toContainText('$131,300');
  await page.getByRole('button', { name: 'Restore all defaults' }).click();
  await expect(figure(page, 'All-in annual cost')).toContainText('$126,250');
  // The button disables itself: the keyboard stays in the section, and the page says why.
  await expect(page.locator('#assumptions-heading')).toBeFocused();
  await expect(page.getByText('Every assumption is back at its default.')).toBeVisible();
});

test('the remote discount slider works from the keyboard and says its value', async ({ page }) => {
  const slider = page.getByLabel('Remote discount', { exact: true });
  await slider.focus();
  for (let i = 0; i < 10; i++) await slider.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '10% below on-site pay');
  await expect(figure(page, 'Planning salary')).toContainText('$90,900');
});

test('every key figure shows its math on request', async ({ page }) => {
  const allIn = figure(page, 'All-in annual cost');
  await expect(allIn.getByText('$126,250 = $101,000 salary × (1 + 25% overhead).')).toBeHidden();
  await allIn.getByText('Show the math').click();
  await expect(allIn.getByText('$126,250 = $101,000 salary × (1 + 25% overhead).')).toBeVisible();
  // The open explanation stays open and follows the inputs.
  await page.getByLabel('Level', { exact: true }).selectOption('senior');
  await expect(allIn.getByText('$193,750 = $155,000 salary × (1 + 25% overhead).')).toBeVisible();
});
