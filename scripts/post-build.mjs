// Trunk's post_build hook (Trunk.toml), in order: Trunk runs the hooks of one stage at the
// same time, and these steps depend on each other, so they are one hook.
//   0. scripts/split-wasm.mjs: the parts of the page fetched on demand cut out of the wasm;
//   1. src/bin/prerender.rs (a native build of the crate with the `ssr` feature): the page for
//      the default scenario into index.html, and the link-preview image;
//   2. scripts/csp.mjs: the integrity hashes of the loader, then the Content-Security-Policy
//      with the hash of every inline script of the finished page.
// A failing step ends the hook with one line naming the step and the disk space left: Trunk
// then only says "hook call to node returned a bad status", and a log's tail is often all
// there is to read (a CI run once failed here with nothing more to go on).
import { spawnSync } from 'node:child_process';
import { statfsSync } from 'node:fs';

let step = 'split-wasm';
process.on('exit', (code) => {
  if (code === 0) return;
  let disk = 'free disk space unknown';
  try {
    const { bavail, bsize } = statfsSync('.');
    disk = `${((bavail * bsize) / 1e9).toFixed(1)} GB free on the build's disk`;
  } catch {
    // Not every file system answers statfs: the line then says it is unknown.
  }
  console.error(`post-build: ${step} failed (exit ${code}); ${disk}`);
});

try {
  await import('./split-wasm.mjs');

  step = 'prerender';
  const prerender = spawnSync(
    'cargo',
    ['run', '--quiet', '--locked', '--no-default-features', '--features', 'ssr', '--bin', 'prerender'],
    { stdio: 'inherit' },
  );
  if (prerender.status !== 0) {
    console.error(`post-build: cargo run --bin prerender ended with ${prerender.status ?? prerender.signal}${prerender.error ? ` (${prerender.error.message})` : ''}`);
    process.exit(1);
  }

  step = 'csp';
  await import('./csp.mjs');
} catch (error) {
  console.error(error);
  process.exit(1);
}
