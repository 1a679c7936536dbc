// A tiny static server for the end-to-end tests and benchmarks: correct MIME types (wasm must
// be application/wasm), no caching, loopback only.
//   node tests/e2e/serve.mjs <dir> <port> [<url prefix>] [--headers]
// With --headers it also sends what <dir>/_headers (written by scripts/csp.mjs, the format
// Netlify and Cloudflare Pages read) asks for: the strict CSP, CORS, cache lifetimes. That is
// how the suite checks the release build as it would be deployed.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

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
const matches = (pattern, path) => pattern === path || (pattern.endsWith('/*') && path.startsWith(pattern.slice(0, -1)));

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
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
}).listen(Number(port), '127.0.0.1');
