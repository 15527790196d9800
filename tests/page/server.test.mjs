// tools/serve.mjs over plain HTTP: address, MIME types, the CSP header, and no way out of www/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { CSP } from '../../tools/serve.mjs';
import { ROOT, startServer } from './harness.mjs';

let server;
let pkg;

/** A raw GET (or `method`) of `path`, sent as written: no client-side normalisation of `..`. */
function get(path, method = 'GET') {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

before(async () => {
  // A stand-in package directory, to check --pkg, the wasm MIME type and symlink escapes.
  pkg = await mkdtemp(join(tmpdir(), 'annotator-pkg-'));
  await writeFile(join(pkg, 'article_annotator_bg.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  await writeFile(join(pkg, 'article_annotator.js'), 'export default function init() {}\n');
  await symlink(join(ROOT, 'package.json'), join(pkg, 'escape.json'));
  server = await startServer({ pkg });
});

after(async () => {
  await server?.close();
  await rm(pkg, { recursive: true, force: true });
});

test('prints the address it bound on 127.0.0.1, with a real port for PORT=0', () => {
  const { hostname, port } = new URL(server.url);
  assert.equal(hostname, '127.0.0.1');
  assert.ok(Number(port) > 0);
});

test('serves the page with the same CSP as its meta tag, plus frame-ancestors', async () => {
  const page = await get('/');
  assert.equal(page.status, 200);
  assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
  assert.equal(page.headers['content-security-policy'], `${CSP}; frame-ancestors 'self'`);
  assert.match(CSP, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.doesNotMatch(CSP, /'unsafe-inline'|'unsafe-eval'|\*|https?:|data:/);
  for (const file of ['index.html', 'embed.html']) {
    const html = await readFile(join(ROOT, 'www', file), 'utf8');
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`), `${file} carries the CSP`);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, `${file} has no inline script`);
    assert.doesNotMatch(html, /\son[a-z]+=/i, `${file} has no inline event handler`);
  }
});

test('gives JavaScript and wasm their MIME types', async () => {
  const js = await get('/app.js');
  assert.equal(js.status, 200);
  assert.equal(js.headers['content-type'], 'text/javascript; charset=utf-8');
  assert.equal(js.headers['x-content-type-options'], 'nosniff');
  const wasm = await get('/pkg/article_annotator_bg.wasm');
  assert.equal(wasm.status, 200);
  assert.equal(wasm.headers['content-type'], 'application/wasm');
  assert.equal(wasm.body, '\0asm\x01\0\0\0');
  assert.equal((await get('/style.css')).headers['content-type'], 'text/css; charset=utf-8');
});

test('answers HEAD without a body, other methods with 405, missing files with 404', async () => {
  const head = await get('/index.html', 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(head.body, '');
  assert.ok(Number(head.headers['content-length']) > 0);
  const post = await get('/index.html', 'POST');
  assert.equal(post.status, 405);
  assert.equal(post.headers.allow, 'GET, HEAD');
  const missing = await get('/no-such-file.js');
  assert.equal(missing.status, 404);
  assert.ok(missing.headers['content-security-policy']);
});

test('never serves a file outside www/ (or outside the --pkg directory)', async () => {
  // www/ has a package.json of its own (the npm package's), so the escapes aim at the Makefile.
  const attempts = [
    '/../Makefile',
    '/%2e%2e/Makefile',
    '/..%2fMakefile',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/..%5c..%5cMakefile',
    '/pkg/..%2f..%2fMakefile',
    '/pkg/escape.json',
    '/%00index.html',
    '/%E0%A4%A',
    '//etc/passwd',
  ];
  for (const path of attempts) {
    const response = await get(path);
    assert.equal(response.status, 404, `${path} → ${response.status}`);
    assert.doesNotMatch(response.body, /devDependencies|root:|\.PHONY/, path);
  }
});

test('refuses a PORT that is not a port number', () => {
  const run = spawnSync(process.execPath, [join(ROOT, 'tools/serve.mjs')], {
    env: { ...process.env, PORT: 'eighty' }, encoding: 'utf8', timeout: 10_000,
  });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /PORT must be an integer/);
});
