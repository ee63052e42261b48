// "Your data" on the release build: a backup saved (the download), storage cleared and the backup
// restored, merged again without doubling, undone, broken and foreign files refused with nothing
// changed, the diary as CSV, the bedtime reminder's .ics, delete everything, the 30-day reminder
// here and on the diary, the share sheet where downloads do not work, and axe in light and dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, hydrated, axeViolations, ROUTES, DESKTOP } from './harness.mjs';

const LONDON = { timezoneId: 'Europe/London' };
const T0 = '2026-03-10T21:00:00Z';
const DAY_MS = 86_400_000;

let app;
before(async () => {
  app = await start();
});
after(async () => {
  await app?.close();
});

/** A page in London time with the fake clock at `time` (the clock and storage stay across `goto`). */
async function newPage(time = T0, options = {}) {
  const page = await app.newPage({ ...LONDON, ...options });
  await page.clock.install({ time: new Date(time) });
  return page;
}

/** Goes to /data and waits until it has read what is saved (the browser's answer is shown). */
async function openData(page, hash = '') {
  await page.goto(app.base + '/data' + hash);
  await hydrated(page);
  await page.locator('.data-persisted').filter({ hasText: /\S/ }).waitFor();
}

/** Every key of the app in storage, with its text. */
const stored = (page) =>
  page.evaluate(() =>
    Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('cramp-coach.')).sort().map((k) => [k, localStorage.getItem(k)])),
  );

/** Waits until `fn()` (async) returns something truthy. */
async function until(fn, what) {
  const deadline = Date.now() + 5000;
  let last;
  while (Date.now() < deadline) {
    last = await fn();
    if (last) return last;
    await new Promise((ok) => setTimeout(ok, 25));
  }
  assert.fail(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

/** Adds `cups` cups on /water, which then counts `total`. */
async function addCups(page, cups, total = cups) {
  await page.goto(app.base + '/water');
  await hydrated(page);
  await page.locator('.water-count').waitFor();
  for (let i = 0; i < cups; i++) await page.getByRole('button', { name: 'Add a cup' }).click();
  await until(async () => (await page.locator('.water-count').textContent()).startsWith(`${total} of`), `${total} cups`);
}

/** Logs a cramp of 2 to 5 minutes on /diary. */
async function logCramp(page) {
  await page.goto(app.base + '/diary');
  await hydrated(page);
  await page.getByRole('button', { name: 'Log a cramp' }).click();
  await page.locator('input[name="length"][value="2-5"]').check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await until(() => page.evaluate(() => localStorage.getItem('cramp-coach.diary')?.includes('"2-5"')), 'the cramp saved');
}

/** Presses `button` and returns the download it starts: its name and bytes. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

const status = (page, section) => page.locator(`section[aria-labelledby="${section}-title"] .data-status`);
/** Waits until the message in `section` is `said` (a string, or a pattern it matches): the buttons'
 * code is fetched on the first press, so an answer may come a moment later. */
const saidIn = (page, section, said) =>
  until(async () => {
    const text = await status(page, section).textContent();
    return typeof said === 'string' ? text === said : said.test(text);
  }, `"${said}" in ${section}`);
const choose = (page, name, buffer) =>
  page.locator('#data-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(buffer) });

test('a backup saved, storage cleared, restored, merged again without doubling, undone; broken files change nothing', async () => {
  const page = await newPage();
  await addCups(page, 3);
  await logCramp(page);
  await openData(page);
  assert.equal(await page.getByText('No backup has been saved from this device yet.').isVisible(), true);

  const backup = await download(page, page.getByRole('button', { name: 'Save a backup' }));
  assert.equal(backup.name, 'cramp-coach-backup-2026-03-10.json');
  const file = JSON.parse(backup.bytes.toString('utf8'));
  assert.equal(file.app, 'cramp-coach');
  assert.equal(file.format, 1);
  // the clock runs on from 21:00
  assert.match(file.exported_at, /^2026-03-10T21:0\d:\d\dZ$/);
  assert.equal(file.data.diary.entries.length, 1);
  assert.equal(file.data.water.days[0].times.length, 3);
  await saidIn(page, 'backup', /^Saved cramp-coach-backup-2026-03-10\.json\./);
  assert.equal(await page.getByText('Your last backup from this device: 10 March 2026.').isVisible(), true);
  const before = await stored(page);
  assert.equal(before['cramp-coach.last-backup'], file.exported_at);

  // a new phone: nothing saved
  await page.evaluate(() => localStorage.clear());
  await openData(page);
  await choose(page, backup.name, backup.bytes);
  await until(async () => /^This backup was made on 10 March 2026\. 1 cramp on 10 March 2026; 1 day of water\.$/.test(await status(page, 'restore').textContent()), 'the summary');
  assert.deepEqual(await stored(page), {}, 'nothing changes before Merge or Replace');
  await page.getByRole('button', { name: 'Merge' }).click();
  await saidIn(page, 'restore', /^Merged:/);
  let after = await stored(page);
  for (const key of ['cramp-coach.diary', 'cramp-coach.water']) assert.equal(after[key], before[key], key);

  // "Undo restore" brings back the empty device, and a second merge brings it all back again
  await page.getByRole('button', { name: 'Undo restore' }).click();
  await saidIn(page, 'restore', 'Put back what this device held before the restore.');
  after = await stored(page);
  assert.equal(JSON.parse(after['cramp-coach.diary']).entries.length, 0);
  await choose(page, backup.name, backup.bytes);
  await page.getByRole('button', { name: 'Merge' }).click();
  await saidIn(page, 'restore', /^Merged:/);

  // every tool shows it
  await page.goto(app.base + '/water');
  await hydrated(page);
  await until(async () => (await page.locator('.water-count').textContent()) === '3 of 8 cups', '3 cups back');
  await openData(page);

  // the same file merged again doubles nothing
  const once = await stored(page);
  await choose(page, backup.name, backup.bytes);
  await until(async () => /1 cramp on 10 March 2026, 1 already here/.test(await status(page, 'restore').textContent()), 'already here');
  await page.getByRole('button', { name: 'Merge' }).click();
  await saidIn(page, 'restore', /^Merged:/);
  const twice = await stored(page);
  for (const key of ['cramp-coach.diary', 'cramp-coach.water']) assert.equal(twice[key], once[key], key);
  assert.equal(JSON.parse(twice['cramp-coach.water']).days[0].times.length, 3);
  assert.equal(JSON.parse(twice['cramp-coach.diary']).entries.length, 1);

  // broken, foreign and newer files are refused, and nothing changes
  const kept = await stored(page);
  const refusals = [
    ['{"app":"cramp-coach","format":1,"exported_at":', /^This file is not a Cramp Coach backup\. Nothing was changed\.$/],
    ['{"hello":"world"}', /^This file is not a Cramp Coach backup/],
    ['\u0000\u00ff binary', /^This file is not a Cramp Coach backup/],
    [backup.bytes.toString('utf8').replace('"format":1', '"format":2'), /newer version of Cramp Coach/],
    [backup.bytes.toString('utf8').replace('"goal":8', '"goal":"lots"'), /^This file is damaged: nothing was changed\.$/],
  ];
  for (const [content, message] of refusals) {
    await choose(page, 'broken.json', content);
    await until(async () => message.test(await status(page, 'restore').textContent()), String(message));
    assert.equal(await page.getByRole('button', { name: 'Merge' }).isVisible(), false);
    assert.deepEqual(await stored(page), kept);
  }
  assert.deepEqual(page.errors, []);
});

test('Replace takes the backup as it is, and Undo restore puts back what was here', async () => {
  const page = await newPage();
  await addCups(page, 2);
  await openData(page);
  const backup = await download(page, page.getByRole('button', { name: 'Save a backup' }));
  await addCups(page, 5, 7);
  await openData(page);
  const five = await stored(page);
  await choose(page, backup.name, backup.bytes);
  await page.getByRole('button', { name: 'Replace' }).click();
  await saidIn(page, 'restore', /^Replaced:/);
  assert.equal(JSON.parse((await stored(page))['cramp-coach.water']).days[0].times.length, 2);
  await page.getByRole('button', { name: 'Undo restore' }).click();
  await saidIn(page, 'restore', 'Put back what this device held before the restore.');
  const back = await stored(page);
  assert.equal(back['cramp-coach.water'], five['cramp-coach.water']);
  assert.equal(await page.getByRole('button', { name: 'Undo restore' }).isVisible(), false);
});

test('the diary as CSV has a byte order mark, a header and the cramp', async () => {
  const page = await newPage();
  await logCramp(page);
  await openData(page);
  const csv = await download(page, page.getByRole('button', { name: 'Save the diary as CSV' }));
  assert.equal(csv.name, 'cramp-coach-diary-2026-03-10.csv');
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
  assert.match(lines[0], /^Kind,Night,Start,/);
  assert.match(lines[1], /^cramp,2026-03-10,2026-03-10T21:0\d:\d\dZ,,2-5 minutes,/);
  await saidIn(page, 'csv', /^Saved cramp-coach-diary-2026-03-10\.csv\.$/);
});

test('the bedtime reminder downloads a valid .ics, daily or on chosen days; the stretch coach links to it', async () => {
  const page = await newPage(T0, { reducedMotion: 'reduce' });
  await page.goto(app.base + '/stretch');
  await hydrated(page);
  await page.getByRole('link', { name: 'Add a bedtime stretch reminder to your calendar' }).click();
  await page.waitForURL('**/data#reminder');
  await hydrated(page);
  const top = await page.locator('#reminder').evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 300, `the reminder section should be in view, was at ${top}`);
  await page.locator('.data-persisted').filter({ hasText: /\S/ }).waitFor();

  const add = page.getByRole('button', { name: 'Add a bedtime reminder to my calendar' });
  const daily = await download(page, add);
  assert.equal(daily.name, 'cramp-coach-bedtime.ics');
  const text = daily.bytes.toString('utf8');
  assert.ok(text.startsWith('BEGIN:VCALENDAR\r\n'));
  assert.ok(text.endsWith('END:VCALENDAR\r\n'));
  assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'every line ends with CRLF');
  for (const line of ['VERSION:2.0', 'RRULE:FREQ=DAILY', 'DTSTART:20260310T213000', 'ACTION:DISPLAY', 'BEGIN:VALARM']) {
    assert.ok(text.split('\r\n').includes(line), `has ${line}`);
  }
  assert.ok(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75), 'folded at 75 octets');
  assert.match(text, /\/stretch/);

  await page.getByLabel('Time', { exact: true }).fill('22:05');
  await page.getByLabel('Only on the days ticked below').check();
  await add.click();
  await saidIn(page, 'reminder', 'Choose at least one day, or every day.');
  await page.getByLabel('Monday').check();
  await page.getByLabel('Wednesday').check();
  const weekly = (await download(page, add)).bytes.toString('utf8').split('\r\n');
  assert.ok(weekly.includes('RRULE:FREQ=WEEKLY;BYDAY=MO,WE'), weekly.join('\n'));
  assert.ok(weekly.includes('DTSTART:20260311T220500'), 'the first chosen day from today');
  await saidIn(page, 'reminder', /^Saved cramp-coach-bedtime\.ics\./);
  assert.deepEqual(page.errors, []);
});

test('delete all my data: a second step says what goes, then no key of the app is left', async () => {
  const page = await newPage();
  await addCups(page, 2);
  await logCramp(page);
  await page.evaluate(() => {
    localStorage.setItem('cramp-coach.theme', 'dark');
    localStorage.setItem('another-site-thing', 'kept');
  });
  await openData(page);
  const button = page.getByRole('button', { name: 'Delete all my data' });
  assert.equal(await button.isVisible(), false, 'hidden until the first step');
  await page.getByText('Delete everything Cramp Coach keeps on this device').click();
  for (const what of ['cramp diary', 'water log', 'stretch coach', 'theme', 'undo a restore']) {
    assert.equal(await page.locator('.data-delete li').filter({ hasText: what }).count(), 1, what);
  }
  await button.click();
  await saidIn(page, 'delete', /^Deleted: nothing of Cramp Coach is left on this device/);
  assert.deepEqual(await stored(page), {});
  assert.equal(await page.evaluate(() => localStorage.getItem('another-site-thing')), 'kept');
  await page.goto(app.base + '/water');
  await hydrated(page);
  await until(async () => (await page.locator('.water-count').textContent()) === '0 of 8 cups', 'a fresh counter');
});

test('after 30 days with data and no backup, a quiet reminder here and on the diary, gone after a backup', async () => {
  const page = await newPage();
  await logCramp(page);
  await openData(page);
  const notice = page.locator('.data-due');
  assert.equal(await notice.isVisible(), false);
  await page.clock.setSystemTime(new Date(Date.parse(T0) + 31 * DAY_MS));
  await openData(page);
  assert.equal(await notice.isVisible(), true);
  assert.match(await notice.textContent(), /not saved a backup for over 30 days/);
  await page.goto(app.base + '/diary');
  await hydrated(page);
  const link = page.getByRole('link', { name: 'No backup for over 30 days: save one on Your data' });
  await link.waitFor();
  await link.click();
  await page.waitForURL('**/data');
  await page.locator('.data-persisted').filter({ hasText: /\S/ }).waitFor();
  await download(page, page.getByRole('button', { name: 'Save a backup' }));
  assert.equal(await notice.isVisible(), false);
  await page.goto(app.base + '/diary');
  await hydrated(page);
  await page.getByRole('button', { name: 'Log a cramp' }).waitFor();
  assert.equal(await page.locator('.diary-backup').isVisible(), false);
});

test('the browser is asked to keep the data, and its answer is shown in words', async () => {
  const page = await newPage();
  await openData(page);
  assert.match(
    await page.locator('.data-persisted').textContent(),
    /^(Protected from automatic clearing|The browser may clear it: save a backup\.)/,
  );
  assert.deepEqual(page.errors, []);
});

test('in an iOS home-screen app the backup goes to the share sheet ("Save to Files")', async () => {
  const page = await newPage(T0, {
    userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  });
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true });
    navigator.canShare = (data) => Array.isArray(data?.files) && data.files.length === 1;
    navigator.share = async (data) => {
      window.__shared = await Promise.all(data.files.map(async (f) => [f.name, f.type, (await f.text()).slice(0, 20)]));
    };
  });
  await openData(page);
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Save to Files' }).click();
  const shared = await until(() => page.evaluate(() => window.__shared), 'the share sheet');
  assert.deepEqual(shared, [['cramp-coach-backup-2026-03-10.json', 'application/json', '{"app":"cramp-coach"']]);
  await saidIn(page, 'backup', /^Saved cramp-coach-backup/);
  assert.equal(downloads, 0);
});

test('every page links to Your data in its footer', async () => {
  const page = await app.newPage({ javaScriptEnabled: false });
  for (const route of [...ROUTES, '/diary', '/missing']) {
    await page.goto(app.base + route);
    assert.equal(await page.locator('footer a[href="/data"]').textContent(), 'Your data', route);
  }
  await page.goto(app.base + '/data');
  assert.equal(await page.locator('h1').textContent(), 'Your data');
  assert.equal(await page.locator('nav a[href="/data"]').count(), 0, 'not in the main navigation');
});

test('axe finds nothing on /data, light and dark, phone and desktop; targets are at least 24 px', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const viewport of [undefined, DESKTOP]) {
      const page = await newPage(T0, { colorScheme, ...(viewport ? { viewport } : {}) });
      await logCramp(page);
      await openData(page);
      const backup = await download(page, page.getByRole('button', { name: 'Save a backup' }));
      await choose(page, backup.name, backup.bytes);
      await page.getByRole('button', { name: 'Merge' }).waitFor();
      await page.getByText('Delete everything Cramp Coach keeps on this device').click();
      assert.deepEqual(await axeViolations(page), [], `${colorScheme} ${viewport ? 'desktop' : 'phone'}`);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('main button, main summary, main input, main a:not(p a)')]
          .filter((el) => el.offsetParent !== null)
          .map((el) => [el.textContent.trim() || el.id || el.name, (el.closest('label') ?? el).getBoundingClientRect()])
          .filter(([, r]) => r.width < 24 || r.height < 24)
          .map(([t]) => t),
      );
      assert.deepEqual(small, []);
      const main = await page.evaluate(() =>
        [...document.querySelectorAll('.button--main')].filter((el) => el.offsetParent !== null).map((el) => el.getBoundingClientRect().height),
      );
      assert.ok(main.length >= 4 && main.every((h) => h >= 48), `main buttons 48 px: ${main}`);
      assert.deepEqual(page.errors, []);
      await page.close();
    }
  }
});

test("the buttons' code is fetched on the first press, not with the page; when it cannot be, nothing is done and a later press works", async () => {
  const page = await newPage(T0, { serviceWorkers: 'block' });
  const parts = [];
  page.on('request', (r) => /data_split_.*\.wasm$/.test(r.url()) && parts.push(r.url()));
  await addCups(page, 2);
  let offline = true;
  await page.route(/data_split_.*\.wasm$/, (route) => (offline ? route.abort() : route.continue()));
  await openData(page);
  assert.deepEqual(parts, [], 'the first load does not fetch it');
  const before = await stored(page);
  await page.getByText('Delete everything Cramp Coach keeps on this device').click();
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await saidIn(page, 'delete', /^This could not be loaded, so nothing was done\. What you saved is safe/);
  assert.deepEqual(await stored(page), before);
  offline = false;
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await saidIn(page, 'delete', /^Deleted: nothing of Cramp Coach is left on this device/);
  assert.deepEqual(await stored(page), {});
});

test("the buttons' code is fetched as soon as the page is focused or touched, before the first press", async () => {
  const page = await newPage(T0, { serviceWorkers: 'block' });
  const parts = [];
  page.on('requestfinished', (r) => /data_split_.*\.wasm$/.test(r.url()) && parts.push(r.url()));
  await addCups(page, 1);
  await openData(page);
  assert.deepEqual(parts, []);
  await page.getByRole('button', { name: 'Save a backup' }).focus();
  await until(async () => parts.length === 1, 'the part fetched on focus');
  const backup = await download(page, page.getByRole('button', { name: 'Save a backup' }));
  assert.match(backup.name, /^cramp-coach-backup-/);
  assert.equal(parts.length, 1, 'fetched once');
});
