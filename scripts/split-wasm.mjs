// Trunk's post_build hook, first step (scripts/post-build.mjs): cuts the parts of the page a
// first visit does not need out of the release wasm, into modules fetched on their first use
// (src/components/on_demand.rs explains which and why).
//
// Trunk runs cargo, then wasm-bindgen, then wasm-opt, with no stage in between; the splitting
// tool must see the wasm before wasm-bindgen. So this redoes the last two steps on cargo's own
// output, split, and puts the results in place of Trunk's under the same names:
//   1. wasm-split-cli: cargo's wasm → the main module, one module per split point, and a
//      loader script (`__wasm_split.js`) that fetches them;
//   2. wasm-bindgen on the main module, with the arguments Trunk uses;
//   3. wasm-opt on every module, with the level and parameters index.html gives Trunk;
//   4. each module and the loader get a content hash in their names (the host caches hashed
//      files for a year: see scripts/csp.mjs) and the references to them are rewritten.
// A build without the `split` feature has no split points: then nothing is done.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dist = process.env.TRUNK_STAGING_DIR || 'dist';
const release = (process.env.TRUNK_PROFILE || 'release') === 'release';
const target = process.env.CARGO_TARGET_DIR || 'target';
const input = join(target, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'hireplan.wasm');

function run(command, args) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    console.error(`split-wasm: ${command} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

const glue = (await readdir(dist)).find((f) => /^hireplan-[0-9a-f]+\.js$/.test(f));
if (!glue) {
  console.error(`split-wasm: no hireplan-<hash>.js in ${dist}`);
  process.exit(1);
}
const stem = glue.slice(0, -'.js'.length);

const work = join(target, 'wasm-split', release ? 'release' : 'debug');
await rm(work, { recursive: true, force: true });
await mkdir(work, { recursive: true });
run('wasm-split-cli', ['--target', 'web', '--out-name', stem, input, work]);
// One module per split point (split_<name>.wasm) and one per piece of code several of them
// share (chunk_<n>.wasm); everything else the tool wrote is the main module.
const chunks = (await readdir(work)).filter((f) => /^(split_|chunk_).*\.wasm$/.test(f));
if (chunks.length === 0) {
  console.log('split-wasm: no split points in this build; the wasm is left as Trunk made it');
} else {
  await split();
}

async function split() {

  // --keep-lld-exports: the modules on demand put their functions into the main module's
  // function table and call through it, so the loader hands them that table; without the flag
  // wasm-bindgen stops exporting it (none of its own script needs it). Exported, it is also a
  // table wasm-opt leaves laid out as it is.
  run('wasm-bindgen', ['--target=web', `--out-dir=${work}/bindgen`, `--out-name=${stem}`, '--no-typescript', '--keep-lld-exports', join(work, `${stem}.wasm`)]);

  // The same optimisation Trunk gives the unsplit wasm: read from index.html's rust link, so the
  // two can never disagree.
  const html = await readFile('index.html', 'utf8');
  const rustLink = html.match(/<link data-trunk rel="rust"[^>]*>/)?.[0] ?? '';
  const level = rustLink.match(/data-wasm-opt="([^"]+)"/)?.[1];
  const params = rustLink.match(/data-wasm-opt-params="([^"]*)"/)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
  async function optimised(from, to) {
    if (release && level && level !== '0') {
      run('wasm-opt', [`-O${level}`, ...params, from, '-o', to]);
    } else {
      await copyFile(from, to);
    }
    return readFile(to);
  }

  let loader = await readFile(join(work, '__wasm_split.js'), 'utf8');
  const written = [];
  for (const chunk of chunks) {
    const bytes = await optimised(join(work, chunk), join(work, `opt-${chunk}`));
    // split_csv_file.wasm → hireplan-csv_file-<hash>.wasm, chunk_4.wasm → hireplan-chunk_4-<hash>.wasm
    const name = `hireplan-${chunk.replace(/^split_/, '').replace(/\.wasm$/, '')}-${hash(bytes)}.wasm`;
    const quoted = JSON.stringify(`./${chunk}`);
    if (!loader.includes(quoted)) {
      console.error(`split-wasm: the loader does not name ${chunk}`);
      process.exit(1);
    }
    loader = loader.replaceAll(quoted, JSON.stringify(`./${name}`));
    await writeFile(join(dist, name), bytes);
    written.push(name);
  }
  const loaderName = `hireplan-loader-${hash(loader)}.js`;
  await writeFile(join(dist, loaderName), loader);

  const main = await optimised(join(work, 'bindgen', `${stem}_bg.wasm`), join(work, `${stem}_bg.opt.wasm`));
  await writeFile(join(dist, `${stem}_bg.wasm`), main);
  let js = await readFile(join(work, 'bindgen', `${stem}.js`), 'utf8');
  // Only where the script imports it: the imports object handed to the wasm keeps the module
  // name the wasm asks for.
  const from = ' from "./__wasm_split.js"';
  if (!js.includes(from)) {
    console.error('split-wasm: the wasm-bindgen script does not import the loader');
    process.exit(1);
  }
  js = js.replaceAll(from, ` from ${JSON.stringify(`./${loaderName}`)}`);
  await writeFile(join(dist, glue), js);
  console.log(`split-wasm: ${stem}_bg.wasm ${main.length} B, on demand: ${written.join(', ')}; loader ${loaderName}`);
}
