#!/usr/bin/env node
/**
 * A tiny, dependency-free static server for the page in `www/` (`make demo`, page tests).
 *
 * Binds 127.0.0.1 on `PORT` (default 8080; 0 picks a free port) and prints
 * `Serving http://127.0.0.1:PORT/` once listening. Serves GET/HEAD only, with the
 * page's Content-Security-Policy on every response, and never a file outside `www/`.
 *
 * `--pkg DIR` serves `/pkg/` from DIR instead of `www/pkg/` (to try another build of
 * the wasm package without copying it into the tree).
 */
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

/** The policy that the pages' meta tags carry too (a meta tag cannot hold `frame-ancestors`). */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': `${CSP}; frame-ancestors 'self'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

/**
 * Maps a URL path to a file inside `roots` ({ '/': dir, '/pkg/': dir }), or null when
 * the path is malformed, escapes its root or names nothing servable.
 */
async function locate(urlPath, roots) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const prefix = path.startsWith('/pkg/') && roots['/pkg/'] ? '/pkg/' : '/';
  const root = roots[prefix];
  let file = resolve(root, '.' + path.slice(prefix.length - 1));
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    // Follow symlinks, then check again that the target is still inside the root.
    const real = await realpath(file);
    const realRoot = await realpath(root);
    if (!real.startsWith(realRoot + sep)) return null;
    const info = await stat(real);
    return info.isFile() ? { file: real, size: info.size } : null;
  } catch {
    return null;
  }
}

/** Starts the server; resolves to the `http.Server` once it listens. */
export function serve({ port = 8080, www, pkg } = {}) {
  const roots = { '/': resolve(www) };
  if (pkg) roots['/pkg/'] = resolve(pkg);
  const server = createServer(async (req, res) => {
    const send = (status, body) => {
      res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(405, 'Method Not Allowed\n');
    }
    const { pathname } = new URL(req.url, 'http://127.0.0.1');
    const found = await locate(pathname, roots);
    if (!found) return send(404, 'Not Found\n');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': found.size,
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(found.file).on('error', () => res.destroy()).pipe(res);
  });
  return new Promise((resolveListening, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListening(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { pkg: { type: 'string' } } });
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be an integer from 0 to 65535, not ${process.env.PORT}`);
    process.exit(2);
  }
  const www = fileURLToPath(new URL('../www/', import.meta.url));
  const server = await serve({ port, www, pkg: values.pkg });
  console.log(`Serving http://127.0.0.1:${server.address().port}/`);
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
