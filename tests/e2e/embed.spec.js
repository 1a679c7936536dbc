// Embed mode on a partner's page (another origin, sandboxed), theming through the link, the
// strict CSP the release build is served with, and hosting under a subpath.
import { test, expect, openPlanner, figure } from './fixtures.js';

const HOST = 'http://127.0.0.1:8092/';
const PLANNER_TITLE = 'HirePlan: hiring cost planner';

/** Share of a canvas's pixels that are not the background at its top-left corner. */
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

test('a sandboxed embed on another origin renders, sizes itself and keeps its settings', async ({ page }) => {
  await page.goto(HOST);
  const iframe = page.getByTitle(PLANNER_TITLE);
  await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts allow-popups');
  await expect(iframe).toHaveAttribute('loading', 'lazy');
  await expect(iframe).toHaveAttribute('allow', 'clipboard-write');
  const planner = iframe.contentFrame();

  // Renders the scenario from the placeholder, with both charts drawn.
  await expect(planner.getByRole('heading', { name: 'Key figures' })).toBeVisible();
  await expect(figure(planner, 'Planning salary')).toContainText('$203,759');
  for (const chart of [costChart(planner), rampChart(planner)]) {
    await expect(chart).toBeVisible();
    await expect.poll(() => inked(chart)).toBeGreaterThan(0.05);
  }

  // Grows to fit: the iframe's height follows the document inside it.
  await expect.poll(async () => (await iframe.boundingBox()).height).toBeGreaterThan(1200);
  const inner = await planner.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
  expect(Math.abs((await iframe.boundingBox()).height - inner)).toBeLessThanOrEqual(2);
  // ...and follows it when the content changes.
  const before = (await iframe.boundingBox()).height;
  await planner.getByText('Assumptions & sources: see and edit every number').click();
  await expect.poll(async () => (await iframe.boundingBox()).height).toBeGreaterThan(before + 500);
  // A resize message from anyone but that iframe is ignored.
  const now = (await iframe.boundingBox()).height;
  await page.evaluate(() => window.postMessage({ type: 'hireplan:resize', height: 300 }, '*'));
  await page.waitForTimeout(200);
  expect((await iframe.boundingBox()).height).toBe(now);

  // The hidden control is absent; the others are there.
  await expect(planner.getByLabel('Region', { exact: true })).toHaveCount(0);
  await expect(planner.getByLabel('Level', { exact: true })).toBeVisible();
  // The accent colour is applied (#0a7d5a already reads at AA on white, so it is used as is).
  await expect(planner.getByRole('button', { name: 'Download CSV' })).toHaveCSS('background-color', 'rgb(10, 125, 90)');

  // No storage, no same-origin rights: still works, and edits still flow.
  await planner.getByLabel('Level', { exact: true }).selectOption('junior');
  await expect(figure(planner, 'Planning salary')).not.toContainText('$203,759');

  // "Open full planner" carries the scenario, without embed mode or hidden controls.
  const open = planner.getByRole('link', { name: /Open full planner/ });
  await expect(open).toHaveAttribute('target', '_blank');
  await expect(open).toHaveAttribute('href', /level=junior&region=msa-41940/);
  const href = await open.getAttribute('href');
  expect(href).not.toContain('embed=');
  expect(href).not.toContain('hide=');
  const [full] = await Promise.all([page.waitForEvent('popup'), open.click()]);
  await expect(full.getByRole('heading', { name: /What will a backend developer really cost/ })).toBeVisible();
  await expect(full.getByLabel('Region', { exact: true })).toHaveValue('msa-41940');
  await expect(full.getByLabel('Level', { exact: true })).toHaveValue('junior');
});

test('invalid presentation parameters are ignored with a notice', async ({ page }) => {
  await openPlanner(page, './?embed=maybe&accent=red;x&theme=neon&hide=region,wizard');
  const notice = page.getByRole('status').filter({ hasText: 'Part of this link could not be used' });
  for (const words of ['“maybe” is not an embed setting', '“red;x” is not a hex colour', '“neon” is not a theme', 'Cannot hide “wizard”', 'hidden only in the embedded planner']) {
    await expect(notice).toContainText(words);
  }
  // The full planner, every control shown, the standard colour.
  await expect(page.getByRole('heading', { name: /What will a backend developer really cost/ })).toBeVisible();
  await expect(page.getByLabel('Region', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download CSV' })).toHaveCSS('background-color', 'rgb(31, 95, 191)');
});

test('an accent too light to read is darkened to AA contrast', async ({ page }) => {
  await openPlanner(page, './?embed=1&accent=ffff00');
  const button = page.getByRole('button', { name: 'Download CSV' });
  const [r, g, b] = (await button.evaluate((el) => getComputedStyle(el).backgroundColor)).match(/\d+/g).map(Number);
  const lum = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const L = 0.2126 * lum(r) + 0.7152 * lum(g) + 0.0722 * lum(b);
  expect(1.05 / (L + 0.05)).toBeGreaterThanOrEqual(4.5);
  expect(r).toBeGreaterThan(g * 0.8); // still a yellow hue, only darker
});

test('theme=dark and theme=auto follow through to the page and the charts', async ({ page }) => {
  await openPlanner(page, './?theme=dark');
  const background = () => page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
  const chartCorner = () => costChart(page).evaluate((p) => [...p.querySelector('canvas').getContext('2d').getImageData(2, 2, 1, 1).data.slice(0, 3)]);
  expect(await background()).toBe('rgb(16, 22, 29)');
  expect(await chartCorner()).toEqual([26, 34, 45]);

  await page.emulateMedia({ colorScheme: 'dark' });
  await openPlanner(page, './?theme=auto');
  expect(await background()).toBe('rgb(16, 22, 29)');
  await expect.poll(chartCorner).toEqual([26, 34, 45]);
  // The visitor switches to light: page and charts follow without a reload.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(background).toBe('rgb(244, 246, 249)');
  await expect.poll(chartCorner).toEqual([255, 255, 255]);
});

test('the embed panel makes a snippet that embeds this scenario', async ({ page }) => {
  await openPlanner(page);
  await page.getByLabel('Level', { exact: true }).selectOption('senior');
  await page.getByLabel('Embed theme').selectOption('dark');
  await page.getByLabel('Accent colour').fill('#0a7d5a');
  await page.getByLabel('Hide region').check();
  const code = page.getByLabel('Embed code');
  await expect(code).toHaveValue(/data-hireplan="v=1&amp;level=senior&amp;region=us&amp;[^"]*&amp;accent=0a7d5a&amp;theme=dark&amp;hide=region&amp;layout=compact"/);
  await expect(code).toHaveValue(/<script src="http:\/\/127\.0\.0\.1:8090\/embed\.js" async><\/script>/);

  // Pasted into a page on another origin, the snippet works.
  const snippet = await code.inputValue();
  await page.goto(`${HOST}paste.html#${encodeURIComponent(snippet)}`);
  const planner = page.getByTitle(PLANNER_TITLE).contentFrame();
  // The compact layout (the snippet's default): $155,000 salary + 25 % overhead.
  await expect(figure(planner, 'All-in annual cost')).toContainText('$193,750');
  await expect(planner.getByLabel('Region', { exact: true })).toHaveCount(0);
  await expect(planner.locator('body')).toHaveCSS('background-color', 'rgb(16, 22, 29)');
});

test('the release build runs under the strict Content-Security-Policy', async ({ page }) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto('./');
  const policy = response.headers()['content-security-policy'];
  // The hashes of the two inline scripts: the boot script (before the first paint) and Trunk's loader.
  expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]{43}='){2}; style-src 'self';/);
  expect(policy).toContain('frame-ancestors');
  await expect(page.getByRole('heading', { name: 'Key figures' })).toBeVisible();
  await expect.poll(() => inked(costChart(page))).toBeGreaterThan(0.05);
  await page.getByLabel('Level', { exact: true }).selectOption('senior');
  await page.getByRole('button', { name: 'Show data table' }).first().click();
  await costChart(page).hover();
  await page.getByLabel('Accent colour').fill('#aa3300');
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
});

test('hosted under a subpath (--public-url /planner/) it works the same', async ({ page }) => {
  await openPlanner(page, 'http://127.0.0.1:8093/planner/?level=senior');
  await expect(figure(page, 'Planning salary')).toContainText('$155,000');
  await expect.poll(() => inked(costChart(page))).toBeGreaterThan(0.05);
  await page.getByLabel('Hiring route', { exact: true }).selectOption('agency');
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:8093\/planner\/\?v=1&level=senior.*route=agency/);
  await expect(page.getByLabel('Embed code')).toHaveValue(/src="http:\/\/127\.0\.0\.1:8093\/planner\/embed\.js"/);
  const script = await page.request.get('http://127.0.0.1:8093/planner/embed.js');
  expect(script.ok()).toBe(true);
});
