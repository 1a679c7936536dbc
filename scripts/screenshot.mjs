// Screenshots of the served app at given widths, for looking at it as a user would.
//   node scripts/screenshot.mjs <url> <out-prefix> [width ...]
import { chromium } from '@playwright/test';

const [url = 'http://127.0.0.1:8090/', prefix = '/tmp/hireplan', ...widths] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
for (const width of widths.length ? widths.map(Number) : [1280, 375]) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: width < 500 ? 2 : 1 });
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.getByRole('heading', { name: 'Key figures' }).waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${prefix}-${width}.png`, fullPage: true });
  await page.screenshot({ path: `${prefix}-${width}-top.png` });
  await page.getByRole('figure').first().evaluate((el) => el.parentElement.scrollIntoView());
  await page.getByRole('figure').first().locator('..').screenshot({ path: `${prefix}-${width}-charts.png` });
  console.log(`${prefix}-${width}.png`, errors.length ? `errors: ${errors.join(' | ')}` : 'no console errors');
}
// The printout, as print media renders it (A4 at 96 dpi is about 794 px wide).
{
  const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
  await page.goto(url);
  await page.getByRole('heading', { name: 'Key figures' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${prefix}-print.png`, fullPage: true });
  await page.pdf({ path: `${prefix}-print.pdf`, format: 'A4', printBackground: true });
  console.log(`${prefix}-print.png and .pdf`);
}
await browser.close();
