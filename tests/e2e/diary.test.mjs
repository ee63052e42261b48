// The cramp diary on the release build, with the fake clock in London time: a cramp timed on
// Cramp now and saved, one logged by hand (kept after a reload), a quiet night, edit, delete and
// undo, the stretching comparison's "too early to tell", medicines, the report in print media,
// unreadable saved data, two tabs, the keyboard alone, and axe in every theme.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, hydrated, axeViolations, chooseTheme, DESKTOP } from './harness.mjs';

const KEY = 'cramp-coach.diary';
const BACKUP_KEY = 'cramp-coach.diary.backup';
const INBOX_KEY = 'cramp-coach.diary.inbox';
const LONDON = { timezoneId: 'Europe/London' };

let app;
before(async () => {
  app = await start();
});
after(async () => {
  await app?.close();
});

/** A page in London time with the fake clock at `time`, on `path`, hydrated. */
async function open(path, time, options = {}) {
  const page = await app.newPage({ ...LONDON, ...options });
  await page.clock.install({ time: new Date(time) });
  await page.goto(app.base + path);
  await hydrated(page);
  if (path === '/diary') await page.locator('.diary-app .diary-quick').waitFor();
  return page;
}

/** Polls `read` until it satisfies `expected` (a string or a pattern). */
async function eventually(read, expected, what) {
  const deadline = Date.now() + 5000;
  let value;
  while (Date.now() < deadline) {
    value = await read();
    if (typeof expected === 'string' ? value === expected : expected.test(value)) return value;
    await new Promise((ok) => setTimeout(ok, 25));
  }
  assert.fail(`${what} should be ${expected}, is "${value}"`);
}

/** Scrolls the page a little, as a person reading on does: the diary then fetches the code of
 * what is below its first screen, and draws it. */
async function readOn(page) {
  await page.mouse.wheel(0, 200);
  await page.locator('section[aria-labelledby="report-title"]').waitFor({ state: 'attached' });
}

const weeks = (page) => page.locator('.diary-weeks').innerText();
const entries = (page) => page.locator('.diary-entries').first().innerText();
const status = (page) => page.locator('.diary-status [role="status"]').innerText();

/** Logs a cramp on the diary page: "Log a cramp", a start choice, a length choice, Save; returns
 * once the form has closed. */
async function logCramp(page, { when = 'Just now', length = '2–5 minutes' } = {}) {
  await page.getByRole('button', { name: 'Log a cramp' }).click();
  await page.getByRole('radio', { name: when }).check();
  await page.getByRole('radio', { name: length }).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // saved: the form closes
  await page.locator('.diary-form').waitFor({ state: 'detached' });
}

test('a cramp timed on Cramp now for 3 minutes, eased and saved, is in the diary as 1 cramp of 3 minutes', async () => {
  const page = await open('/cramp-now', '2026-11-28T03:00:00');
  assert.equal(await page.locator('.cramp-save').isVisible(), false, 'offered only once it has eased');
  await page.clock.runFor(3 * 60_000);
  await page.getByRole('button', { name: 'It has eased' }).click();
  await page.getByText('Save this cramp to your diary?').waitFor();
  await page.getByText('Add details (optional)').click();
  await page.getByRole('radio', { name: 'Left' }).check();
  await page.getByRole('checkbox', { name: 'Calf' }).check();
  await page.getByRole('button', { name: 'Save to diary' }).click();
  await eventually(() => page.locator('.cramp-save [role="status"]').innerText(), /^Saved the cramp that started at 03:00 to your diary\./, 'status');
  // pressed again: still one cramp
  await page.getByRole('button', { name: 'Save to diary' }).click();
  const inbox = await page.evaluate((k) => localStorage.getItem(k), INBOX_KEY);
  assert.equal(inbox.trim().split('\n').length, 1);
  await page.getByRole('link', { name: 'Open the diary' }).click();
  await hydrated(page);
  await eventually(() => weeks(page), /This week: 1 cramp on 1 of 1 recorded night/, 'week numbers');
  const listed = await entries(page);
  assert.match(listed, /03:00 on the night of Friday 27 November/);
  assert.match(listed, /\n3 min(utes| \d+ s) · left calf/, 'about 3 minutes (the fake clock also runs on its own while the test works)');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), INBOX_KEY), null, 'taken in');
  await page.reload();
  await hydrated(page);
  await eventually(() => weeks(page), /This week: 1 cramp on 1 of 1 recorded night/, 'after a reload');
  assert.deepEqual(page.errors, []);
});

test('a cramp logged by hand is kept after a reload; a quiet night is recorded, not counted as none', async () => {
  const page = await open('/diary', '2026-11-28T09:00:00');
  await eventually(() => weeks(page), /This week: no nights recorded/, 'empty diary');
  await logCramp(page, { when: '30 min ago', length: '2–5 minutes' });
  await eventually(() => status(page), 'Saved: 08:30 on the night of Friday 27 November, 2–5 minutes.', 'status');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'diary-log', 'focus back on "Log a cramp"');
  await page.reload();
  await hydrated(page);
  await eventually(() => weeks(page), /This week: 1 cramp on 1 of 1 recorded night/, 'kept');
  // the next morning: last night had none
  await page.clock.setFixedTime(new Date('2026-11-29T08:00:00'));
  await page.reload();
  await hydrated(page);
  await page.getByRole('button', { name: 'No cramps last night' }).click();
  await eventually(() => status(page), 'Marked: no cramps on the night of Saturday 28 November.', 'status');
  await eventually(() => weeks(page), /This week: 1 cramp on 1 of 2 recorded nights/, 'week numbers');
  const cell = page.locator('.night--quiet');
  assert.equal(await cell.count(), 1);
  assert.match(await cell.innerText(), /Saturday 28 November: no cramps/);
  // a night with nothing logged says so
  assert.match(await page.locator('.night--none').first().innerText(), /not recorded/);
  // an older night, by its date
  await page.getByText('No cramps on another night').click();
  await page.getByLabel('The night that began on').fill('2026-11-25');
  await page.getByRole('button', { name: 'No cramps that night' }).click();
  await eventually(() => status(page), 'Marked: no cramps on the night of Wednesday 25 November.', 'status');
  await eventually(() => weeks(page), /This week: 1 cramp on 1 of 3 recorded nights/, 'three nights');
  await page.getByLabel('The night that began on').fill('2026-11-29');
  await page.getByRole('button', { name: 'No cramps that night' }).click();
  await eventually(() => status(page), 'That night has not ended yet.', 'tonight refused');
  assert.deepEqual(page.errors, []);
});

test('edit, delete and undo an entry', async () => {
  const page = await open('/diary', '2026-11-28T03:10:00');
  await logCramp(page, { when: '10 min ago', length: 'Under 1 minute' });
  await eventually(() => entries(page), /03:00 on the night of Friday 27 November\nunder 1 minute/, 'listed');
  await page.getByRole('button', { name: /^Edit the cramp at 03:00/ }).click();
  await eventually(() => page.evaluate(() => document.activeElement.textContent), 'Edit a cramp', 'focus on the form');
  await page.getByRole('radio', { name: '5–10 minutes' }).check();
  await page.getByRole('combobox', { name: /How bad/ }).selectOption('7');
  await page.getByRole('checkbox', { name: 'It woke me up' }).check();
  await page.getByRole('textbox', { name: 'Note' }).fill('After a <long> walk');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await eventually(() => entries(page), /5–10 minutes · 7 out of 10 · woke me up\n+“After a <long> walk”/, 'edited');
  await page.getByRole('button', { name: /^Delete the cramp at 03:00/ }).click();
  await eventually(() => status(page), 'Deleted the cramp.', 'status');
  await eventually(() => page.evaluate(() => document.activeElement.id), 'diary-undo', 'focus on Undo');
  await eventually(() => page.locator('.diary-section .diary-empty').first().innerText(), /Nothing logged yet/, 'gone');
  await page.keyboard.press('Enter');
  await eventually(() => entries(page), /5–10 minutes · 7 out of 10/, 'back');
  assert.deepEqual(page.errors, []);
});

test('the stretching comparison stays "too early to tell" with a few nights, beside what always stands with it', async () => {
  const page = await open('/diary', '2026-11-28T09:00:00');
  await page.evaluate(() =>
    localStorage.setItem('cramp-coach.stretch-history', JSON.stringify({ v: 1, days: [['2026-11-26', 1], ['2026-11-27', 1]] })),
  );
  await logCramp(page, { when: 'Just now', length: '1–2 minutes' });
  await page.reload();
  await hydrated(page);
  await readOn(page);
  const section = page.locator('section[aria-labelledby="stretching-title"]');
  await eventually(() => section.innerText(), /Too early to tell: each side needs at least 7 recorded nights \(so far 1 and 0\)/, 'verdict');
  const text = await section.innerText();
  assert.match(text, /Stretched: 1 night, 1 cramp, 1\.0 a night · Not: no recorded nights/);
  assert.match(text, /chosen by you, not at random/);
  assert.match(text, /about 28% in 4 weeks \(Cochrane review CD009402\)/);
  assert.match(text, /Hallegraeff 2012/);
  assert.match(text, /Coppin 2005/);
  assert.deepEqual(page.errors, []);
});

test('the planned self-test says what kind tonight is and keeps the result until the end', async () => {
  const page = await open('/diary', '2026-11-28T20:00:00');
  await readOn(page);
  await page.getByRole('button', { name: 'Start a 4-week test tonight' }).click();
  const panel = page.locator('section[aria-labelledby="test-title"]');
  await eventually(() => panel.innerText(), /Night 1 of 28: a (no-)?stretch night\./, 'tonight');
  assert.match(await panel.innerText(), /The result is shown after the last night, on Saturday 26 December/);
  await page.reload();
  await hydrated(page);
  await readOn(page);
  await eventually(() => panel.innerText(), /Night 1 of 28/, 'kept');
  assert.deepEqual(page.errors, []);
});

test('medicines, and the report for a doctor in print media shows the numbers and "Not a diagnosis"', async () => {
  const page = await open('/diary', '2026-11-28T09:00:00', { viewport: DESKTOP });
  await logCramp(page, { when: '30 min ago', length: 'Over 10 minutes' });
  await page.getByRole('textbox', { name: 'Medicine' }).fill('Atorvastatin');
  await page.locator('input[name="started"]').fill('2026-11-20');
  await page.getByRole('button', { name: 'Add' }).click();
  await eventually(() => status(page), 'Noted: Atorvastatin.', 'status');
  assert.match(await page.locator('.night small').first().evaluate((e) => e.closest('td').innerText), /started Atorvastatin/);
  await page.emulateMedia({ media: 'print' });
  const report = page.locator('.report');
  const text = await report.innerText();
  assert.match(text, /Cramp diary: report for your doctor/);
  assert.match(text, /Self-reported by the patient\. Not a diagnosis\./);
  assert.match(text, /Made on 28 November 2026\./);
  assert.match(text, /Cramps\s+1\s+0/);
  assert.match(text, /Longest\s+over 10 minutes\s+none recorded/);
  assert.match(text, /Atorvastatin, started 20 November 2026/);
  // the printed page is the report alone
  assert.equal(await page.locator('.diary-quick').isVisible(), false);
  assert.equal(await page.locator('.site-nav').isVisible(), false);
  assert.equal(await page.locator('section[aria-labelledby="stretching-title"]').isVisible(), false);
  await page.emulateMedia({ media: 'screen' });
  // copy as text
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await eventually(() => page.locator('.report-controls [role="status"]').innerText(), /^Copied/, 'copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^Cramp diary: report for your doctor\nSelf-reported by the patient\. Not a diagnosis\./);
  // the span choice sets the report's span; a number typed as a medicine's name does not
  assert.match(await report.innerText(), /31 October 2026 to 27 November 2026/);
  await page.getByRole('combobox', { name: 'Span' }).selectOption('8');
  await eventually(() => report.innerText(), /3 October 2026 to 27 November 2026/, 'eight weeks');
  await page.getByRole('textbox', { name: 'Medicine' }).fill('4');
  await page.getByRole('button', { name: 'Add' }).click(); // the field's change, then the form
  await eventually(() => page.locator('#medicine-problem').innerText(), "Enter the medicine's name and the date you started it.", 'no date');
  assert.match(await report.innerText(), /3 October 2026 to 27 November 2026/, 'still eight weeks');
  assert.deepEqual(page.errors, []);
});

test('unreadable saved data: a clean start, a backup copy and a message', async () => {
  const page = await open('/diary', '2026-11-28T09:00:00');
  const junk = '{"version":1,"entries":[{"id":';
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, junk]);
  await page.reload();
  await hydrated(page);
  await page.getByText('Your saved diary could not be read').waitFor();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), BACKUP_KEY), junk);
  await logCramp(page);
  await eventually(() => weeks(page), /This week: 1 cramp/, 'logging goes on');
  assert.match(await page.evaluate((k) => localStorage.getItem(k), KEY), /^\{"version":1,/);
  assert.deepEqual(page.errors, []);
});

test('when storage refuses to save, the diary goes on in memory and says so', async () => {
  const page = await app.newPage(LONDON);
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.clock.install({ time: new Date('2026-11-28T09:00:00') });
  await page.goto(app.base + '/diary');
  await hydrated(page);
  await logCramp(page);
  await eventually(() => weeks(page), /This week: 1 cramp/, 'kept in memory');
  await page.getByText(/Not saved: This device's storage for Cramp Coach is full\./).waitFor();
  assert.deepEqual(page.errors, []);
});

test('two tabs stay in step', async () => {
  const first = await open('/diary', '2026-11-28T09:00:00');
  const second = await first.context().newPage();
  second.errors = [];
  await second.goto(app.base + '/diary');
  await hydrated(second);
  await second.locator('.diary-app .diary-quick').waitFor();
  await logCramp(first);
  await eventually(() => weeks(second), /This week: 1 cramp on 1 of 1 recorded night/, 'other tab');
  await logCramp(second, { when: '10 min ago', length: 'Under 1 minute' });
  await eventually(() => weeks(first), /This week: 2 cramps on 1 of 1 recorded night/, 'back again');
  assert.deepEqual([...first.errors, ...second.errors], []);
});

test('the keyboard alone logs a cramp', async () => {
  const page = await open('/diary', '2026-11-28T09:00:00');
  await page.locator('#diary-log').focus();
  await page.keyboard.press('Enter');
  await eventually(() => page.evaluate(() => document.activeElement.id), 'log-title', 'focus on the form');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Log a cramp');
  // Tab into the first group ("Just now" is chosen), then to the length group
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.value), 'now');
  // past the date and time fields (each has parts of its own) to the length choices
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement.name)) === 'length') break;
  }
  await page.keyboard.press('Space');
  assert.equal(await page.evaluate(() => document.activeElement.value), 'under1');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.value), '1-2');
  await page.keyboard.press('Enter');
  await eventually(() => status(page), /^Saved: 09:00 on the night of Friday 27 November, 1–2 minutes\.$/, 'saved');
  assert.deepEqual(page.errors, []);
});

test('a form without a length says what is missing', async () => {
  const page = await open('/diary', '2026-11-28T09:00:00');
  await page.getByRole('button', { name: 'Log a cramp' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await eventually(() => page.locator('.diary-problem').first().innerText(), 'Choose how long it lasted.', 'problem');
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await page.locator('.diary-form').isVisible(), false);
});

test('axe finds nothing on a busy diary, light, dark and night, phone and desktop', async () => {
  for (const viewport of [undefined, DESKTOP]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await open('/diary', '2026-11-28T09:00:00', { colorScheme, ...(viewport ? { viewport } : {}) });
      await logCramp(page, { when: '30 min ago', length: '2–5 minutes' });
      await page.getByRole('button', { name: 'No cramps last night' }).click();
      await page.getByRole('button', { name: 'Log a cramp' }).click();
      await page.getByText('Details (optional)').click();
      // with everything below the first screen drawn too
      await page.locator('.report-table').waitFor();
      assert.deepEqual(await axeViolations(page), [], `${colorScheme} ${viewport ? 'desktop' : 'phone'}`);
      if (colorScheme === 'dark') {
        await chooseTheme(page, 'Night (red on black)');
        assert.deepEqual(await axeViolations(page), [], `night ${viewport ? 'desktop' : 'phone'}`);
      }
      assert.deepEqual(page.errors, []);
    }
  }
});

test('the first entry asks the browser to keep the site\'s data, once', async () => {
  const page = await app.newPage(LONDON);
  await page.addInitScript(() => {
    window.__asked = 0;
    navigator.storage.persist = async () => {
      window.__asked += 1;
      return true;
    };
  });
  await page.clock.install({ time: new Date('2026-11-28T09:00:00') });
  await page.goto(app.base + '/diary');
  await hydrated(page);
  await logCramp(page);
  await eventually(() => page.evaluate(() => String(window.__asked)), '1', 'asked');
  await logCramp(page, { when: '10 min ago' });
  await eventually(() => weeks(page), /This week: 2 cramps/, 'second entry');
  assert.equal(await page.evaluate(() => window.__asked), 1, 'asked once');
  assert.deepEqual(page.errors, []);
});

test('what is below the first screen is fetched when the page is first used, once, not before', async () => {
  const page = await app.newPage(LONDON);
  await page.clock.install({ time: new Date('2026-11-28T09:00:00') });
  const parts = [];
  page.on('requestfinished', (r) => /diary_split_.*\.wasm$/.test(r.url()) && parts.push(r.url()));
  await page.goto(app.base + '/diary');
  await hydrated(page);
  await eventually(() => weeks(page), /This week: no nights recorded/, 'the first screen');
  assert.deepEqual(parts, [], 'not in the first load');
  assert.equal(await page.locator('section[aria-labelledby="stretching-title"]').count(), 0);
  await readOn(page);
  assert.equal(parts.length, 1, 'fetched on the first scroll');
  assert.match(await page.locator('section[aria-labelledby="stretching-title"]').innerText(), /Too early to tell/);
  assert.match(await page.locator('.diary-section .diary-empty').first().innerText(), /Nothing logged yet/);
  await logCramp(page, { when: 'Just now', length: '1–2 minutes' });
  await eventually(() => status(page), 'Saved: 09:00 on the night of Friday 27 November, 1–2 minutes.', 'saved');
  assert.equal(parts.length, 1, 'fetched once');
  assert.deepEqual(page.errors, []);
});

test('when that code cannot be fetched, the page says so and nothing is changed; the next touch tries again', async () => {
  const page = await app.newPage(LONDON);
  await page.clock.install({ time: new Date('2026-11-28T09:00:00') });
  await page.route(/diary_split_.*\.wasm$/, (route) => route.abort());
  await page.goto(app.base + '/diary');
  await hydrated(page);
  await page.locator('.diary-app .diary-quick').waitFor();
  await page.mouse.wheel(0, 200);
  await eventually(() => page.locator('.diary-insights').innerText(), /This part could not be loaded\. What you saved is safe; touch the page to try again, or reload it\./, 'said');
  await page.getByRole('button', { name: 'No cramps last night' }).click();
  await eventually(() => status(page), /could not be loaded, so nothing was done/, 'said on a press');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null, 'nothing saved');
  // once it can be fetched, the next touch brings it, without a reload
  await page.unroute(/diary_split_.*\.wasm$/);
  await page.getByRole('button', { name: 'No cramps last night' }).click();
  await eventually(() => status(page), 'Marked: no cramps on the night of Friday 27 November.', 'works');
  await page.locator('section[aria-labelledby="report-title"]').waitFor();
  assert.deepEqual(page.errors.filter((e) => !/diary_split|fetch|load/i.test(e)), []);
});
