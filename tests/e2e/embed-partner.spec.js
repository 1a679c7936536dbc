// What a staffing firm's landing page gets (issue 12): the compact embed, the firm's own
// button to its contact form (cta=, cta_label=), and hiding "Open full planner" (open_full=0);
// how bad values are refused; and the embed panel that writes all of it.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { test, expect, openPlanner, figure } from './fixtures.js';

const HOST = 'http://127.0.0.1:8092/';
const PLANNER_TITLE = 'HirePlan: hiring cost planner';
const CONTACT = 'https://acme-staffing.example/';
const TALK = 'Talk to us (opens acme-staffing.example in a new tab)';
/** The compact embed's height limit at 400 px wide (issue 12). */
const COMPACT_LIMIT = 1400;

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Share of a canvas's pixels that differ from its top-left corner. */
const inked = (canvas) =>
  canvas.evaluate((picture) => {
    const c = picture.querySelector('canvas');
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    const [r0, g0, b0] = data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - r0) + Math.abs(data[i + 1] - g0) + Math.abs(data[i + 2] - b0) > 30) n++;
    }
    return n / (data.length / 4);
  });

const costChart = (scope) => scope.getByRole('img', { name: /^Cash cost over/ });
const rampChart = (scope) => scope.getByRole('img', { name: /^The hire / });
const frameHeight = async (iframe) => (await iframe.boundingBox()).height;

/** The scenario the button carries, from its `hireplan` parameter. */
async function carried(link) {
  const href = new URL(await link.getAttribute('href'));
  return new URLSearchParams(href.searchParams.get('hireplan') ?? '');
}

/** The partner's compact page (tests/e2e/host/compact.html) with its iframe this wide. */
async function openCompactHost(page, frameWidth) {
  // The host page's body is at most 520 px wide with 16 px padding on each side.
  await page.setViewportSize({ width: frameWidth + 32, height: 900 });
  await page.goto(`${HOST}compact.html`);
  const iframe = page.getByTitle(PLANNER_TITLE);
  const planner = iframe.contentFrame();
  await expect(planner.getByRole('heading', { name: 'Key figures' })).toBeAttached();
  await expect.poll(() => inked(costChart(planner))).toBeGreaterThan(0.05);
  expect((await iframe.boundingBox()).width).toBe(frameWidth);
  // The iframe has taken the planner's height (auto-height).
  await expect
    .poll(async () => Math.abs((await frameHeight(iframe)) - (await planner.locator('body').evaluate((b) => b.getBoundingClientRect().height))))
    .toBeLessThanOrEqual(2);
  return { iframe, planner };
}

test.describe('the compact embed on a partner page', () => {
  test.beforeEach(async ({ context }) => {
    // The partner's contact form, served here instead of the internet.
    await context.route(`${CONTACT}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>Contact Acme</title><h1>Contact Acme Staffing</h1>' }),
    );
  });

  test('at 400 px it is under 1,400 px tall, with the rest one keyboard press away', async ({ page }) => {
    // Every height the planner reports to the host while it starts.
    await page.addInitScript(() => {
      window.__reported = [];
      addEventListener('message', (e) => {
        if (e.data && e.data.type === 'hireplan:resize') window.__reported.push(e.data.height);
      });
    });
    const { iframe, planner } = await openCompactHost(page, 400);
    const height = await frameHeight(iframe);
    expect(height).toBeLessThan(COMPACT_LIMIT);
    // The frame never grew to the prerendered full page's height on the way.
    const reported = await page.evaluate(() => window.__reported);
    expect(reported.length).toBeGreaterThan(0);
    expect(Math.max(...reported), `heights reported: ${reported.join(', ')}`).toBeLessThan(COMPACT_LIMIT);
    // Nor shrank to the one line shown while the planner starts (900 → 200 → the planner's):
    // the first height reported is the planner's own.
    expect(reported[0], `heights reported: ${reported.join(', ')}`).toBeGreaterThan(height * 0.9);
    test.info().annotations.push({ type: 'compact height at 400 px', description: `${height} px` });

    // Up front: the controls, the four figures that answer the question, the cost chart.
    for (const name of ['Level', 'Remote discount', 'Start quarter: when the search opens', 'Hiring route']) {
      await expect(planner.getByLabel(name, { exact: true })).toBeVisible();
    }
    for (const name of ['All-in annual cost', 'Time to hire', 'Fully productive', 'Year-one cash cost']) {
      await expect(figure(planner, name)).toBeVisible();
    }
    await expect(planner.locator('.figures .figure')).toHaveCount(4);
    await expect(costChart(planner)).toBeVisible();
    // Not yet: the other figures, the ramp chart, the budget, the assumptions.
    await expect(figure(planner, 'Planning salary')).toHaveCount(0);
    await expect(rampChart(planner)).toHaveCount(0);
    await expect(planner.getByRole('heading', { name: 'Quarterly budget' })).toHaveCount(0);

    // One disclosure, opened from the keyboard.
    const more = planner.locator('summary', { hasText: 'More figures, ramp-up, budget & sources' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(planner.locator('details.more')).toHaveAttribute('open', '');
    for (const name of ['Planning salary', 'One-off hiring cost']) await expect(figure(planner, name)).toBeVisible();
    // The other six: salary, hiring cost or fee, pays for itself, ramp cost, empty seat, bad hire.
    await expect(planner.locator('details.more .figure')).toHaveCount(6);
    await expect(rampChart(planner)).toBeVisible();
    await expect.poll(() => inked(rampChart(planner))).toBeGreaterThan(0.05);
    await expect(planner.getByRole('heading', { name: 'Quarterly budget' })).toBeVisible();
    await expect(planner.getByRole('heading', { name: 'Assumptions & sources', exact: true })).toBeVisible();
    // The sources the full page names in its footer.
    await expect(planner.locator('details.more .site-footer')).toContainText("KORE1's 2026 guide");
    // The iframe grows with it, and shrinks back when it closes.
    await expect.poll(() => frameHeight(iframe)).toBeGreaterThan(COMPACT_LIMIT + 1000);
    await page.keyboard.press('Enter');
    await expect.poll(() => frameHeight(iframe)).toBeLessThan(COMPACT_LIMIT);
  });

  test("the partner's button opens its contact form in a new tab with the scenario", async ({ page }) => {
    const { planner } = await openCompactHost(page, 400);
    const button = planner.getByRole('link', { name: TALK, exact: true });
    await expect(button).toBeVisible();
    await expect(button).toHaveText(TALK);
    await expect(button).toHaveAttribute('target', '_blank');
    await expect(button).toHaveAttribute('rel', 'noopener noreferrer');
    // The partner's address kept (path, its own parameter, the fragment), the scenario added
    // as one parameter before the fragment.
    const href = new URL(await button.getAttribute('href'));
    expect(`${href.origin}${href.pathname}`).toBe(`${CONTACT}contact`);
    expect([...href.searchParams.keys()]).toEqual(['source', 'hireplan']);
    expect(href.searchParams.get('source')).toBe('planner');
    expect(href.hash).toBe('#form');
    const scenario = await carried(button);
    expect(scenario.get('v')).toBe('1');
    expect(scenario.get('level')).toBe('senior');
    expect(scenario.get('region')).toBe('msa-41940');
    expect(scenario.get('route')).toBe('agency');
    expect(scenario.get('fee')).toBe('22');
    // The scenario only: nothing about how the embed looks.
    for (const key of ['embed', 'layout', 'accent', 'hide', 'cta', 'cta_label']) expect(scenario.has(key)).toBe(false);

    // It follows the visitor's edits.
    await planner.getByLabel('Level', { exact: true }).selectOption('junior');
    await expect.poll(async () => (await carried(button)).get('level')).toBe('junior');

    // Opens in a new tab, outside the iframe's sandbox, without a referrer or an opener.
    const [contact] = await Promise.all([page.waitForEvent('popup'), button.click()]);
    await expect(contact.getByRole('heading', { name: 'Contact Acme Staffing' })).toBeVisible();
    const opened = new URL(contact.url());
    expect(opened.host).toBe('acme-staffing.example');
    expect(new URLSearchParams(opened.searchParams.get('hireplan')).get('level')).toBe('junior');
    expect(await contact.evaluate(() => [window.origin, document.referrer, window.opener === null])).toEqual([
      'https://acme-staffing.example',
      '',
      true,
    ]);
  });

  for (const width of [320, 240]) {
    test(`at ${width} px it fits the frame, the button included`, async ({ page }) => {
      const { iframe, planner } = await openCompactHost(page, width);
      test.info().annotations.push({ type: `compact height at ${width} px`, description: `${await frameHeight(iframe)} px` });
      expect(await planner.locator('html').evaluate((h) => h.scrollWidth - h.clientWidth)).toBeLessThanOrEqual(0);
      const button = planner.getByRole('link', { name: TALK, exact: true });
      await expect(button).toBeVisible();
      const box = await button.boundingBox();
      expect(box.x + box.width).toBeLessThanOrEqual((await iframe.boundingBox()).x + width);
      await expect(planner.locator('summary', { hasText: 'More figures' })).toBeVisible();
    });
  }

  test('axe: the compact embed with its button, closed and open', async ({ page }) => {
    await openPlanner(page, `./?embed=1&layout=compact&cta=${encodeURIComponent(`${CONTACT}contact`)}&cta_label=Talk%20to%20us&accent=0a7d5a`);
    const violations = async () => {
      await page.evaluate(axeSource);
      return page.evaluate(async () =>
        (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`),
      );
    };
    expect(await violations()).toEqual([]);
    await page.locator('summary', { hasText: 'More figures' }).click();
    await expect(rampChart(page)).toBeVisible();
    expect(await violations()).toEqual([]);
  });
});

test.describe('a call to action that cannot be used is left out, with a notice', () => {
  const long = `${CONTACT}contact/${'x'.repeat(501 - `${CONTACT}contact/`.length)}`;
  const cases = [
    ['javascript:', 'javascript:alert(document.domain)', 'does not start with https://'],
    ['data:', 'data:text/html,<script>alert(1)</script>', 'does not start with https://'],
    ['http:', 'http://acme-staffing.example/contact', 'does not start with https://'],
    ['credentials', 'https://partner:secret@acme-staffing.example/contact', 'carries a user name or password'],
    ['a user name alone', 'https://partner@acme-staffing.example/contact', 'carries a user name or password'],
    ['501 characters', long, 'is longer than 500 characters'],
  ];
  for (const [what, address, reason] of cases) {
    test(what, async ({ page }) => {
      expect(what !== '501 characters' || address.length === 501).toBe(true);
      await openPlanner(page, `./?embed=1&cta=${encodeURIComponent(address)}&cta_label=Talk%20to%20us`);
      const notice = page.getByRole('status').filter({ hasText: 'Part of this link could not be used' });
      await expect(notice).toContainText('The contact button is left out: “');
      await expect(notice).toContainText(reason);
      await expect(page.getByRole('link', { name: /Talk to us/ })).toHaveCount(0);
      await expect(page.locator('a.cta')).toHaveCount(0);
      // The rest of the embed is unaffected.
      await expect(page.getByRole('link', { name: /Open full planner/ })).toBeVisible();
    });
  }
});

test('the call to action is never shown outside embed mode', async ({ page }) => {
  await openPlanner(page, `./?cta=${encodeURIComponent(`${CONTACT}contact`)}&cta_label=Talk%20to%20us&layout=compact&open_full=0`);
  await expect(page.getByRole('heading', { name: /What will a backend developer really cost/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Talk to us|acme-staffing/ })).toHaveCount(0);
  const notice = page.getByRole('status').filter({ hasText: 'Part of this link could not be used' });
  for (const key of ['layout', 'open_full', 'cta']) {
    await expect(notice).toContainText(`Ignored “${key}”: it applies only to the embedded planner (embed=1).`);
  }
  // The full layout, the address cleaned of what was ignored.
  await expect(rampChart(page)).toBeVisible();
  await expect(page).not.toHaveURL(/cta=|layout=|open_full=/);
});

test('a long label is cut to 40 characters, and a label is only ever text', async ({ page }) => {
  const cta = encodeURIComponent(`${CONTACT}contact`);
  await openPlanner(page, `./?embed=1&cta=${cta}&cta_label=${encodeURIComponent('Book a call with our backend recruiting team today')}`);
  const cut = 'Book a call with our backend recruiting';
  await expect(page.getByRole('link', { name: `${cut} (opens acme-staffing.example in a new tab)`, exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Part of this link' })).toContainText(
    `The button label is longer than 40 characters; it was cut to “${cut}”.`,
  );

  await openPlanner(page, `./?embed=1&cta=${cta}&cta_label=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  const button = page.locator('a.cta');
  await expect(button).toContainText('<img src=x onerror=alert(1)>');
  await expect(button.locator('img')).toHaveCount(0);

  // No label: the standard one.
  await openPlanner(page, `./?embed=1&cta=${cta}`);
  await expect(page.getByRole('link', { name: 'Contact us (opens acme-staffing.example in a new tab)', exact: true })).toBeVisible();
});

test('open_full=0 hides "Open full planner"', async ({ page }) => {
  await openPlanner(page, './?embed=1&open_full=0');
  await expect(page.getByRole('heading', { name: 'HirePlan hiring cost planner' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Open full planner/ })).toHaveCount(0);
  await openPlanner(page, './?embed=1&open_full=1');
  await expect(page.getByRole('link', { name: /Open full planner/ })).toBeVisible();
});

test('the embed panel writes the compact layout by default, and the button, checked', async ({ page }) => {
  await openPlanner(page);
  const code = page.getByLabel('Embed code');
  await expect(page.getByLabel('Layout', { exact: true })).toHaveValue('compact');
  await expect(code).toHaveValue(/data-hireplan="v=1&amp;[^"]*&amp;layout=compact"/);

  const address = page.getByLabel("Your button's address (optional)");
  const label = page.getByLabel('Button label');
  // Refused addresses: a message next to the field, nothing in the snippet.
  for (const [typed, reason] of [
    ['http://acme-staffing.example/contact', 'does not start with https://'],
    ['https://me:pw@acme-staffing.example/', 'carries a user name or password'],
    ['javascript:alert(1)', 'does not start with https://'],
  ]) {
    await address.fill(typed);
    await expect(address).toHaveAccessibleDescription(new RegExp(reason.replace(/[/.]/g, '\\$&')));
    await expect(address).toHaveAttribute('aria-invalid', 'true');
    await expect(code).not.toHaveValue(/cta=/);
  }
  // A label alone is not used, and says so.
  await address.fill('');
  await label.fill('Talk to us');
  await expect(page.locator('#embed-cta-label-message')).toHaveText("The button label is not used without the button's address (cta=).");
  await expect(code).not.toHaveValue(/cta/);
  // A good address: no message, both in the snippet, encoded.
  await address.fill('https://acme-staffing.example/contact?src=embed#form');
  await expect(address).toHaveAttribute('aria-invalid', 'false');
  await expect(page.locator('#embed-cta-message')).toHaveText('');
  await expect(page.locator('#embed-cta-label-message')).toHaveText('');
  await expect(code).toHaveValue(/&amp;cta=https%3A%2F%2Facme-staffing\.example%2Fcontact%3Fsrc%3Dembed%23form&amp;cta_label=Talk%20to%20us"/);
  // Too long a label: cut, and said next to the field.
  await label.fill('Book a call with our backend recruiting team today');
  await expect(page.locator('#embed-cta-label-message')).toContainText('it was cut to “Book a call with our backend recruiting”');
  await expect(code).toHaveValue(/cta_label=Book%20a%20call%20with%20our%20backend%20recruiting"/);
  await label.fill('Talk to us');
  // Hide "Open full planner".
  await page.getByLabel('Show “Open full planner”').uncheck();
  await expect(code).toHaveValue(/&amp;open_full=0&amp;cta=/);

  // Pasted into a page on another origin: compact, the button, no "Open full planner".
  const snippet = await code.inputValue();
  await page.goto(`${HOST}paste.html#${encodeURIComponent(snippet)}`);
  const planner = page.getByTitle(PLANNER_TITLE).contentFrame();
  await expect(planner.getByRole('link', { name: TALK, exact: true })).toBeVisible();
  await expect(planner.getByRole('link', { name: /Open full planner/ })).toHaveCount(0);
  await expect(planner.locator('summary', { hasText: 'More figures' })).toBeVisible();
  await expect(rampChart(planner)).toHaveCount(0);

  // The full layout on request: no layout parameter (the embed's own default).
  await openPlanner(page);
  await page.getByLabel('Layout', { exact: true }).selectOption('full');
  await expect(page.getByLabel('Embed code')).not.toHaveValue(/layout=/);
});
