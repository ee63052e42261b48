// A small static server for dist/: what any static host does, on 127.0.0.1.
// `/stretch` serves `stretch/index.html`; unknown paths get `404.html` with status 404 (or, with
// `--spa`, `index.html` with status 200, as hosts with a single-page-app rewrite do: `serve -s`,
// Netlify or Vercel rewrites). Text and wasm are sent compressed (brotli or gzip) when the browser
// accepts it, as static hosts do.
// Usage: node scripts/serve.mjs [dir] [port] [--spa]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

// Compressed copies, made once per file (as static hosts do): text and wasm, not images.
const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|svg|json|webmanifest|txt)$/;
const compressed = new Map();
function encode(file, body, accept) {
  if (!COMPRESSIBLE.test(file)) return [undefined, body];
  const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : undefined;
  if (!encoding) return [undefined, body];
  const key = `${encoding} ${file} ${body.length}`;
  if (!compressed.has(key)) compressed.set(key, encoding === 'br' ? brotliCompressSync(body) : gzipSync(body, { level: 9 }));
  return [encoding, compressed.get(key)];
}

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Starts serving `dir`; resolves to the http.Server once it listens. Port 0 picks a free port.
 * `spa`: unknown paths get `index.html` (status 200) instead of `404.html`.
 */
export function serve(dir, port = 8080, host = '127.0.0.1', { spa = false } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (!file.startsWith(root)) file = join(root, '404.html');
    if (path.endsWith('/')) file = join(file, 'index.html');
    else if (!(await isFile(file)) && (await isFile(join(file, 'index.html')))) file = join(file, 'index.html');
    let status = 200;
    if (!(await isFile(file))) {
      status = spa ? 200 : 404;
      file = join(root, spa ? 'index.html' : '404.html');
    }
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const hashed = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(file);
      const [encoding, sent] = encode(file, body, req.headers['accept-encoding'] ?? '');
      res.writeHead(status, {
        'Content-Type': type,
        'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        Vary: 'Accept-Encoding',
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : sent);
    } catch {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('Could not read the file.');
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const [dir = 'dist', port = '8080'] = args.filter((a) => a !== '--spa');
  const server = await serve(dir, Number(port), '127.0.0.1', { spa: args.includes('--spa') });
  const { port: actual } = server.address();
  console.log(`Cramp Coach is being served at http://127.0.0.1:${actual}/ (Ctrl+C to stop)`);
}
