// The water counter on the release build: counting, undo, reload, goals and units, midnight while
// open (also on the daylight-saving night in Europe/London), a clock set back, unreadable saved
// data, storage that refuses to save, two tabs, corrections, and axe in light and dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, hydrated, axeViolations, DESKTOP } from './harness.mjs';

const KEY = 'cramp-coach.water';
const BACKUP_KEY = 'cramp-coach.water.backup';
const LONDON = { timezoneId: 'Europe/London' };

let app;
before(async () => {
  app = await start();
});
after(async () => {
  await app?.close();
});

/** A page on /water in London time with the fake clock at `time`, loaded and hydrated. */
async function openWater(time, options = {}) {
  const page = await app.newPage({ ...LONDON, ...options });
  await page.clock.install({ time: new Date(time) });
  await page.goto(app.base + '/water');
  await hydrated(page);
  await countIs(page, /^\d+ (of \d+ cups?|cups? today)$/);
  return page;
}

const countText = (page) => page.locator('.water-count').textContent();

/** Waits until the count reads `expected` (a string or a pattern). */
async function countIs(page, expected) {
  const count = page.locator('.water-count');
  await count.waitFor();
  const deadline = Date.now() + 5000;
  let text;
  while (Date.now() < deadline) {
    text = await count.textContent();
    if (typeof expected === 'string' ? text === expected : expected.test(text)) return;
    await new Promise((ok) => setTimeout(ok, 25));
  }
  assert.fail(`count should read ${expected}, reads "${text}"`);
}

const add = (page) => page.getByRole('button', { name: 'Add a cup' }).click();
const status = (page) => page.locator('.water-today [role="status"]').textContent();
const saved = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);

/** The history table's rows as [day, cups, goal?, met?]. */
const historyRows = (page) =>
  page.locator('.water-history table tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.children].map((c) => c.textContent.trim())),
  );

test('count, undo, the times of today\'s cups, and a reload keeps them', async () => {
  const page = await openWater('2026-03-28T09:00:00Z');
  assert.equal(await countText(page), '0 of 8 cups');
  assert.equal(await page.getByRole('button', { name: 'Undo' }).isDisabled(), true);
  assert.equal(await page.getByText('None yet today.').isVisible(), true);

  await add(page);
  await page.clock.runFor('01:30:00');
  await add(page);
  await add(page);
  await countIs(page, '3 of 8 cups');
  assert.equal(await status(page), 'Added a cup: 3 of 8 cups.');
  assert.deepEqual(await page.locator('.water-times__list li').allTextContents(), ['09:00', '10:30', '10:30']);
  assert.match(await saved(page), /^\{"version":1,/);

  await page.reload();
  await hydrated(page);
  await countIs(page, '3 of 8 cups');
  assert.equal(await page.locator('.water-times__list li').count(), 3);

  await page.getByRole('button', { name: 'Undo' }).click();
  await countIs(page, '2 of 8 cups');
  assert.equal(await status(page), 'Took back the last cup: 2 of 8 cups.');
  assert.deepEqual(await page.locator('.water-times__list li').allTextContents(), ['09:00', '10:30']);
  await page.reload();
  await hydrated(page);
  await countIs(page, '2 of 8 cups');
  assert.deepEqual(page.errors, []);
});

test('the keyboard alone adds a cup', async () => {
  const page = await openWater('2026-06-01T08:00:00Z');
  await page.getByRole('button', { name: 'Add a cup' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await countIs(page, '2 of 8 cups');
});

test('active and hot days raise today\'s goal; base goal, units and "just count"', async () => {
  const page = await openWater('2026-07-14T12:00:00Z');
  for (let i = 0; i < 8; i++) await add(page);
  await countIs(page, '8 of 8 cups');
  assert.equal(await page.getByText('Goal met today').isVisible(), true);
  assert.equal(await status(page), 'Added a cup: 8 of 8 cups. Today\'s goal is met.');

  await page.getByRole('switch', { name: /Active day/ }).check();
  await countIs(page, '8 of 10 cups');
  assert.equal(await status(page), 'Today\'s goal is now 10 cups.');
  await page.getByRole('switch', { name: /Hot day/ }).check();
  await countIs(page, '8 of 12 cups');
  assert.equal(await page.getByText('Goal met today').isVisible(), false);
  await page.getByLabel('Daily goal').selectOption('6');
  await countIs(page, '8 of 10 cups');

  await page.getByRole('radio', { name: 'ml' }).check();
  assert.equal(await page.locator('.water-amount').textContent(), '1,920 of 2,400 ml');
  await page.getByRole('radio', { name: 'fl oz' }).check();
  assert.equal(await page.locator('.water-amount').textContent(), '65 of 81 fl oz');

  await page.getByRole('switch', { name: /Hide the goal/ }).check();
  await countIs(page, '8 cups today');
  assert.equal(await page.locator('.water-glass').isVisible(), false);
  assert.equal(await page.locator('.water-stats').isVisible(), false);
  assert.equal(await page.locator('.water-amount').textContent(), '65 fl oz');
  assert.deepEqual(await axeViolations(page), []);

  // all of it survives a reload; the switches belong to today only
  await page.reload();
  await hydrated(page);
  await countIs(page, '8 cups today');
  await page.getByRole('switch', { name: /Hide the goal/ }).uncheck();
  await countIs(page, '8 of 10 cups');
  assert.equal(await page.getByRole('switch', { name: /Active day/ }).isChecked(), true);
  await page.clock.runFor('12:01:00');
  await countIs(page, '0 of 6 cups');
  assert.equal(await page.getByRole('switch', { name: /Active day/ }).isChecked(), false);
  assert.equal(await page.getByRole('switch', { name: /Hot day/ }).isChecked(), false);
  assert.deepEqual(page.errors, []);
});

test('midnight while open starts a new day, also on the night the clocks go forward', async () => {
  // 28 March 2026, 23:58 in London (GMT)
  const page = await openWater('2026-03-28T23:58:00Z');
  await add(page);
  await add(page);
  await countIs(page, '2 of 8 cups');
  await page.clock.runFor('00:03:00');
  await countIs(page, '0 of 8 cups');
  let rows = await historyRows(page);
  assert.equal(rows.length, 7);
  assert.deepEqual(rows[5].slice(0, 2), ['Yesterday', '2']);
  assert.deepEqual(rows[6].slice(0, 2), ['Today', '0']);
  assert.equal(await page.getByText('None yet today.').isVisible(), true);

  // 29 March has 23 hours: at 23:58 BST it is still the 29th
  await page.clock.runFor('22:57:00');
  await add(page);
  await countIs(page, '1 of 8 cups');
  assert.deepEqual(await page.locator('.water-times__list li').allTextContents(), ['23:58']);
  await page.clock.runFor('00:03:00');
  await countIs(page, '0 of 8 cups');
  rows = await historyRows(page);
  assert.deepEqual(rows.slice(4).map((r) => r.slice(0, 2)), [['Sat 28 Mar', '2'], ['Yesterday', '1'], ['Today', '0']]);
  assert.deepEqual(page.errors, []);
});

test('a page woken after midnight catches up when it comes back into view', async () => {
  const page = await openWater('2026-10-24T22:00:00Z'); // 23:00 BST
  await add(page);
  // the clock jumps past midnight without the timer firing (a sleeping phone)
  await page.clock.setSystemTime(new Date('2026-10-25T09:00:00Z'));
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await countIs(page, '0 of 8 cups');
  const rows = await historyRows(page);
  assert.deepEqual(rows[5].slice(0, 2), ['Yesterday', '1']);
});

test('a clock set back keeps the later day\'s cups apart and says so', async () => {
  const page = await openWater('2026-03-30T00:05:00+01:00');
  await add(page);
  await add(page);
  await page.clock.setSystemTime(new Date('2026-03-29T23:50:00+01:00'));
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await countIs(page, '0 of 8 cups');
  await page.getByText('Some cups are saved under a later date, Mon 30 Mar').waitFor();
  await add(page);
  await countIs(page, '1 of 8 cups');
  const log = JSON.parse(await saved(page));
  assert.deepEqual(
    log.days.map((d) => [d.date, d.times.length]),
    [['2026-03-29', 1], ['2026-03-30', 2]],
  );
});

test('unreadable saved data: a clean start, a backup copy, and a message that can be dismissed', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await openWater('2026-03-28T10:00:00Z', { colorScheme });
    const junk = '{"version":1,"days":[{"date":"2026-03-2';
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, junk]);
    await page.reload();
    await hydrated(page);
    const message = page.getByText('Your saved water log could not be read');
    await message.waitFor();
    assert.equal(await page.locator('.water-notices .notice:visible').count(), 1);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), BACKUP_KEY), junk);
    assert.match(await saved(page), /^\{"version":1,/);
    await countIs(page, '0 of 8 cups');
    assert.deepEqual(await axeViolations(page), [], colorScheme);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    assert.equal(await message.isVisible(), false);
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
    await add(page);
    await countIs(page, '1 of 8 cups');
    await page.reload();
    await hydrated(page);
    await countIs(page, '1 of 8 cups');
    await countIs(page, '1 of 8 cups');
    assert.equal(await message.isVisible(), false, 'told once');
    assert.deepEqual(page.errors, []);
  }
});

test('an old saved count is migrated to the current format', async () => {
  const page = await openWater('2026-03-28T10:00:00Z');
  await page.evaluate((key) => localStorage.setItem(key, '{"date":"2026-03-28","count":4}'), KEY);
  await page.reload();
  await hydrated(page);
  await countIs(page, '4 of 8 cups');
  assert.match(await saved(page), /^\{"version":1,.*"date":"2026-03-28","adjust":4/);
});

test('when storage refuses to save, counting goes on and the message is shown once', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await app.newPage({ ...LONDON, colorScheme });
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.clock.install({ time: new Date('2026-03-28T10:00:00Z') });
    await page.goto(app.base + '/water');
    await hydrated(page);
    await countIs(page, '0 of 8 cups');
    assert.equal(await page.getByText('Not saved').isVisible(), false, 'nothing said before a save fails');
    for (let i = 0; i < 4; i++) await add(page);
    await countIs(page, '4 of 8 cups');
    const notices = page.locator('.water-notices .notice:visible');
    assert.equal(await notices.count(), 1);
    assert.match(await notices.textContent(), /Not saved: This device's storage for Cramp Coach is full\. Your cups are still counted while this page is open\./);
    await page.getByRole('button', { name: 'Undo' }).click();
    await countIs(page, '3 of 8 cups');
    assert.equal(await notices.count(), 1);
    assert.deepEqual(await axeViolations(page), [], colorScheme);
    assert.deepEqual(page.errors, []);
  }
});

test('when storage is blocked altogether, the counter still counts', async () => {
  const page = await app.newPage(LONDON);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  await page.clock.install({ time: new Date('2026-03-28T10:00:00Z') });
  await page.goto(app.base + '/water');
  await hydrated(page);
  await page.getByText('does not let Cramp Coach save data').waitFor();
  await add(page);
  await add(page);
  await countIs(page, '2 of 8 cups');
  assert.equal(await page.locator('.water-notices .notice:visible').count(), 1);
  assert.deepEqual(page.errors, []);
});

test('two tabs show the same count', async () => {
  const first = await openWater('2026-03-28T10:00:00Z');
  const second = await first.context().newPage();
  second.errors = [];
  await second.goto(app.base + '/water');
  await hydrated(second);
  await countIs(second, '0 of 8 cups');
  await add(first);
  await add(first);
  await countIs(second, '2 of 8 cups');
  await add(second);
  await countIs(first, '3 of 8 cups');
  await second.getByRole('switch', { name: /Hot day/ }).check();
  await countIs(first, '3 of 10 cups');
  assert.equal(await first.getByRole('switch', { name: /Hot day/ }).isChecked(), true);
  // the other tab's status line stays quiet: nothing was done there
  assert.equal(await status(first), 'Added a cup: 2 of 8 cups.');
});

test('history: the chart, the table, days met, the streak and a correction', async () => {
  const page = await openWater('2026-03-25T12:00:00Z', { viewport: DESKTOP });
  for (let i = 0; i < 8; i++) await add(page);
  await page.clock.runFor('24:00:00');
  for (let i = 0; i < 9; i++) await add(page);
  await page.clock.runFor('24:00:00');
  for (let i = 0; i < 3; i++) await add(page);
  await countIs(page, '3 of 8 cups');
  assert.equal(await page.locator('.water-chart .water-chart__bar').count(), 7);
  assert.equal(await page.locator('.water-chart .water-chart__met').count(), 2);
  assert.equal(await page.locator('.water-chart').getAttribute('aria-hidden'), 'true');
  const stats = () => page.locator('.water-stats').innerText();
  assert.match(await stats(), /2 of the last 7 days met the goal/);
  assert.match(await stats(), /2 days in a row/);

  await page.getByText('Correct a past day').click();
  const day = page.getByLabel('Day', { exact: true });
  const cups = page.getByLabel('Cups that day');
  assert.equal(await cups.inputValue(), '9', "yesterday's count to start from");
  await day.selectOption({ label: 'Sun 22 Mar' });
  assert.equal(await cups.inputValue(), '0');
  await cups.selectOption('8');
  await page.getByRole('button', { name: 'Save correction' }).click();
  assert.equal(await status(page), 'Sun 22 Mar now shows 8 cups.');
  await day.selectOption({ label: 'Tue 24 Mar' });
  await cups.selectOption({ label: '10 cups' });
  await page.getByRole('button', { name: 'Save correction' }).click();
  assert.match(await stats(), /4 of the last 7 days met the goal/);
  assert.match(await stats(), /3 days in a row/);
  // a later change is shown when the day is picked again
  await day.selectOption({ label: 'Sun 22 Mar' });
  assert.equal(await cups.inputValue(), '8');

  assert.deepEqual(await historyRows(page), [
    ['Sat 21 Mar', '0', '8', 'No'],
    ['Sun 22 Mar', '8', '8', 'Yes'],
    ['Mon 23 Mar', '0', '8', 'No'],
    ['Tue 24 Mar', '10', '8', 'Yes'],
    ['Wed 25 Mar', '8', '8', 'Yes'],
    ['Yesterday', '9', '8', 'Yes'],
    ['Today', '3', '8', 'No'],
  ]);
  assert.deepEqual(page.errors, []);
});

test('without JavaScript the page explains the counter, its goal and the health note', async () => {
  const page = await app.newPage({ javaScriptEnabled: false });
  await page.goto(app.base + '/water');
  assert.equal(await page.locator('h1').textContent(), 'Water today');
  const text = await page.locator('main').textContent();
  for (const s of ['goal of 8', 'active or hot days', 'rule of thumb (Cleveland Clinic)', 'kidney or heart failure', 'hide the goal and just count', 'cucumber', 'lemon', 'mint']) {
    assert.ok(text.includes(s), `missing "${s}"`);
  }
  assert.equal(await page.getByText('The counter appears here once the page has loaded').isVisible(), true);
});

test('axe finds nothing on a busy water page, light and dark, phone and desktop', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const viewport of [undefined, DESKTOP]) {
      const page = await openWater('2026-03-28T20:00:00Z', { colorScheme, ...(viewport ? { viewport } : {}) });
      for (let i = 0; i < 9; i++) await add(page);
      await page.getByRole('switch', { name: /Hot day/ }).check();
      await page.getByText('Correct a past day').click();
      assert.deepEqual(await axeViolations(page), [], `${colorScheme} ${viewport ? 'desktop' : 'phone'}`);
      const small = await page.evaluate(() =>
        // links inside a sentence are exempt (WCAG 2.5.8 "inline")
        [...document.querySelectorAll('main button, main summary, main select, main input, main a:not(p a)')]
          .filter((el) => el.offsetParent !== null && !el.closest('.visually-hidden'))
          .map((el) => [el.textContent.trim() || el.id || el.name, (el.closest('label') ?? el).getBoundingClientRect()])
          .filter(([, r]) => r.width < 24 || r.height < 24)
          .map(([t]) => t),
      );
      assert.deepEqual(small, []);
    }
  }
});
