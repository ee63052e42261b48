// The stretch coach on the release build, driven by Playwright's fake clock: a whole routine for
// both legs, exact pause, a long jump in time (a throttled tab), keyboard only, remembered
// settings, saved streak, unreadable saved data, and axe in every state, light and dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { start, hydrated, axeViolations, DESKTOP } from './harness.mjs';

let app;
before(async () => {
  app = await start();
});
after(async () => {
  await app?.close();
});

const EVENING = new Date('2026-11-28T21:30:00');

/** A page on /stretch with the fake clock installed (and optional saved data), hydrated. */
async function open(options = {}, saved = {}) {
  const page = await app.newPage(options);
  await page.clock.install({ time: EVENING });
  if (Object.keys(saved).length) {
    await page.addInitScript((entries) => {
      if (!sessionStorage.getItem('seeded')) {
        for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
        sessionStorage.setItem('seeded', '1');
      }
    }, saved);
  }
  await page.goto(app.base + '/stretch');
  await settle(page);
  return page;
}

/** Waits for hydration, then stops the fake clock: from here on only the test moves time. */
async function settle(page) {
  await hydrated(page);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
}

/** Reloads with the clock running (the app starts after the first frame), then stops it again. */
async function reload(page) {
  await page.clock.resume();
  await page.reload();
  await settle(page);
}

/** Reads until the value deep-equals `expected` (within 5 s), then fails with the last value read. */
async function eventually(read, expected) {
  const deadline = Date.now() + 5000;
  let actual = await read();
  while (!isDeepStrictEqual(actual, expected) && Date.now() < deadline) {
    await new Promise((ok) => setTimeout(ok, 25));
    actual = await read();
  }
  assert.deepEqual(actual, expected);
}

const timer = (page) => page.getByRole('timer');
const phase = (page) => page.locator('#stretch-phase');
const status = (page) => page.locator('.stretch-status');

test('a whole routine for both legs ends with "Routine complete" and counts toward the streak', async () => {
  const page = await open();
  assert.equal(await timer(page).textContent(), '30');
  assert.equal(await phase(page).textContent(), 'Ready when you are');
  assert.equal(await page.locator('.stretch-timer__detail').textContent(), '30 seconds on each leg, 1 min 10 s in all');

  await page.getByRole('button', { name: 'Start' }).click();
  assert.equal(await phase(page).textContent(), 'Get ready');
  assert.equal(await timer(page).textContent(), '5');
  assert.equal(await status(page).textContent(), 'Get ready: left leg first');

  await page.clock.runFor(5000);
  assert.equal(await phase(page).textContent(), 'Hold: left leg');
  assert.equal(await timer(page).textContent(), '30');
  assert.equal(await status(page).textContent(), 'Hold your left leg');
  assert.equal(await page.locator('.leg-badge').textContent(), 'Working now: your left leg');

  await page.clock.runFor(20_000);
  assert.equal(await timer(page).textContent(), '10');
  assert.equal(await status(page).textContent(), '10 seconds left');

  await page.clock.runFor(10_000);
  assert.equal(await phase(page).textContent(), 'Switch legs');
  assert.equal(await status(page).textContent(), 'Switch to your right leg');
  assert.equal(await timer(page).textContent(), '5');

  await page.clock.runFor(5000);
  assert.equal(await phase(page).textContent(), 'Hold: right leg');
  assert.equal(await page.locator('.leg-badge').textContent(), 'Working now: your right leg');

  await page.clock.runFor(29_999);
  assert.equal(await timer(page).textContent(), '1');
  await page.clock.runFor(1);
  const done = page.getByRole('heading', { name: 'Routine complete' });
  assert.equal(await done.isVisible(), true);
  assert.equal(await page.locator('[role="timer"]').isVisible(), false, 'the countdown gives way to the finish screen');
  assert.equal(await status(page).textContent(), 'Routine complete');
  assert.equal(await page.getByRole('link', { name: 'Back to the guide' }).getAttribute('href'), '/#stretch-regularly');
  assert.equal(await page.getByRole('button', { name: 'Start again' }).isVisible(), true);
  assert.equal(await page.locator('.stretch-history__streak').textContent(), '1 day');
  assert.equal(await page.locator('.week__day--today.week__day--done').count(), 1);
  assert.equal(await page.locator('.stretch-history__week').textContent(), 'Done on 1 of the last 7 days');
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('cramp-coach.stretch-history')));
  assert.deepEqual(saved, { v: 1, days: [['2026-11-28', 1]] });
  assert.deepEqual(page.errors, []);
});

test('pause keeps the time exactly, however long the pause', async () => {
  const page = await open();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(5000 + 7300);
  assert.equal(await timer(page).textContent(), '23');
  await page.getByRole('button', { name: 'Pause' }).click();
  assert.equal(await phase(page).textContent(), 'Paused');
  assert.equal(await status(page).textContent(), 'Paused');
  await page.clock.runFor(10 * 60_000);
  assert.equal(await timer(page).textContent(), '23');
  await page.getByRole('button', { name: 'Resume' }).click();
  assert.equal(await phase(page).textContent(), 'Hold: left leg');
  // 22.7 s were left: the display changes after exactly 700 ms of running time
  await page.clock.runFor(699);
  assert.equal(await timer(page).textContent(), '23');
  await page.clock.runFor(1);
  assert.equal(await timer(page).textContent(), '22');
  // Reset returns to the start and saves nothing
  await page.getByRole('button', { name: 'Reset' }).click();
  assert.equal(await phase(page).textContent(), 'Ready when you are');
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Start');
  assert.equal(await page.evaluate(() => localStorage.getItem('cramp-coach.stretch-history')), null);
  assert.deepEqual(page.errors, []);
});

test('after a jump of minutes (a throttled background tab) the right state shows at once', async () => {
  const page = await open({}, { 'cramp-coach.stretch-settings': '{"v":1,"rounds_per_leg":3}' });
  assert.equal(await page.locator('.stretch-timer__detail').textContent(), '3 holds of 30 seconds on each leg, 3 min 30 s in all');
  await page.getByRole('button', { name: 'Start' }).click();
  // 150 s in: get ready 5, then hold/switch ×4 (140 s), then 5 s into the left leg's third hold
  await page.clock.fastForward(150_000);
  assert.equal(await phase(page).textContent(), 'Hold: left leg');
  assert.equal(await timer(page).textContent(), '25');
  assert.equal(await page.locator('.stretch-timer__detail').textContent(), 'Round 3 of 3. Keep the back heel down');
  assert.equal(await status(page).textContent(), 'Hold your left leg, round 3 of 3', 'only the latest announcement');
  await page.clock.fastForward(5 * 60_000);
  assert.equal(await page.getByRole('heading', { name: 'Routine complete' }).isVisible(), true);
  assert.deepEqual(page.errors, []);
});

test('skipping "get ready" starts the first hold and keeps focus on the main button', async () => {
  const page = await open();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(1500);
  await page.getByRole('button', { name: 'Skip get ready' }).click();
  assert.equal(await phase(page).textContent(), 'Hold: left leg');
  assert.equal(await timer(page).textContent(), '30');
  assert.equal(await page.getByRole('button', { name: 'Skip get ready' }).count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Pause');
  await page.clock.runFor(30_000);
  assert.equal(await phase(page).textContent(), 'Switch legs');
});

test('keyboard only: start, pause and resume with Space, change a setting with the arrows', async () => {
  const page = await open();
  const focused = () => page.evaluate(() => document.activeElement?.textContent.trim());
  for (let i = 0; i < 30 && (await focused()) !== 'Start'; i++) await page.keyboard.press('Tab');
  assert.equal(await focused(), 'Start');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  await page.clock.runFor(6000);
  assert.equal(await phase(page).textContent(), 'Hold: left leg');
  assert.equal(await focused(), 'Pause');
  await page.keyboard.press('Space');
  assert.equal(await phase(page).textContent(), 'Paused');
  await page.keyboard.press('Space');
  assert.equal(await phase(page).textContent(), 'Hold: left leg');
  // Space also works when focus is on no control
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('Space');
  assert.equal(await phase(page).textContent(), 'Paused');
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'Space did not scroll the page');
  await page.keyboard.press('Space');
  assert.equal(await phase(page).textContent(), 'Hold: left leg');
  // the settings are reachable and usable by keyboard
  const hold = page.getByLabel('Hold (seconds)');
  await hold.focus();
  await page.keyboard.press('ArrowLeft');
  assert.equal(await hold.inputValue(), '29');
  assert.equal(await page.locator('output[for="stretch-hold"]').textContent(), '29 s');
  assert.match(await page.locator('.stretch-settings__note').textContent(), /apply from the next start/);
  assert.deepEqual(page.errors, []);
});

test('settings are remembered on the device after a reload', async () => {
  const page = await open({ viewport: DESKTOP });
  await page.getByLabel('Hold (seconds)').fill('20');
  await page.getByLabel('Rounds per leg').fill('2');
  await page.getByLabel('Right leg').check();
  await page.getByLabel('Spoken cues').check();
  await page.getByLabel('Vibration').uncheck();
  assert.equal(await timer(page).textContent(), '20');
  await reload(page);
  assert.equal(await page.getByLabel('Hold (seconds)').inputValue(), '20');
  assert.equal(await page.getByLabel('Rounds per leg').inputValue(), '2');
  assert.equal(await page.getByLabel('Right leg').isChecked(), true);
  assert.equal(await page.getByLabel('Left leg').isChecked(), false);
  assert.equal(await page.getByLabel('Spoken cues').isChecked(), true);
  assert.equal(await page.getByLabel('Vibration').isChecked(), false);
  assert.equal(await page.getByLabel('Sound').isChecked(), true);
  assert.equal(await timer(page).textContent(), '20');
  assert.equal(await page.locator('.stretch-timer__detail').textContent(), '2 holds of 20 seconds on each leg, 1 min 40 s in all');
  assert.equal(await page.locator('.leg-badge').textContent(), 'First: your right leg back');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(5000);
  assert.equal(await phase(page).textContent(), 'Hold: right leg');
  assert.equal(await status(page).textContent(), 'Hold your right leg, round 1 of 2');
  assert.deepEqual(page.errors, []);
});

test('the streak continues from saved days; unreadable saved data never breaks the page', async () => {
  const page = await open({}, {
    'cramp-coach.stretch-history': '{"v":1,"days":[["2026-11-26",1],["2026-11-27",2]]}',
  });
  // the history is filled in a few browser tasks after start-up: wait for the last of it
  await eventually(() => page.locator('.week__name').allTextContents(), ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Today']);
  assert.equal(await page.locator('.stretch-history__streak').textContent(), '2 days in a row');
  const alt = await page.locator('.week').textContent();
  assert.match(alt, /Thu: done.*Fri: done.*Today: not done/);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(70_000);
  assert.match(await page.locator('.stretch-finish').textContent(), /3 days in a row/);
  assert.equal(await page.locator('.stretch-history__streak').textContent(), '3 days in a row');

  const broken = await open({}, {
    'cramp-coach.stretch-settings': '{"v":1,"hold_secs":',
    'cramp-coach.stretch-history': '[[[',
  });
  assert.match(await broken.getByRole('status').filter({ hasText: 'could not be read' }).textContent(), /set back to the start/);
  assert.equal(await timer(broken).textContent(), '30');
  await broken.getByRole('button', { name: 'Start' }).click();
  await broken.clock.runFor(70_000);
  assert.equal(await broken.getByRole('heading', { name: 'Routine complete' }).isVisible(), true);
  assert.deepEqual([...page.errors, ...broken.errors], []);
});

test('the ring does not move under reduced motion; it steps with the seconds', async () => {
  const page = await open({ reducedMotion: 'reduce' });
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(5000 + 15_000);
  const bar = page.locator('.stretch-ring__bar');
  assert.equal(await bar.evaluate((el) => getComputedStyle(el).animationName), 'none');
  assert.equal(await bar.getAttribute('stroke-dashoffset'), '500');
  const moving = await open();
  await moving.getByRole('button', { name: 'Start' }).click();
  await moving.clock.runFor(5000);
  assert.match(await moving.locator('.stretch-ring__bar').evaluate((el) => getComputedStyle(el).animationName), /^stretch-ring-[ab]$/);
});

test('the pre-rendered page explains the stretch without JavaScript', async () => {
  const page = await app.newPage({ javaScriptEnabled: false });
  await page.goto(app.base + '/stretch');
  assert.equal(await page.locator('h1').textContent(), 'Stretch coach');
  assert.equal(await page.locator('.stretch-steps__list li').count(), 4);
  assert.equal(await page.getByRole('timer').textContent(), '30');
  assert.equal(await page.locator('#stretch-hold').getAttribute('value'), '30');
  assert.equal(await page.locator('[style]').count(), 0, 'no inline styles (strict CSP)');
});

test('axe finds nothing in each state (idle, running, paused, done), light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const viewport of [undefined, DESKTOP]) {
      const page = await open(viewport ? { colorScheme, viewport } : { colorScheme });
      // axe waits on timers: let the clock run while it looks, then stop it again
      const check = async (state) => {
        await page.clock.resume();
        const found = await axeViolations(page);
        await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
        assert.deepEqual(found, [], `${state} in ${colorScheme}${viewport ? ' desktop' : ''}`);
      };
      await check('idle');
      await page.getByRole('button', { name: 'Start' }).click();
      await page.clock.runFor(1000);
      await check('get ready');
      await page.clock.runFor(10_000);
      await check('running');
      await page.getByRole('button', { name: 'Pause' }).click();
      await check('paused');
      await page.getByRole('button', { name: 'Resume' }).click();
      await page.clock.runFor(60_000);
      await check('done');
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  }
});
