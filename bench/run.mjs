// `make bench`: speed, size and accessibility of the release build in dist/, measured, written
// to bench/results.json and printed as the table kept in README.md. Never asserted: the
// budgets are printed beside the numbers, met or not.
//
//   node bench/run.mjs [--changes N] [--loads N] [--no-lighthouse]
import { spawn, spawnSync } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { chromium } from '@playwright/test';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CHANGES = arg('changes', 200);
const LOADS = arg('loads', 10);
const LIGHTHOUSE = !process.argv.includes('--no-lighthouse');
const PORT = 8091;
const URL_ = `http://127.0.0.1:${PORT}/`;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--enable-precise-memory-info'];

const BUDGETS = {
  first_render_brotli_kb: 200,
  charts_drawn_ms: 400,
  redraw_median_ms: 4,
  redraw_p95_ms: 8,
  projection_us: 20,
  lighthouse_performance: 95,
  lighthouse_accessibility: 100,
};

const quantiles = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: samples.length, median: +at(0.5).toFixed(2), p95: +at(0.95).toFixed(2), max: +sorted.at(-1).toFixed(2) };
};

// 1. What the first render downloads: the page, its script, wasm and stylesheet.
async function sizes() {
  const files = (await readdir('dist')).filter((f) => /^index\.html$|\.(js|wasm|css)$/.test(f) && f !== 'embed.js');
  const rows = [];
  for (const file of files.sort()) {
    const body = await readFile(join('dist', file));
    rows.push({
      file,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { files: rows, total };
}

// 2. Navigation to both charts drawn, cold (a fresh context, cache disabled), and memory.
async function loads(browser) {
  const times = [];
  let memory = null;
  // Load -1 only warms the server's compression cache (a CDN serves precompressed files).
  for (let i = -1; i < LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.addInitScript(() => {
      addEventListener('TrunkApplicationStarted', (e) => { window.__hireplanWasm = e.detail.wasm; });
    });
    await page.goto(URL_);
    await page.waitForFunction(() => window.__hireplanChartsDrawn > 0);
    if (i >= 0) times.push(await page.evaluate(() => window.__hireplanChartsDrawn));
    if (i === LOADS - 1) {
      await page.waitForTimeout(500);
      memory = await page.evaluate(() => ({
        js_heap_used_bytes: performance.memory?.usedJSHeapSize ?? null,
        wasm_memory_bytes: window.__hireplanWasm?.memory?.buffer.byteLength ?? null,
      }));
    }
    await context.close();
  }
  return { charts_drawn_ms: quantiles(times), memory };
}

// 3. Input to both charts redrawn, for each control.
async function redraws(browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(URL_);
  await page.waitForFunction(() => window.__hireplanChartsDrawn > 0);
  const controls = { Level: ['level', 'change'], Region: ['region', 'change'], 'Remote discount': ['remote', 'input'], 'Start quarter': ['start-quarter', 'change'], 'Hiring route': ['route', 'change'] };
  const per = {};
  const all = [];
  for (const [name, [id, event]] of Object.entries(controls)) {
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
          // Effects run after the event: wait a macrotask, then read the last draw's mark.
          await new Promise((r) => setTimeout(r, 0));
          out.push(window.__hireplanLastDraw - t0);
        }
        return out;
      },
      { id, event, count: CHANGES },
    );
    per[name] = quantiles(samples);
    all.push(...samples);
  }
  await page.close();
  return { all: quantiles(all), per_control: per };
}

// 4. The projection, from criterion (run by `make bench` just before this script).
async function projection() {
  try {
    const estimates = JSON.parse(await readFile('target/criterion/projection/new/estimates.json', 'utf8'));
    return { median_us: +(estimates.median.point_estimate / 1000).toFixed(2), mean_us: +(estimates.mean.point_estimate / 1000).toFixed(2) };
  } catch {
    return null;
  }
}

// 5. Lighthouse, mobile preset with its default (simulated) throttling.
function lighthouse() {
  if (!LIGHTHOUSE) return null;
  const run = spawnSync(
    'node_modules/.bin/lighthouse',
    [URL_, '--quiet', '--output=json', '--output-path=stdout', '--only-categories=performance,accessibility', `--chrome-flags=--headless=new ${ARGS.join(' ')}`],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) return { error: run.stderr.slice(-500) };
  const report = JSON.parse(run.stdout);
  const audit = (id) => report.audits[id]?.numericValue;
  return {
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    first_contentful_paint_ms: Math.round(audit('first-contentful-paint')),
    largest_contentful_paint_ms: Math.round(audit('largest-contentful-paint')),
    total_blocking_time_ms: Math.round(audit('total-blocking-time')),
    cumulative_layout_shift: +audit('cumulative-layout-shift').toFixed(3),
    failing_accessibility_audits: Object.values(report.audits).filter((a) => a.score === 0 && report.categories.accessibility.auditRefs.some((r) => r.id === a.id)).map((a) => a.id),
  };
}

const server = spawn('node', ['tests/e2e/serve.mjs', 'dist', String(PORT), '/', '--headers'], { stdio: 'inherit' });
await new Promise((r) => setTimeout(r, 500));
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const size = await sizes();
  const load = await loads(browser);
  const redraw = await redraws(browser);
  await browser.close();
  const results = {
    measured_at: new Date().toISOString(),
    machine: `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB; ${spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim()}`,
    budgets: BUDGETS,
    first_render_bytes: size,
    load,
    redraw,
    projection: await projection(),
    lighthouse: lighthouse(),
  };
  await writeFile('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  const verdict = (ok) => (ok ? 'met' : 'NOT MET');
  const lines = [
    `Measured ${results.measured_at} on ${results.machine}`,
    '',
    '| measure | value | budget | |',
    '|---|---|---|---|',
    `| first render download (html+js+wasm+css) | ${kb(size.total.raw)} raw, ${kb(size.total.gzip)} gzip, **${kb(size.total.brotli)} brotli** | ≤ 200 KB brotli | ${verdict(size.total.brotli / 1024 <= BUDGETS.first_render_brotli_kb)} |`,
    ...size.files.map((f) => `| · ${f.file.replace(/-[0-9a-f]{8,16}/, '')} | ${kb(f.raw)} raw, ${kb(f.gzip)} gzip, ${kb(f.brotli)} brotli | | |`),
    `| navigation to both charts drawn (${LOADS} cold loads, loopback) | median ${load.charts_drawn_ms.median} ms, max ${load.charts_drawn_ms.max} ms | ≤ 400 ms | ${verdict(load.charts_drawn_ms.median <= BUDGETS.charts_drawn_ms)} |`,
    `| input to both charts redrawn (${CHANGES} changes × 5 controls) | median ${redraw.all.median} ms, p95 ${redraw.all.p95} ms | ≤ 4 ms, ≤ 8 ms | ${verdict(redraw.all.median <= BUDGETS.redraw_median_ms && redraw.all.p95 <= BUDGETS.redraw_p95_ms)} |`,
    ...Object.entries(redraw.per_control).map(([name, q]) => `| · ${name} | median ${q.median} ms, p95 ${q.p95} ms, max ${q.max} ms | | |`),
    `| memory after load | JS heap ${kb(load.memory?.js_heap_used_bytes ?? 0)}, wasm ${kb(load.memory?.wasm_memory_bytes ?? 0)} | | |`,
    results.projection
      ? `| projection, one scenario end to end (criterion) | median ${results.projection.median_us} µs | ≤ 20 µs | ${verdict(results.projection.median_us <= BUDGETS.projection_us)} |`
      : '| projection (criterion) | not measured: run `cargo bench --bench projection` first | ≤ 20 µs | |',
    results.lighthouse && !results.lighthouse.error
      ? `| Lighthouse (mobile, simulated throttling) | performance ${results.lighthouse.performance}, accessibility ${results.lighthouse.accessibility}; FCP ${results.lighthouse.first_contentful_paint_ms} ms, LCP ${results.lighthouse.largest_contentful_paint_ms} ms, TBT ${results.lighthouse.total_blocking_time_ms} ms, CLS ${results.lighthouse.cumulative_layout_shift} | ≥ 95, 100 | ${verdict(results.lighthouse.performance >= 95 && results.lighthouse.accessibility >= 100)} |`
      : `| Lighthouse | ${results.lighthouse?.error ? `failed: ${results.lighthouse.error.replace(/\s+/g, ' ').slice(0, 120)}` : 'skipped'} | ≥ 95, 100 | |`,
  ];
  console.log(lines.join('\n'));
  await writeFile('bench/results.md', `${lines.join('\n')}\n`);
} finally {
  server.kill();
}
