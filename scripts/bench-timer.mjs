// `make bench` (through scripts/bench.mjs): how late the stretch timer shows a phase change, with
// the real clock, on the release build in dist/, in headless Chromium.
// A short routine runs (20 s holds, "get ready" skipped: hold, switch, hold, done). The page marks
// on its timer when what it shows became due (`data-due-us`, monotonic microseconds); a
// MutationObserver notes when the change reached the DOM, and the next animation frame when it
// was painted. Prints the largest delay from due to shown; the target is one frame (17 ms).
// Usage: node scripts/bench-timer.mjs   (HOLD=20 ROUNDS=1 by default)
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const HOLD = Number(process.env.HOLD ?? 20);
const ROUNDS = Number(process.env.ROUNDS ?? 1);
const TARGET_MS = 17;

const server = await serve('dist', 0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let status = 0;
try {
  const page = await (await browser.newContext()).newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(
    ({ hold, rounds }) => {
      localStorage.setItem('cramp-coach.stretch-settings', JSON.stringify({ v: 1, hold_secs: hold, rounds_per_leg: rounds, sound: true, vibration: false, voice: false }));
    },
    { hold: HOLD, rounds: ROUNDS },
  );
  await page.goto(base + '/stretch');
  await page.waitForSelector('html[data-hydrated]', { timeout: 15000 });
  await page.evaluate(() => {
    window.__changes = [];
    const el = document.querySelector('.stretch-timer');
    let last = el.dataset.phaseIndex;
    new MutationObserver(() => {
      const shown = performance.now();
      const due = Number(el.dataset.dueUs) / 1000;
      const index = el.dataset.phaseIndex;
      const change = { due, shown, phase: index !== last, painted: null };
      last = index;
      window.__changes.push(change);
      requestAnimationFrame((t) => (change.painted = t));
    }).observe(el, { attributes: true, attributeFilter: ['data-due-us', 'data-phase-index'] });
  });
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Skip get ready' }).click();
  const total = (2 * ROUNDS * HOLD + (2 * ROUNDS - 1) * 5) * 1000;
  await page.getByRole('heading', { name: 'Routine complete' }).waitFor({ state: 'visible', timeout: total + 15000 });
  await page.waitForTimeout(100);
  const changes = (await page.evaluate(() => window.__changes)).filter((c) => c.due > 0);
  const phases = changes.filter((c) => c.phase);
  const late = (list, key) => list.map((c) => c[key] - c.due).filter(Number.isFinite);
  const max = (xs) => (xs.length ? Math.max(...xs) : NaN);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const shown = late(phases, 'shown');
  const ms = (x) => `${x.toFixed(1)} ms`;
  console.log(`largest phase-change delay (max delay, due to shown in the DOM): ${ms(max(shown))} (target <= ${TARGET_MS} ms) over ${shown.length} phase changes`);
  console.log(`  phase changes, due to painted (next frame): max ${ms(max(late(phases, 'painted')))}`);
  console.log(`  every shown second (${changes.length}): median ${ms(median(late(changes, 'shown')))}, max ${ms(max(late(changes, 'shown')))} to the DOM; max ${ms(max(late(changes, 'painted')))} to the frame`);
  if (errors.length) console.log(`  page errors: ${errors.join('; ')}`);
  if (!(max(shown) <= TARGET_MS) || shown.length < 2 * 2 * ROUNDS - 1 || errors.length) status = 1;
} catch (e) {
  console.error(e);
  status = 1;
} finally {
  await browser.close();
  server.close();
}
process.exit(status);
