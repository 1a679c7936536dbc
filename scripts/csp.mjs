// Trunk post-build hook: computes the Content-Security-Policy for the built index.html (the
// hash of Trunk's inline loader script changes with every build) and writes it beside the
// files, as `csp.txt` (the policy alone) and `_headers` (Netlify / Cloudflare Pages format:
// the policy, the wasm MIME type, cache lifetimes and CORS for sandboxed embeds).
//
//   HIREPLAN_FRAME_ANCESTORS  who may embed the planner (default "*": any site; for example
//                             "'self' https://staffing.example")
import { createHash } from 'node:crypto';
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const ancestors = process.env.HIREPLAN_FRAME_ANCESTORS || '*';
let html = await readFile(join(dir, 'index.html'), 'utf8');

// The loader (Trunk.toml, pattern_script) fetches the script and the wasm after the first
// paint, with Subresource Integrity: their hashes go in place of its placeholders first, so
// the loader's own hash below covers them.
const files = await readdir(dir);
for (const [placeholder, pattern] of [['HIREPLAN_JS_INTEGRITY', /^hireplan-[0-9a-f]+\.js$/], ['HIREPLAN_WASM_INTEGRITY', /^hireplan-[0-9a-f]+_bg\.wasm$/]]) {
  if (!html.includes(placeholder)) continue;
  const file = files.find((f) => pattern.test(f));
  if (!file) throw new Error(`no file for ${placeholder} in ${dir}`);
  const digest = createHash('sha384').update(await readFile(join(dir, file))).digest('base64');
  html = html.replaceAll(placeholder, `sha384-${digest}`);
}
// The loader ships minified (terser, as split-wasm.mjs does the glue): Trunk.toml keeps it
// readable, and its comments and indentation were 0.1 KB of every first visit's brotli
// download. Release builds only, so a debug build's page shows the loader as written. Before
// the hashes below: the policy must name the text the browser runs.
if ((process.env.TRUNK_PROFILE || 'release') === 'release') {
  const loaders = [...html.matchAll(/<script type="?module"?>([\s\S]*?)<\/script>/g)].map(([, body]) => body);
  for (const body of loaders) {
    const { code } = await minify(body, { module: true, compress: true, mangle: true });
    html = html.replace(body, () => code);
  }
}
await writeFile(join(dir, 'index.html'), html);

// The stylesheet ships without its comments (they explain the source, not the page): about
// 1.9 KB of the brotli download. Comments only, nothing else rewritten: a minifier's
// range-syntax media queries would be ignored by Safari before 16.4. The stylesheet is linked
// without Subresource Integrity (see index.html), so rewriting it breaks no hash.
for (const file of (await readdir(dir)).filter((f) => f.endsWith('.css'))) {
  const css = await readFile(join(dir, file), 'utf8');
  const stripped = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\n\s*\n+/g, '\n');
  await writeFile(join(dir, file), stripped);
}

// Every inline <script> (no src attribute): hashed exactly as the browser sees its text.
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
);
if (hashes.length === 0) throw new Error(`no inline script found in ${dir}/index.html`);

export const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  `frame-ancestors ${ancestors}`,
].join('; ');

const hashed = files.filter((f) => /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css|svg|png)$/.test(f));
const headers = `/*
  Content-Security-Policy: ${policy}
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
/index.html
  Cache-Control: no-cache
/
  Cache-Control: no-cache
/embed.js
  Cache-Control: public, max-age=3600
  Access-Control-Allow-Origin: *
${hashed
  .map((f) => `/${f}\n  Cache-Control: public, max-age=31536000, immutable\n  Access-Control-Allow-Origin: *${f.endsWith('.wasm') ? '\n  Content-Type: application/wasm' : ''}`)
  .join('\n')}
`;
await writeFile(join(dir, 'csp.txt'), `${policy}\n`);
await writeFile(join(dir, '_headers'), headers);
console.log(`csp: ${hashes.length} inline script hash(es); frame-ancestors ${ancestors}`);
