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
//   4. the main wasm's imports from the glue script get short names, in both (release only:
//      `withShortImportNames`);
//   5. the glue script and the loader are minified (terser);
//   6. every module, the glue script and the loader get a content hash in their names (the
//      host caches hashed files for a year: see scripts/csp.mjs) and the references to them
//      are rewritten, index.html's included.
// A build without the `split` feature has no split points: then nothing is done.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

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

// The boot script (Trunk.toml) asks for the modules a link or a saved plan needs next to the
// wasm when there is one to read: the code that reads them (`read_opening`, src/boot.rs), and,
// when the query says it will be shown at once, the list of changed assumptions or the
// notices. It gets their names and the names of the shared modules they need, by split point,
// in place of its placeholder.
const OPENING_SPLITS = ['read_opening', 'start_notices_view', 'edited_assumptions_view'];

// Release builds ship the two scripts minified: wasm-bindgen's glue is 56 KB of readable
// JavaScript (8.2 KB brotli, 6.4 minified), and Trunk's own minifier cannot parse it (it leaves
// the script as it is). As ES modules: their exports keep their names.
async function minified(script) {
  if (!release) return script;
  const { code } = await minify(script, { module: true, compress: true, mangle: true });
  return code;
}

const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

const glue = (await readdir(dist)).find((f) => /^hireplan-[0-9a-f]+\.js$/.test(f));
if (!glue) {
  console.error(`split-wasm: no hireplan-<hash>.js in ${dist}`);
  process.exit(1);
}
const stem = glue.slice(0, -'.js'.length);
// What wasm-bindgen calls its output, whatever the build's hash (see split() for why).
const BINDGEN_NAME = 'hireplan';

const work = join(target, 'wasm-split', release ? 'release' : 'debug');
await rm(work, { recursive: true, force: true });
await mkdir(work, { recursive: true });
run('wasm-split-cli', ['--target', 'web', '--out-name', stem, input, work]);
// One module per split point (split_<name>.wasm) and one per piece of code several of them
// share (chunk_<n>.wasm); everything else the tool wrote is the main module.
const chunks = (await readdir(work)).filter((f) => /^(split_|chunk_).*\.wasm$/.test(f));
if (chunks.length === 0) {
  console.log('split-wasm: no split points in this build; the wasm is left as Trunk made it');
  await nameOpeningParts({});
} else {
  await split();
}

// A part's module comes with the shared modules it needs, all asked for at once: once the
// charts are drawn, two parts (the ready-made comparisons and the embed panel) asked for 21
// files in one task. Each `fetch` call costs the main thread 0.5–2 ms here, more while
// DevTools (Lighthouse, the bench) watches the network: traced, a 40–65 ms task right after
// the page was swapped in, most of it in `fetch` (README, Performance). Each module is now
// asked for in a task of its own, in the order asked (a message to the page itself: unlike
// `setTimeout`, never held back 4 ms once nested), and the download and compiling go on as
// before.
function fetchedInTurn(loader, modules) {
  const call = 'fetch(new URL(';
  const calls = loader.split(call).length - 1;
  if (calls !== modules) {
    console.error(`split-wasm: the loader fetches ${calls} modules in ${call}…), not the ${modules} written`);
    process.exit(1);
  }
  const inTurn = `
const fetchQueue = [];
const fetchTurns = new MessageChannel();
fetchTurns.port1.onmessage = () => {
  const next = fetchQueue.shift();
  if (fetchQueue.length > 0) fetchTurns.port2.postMessage(0);
  next();
};
function fetchInTurn(url) {
  return new Promise((resolve) => {
    if (fetchQueue.push(() => resolve(fetch(url))) === 1) fetchTurns.port2.postMessage(0);
  });
}
`;
  // After the imports: a module's imports come first.
  const lastImport = [...loader.matchAll(/^import [^\n]*\n/gm)].pop();
  const at = lastImport ? lastImport.index + lastImport[0].length : 0;
  return loader.slice(0, at) + inTurn + loader.slice(at).replaceAll(call, 'fetchInTurn(new URL(');
}

async function nameOpeningParts(parts) {
  const page = join(dist, 'index.html');
  const html = await readFile(page, 'utf8');
  if (!html.includes('HIREPLAN_OPENING_PARTS')) {
    console.error('split-wasm: index.html has no HIREPLAN_OPENING_PARTS for the boot script');
    process.exit(1);
  }
  await writeFile(page, html.replaceAll('HIREPLAN_OPENING_PARTS', JSON.stringify(parts)));
}

// wasm-streams, a dependency of Leptos's server functions (which this page never calls),
// exports three JavaScript classes from the wasm. Nothing imports them, yet every tool keeps an
// export and the code behind it: about 1 KB brotli of wasm and 0.3 KB of script. They are
// taken out, from the wasm by wasm-metadce (every other export is a root, every import a node
// it may drop), and from the script by `withoutClasses`. Returns the classes' names.
async function withoutStreamClasses(from, to, features) {
  const module = new WebAssembly.Module(await readFile(from));
  const isStream = (name) => /^(__wbg_)?intounderlying/.test(name);
  const graph = [
    ...WebAssembly.Module.exports(module).filter((e) => !isStream(e.name)).map((e) => ({ name: `export ${e.name}`, root: true, export: e.name })),
    ...WebAssembly.Module.imports(module).map((i) => ({ name: `import ${i.module} ${i.name}`, import: [i.module, i.name] })),
  ];
  const removed = WebAssembly.Module.exports(module).filter((e) => isStream(e.name));
  if (removed.length === 0) {
    await copyFile(from, to);
    return [];
  }
  const graphFile = `${to}.graph.json`;
  await writeFile(graphFile, JSON.stringify(graph));
  // Quiet: it lists every function and import it found unused.
  const result = spawnSync('wasm-metadce', ['-f', graphFile, ...features.filter((f) => f.startsWith('--enable-')), from, '-o', to], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    console.error(`split-wasm: wasm-metadce failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
  return ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];
}

// wasm-bindgen's script without `classes`: each class, its `Symbol.dispose` line and its
// finalization registry. The build stops if a trace of one is left (wasm-bindgen wrote it in
// another shape).
function withoutClasses(script, classes) {
  let out = script;
  for (const name of classes) {
    out = out
      .replace(new RegExp(`export class ${name} \\{[\\s\\S]*?\\nif \\(Symbol\\.dispose\\) ${name}\\.prototype\\[Symbol\\.dispose\\] = ${name}\\.prototype\\.free;\\n`), '')
      .replace(new RegExp(`const ${name}Finalization = \\(typeof FinalizationRegistry === 'undefined'\\)\\n[^\\n]*\\n[^\\n]*\\n`), '');
    if (out.includes(name)) {
      console.error(`split-wasm: the script still names ${name} after taking it out`);
      process.exit(1);
    }
  }
  return out;
}

// The files the loader fetches for each split point of OPENING_SPLITS and the shared modules
// they wait for, by split point: `{ read_opening: [...], ... }`. The boot script asks for the
// reader's whenever it asks for any: a later split point lists only the files the ones before
// it do not.
function openingParts(loader) {
  const file = (entry) => loader.match(new RegExp(`const ${entry} = makeLoad\\(\\(\\) => \\{\\s*const src = fetch\\(new URL\\("\\./([^"]+)"`))?.[1];
  const parts = {};
  for (const name of OPENING_SPLITS) {
    const split = loader.match(new RegExp(`export const __wasm_split_load_${name} = wrapAsyncCb\\(makeLoad\\(\\(\\) => \\{\\s*const src = fetch\\(new URL\\("\\./([^"]+)"[\\s\\S]*?\\n, \\[([^\\]]*)\\]\\)\\);`));
    if (!split) {
      console.error(`split-wasm: the loader has no ${name} module`);
      process.exit(1);
    }
    const deps = split[2].split(',').map((d) => d.trim()).filter(Boolean);
    const files = [split[1], ...deps.map(file)];
    if (files.some((f) => !f)) {
      console.error(`split-wasm: a module ${name} needs is not in the loader (${deps.join(', ')})`);
      process.exit(1);
    }
    const listed = Object.values(parts).flat();
    parts[name] = files.filter((f) => !listed.includes(f));
  }
  return parts;
}

async function split() {

  // --keep-lld-exports: the modules on demand put their functions into the main module's
  // function table and call through it, so the loader hands them that table; without the flag
  // wasm-bindgen stops exporting it (none of its own script needs it). Exported, it is also a
  // table wasm-opt leaves laid out as it is.
  // Its out-name is the module name each of the wasm's ~220 imports repeats. A fixed one
  // ("./hireplan_bg.js") rather than the hashed file's stem: the hash's 16 random hex digits
  // moved the main wasm's brotli size by up to 183 B from one build of the same code to the
  // next. The files are given their hashed names when written to dist below.
  run('wasm-bindgen', ['--target=web', `--out-dir=${work}/bindgen`, `--out-name=${BINDGEN_NAME}`, '--no-typescript', '--keep-lld-exports', join(work, `${stem}.wasm`)]);

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
  await nameOpeningParts(openingParts(loader));
  loader = fetchedInTurn(loader, chunks.length);
  loader = await minified(loader);

  const unused = await withoutStreamClasses(join(work, 'bindgen', `${BINDGEN_NAME}_bg.wasm`), join(work, `${stem}_bg.nostreams.wasm`), params);
  let main = await optimised(join(work, `${stem}_bg.nostreams.wasm`), join(work, `${stem}_bg.opt.wasm`));
  let js = withoutClasses(await readFile(join(work, 'bindgen', `${BINDGEN_NAME}.js`), 'utf8'), unused);
  // Only where the script imports it: the imports object handed to the wasm keeps the module
  // name the wasm asks for. The loader's name comes last (it names the script, below).
  const from = ' from "./__wasm_split.js"';
  if (!js.includes(from)) {
    console.error('split-wasm: the wasm-bindgen script does not import the loader');
    process.exit(1);
  }
  const LOADER = 'HIREPLAN_LOADER_FILE';
  js = js.replaceAll(from, ` from ${JSON.stringify(`./${LOADER}`)}`);
  if (release) ({ wasm: main, script: js } = withShortImportNames(main, js));
  js = await minified(js);
  // The script and the wasm are named by what they and the loader hold, as the modules on
  // demand are: Trunk's name hashes its own build of the wasm, so a change to these steps alone
  // (the short import names) would have shipped new bytes under names hosts cache for a year,
  // and SRI would refuse a cached file that no longer matched (the page could not start until
  // the cache let go). The loader imports the script, and the script the loader: the loader is
  // named last, by its bytes with the script's new name in them.
  const named = `hireplan-${hash(Buffer.concat([main, Buffer.from(js), Buffer.from(loader)]))}`;
  if (!loader.includes(`./${stem}.js`) || !js.includes(LOADER)) {
    console.error(`split-wasm: the loader does not import ./${stem}.js, or the script not the loader`);
    process.exit(1);
  }
  loader = loader.replaceAll(`./${stem}.js`, `./${named}.js`);
  const loaderName = `hireplan-loader-${hash(loader)}.js`;
  await writeFile(join(dist, loaderName), loader);
  js = js.replaceAll(LOADER, loaderName);
  await rm(join(dist, glue));
  await rm(join(dist, `${stem}_bg.wasm`));
  await writeFile(join(dist, `${named}_bg.wasm`), main);
  await writeFile(join(dist, `${named}.js`), js);
  const page = join(dist, 'index.html');
  const pageText = await readFile(page, 'utf8');
  if (!pageText.includes(`/${stem}.js`) || !pageText.includes(`/${stem}_bg.wasm`)) {
    console.error(`split-wasm: index.html does not name ${stem}.js and ${stem}_bg.wasm`);
    process.exit(1);
  }
  await writeFile(page, pageText.replaceAll(stem, named));
  console.log(`split-wasm: ${named}_bg.wasm ${main.length} B, on demand: ${written.join(', ')}; loader ${loaderName}`);
}

// wasm-bindgen names each function the wasm imports from its script `__wbg_<name>_<16 hex
// digits>`, and writes each name twice: in the wasm's import section and in the script that
// provides it. About 200 names, 6.9 KB of text whose hashes brotli cannot shrink: measured,
// short names (`W0`, `W1`…) take the first download down by about 5 KB (README, Performance).
// Only the wasm's own imports are renamed, in its import section (every other byte is kept),
// and the same names in the script, whole words only; the build stops if a name is missing
// from the script or left in either. The modules on demand import from the main module, never
// from the script (checked here too).
function withShortImportNames(wasm, script) {
  const imported = WebAssembly.Module.imports(new WebAssembly.Module(wasm)).filter((i) => i.name.startsWith('__wbg_'));
  const names = new Map(imported.map((i, n) => [i.name, `W${n.toString(36)}`]));
  if (names.size !== imported.length) {
    console.error('split-wasm: the wasm imports a __wbg_ name twice');
    process.exit(1);
  }
  const renamed = renameImports(wasm, names);
  let out = script;
  for (const [long, short] of names) {
    const word = new RegExp(`\\b${long}\\b`, 'g');
    if (!word.test(out) || new RegExp(`\\b${short}\\b`).test(script)) {
      console.error(`split-wasm: ${long} is not in the script, or ${short} already is`);
      process.exit(1);
    }
    out = out.replace(word, short);
  }
  // Import by import: the same module and kind, the name only where it was to be renamed.
  const before = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
  const after = WebAssembly.Module.imports(new WebAssembly.Module(renamed));
  const same = after.length === before.length && before.every((b, i) =>
    after[i].module === b.module && after[i].kind === b.kind && after[i].name === (names.get(b.name) ?? b.name));
  if (!same) {
    console.error('split-wasm: renaming the imports changed more than their names');
    process.exit(1);
  }
  return { wasm: renamed, script: out };
}

// The wasm with its import section rewritten: each import's field name replaced where `names`
// has it; module names, kinds and descriptions copied byte for byte.
function renameImports(wasm, names) {
  const bytes = new Uint8Array(wasm);
  let at = 8;
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  const encode = (value) => {
    const out = [];
    do {
      let byte = value % 128;
      value = Math.floor(value / 128);
      if (value > 0) byte |= 0x80;
      out.push(byte);
    } while (value > 0);
    return out;
  };
  const text = new TextEncoder();
  const decode = new TextDecoder();
  const parts = [bytes.subarray(0, 8)];
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    if (id !== 2) {
      parts.push(bytes.subarray(start, end));
      at = end;
      continue;
    }
    const body = [...encode(leb())];
    while (at < end) {
      const moduleStart = at;
      const moduleLength = leb();
      at += moduleLength;
      const moduleBytes = bytes.subarray(moduleStart, at);
      const fieldLength = leb();
      const field = decode.decode(bytes.subarray(at, at + fieldLength));
      at += fieldLength;
      const descStart = at;
      const kind = bytes[at++];
      if (kind === 0) leb();
      else if (kind === 1) { at++; limits(); }
      else if (kind === 2) limits();
      else if (kind === 3) at += 2;
      else if (kind === 4) { at++; leb(); }
      else {
        console.error(`split-wasm: an import of unknown kind ${kind}`);
        process.exit(1);
      }
      const name = text.encode(names.get(field) ?? field);
      body.push(...moduleBytes, ...encode(name.length), ...name, ...bytes.subarray(descStart, at));
    }
    parts.push(Uint8Array.from([2, ...encode(body.length), ...body]));
  }
  function limits() {
    const flags = bytes[at++];
    leb();
    if (flags & 1) leb();
  }
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return Buffer.from(out);
}
