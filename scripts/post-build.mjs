// Trunk's post_build hook (Trunk.toml), in order: Trunk runs the hooks of one stage at the
// same time, and these steps depend on each other, so they are one hook.
//   0. scripts/split-wasm.mjs: the parts of the page fetched on demand cut out of the wasm;
//   1. src/bin/prerender.rs (a native build of the crate with the `ssr` feature): the page for
//      the default scenario into index.html, and the link-preview image;
//   2. scripts/csp.mjs: the integrity hashes of the loader, then the Content-Security-Policy
//      with the hash of every inline script of the finished page.
import { spawnSync } from 'node:child_process';

await import('./split-wasm.mjs');

const prerender = spawnSync(
  'cargo',
  ['run', '--quiet', '--locked', '--no-default-features', '--features', 'ssr', '--bin', 'prerender'],
  { stdio: 'inherit' },
);
if (prerender.status !== 0) {
  console.error(`post-build: the prerender failed (exit ${prerender.status ?? prerender.signal})`);
  process.exit(1);
}
await import('./csp.mjs');
