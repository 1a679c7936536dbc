// A tiny static server for the end-to-end tests and benchmarks: correct MIME types (wasm must
// be application/wasm), no caching, brotli or gzip as the browser asks (as any static host or
// CDN does: the benchmarks must see real transfer sizes), loopback only.
//   node tests/e2e/serve.mjs <dir> <port> [<url prefix>] [--headers]
// With --headers it also sends what <dir>/_headers (written by scripts/csp.mjs, the format
// Netlify and Cloudflare Pages read) asks for: the strict CSP, CORS, cache lifetimes. That is
// how the suite checks the release build as it would be deployed.
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const [root = 'dist', port = '8090', prefix = '/'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const base = resolve(root);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** `_headers` rules: [{ pattern, headers: [[name, value]] }]; `/*` matches every path. */
async function readRules() {
  if (!flags.includes('--headers')) return [];
  const rules = [];
  for (const line of (await readFile(join(base, '_headers'), 'utf8')).split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}
const rules = await readRules();

const compressible = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.svg', '.csv', '.txt']);
const compressed = new Map();
/** The body in the best encoding the request accepts: [body, encoding or undefined]. */
function encode(file, body, accept = '') {
  if (!compressible.has(extname(file))) return [body, undefined];
  const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : undefined;
  if (!encoding) return [body, undefined];
  const key = `${encoding}:${file}:${body.length}`;
  if (!compressed.has(key)) {
    compressed.set(key, encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 9 }));
  }
  return [compressed.get(key), encoding];
}
const matches = (pattern, path) => pattern === path || (pattern.endsWith('/*') && path.startsWith(pattern.slice(0, -1)));

// Compress everything up front, as a CDN serves precompressed files: compressing the wasm on
// first request (brotli at its best level takes seconds here) would stall the first test.
for (const entry of await readdir(base, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = join(entry.parentPath ?? entry.path, entry.name);
  const body = await readFile(file);
  for (const accept of ['br', 'gzip']) encode(file, body, accept);
}

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  if (!path.startsWith(prefix)) {
    res.writeHead(404).end('not found');
    return;
  }
  path = `/${path.slice(prefix.length)}`;
  let file = normalize(join(base, path));
  if (!file.startsWith(base)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    for (const rule of rules.filter((r) => matches(r.pattern, path))) {
      for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
    }
    // Tests and benchmarks must never see a cached file.
    headers['cache-control'] = 'no-store';
    const [sent, encoding] = encode(file, body, req.headers['accept-encoding']);
    if (encoding) headers['content-encoding'] = encoding;
    headers.vary = 'accept-encoding';
    res.writeHead(200, headers);
    res.end(sent);
  } catch {
    res.writeHead(404).end('not found');
  }
}).listen(Number(port), '127.0.0.1');
