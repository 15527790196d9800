// Speed and size of the built package (www/pkg) against compromise and wink-nlp, measured in
// the same Node process on the same texts. `make bench` runs it after `make build`.
// Prints a table and writes target/bench.json.
//
//   node tools/bench.mjs           the whole benchmark
//   BENCH_TEXT=FILE node tools/bench.mjs
//                                  the same, the annotators timed on FILE's text (its first
//                                  100,000 characters, repeated when shorter) instead of the
//                                  sample article repeated, in which words recur more than in
//                                  a stream of different articles
//   node tools/bench.mjs --cold    (internal) one cold start, printed as milliseconds
//   node tools/bench.mjs --memory  (internal) peak memory annotating 10 MB, printed as bytes
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { SAMPLE } from '../www/sample.js';

const PKG = new URL('../www/pkg/', import.meta.url);
const WASM = new URL('article_annotator_bg.wasm', PKG);
const GLUE = new URL('article_annotator.js', PKG);

/** `text` (SAMPLE unless given) repeated, paragraph by paragraph, to `chars` characters. */
function textOf(chars, text = SAMPLE) {
  let out = '';
  while (out.length < chars) out += text + '\n\n';
  return out.slice(0, chars);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs `fn` at least three times and for half a second: time for V8 to optimise the hot
 * code of JavaScript and WebAssembly alike. */
function warmUp(fn) {
  const start = performance.now();
  for (let i = 0; i < 3 || performance.now() - start < 500; i++) fn();
}

/** Milliseconds of each of `passes` runs of `fn`. */
function runs(fn, passes) {
  const out = [];
  for (let i = 0; i < passes; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/** Median milliseconds of `passes` runs of `fn` after warming up. */
function time(fn, passes) {
  warmUp(fn);
  return median(runs(fn, passes));
}

/** The code and data sections of a wasm module, raw and gzipped on their own: where its bytes go. */
function sections(bytes) {
  const leb = (at) => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[at++];
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return [value, at];
    }
  };
  const out = {};
  for (let at = 8; at < bytes.length;) {
    const id = bytes[at];
    const [length, start] = leb(at + 1);
    const name = { 10: 'code', 11: 'data' }[id];
    if (name) {
      const body = bytes.subarray(start, start + length);
      out[name] = { raw: length, gzip: gzipSync(body, { level: 9 }).length };
    }
    at = start + length;
  }
  return out;
}

async function loadOurs() {
  const mod = await import(GLUE);
  const exports = await mod.default({ module_or_path: await readFile(WASM) });
  return { annotate: mod.annotate, memory: exports.memory };
}

// Cold start: import the glue, compile and instantiate the module, annotate the sample. It
// uses `initSync`, as Node code should: the async `init` first touches `Response`, which makes
// Node 20 load its fetch implementation (about 30 ms, a Node cost browsers do not have).
if (process.argv[2] === '--cold') {
  const bytes = await readFile(WASM);
  const t0 = performance.now();
  const mod = await import(GLUE);
  mod.initSync({ module: bytes });
  mod.annotate(SAMPLE);
  console.log(performance.now() - t0);
  process.exit(0);
}

if (process.argv[2] === '--memory') {
  const { annotate, memory } = await loadOurs();
  const text = textOf(10_000_000);
  const before = process.memoryUsage().rss;
  const doc = annotate(text);
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ peakRss: peak, rssBefore: before, wasmMemory: memory.buffer.byteLength, spans: doc.mentions.length + doc.figures.length + doc.quotes.length }));
  process.exit(0);
}

const { annotate } = await loadOurs();
const nlp = (await import('compromise')).default;
nlp.plugin((await import('compromise-dates')).default);
const winkNLP = (await import('wink-nlp')).default;
const winkModel = (await import('wink-eng-lite-web-model')).default;
const wink = winkNLP(winkModel);

const peers = {
  'article-annotator': (text) => annotate(text),
  compromise: (text) => {
    const doc = nlp(text);
    return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array'),
      doc.money().out('array'), doc.percentages().out('array'), doc.quotations().out('array'), doc.dates().out('array')];
  },
  'wink-nlp': (text) => wink.readDoc(text).entities().out(),
};

// The annotators take turns, a few passes each per round, so that the machine's speed, which
// drifts, weighs on all of them alike; each one's median is over all its passes.
const speedSource = process.env.BENCH_TEXT;
const speedText = textOf(100_000, speedSource ? await readFile(speedSource, 'utf8') : SAMPLE);
const ROUNDS = 7;
const passesPerRound = { 'article-annotator': 3, compromise: 1, 'wink-nlp': 3 };
const times = {};
for (const fn of Object.values(peers)) warmUp(() => fn(speedText));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, fn] of Object.entries(peers)) {
    (times[name] ??= []).push(...runs(() => fn(speedText), passesPerRound[name]));
  }
}
const speed = {};
for (const [name, ms] of Object.entries(times)) {
  const med = median(ms);
  speed[name] = { ms: med, charsPerSecond: Math.round(speedText.length / (med / 1000)), passes: ms.length };
}

const scaling = {};
for (const chars of [10_000, 100_000, 1_000_000, 10_000_000]) {
  const text = textOf(chars);
  scaling[chars] = time(() => annotate(text), chars >= 10_000_000 ? 3 : chars >= 1_000_000 ? 5 : 21);
}

const colds = [];
for (let i = 0; i < 11; i++) {
  colds.push(Number(execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--cold']).toString()));
}
const memory = JSON.parse(execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--memory']).toString());

const gz = async (url) => { const b = await readFile(url); return { raw: b.length, gzip: gzipSync(b, { level: 9 }).length }; };
const size = { wasm: await gz(WASM), js: await gz(GLUE) };
size.total = { raw: size.wasm.raw + size.js.raw, gzip: size.wasm.gzip + size.js.gzip };
size.sections = sections(await readFile(WASM));

const ours = speed['article-annotator'].charsPerSecond;
const result = {
  node: process.version,
  text: speedSource ?? 'www/sample.js, repeated',
  textChars: speedText.length,
  speed,
  ratios: { vsCompromise: ours / speed.compromise.charsPerSecond, vsWink: ours / speed['wink-nlp'].charsPerSecond },
  coldStartMs: { median: median(colds), runs: colds },
  scalingMs: scaling,
  scaling10MBover1000x10KB: scaling[10_000_000] / (1000 * scaling[10_000]),
  memory10MB: memory,
  size,
};

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`\nThroughput on ${speedText.length.toLocaleString()} characters of ${result.text} (medians of passes taken in turns, ${ROUNDS} rounds, Node ${process.version}):`);
console.log('| annotator | ms | chars/s |\n|---|---:|---:|');
for (const [name, s] of Object.entries(speed)) console.log(`| ${name} | ${s.ms.toFixed(1)} | ${s.charsPerSecond.toLocaleString()} |`);
console.log(`\nours / compromise: ${result.ratios.vsCompromise.toFixed(1)}x, ours / wink-nlp: ${result.ratios.vsWink.toFixed(1)}x`);
console.log(`cold start to first annotation: ${result.coldStartMs.median.toFixed(1)} ms (median of ${colds.length} processes)`);
console.log('scaling: ' + Object.entries(scaling).map(([c, ms]) => `${Number(c).toLocaleString()} chars ${ms.toFixed(1)} ms`).join(', '));
console.log(`10 MB time / (1000 x 10 KB time): ${result.scaling10MBover1000x10KB.toFixed(2)}`);
const mb = (n) => `${(n / 2 ** 20).toFixed(0)} MB`;
console.log(`annotating 10 MB: wasm memory ${mb(memory.wasmMemory)}; process peak RSS ${mb(memory.peakRss)}, ${mb(memory.rssBefore)} before the call (Node and the text)`);
console.log(`download: wasm ${kb(size.wasm.raw)} (${kb(size.wasm.gzip)} gz), JS ${kb(size.js.raw)} (${kb(size.js.gzip)} gz), total ${kb(size.total.gzip)} gz`);
console.log(`  wasm code ${kb(size.sections.code.raw)} (${kb(size.sections.code.gzip)} gz alone), data: model and word lists ${kb(size.sections.data.raw)} (${kb(size.sections.data.gzip)} gz alone)`);
await mkdir(new URL('../target/', import.meta.url), { recursive: true });
await writeFile(new URL('../target/bench.json', import.meta.url), JSON.stringify(result, null, 2));
console.log('written target/bench.json');
