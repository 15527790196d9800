/**
 * Shared set-up for the page tests: tools/serve.mjs on a free port, the system Chromium
 * through playwright-core (no downloaded browser), request and console recording, and a
 * checker for the annotation contract (docs/CONTRACT.md).
 *
 * The page needs the wasm package in www/pkg/ (`make build`); ANNOTATOR_PKG=DIR serves
 * another build of it instead. CHROMIUM overrides the browser path (/usr/bin/chromium).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { FIGURE_KINDS, QUOTE_KINDS } from '../../www/kinds.js';
import { SAMPLE } from '../../www/sample.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SCREENSHOTS = join(ROOT, 'target');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const PKG = process.env.ANNOTATOR_PKG ?? join(ROOT, 'www/pkg');

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Starts tools/serve.mjs with PORT=0; resolves to `{ url, close }` once it prints its address. */
export async function startServer({ pkg = process.env.ANNOTATOR_PKG } = {}) {
  const args = [join(ROOT, 'tools/serve.mjs'), ...(pkg ? ['--pkg', pkg] : [])];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /^Serving (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(out);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code} before listening: ${out}`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    url,
    close: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/**
 * Starts the server and Chromium with a fresh profile. Every request of every page (and
 * worker) lands in `requests`, every console error or uncaught exception in `errors`.
 */
export async function startBrowser({ viewport = { width: 1280, height: 900 }, colorScheme = 'light' } = {}) {
  assert.ok(existsSync(join(PKG, 'article_annotator.js')),
    `no wasm package in ${PKG}: run \`make build\` (or set ANNOTATOR_PKG)`);
  assert.ok(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM)`);
  const server = await startServer();
  const profile = await mkdtemp(join(tmpdir(), 'annotator-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    colorScheme,
    reducedMotion: 'reduce',
  });
  const requests = [];
  const errors = [];
  const watch = (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    page.on('worker', (worker) => worker.on('console', (message) => {
      if (message.type() === 'error') errors.push(`worker: ${message.text()}`);
    }));
  };
  context.on('page', watch);
  context.pages().forEach(watch);
  context.on('request', (request) => requests.push(request.url()));
  await mkdir(SCREENSHOTS, { recursive: true });
  return {
    url: server.url,
    context,
    requests,
    errors,
    /** Requests to anything but the test server (blob: URLs of our own downloads excepted). */
    foreignRequests: () => requests.filter((url) =>
      !url.startsWith(server.url) && !url.startsWith(`blob:${server.url.slice(0, -1)}`)),
    async close() {
      await context.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Starts the server and Chromium and opens the page once its sample article is annotated. */
export async function openAnnotatedPage() {
  const browser = await startBrowser();
  const page = await browser.context.newPage();
  await page.goto(browser.url);
  await page.locator('#article mark').first().waitFor();
  return { browser, page };
}

/**
 * Waits until the page has annotated exactly `text`: its `<article-annotator id="article">`
 * shows it, and neither the element nor the page around it is busy.
 */
export async function waitForArticle(page, text) {
  await page.waitForFunction((expected) => {
    const article = document.getElementById('article');
    const view = article.shadowRoot?.querySelector('[part="article"]');
    return view?.textContent === expected && !view.hasAttribute('aria-busy') && !article.hasAttribute('aria-busy');
  }, text);
}

function assertSpan(span, text, where) {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${where}: integer offsets`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${where}: offsets in range`);
  assert.equal(span.text, text.slice(span.start, span.end), `${where}: text is the UTF-16 slice`);
}

function assertSorted(items, name) {
  items.forEach((item, i) => {
    if (i) assert.ok(items[i - 1].start <= item.start, `${name} sorted by start`);
  });
}

/** Asserts that `doc` has the shape docs/CONTRACT.md fixes, with offsets that slice `text`. */
export function assertContract(doc, text) {
  assert.deepEqual(Object.keys(doc).filter((k) => ['mentions', 'entities', 'quotes', 'figures'].includes(k)).sort(),
    ['entities', 'figures', 'mentions', 'quotes']);
  for (const key of ['mentions', 'entities', 'quotes', 'figures']) assert.ok(Array.isArray(doc[key]), `${key} is an array`);
  const isEntity = (i) => i === null || (Number.isInteger(i) && i >= 0 && i < doc.entities.length);

  doc.mentions.forEach((m, i) => {
    assertSpan(m, text, `mentions[${i}]`);
    assert.equal(typeof m.kind, 'string', `mentions[${i}].kind`);
    assert.ok('entity' in m && isEntity(m.entity), `mentions[${i}].entity is an entity index or null`);
  });
  doc.entities.forEach((e, i) => {
    assert.equal(e.id, i, `entities[${i}].id`);
    assert.equal(typeof e.name, 'string', `entities[${i}].name`);
    assert.equal(typeof e.kind, 'string', `entities[${i}].kind`);
    assert.ok(Array.isArray(e.mentions), `entities[${i}].mentions`);
    for (const m of e.mentions) assert.equal(doc.mentions[m]?.entity, i, `entities[${i}] lists mention ${m}, which points back`);
  });
  doc.quotes.forEach((q, i) => {
    assertSpan(q, text, `quotes[${i}]`);
    assert.ok(QUOTE_KINDS.includes(q.kind), `quotes[${i}].kind is ${q.kind}`);
    assert.ok('speaker' in q, `quotes[${i}] has speaker`);
    if (q.speaker !== null) assertSpan(q.speaker, text, `quotes[${i}].speaker`);
    assert.ok('entity' in q && isEntity(q.entity), `quotes[${i}].entity is an entity index or null`);
    if (q.cue != null) assertSpan(q.cue, text, `quotes[${i}].cue`);
  });
  doc.figures.forEach((f, i) => {
    assertSpan(f, text, `figures[${i}]`);
    assert.ok(FIGURE_KINDS.includes(f.kind), `figures[${i}].kind is ${f.kind}`);
    assert.ok(f.value === null || typeof f.value === 'number', `figures[${i}].value is a number or null`);
    if (f.currency != null) assert.match(f.currency, /^[A-Z]{3}$/, `figures[${i}].currency`);
    if (f.change !== undefined) assert.ok(['~', '>', '<', 'up', 'down'].includes(f.change), `figures[${i}].change is ${f.change}`);
    if (f.date_end !== undefined) assert.ok(typeof f.date === 'string' && f.date <= f.date_end, `figures[${i}].date_end follows date`);
  });
  for (const key of ['mentions', 'quotes', 'figures']) assertSorted(doc[key], key);
}

const PEOPLE = [
  ['Margaret Leung Wai-ching', 'Leung'], ['Priya Raman', 'Raman'], ['Tomás Ferreira', 'Ferreira'],
  ['Aiko Tanaka', 'Tanaka'], ['Samuel Okafor', 'Okafor'], ['Lena Hoffmann', 'Hoffmann'],
  ['Omar Haddad', 'Haddad'], ['Grace Mwangi', 'Mwangi'], ['Nikolai Petrov', 'Petrov'],
];

/** About `size` characters of news: the sample story again and again, its speaker changing. */
export function longArticle(size = 1_000_000) {
  const copies = [];
  for (let i = 0, length = 0; length < size; i++) {
    const [full, last] = PEOPLE[i % PEOPLE.length];
    const copy = SAMPLE.replaceAll('Margaret Leung Wai-ching', full).replaceAll('Leung', last);
    copies.push(copy);
    length += copy.length + 1;
  }
  return copies.join('\n');
}
