// The npm package (www/package.json) as an embedder gets it: `npm pack`, the tarball installed
// offline into an empty project, then the API from Node, and the API, the element, its CSS and
// its worker from a page in Chromium, each reached through the package's `exports`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, relative, sep } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { ROOT, assertContract, startBrowser } from './harness.mjs';

const run = promisify(execFile);
const WWW = join(ROOT, 'www');
const npm = (args, cwd) => run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, maxBuffer: 1 << 24 });

const TEXT = '“We will win,” Jane Doe said after the US$34 million deal.';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };

let project;
let packed;
let resolve;
let server;
let browser;

/** A static server for the project folder, so the page loads the package from node_modules/. */
function serve(root) {
  const http = createServer(async (request, response) => {
    const path = join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (!path.startsWith(root + sep) || !(await stat(path).catch(() => null))?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(response);
  });
  return new Promise((done) => http.listen(0, '127.0.0.1', () => done({
    url: `http://127.0.0.1:${http.address().port}/`,
    close: () => new Promise((closed) => http.close(closed)),
  })));
}

before(async () => {
  project = await mkdtemp(join(tmpdir(), 'annotator-npm-'));
  const { stdout } = await npm(['pack', '--json', '--pack-destination', project], WWW);
  [packed] = JSON.parse(stdout);
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'embedder', private: true, type: 'module' }));
  await npm(['install', '--offline', join(project, packed.filename)], project);
  const require = createRequire(join(project, 'package.json'));
  resolve = (specifier) => `/${relative(project, require.resolve(specifier)).split(sep).join('/')}`;
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (project) await rm(project, { recursive: true, force: true });
});

test('the tarball holds the API, its types, the element with its modules and CSS, and the worker', async () => {
  const files = packed.files.map((f) => f.path);
  for (const file of ['pkg/article_annotator.js', 'pkg/article_annotator.d.ts', 'pkg/article_annotator_bg.wasm',
    'define.js', 'define.d.ts', 'article-annotator.js', 'loader.js', 'worker.js', 'highlight.css']) {
    assert.ok(files.includes(file), `${file} is packed`);
  }
  // Every module the packed modules import is packed too (wasm-bindgen's snippets included).
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    const source = await readFile(join(WWW, file), 'utf8');
    for (const [, imported] of source.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
      const target = join(file, '..', imported).split(sep).join('/');
      assert.ok(files.includes(target), `${file} imports ${target}, which is packed`);
    }
  }
  assert.ok(!files.some((f) => /\.(html|mjs)$|^app\.js$|^pkg\/package\.json$/.test(f)), `only the package's own files: ${files}`);
  const cargo = await readFile(join(ROOT, 'Cargo.toml'), 'utf8');
  assert.equal(packed.version, /^version = "(.*)"$/m.exec(cargo)[1], 'the npm version is the crate\'s');
});

test('the exports map names the API with its types, the element and its CSS', () => {
  assert.equal(resolve('article-annotator'), '/node_modules/article-annotator/pkg/article_annotator.js');
  assert.equal(resolve('article-annotator/element'), '/node_modules/article-annotator/define.js');
  assert.equal(resolve('article-annotator/element.css'), '/node_modules/article-annotator/highlight.css');
  assert.throws(() => resolve('article-annotator/app.js'), /ERR_PACKAGE_PATH_NOT_EXPORTED/);
});

test('Node uses the installed API', async () => {
  const script = `
    import { readFile } from 'node:fs/promises';
    import init, { annotate } from 'article-annotator';
    await init({ module_or_path: await readFile(new URL(import.meta.resolve('article-annotator/article_annotator_bg.wasm'))) });
    process.stdout.write(JSON.stringify(annotate(${JSON.stringify(TEXT)}, { date: '2025-06-02' })));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: project });
  const doc = JSON.parse(stdout);
  assertContract(doc, TEXT);
  assert.deepEqual(doc.quotes.map((q) => q.speaker?.text), ['Jane Doe']);
  assert.ok(doc.figures.some((f) => f.text === 'US$34 million' && f.currency === 'USD'));
});

test('TypeScript checks an embedder\'s use of the API and the element through the exports map', async () => {
  await writeFile(join(project, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['esnext', 'dom'], types: [] },
    files: ['embedder.ts'],
  }));
  await writeFile(join(project, 'embedder.ts'), `
import init, { annotate, type Document, type FigureKind } from 'article-annotator';
import { ArticleAnnotatorElement } from 'article-annotator/element';
await init();
const doc: Document = annotate('Prices rose 3.4%.', { date: '2025-06-02' });
const kinds: FigureKind[] = doc.figures.map((f) => f.kind);
const element: ArticleAnnotatorElement = document.createElement('article-annotator');
element.addEventListener('annotations-ready', (event) => console.log(event.detail.quotes.length, kinds));
element.addEventListener('annotation-progress', (event) => console.log(event.detail.fraction ?? 0));
element.kinds = null;
element.indirect = true;
element.select('mention', [0]);
const again: Document | null = await element.annotate();
console.log(again, ArticleAnnotatorElement.define);
// @ts-expect-error: a kind is not a list of the document
element.select('person', [0]);
`);
  await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: project })
    .catch((error) => assert.fail(`tsc: ${error.stdout}${error.stderr}`));
});

test('a page uses the installed API, element, CSS and worker in Chromium', async () => {
  server = await serve(project);
  const imports = Object.fromEntries(['article-annotator', 'article-annotator/element'].map((s) => [s, resolve(s)]));
  await writeFile(join(project, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Embedder</title><link rel="icon" href="data:,">
<script type="importmap">${JSON.stringify({ imports })}</script>
<link rel="stylesheet" href="${resolve('article-annotator/element.css')}">
<script type="module" src="main.js"></script></head>
<body><span class="swatch" data-kind="person"></span>
<article-annotator id="own" kinds="person money quote">${TEXT}</article-annotator>
<textarea id="draft"></textarea><article-annotator id="long" for="draft"></article-annotator></body></html>`);
  await writeFile(join(project, 'main.js'), `
import init, { annotate } from 'article-annotator';
import { ArticleAnnotatorElement } from 'article-annotator/element';
await init();
window.fromApi = annotate(${JSON.stringify(TEXT)});
window.defined = customElements.get('article-annotator') === ArticleAnnotatorElement;`);

  browser = await startBrowser();
  const page = await browser.context.newPage();
  await page.goto(`${server.url}index.html`);
  await page.locator('#own mark[data-kind="money"]').waitFor();
  const result = await page.evaluate(() => ({
    api: window.fromApi.figures.map((f) => f.text),
    defined: window.defined,
    marks: [...document.getElementById('own').shadowRoot.querySelectorAll('mark')].map((m) => `${m.dataset.kind}:${m.textContent}`),
    swatch: getComputedStyle(document.querySelector('.swatch')).borderTopStyle,
    members: Object.getOwnPropertyNames(customElements.get('article-annotator').prototype).filter((name) => name !== 'constructor'
      && !name.endsWith('Callback')),
  }));
  assert.deepEqual(result.api, ['US$34 million']);
  assert.equal(result.defined, true);
  assert.deepEqual(result.marks.sort(), ['money:US$34 million', 'person:Jane Doe', 'quote:“We will win,”']);
  assert.equal(result.swatch, 'solid', 'element.css styles the page\'s swatches');
  const types = await readFile(join(WWW, 'define.d.ts'), 'utf8');
  const declared = [...types.matchAll(/^ {2}(?:readonly )?(\w+)[(:]/gm)].map((m) => m[1]);
  assert.deepEqual([...new Set(declared)].filter((name) => !/EventListener$/.test(name)).sort(), result.members.sort(),
    'define.d.ts declares the element\'s properties and methods');

  // A long text goes to the package's worker.
  const worker = page.waitForEvent('worker');
  const ready = page.evaluate((text) => new Promise((done) => {
    const long = document.getElementById('long');
    long.addEventListener('annotations-ready', ({ detail }) => done(detail.quotes.length), { once: true });
    const draft = document.getElementById('draft');
    draft.value = text;
    draft.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }), `${TEXT}\n`.repeat(4_000));
  assert.match((await worker).url(), /\/node_modules\/article-annotator\/worker\.js$/);
  assert.equal(await ready, 4_000);
  assert.deepEqual(browser.requests.filter((url) => !url.startsWith(server.url) && !url.startsWith(browser.url)), []);
  assert.deepEqual(browser.errors, []);
});
