// `make bench`: the release build measured against the budgets, in one table.
// Sizes (raw, gzip, brotli) of every file; first-load total; each route's HTML; Lighthouse 12 mobile
// scores and FCP/LCP/TBT/CLS per route (median of RUNS runs); the time to a working control on a
// slow phone; the stretch timer's precision.
// Usage: node scripts/bench.mjs   (RUNS=5 by default: TBT and LCP vary from run to run; RUNS=1 for a quick look;
// ROUTES=/diary,/data for some routes only)
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { measure, report } from './sizes.mjs';
import { serve } from './serve.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const ROUTES = process.env.ROUTES?.split(',') ?? ['/', '/stretch', '/water', '/diary', '/check', '/cramp-now', '/data'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const lines = [];
let missed = 0;
const budget = (met, text) => {
  if (!met) missed++;
  lines.push(`${met ? 'met   ' : 'MISSED'}  ${text}`);
};

// 1. sizes
const sizes = report(measure('dist'));
console.log(sizes.text);
for (const r of sizes.results) if (!r.met) missed++;

// 2. Lighthouse
const server = await serve('dist', 0);
const base = `http://127.0.0.1:${server.address().port}`;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
console.log(`\nLighthouse 12 (mobile, simulated throttling), median of ${RUNS} run(s):`);
console.log('route'.padEnd(12) + ['perf', 'a11y', 'bp', 'seo', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'].map((h) => h.padStart(8)).join(''));
try {
  for (const route of ROUTES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouse(base + route, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      runs.push({
        perf: lhr.categories.performance.score * 100,
        a11y: lhr.categories.accessibility.score * 100,
        bp: lhr.categories['best-practices'].score * 100,
        seo: lhr.categories.seo.score * 100,
        fcp: lhr.audits['first-contentful-paint'].numericValue,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
      });
    }
    const m = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
    console.log(
      route.padEnd(12) +
        [m.perf, m.a11y, m.bp, m.seo, m.fcp, m.lcp, m.tbt].map((v) => Math.round(v).toString().padStart(8)).join('') +
        m.cls.toFixed(3).padStart(8),
    );
    budget(m.perf >= 95, `${route} performance ${Math.round(m.perf)} (>= 95)`);
    budget(m.a11y === 100 && m.bp === 100 && m.seo === 100, `${route} accessibility/best practices/SEO ${m.a11y}/${m.bp}/${m.seo} (100 each)`);
    budget(m.lcp <= 750, `${route} LCP ${Math.round(m.lcp)} ms (<= 750)`);
    budget(m.cls === 0, `${route} CLS ${m.cls.toFixed(3)} (0)`);
    budget(m.tbt <= 50, `${route} TBT ${Math.round(m.tbt)} ms (<= 50)`);
  }
} finally {
  await chrome.kill();
  server.close();
}

// 3. how soon each page's main control works on a slow phone (real clock and throttling)
console.log('\nTime to a working control (4x CPU, 1.6 Mbps, 150 ms RTT, real, median):');
const started = spawnSync('node', ['scripts/bench-start.mjs'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', env: { ...process.env, RUNS: String(RUNS) } });
process.stdout.write(started.stdout);
budget(started.status === 0, 'time to a working control measured');

// 4. the stretch timer's precision (real clock), if the coach's benchmark exists
if (existsSync('scripts/bench-timer.mjs')) {
  console.log('\nStretch timer precision (real clock):');
  const run = spawnSync('node', ['scripts/bench-timer.mjs'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  process.stdout.write(run.stdout);
  const ms = Number(run.stdout.match(/max(?:imum)? delay[^\d]*([\d.]+)\s*ms/i)?.[1]);
  budget(run.status === 0 && ms <= 17, `stretch timer largest phase-change delay ${Number.isFinite(ms) ? ms.toFixed(1) : '?'} ms (<= 17)`);
}

console.log('\nBudgets:');
for (const r of sizes.results) console.log(`${r.met ? 'met   ' : 'MISSED'}  ${r.name} (${r.budget})`);
console.log(lines.join('\n'));
console.log(missed ? `\n${missed} budget(s) missed.` : '\nAll budgets met.');
