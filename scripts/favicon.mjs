// Renders assets/favicon.svg into assets/favicon.png (64 × 64, transparent corners), the icon
// the page links to. Run by hand after editing the SVG: `node scripts/favicon.mjs`.
//
// Why a PNG: an SVG icon is a small document of its own, parsed and laid out on the page's main
// thread; traced, a 13–21 ms task in the middle of the planner's start-up (between its code
// being asked for and the wasm compiled), on the way to the charts. A PNG is decoded off it.
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';

const SIZE = 64;
const svg = await readFile('assets/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${SIZE}" height="${SIZE}" `)}</body></html>`);
  await page.screenshot({ path: 'assets/favicon.png', omitBackground: true });
} finally {
  await browser.close();
}
