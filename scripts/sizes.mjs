// Sizes of the release build in dist/ against the budgets (deterministic, so `make test` checks them).
// Usage: node scripts/sizes.mjs [--check] [--json]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export const BUDGETS = {
  firstLoadGzip: 100 * 1024, // every file a first visit to any page fetches
  firstLoadAim: 80 * 1024,
  routeHtmlGzip: 14 * 1024, // arrives in the first round trip
};

/** Pages whose first load is over `firstLoadGzip` today: a ceiling each, so they cannot grow
 * further while they are made smaller (ARCHITECTURE.md, Decisions: each page hydrates only its
 * own part). */
export const OVER_BUDGET = {};

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Raw, gzip and brotli sizes of every file in `dist`. */
export function measure(dist = 'dist') {
  return walk(dist)
    .filter((p) => !p.includes('/.stage'))
    .map((path) => {
      const data = readFileSync(path);
      return {
        file: relative(dist, path),
        raw: data.length,
        gzip: gzipSync(data, { level: 9 }).length,
        brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** The pre-rendered pages: `index.html`, `<route>/index.html` and `404.html`. */
export const pages = (files) => files.filter((f) => f.file.endsWith('.html'));

/** What a first visit to `page` fetches: the page, and every file it names that the browser loads
 * at once (its bundle's JS and wasm, the manifest and its SVG icon, the service worker); PNG icons are fetched only when
 * installing. The service worker then caches the other pages and bundles in the background. */
export function firstLoad(files, page = 'index.html', dist = 'dist') {
  const html = readFileSync(join(dist, page), 'utf8');
  const named = new Set([...html.matchAll(/"\/([^"/][^"]*)"/g)].map((m) => m[1]));
  // a bundle's JS imports the script that loads its parts (the parts are fetched on first use)
  for (const file of [...named].filter((f) => f.endsWith('.js'))) {
    let js = '';
    try {
      js = readFileSync(join(dist, file), 'utf8');
    } catch {
      continue;
    }
    for (const m of js.matchAll(/from\s*["']\.\/([^"']+\.js)["']/g)) named.add(m[1]);
  }
  // the manifest (linked by the inline script after the first paint) makes the browser fetch an
  // icon: the SVG one; the PNG ones are fetched only when installing
  if (named.has('manifest.webmanifest')) {
    for (const icon of JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')).icons ?? []) named.add(icon.src.replace(/^\//, ''));
  }
  // `404.html` is fetched by the inline script only where a host answered an unknown address
  // with another page's HTML
  const conditional = (f) => f.file.endsWith('.png') || (f.file === '404.html' && page !== '404.html');
  return files.filter((f) => f.file === page || (named.has(f.file) && !conditional(f)));
}

export function report(files, dist = 'dist') {
  const kb = (n) => (n / 1024).toFixed(1);
  const rows = [];
  const results = [];
  rows.push('file'.padEnd(44) + 'raw KB'.padStart(9) + 'gzip KB'.padStart(9) + 'br KB'.padStart(9));
  for (const f of files) rows.push(f.file.padEnd(44) + kb(f.raw).padStart(9) + kb(f.gzip).padStart(9) + kb(f.brotli).padStart(9));
  rows.push('');
  let largest = 0;
  for (const page of pages(files)) {
    const first = firstLoad(files, page.file, dist);
    const total = first.reduce((s, f) => s + f.gzip, 0);
    largest = Math.max(largest, total);
    rows.push(`first load of ${page.file}: ${first.map((f) => f.file).join(', ')}`);
    const limit = OVER_BUDGET[page.file] ?? BUDGETS.firstLoadGzip;
    results.push({
      name: `first load of ${page.file} (gzip) ${kb(total)} KB`,
      budget: `<= ${kb(limit)} KB${limit > BUDGETS.firstLoadGzip ? ' (over budget: ceiling)' : ''} (aim ${kb(BUDGETS.firstLoadAim)})`,
      met: total <= limit,
    });
  }
  for (const f of pages(files)) {
    results.push({ name: `${f.file} (gzip) ${kb(f.gzip)} KB`, budget: `<= ${kb(BUDGETS.routeHtmlGzip)} KB`, met: f.gzip <= BUDGETS.routeHtmlGzip });
  }
  const precache = files.filter((f) => !['sw.js', '_headers'].includes(f.file)).reduce((s, f) => s + f.gzip, 0);
  rows.push('');
  for (const r of results) rows.push(`${r.met ? 'met   ' : 'MISSED'}  ${r.name.padEnd(50)} budget ${r.budget}`);
  rows.push(`        offline copy, fetched by the service worker after the first load (gzip) ${kb(precache)} KB`);
  return { text: rows.join('\n'), results, firstLoadGzip: largest };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { text, results } = report(measure('dist'));
  console.log(text);
  const missed = results.filter((r) => !r.met);
  if (process.argv.includes('--check') && missed.length) {
    console.error(`\n${missed.length} enforced size budget(s) missed.`);
    process.exit(1);
  }
}
