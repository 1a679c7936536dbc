// Input-to-redraw latency: for each control, N changes in headless Chromium; each measured from
// just before the input event is dispatched to the moment the second chart finished drawing
// (the app stores performance.now() in window.__hireplanLastDraw after every chart draw).
//   node bench/redraw.mjs <url> [changes per control]   → prints JSON
import { chromium } from '@playwright/test';

const [url = 'http://127.0.0.1:8090/', perControl = '100'] = process.argv.slice(2);
const count = Number(perControl);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(url);
await page.getByRole('heading', { name: 'Key figures' }).waitFor();
await page.waitForFunction(() => window.__hireplanLastDraw > 0);

function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: samples.length, median_ms: +at(0.5).toFixed(2), p95_ms: +at(0.95).toFixed(2), max_ms: +sorted.at(-1).toFixed(2) };
}

const controls = {
  level: { id: 'level', event: 'change' },
  region: { id: 'region', event: 'change' },
  remote: { id: 'remote', event: 'input' },
  'start-quarter': { id: 'start-quarter', event: 'change' },
};

const results = {};
const everything = [];
for (const [name, { id, event }] of Object.entries(controls)) {
  const samples = await page.evaluate(
    async ({ id, event, count }) => {
      const el = document.getElementById(id);
      const values = el.tagName === 'SELECT' ? [...el.options].map((o) => o.value) : [...Array(31).keys()].map(String);
      const out = [];
      let index = values.indexOf(el.value);
      for (let i = 0; i < count; i++) {
        index = (index + 1) % values.length;
        const t0 = performance.now();
        el.value = values[index];
        el.dispatchEvent(new Event(event, { bubbles: true }));
        // Effects run after the event; wait a macrotask so they have, then read the mark.
        await new Promise((r) => setTimeout(r, 0));
        out.push(window.__hireplanLastDraw - t0);
      }
      return out;
    },
    { id, event, count },
  );
  results[name] = summarize(samples);
  everything.push(...samples);
}
console.log(JSON.stringify({ all_controls: summarize(everything), per_control: results }, null, 2));
await browser.close();
