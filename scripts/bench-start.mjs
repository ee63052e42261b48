// `make bench` (through scripts/bench.mjs): how soon a page's main control works after the page
// starts loading, on a slow phone: 4× CPU slowdown, 1.6 Mbps down, 150 ms round trip (Lighthouse's
// mobile setting, applied for real, not simulated). "Works" is `<html data-hydrated>`, which the app
// sets once its part is hydrated (before it, a press on Start is not heard). Also prints when the
// first paint and the largest paint happened, and where a press shows something drawn by code
// fetched on the page's first use (the diary's form), how long from that first press to it.
// Median of RUNS runs (5 by default).
// Usage: node scripts/bench-start.mjs [DIR]
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const ROUTES = [
  ['/stretch', 'Start'],
  ['/cramp-now', 'I have a cramp'],
  ['/water', '+ cup'],
  ['/diary', 'Log a cramp', '#log-title'],
];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serve(process.argv[2] ?? 'dist', 0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  console.log('route'.padEnd(12) + 'control'.padEnd(16) + ['paint ms', 'LCP ms', 'works ms', 'shown ms'].map((h) => h.padStart(10)).join(''));
  for (const [route, control, shown] of ROUTES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: false });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(() => {
        window.__lcp = 0;
        new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
        new MutationObserver((_, o) => {
          if (document.documentElement.hasAttribute('data-hydrated')) { window.__works = performance.now(); o.disconnect(); }
        }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-hydrated'] });
      });
      await page.goto(base + route);
      await page.waitForSelector('html[data-hydrated]', { timeout: 30000 });
      const run = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        lcp: window.__lcp,
        works: window.__works ?? performance.now(),
      }));
      run.shown = NaN;
      if (shown) {
        const pressed = Date.now();
        await page.getByRole('button', { name: control }).click();
        await page.waitForSelector(shown, { timeout: 30000 });
        run.shown = Date.now() - pressed;
      }
      runs.push(run);
      await context.close();
    }
    const m = (k) => Math.round(median(runs.map((r) => r[k])));
    console.log(route.padEnd(12) + control.padEnd(16) + [m('paint'), m('lcp'), m('works'), m('shown')].map((v) => String(Number.isNaN(v) ? '–' : v).padStart(10)).join(''));
  }
} finally {
  await browser.close();
  server.close();
}
