// The symptom check on the release build: one question at a time, the four result levels and why,
// "Not sure" on a warning sign, Back, keyboard only, axe in light and dark, and the printed summary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, hydrated, axeViolations, DESKTOP } from './harness.mjs';

let app;
before(async () => {
  app = await start();
});
after(async () => {
  await app?.close();
});

const QUESTION_HEADING = 'check-question-title';
const RESULT_HEADING = 'check-result-title';

/** A page on /check, hydrated, with the date fixed for the summary. */
async function open(options = {}) {
  const page = await app.newPage(options);
  await page.clock.setFixedTime(new Date('2026-11-28T03:00:00'));
  await page.goto(app.base + '/check');
  await hydrated(page);
  return page;
}

async function focusedId(page, id) {
  await page.waitForFunction((id) => document.activeElement?.id === id, id, { timeout: 5000 });
}

const question = (page) => page.locator(`#${QUESTION_HEADING}`);
const progress = (page) => page.locator('.check-progress');
const result = (page) => page.locator('.check-result');

/** Starts the check and answers in order ("Yes", "No", "Not sure"), pressing Next after each. */
async function answer(page, answers) {
  if (await page.getByRole('button', { name: 'Start the check' }).isVisible()) {
    await page.getByRole('button', { name: 'Start the check' }).click();
    await focusedId(page, QUESTION_HEADING);
  }
  for (const a of answers) {
    await page.getByRole('radio', { name: a, exact: true }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    // the next question or the result has focus
    await page.waitForFunction(
      (ids) => ids.includes(document.activeElement?.id),
      [QUESTION_HEADING, RESULT_HEADING],
      { timeout: 5000 },
    );
  }
}

/** Every question is asked of everyone, emergency signs first; these are their places. */
const COUNT = 13;
const [ONE_LEG, LONG_CRAMP, STATIN, FREQUENT, NEW_MEDICINE] = [2, 3, 7, 8, 11];
const allNoExcept = (at, value) => Array.from({ length: COUNT }, (_, i) => (i === at ? value : 'No'));

test('the introduction says what the check is and is not, and works before the app starts', async () => {
  const page = await app.newPage({ javaScriptEnabled: false });
  await page.goto(app.base + '/check');
  const text = await page.locator('main').textContent();
  for (const s of [
    'It is not a diagnosis.',
    'Your answers stay on this device.',
    'It takes about 2 minutes.',
    `Answer up to ${COUNT} short questions`,
    'or your local emergency number',
    'Reviewed on 2 December 2026 · next review by 2 December 2027',
  ]) {
    assert.ok(text.includes(s), `intro says "${s}"`);
  }
  assert.equal(await page.getByRole('button', { name: 'Start the check' }).count(), 1);
  assert.equal(await page.locator('.check-question').isVisible(), false, 'no question before the start');
  assert.equal(await page.getByRole('link', { name: 'When to Seek Medical Attention' }).getAttribute('href'), '/#when-to-seek-care');
});

test('self-care: all No, with links to remedies, prevention, the stretch coach and the water counter', async () => {
  const page = await open();
  await answer(page, allNoExcept(-1));
  await focusedId(page, RESULT_HEADING);
  const region = result(page);
  assert.equal(await region.getByRole('heading', { level: 2 }).textContent(), 'You can look after this at home');
  assert.equal(await page.getByRole('region', { name: 'You can look after this at home' }).count(), 1);
  assert.equal(await region.locator('.check-level__label').textContent(), 'Self-care');
  for (const [name, href] of [
    ['Ease a cramp: home remedies', '/#remedies'],
    ['Prevent cramps: six steps', '/#prevention'],
    ['Stretch coach: a guided calf stretch', '/stretch'],
    ["Water counter: today's cups", '/water'],
  ]) {
    assert.equal(await region.getByRole('link', { name }).getAttribute('href'), href);
  }
  assert.match(await region.textContent(), /None of your answers matched a reason to seek care/);
  assert.match(await region.textContent(), /This is not a diagnosis\./);
  assert.equal(await region.locator('.check-answers__row').count(), COUNT);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], 'nothing is stored');
  assert.deepEqual(page.errors, []);
});

test('see a doctor: cramps that regularly disturb sleep, with why, the source and what to mention', async () => {
  const page = await open();
  await answer(page, allNoExcept(FREQUENT, 'Yes'));
  await focusedId(page, RESULT_HEADING);
  const region = result(page);
  assert.equal(await region.getByRole('heading', { level: 2 }).textContent(), 'Book an appointment with a doctor');
  assert.equal(await region.locator('.check-level__label').textContent(), 'See a doctor');
  const why = await region.locator('.check-reason').textContent();
  assert.match(why, /Because you answered Yes to “Are your cramps frequent and severe, or do they regularly disturb your sleep/);
  assert.match(why, /\(NHS; Mayo Clinic; Cramp Coach guide\)/);
  assert.match(await region.textContent(), /What to mention/);
  assert.equal(
    await region.getByRole('link', { name: 'NHS: Leg cramps' }).getAttribute('href'),
    'https://www.nhs.uk/conditions/leg-cramps/',
  );
});

test('urgent: a cramp lasting over 10 minutes means advice today', async () => {
  const page = await open();
  await answer(page, allNoExcept(LONG_CRAMP, 'Yes'));
  const region = result(page);
  assert.equal(await region.getByRole('heading', { level: 2 }).textContent(), 'Get medical advice today');
  assert.equal(await region.locator('.check-level__label').textContent(), 'Urgent: today');
  assert.match(await region.textContent(), /urgent care centre/);
  assert.match(await region.textContent(), /call 999, 911, 112 or your local emergency number/);
  assert.match(await region.locator('.check-reason').textContent(), /longer than 10 minutes.*\(nidirect; NHS; Mayo Clinic\)/s);
});

test('urgent: muscle pain since starting a statin means advice today', async () => {
  const page = await open();
  await answer(page, allNoExcept(STATIN, 'Yes'));
  const region = result(page);
  assert.equal(await region.getByRole('heading', { level: 2 }).textContent(), 'Get medical advice today');
  const why = await region.locator('.check-reason').textContent();
  assert.match(why, /Because you answered Yes to “Since starting a statin/);
  assert.match(why, /stop taking it and call 111 or your doctor today/);
  assert.equal(
    await region.getByRole('link', { name: /NHS: Atorvastatin/ }).getAttribute('href'),
    'https://www.nhs.uk/medicines/atorvastatin/',
  );
});

test('emergency: chest pain alone, the first question, ends the check at once', async () => {
  const page = await open();
  await page.getByRole('button', { name: 'Start the check' }).click();
  await focusedId(page, QUESTION_HEADING);
  assert.equal(await progress(page).textContent(), `Question 1 of ${COUNT}`);
  assert.match(await question(page).textContent(), /chest pain/);
  await answer(page, ['Yes']);
  await focusedId(page, RESULT_HEADING);
  const region = result(page);
  assert.equal(
    await region.getByRole('heading', { level: 2 }).textContent(),
    'Call 999, 911, 112 or your local emergency number now',
  );
  assert.equal(await region.locator('.check-level__label').textContent(), 'Emergency');
  for (const n of ['999', '911', '112']) {
    assert.equal(await region.getByRole('link', { name: `Call ${n}` }).getAttribute('href'), `tel:${n}`);
  }
  assert.match(await region.textContent(), /Elsewhere, call your local emergency number/);
  assert.match(await region.locator('.check-reason').textContent(), /blood clot in the lungs.*\(NHS; nidirect\)/s);
  assert.match(await region.textContent(), /The check stopped at this answer/);
  assert.equal(await region.locator('.check-answers__row').count(), 1);
  assert.equal(await question(page).isVisible(), false);
});

test('emergency: signs of tetanus after a wound', async () => {
  const page = await open();
  await answer(page, ['No']);
  assert.match(await question(page).textContent(), /stiff jaw/);
  await answer(page, ['Yes']);
  const region = result(page);
  assert.equal(await region.locator('.check-level__label').textContent(), 'Emergency');
  assert.match(await region.locator('.check-reason').textContent(), /can be tetanus.*\(NHS\)/s);
  assert.equal(await region.getByRole('link', { name: 'NHS: Tetanus' }).getAttribute('href'), 'https://www.nhs.uk/conditions/tetanus/');
  assert.equal(await region.locator('.check-answers__row').count(), 2);
});

test('"Not sure" on a warning sign counts as Yes, and the result says so', async () => {
  const page = await open();
  await answer(page, allNoExcept(ONE_LEG, 'Not sure'));
  const region = result(page);
  assert.equal(await region.getByRole('heading', { level: 2 }).textContent(), 'Get medical advice today');
  const why = await region.locator('.check-reason').textContent();
  assert.match(why, /Because you answered Not sure to “Is one leg swollen/);
  assert.match(why, /“Not sure” counts as “Yes”, to be safe/);
  assert.match(await region.locator('.check-answers').textContent(), /Not sure \(counted as Yes\)/);

  // not sure on a question that is not a warning sign: listed, the level unchanged
  const other = await open();
  await answer(other, allNoExcept(NEW_MEDICINE, 'Not sure'));
  const region2 = result(other);
  assert.equal(await region2.getByRole('heading', { level: 2 }).textContent(), 'You can look after this at home');
  assert.match(await region2.textContent(), /You were not sure about.*Cramps after starting another new medicine/s);
});

test('Back keeps earlier answers, Next explains when no answer is chosen, and the progress follows', async () => {
  const page = await open();
  await page.getByRole('button', { name: 'Start the check' }).click();
  await focusedId(page, QUESTION_HEADING);
  assert.equal(await progress(page).textContent(), `Question 1 of ${COUNT}`);
  await page.getByRole('button', { name: 'Next' }).click();
  assert.equal(await page.getByRole('status').filter({ hasText: 'Choose Yes, No or Not sure' }).count(), 1);
  await focusedId(page, 'check-answer-yes');
  assert.equal(await progress(page).textContent(), `Question 1 of ${COUNT}`, 'it stays on the question');

  await answer(page, ['No']);
  assert.equal(await progress(page).textContent(), `Question 2 of ${COUNT}`);
  assert.match(await question(page).textContent(), /stiff jaw/);
  await page.getByRole('radio', { name: 'Not sure', exact: true }).check();
  await page.getByRole('button', { name: 'Back' }).click();
  await focusedId(page, QUESTION_HEADING);
  assert.equal(await progress(page).textContent(), `Question 1 of ${COUNT}`);
  assert.equal(await page.getByRole('radio', { name: 'No', exact: true }).isChecked(), true);
  await page.getByRole('button', { name: 'Next' }).click();
  assert.equal(await page.getByRole('radio', { name: 'Not sure', exact: true }).isChecked(), true);

  // from the result, "Change my answers" returns to the last question with its answer
  await answer(page, allNoExcept(-1).slice(1));
  await focusedId(page, RESULT_HEADING);
  await page.getByRole('button', { name: 'Change my answers' }).click();
  await focusedId(page, QUESTION_HEADING);
  assert.equal(await progress(page).textContent(), `Question ${COUNT} of ${COUNT}`);
  assert.equal(await page.getByRole('radio', { name: 'No', exact: true }).isChecked(), true);

  // Start again clears everything
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Start again' }).click();
  await focusedId(page, QUESTION_HEADING);
  assert.equal(await progress(page).textContent(), `Question 1 of ${COUNT}`);
  assert.equal(await page.locator('.check-question input[type="radio"]:checked').count(), 0);

  // the answers are never stored: leaving the page and coming back starts afresh
  await answer(page, ['No']);
  assert.equal(await progress(page).textContent(), `Question 2 of ${COUNT}`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guide' }).click();
  await page.waitForURL(/\/$/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Symptom check' }).click();
  await page.waitForURL('**/check');
  await hydrated(page);
  assert.equal(await page.getByRole('button', { name: 'Start the check' }).isVisible(), true);
  assert.equal(await progress(page).isVisible(), false);
  const keys = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]);
  assert.deepEqual(keys.filter((k) => /check|answer/i.test(k)), []);
  assert.deepEqual(page.errors, []);
});

test('keyboard only: start, open the explanation, answer, go on and reach the result', async () => {
  const page = await open();
  await page.locator('#check-title').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Start the check');
  await page.keyboard.press('Enter');
  await focusedId(page, QUESTION_HEADING);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'What does this mean?');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('.check-help').getAttribute('open'), '');
  await page.keyboard.press('Tab'); // into the radio group
  await page.keyboard.press('ArrowDown'); // Yes -> No
  assert.equal(await page.getByRole('radio', { name: 'No', exact: true }).isChecked(), true);
  await page.keyboard.press('Enter'); // submits the form: Next
  await focusedId(page, QUESTION_HEADING);
  assert.equal(await progress(page).textContent(), `Question 2 of ${COUNT}`);
  // answer the rest with the keyboard: into the group, Space chooses "Yes" then arrows to "No"
  for (let i = 2; i <= COUNT; i++) {
    const hasHelp = await page.locator('.check-help').count();
    for (let t = 0; t <= hasHelp; t++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await focusedId(page, i === COUNT ? RESULT_HEADING : QUESTION_HEADING);
  }
  assert.equal(await result(page).getByRole('heading', { level: 2 }).textContent(), 'You can look after this at home');
});

test('axe: the questions and every result level, in light and dark', async () => {
  const levels = [
    ['self-care', allNoExcept(-1)],
    ['doctor', allNoExcept(FREQUENT, 'Yes')],
    ['urgent', allNoExcept(LONG_CRAMP, 'Yes')],
    ['emergency', ['Yes']],
  ];
  for (const colorScheme of ['light', 'dark']) {
    const page = await open({ colorScheme });
    assert.deepEqual(await axeViolations(page), [], `intro, ${colorScheme}`);
    await page.getByRole('button', { name: 'Start the check' }).click();
    await page.getByText('What does this mean?').click();
    await page.getByRole('radio', { name: 'No', exact: true }).check();
    assert.deepEqual(await axeViolations(page), [], `question, ${colorScheme}`);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click(); // no answer: the hint shows
    assert.deepEqual(await axeViolations(page), [], `question with hint, ${colorScheme}`);
    for (const [level, answers] of levels) {
      const p = await open({ colorScheme, viewport: DESKTOP });
      await answer(p, answers);
      await focusedId(p, RESULT_HEADING);
      assert.ok(await p.locator(`.check-level--${level}`).isVisible());
      assert.deepEqual(await axeViolations(p), [], `${level}, ${colorScheme}`);
      await p.context().close();
    }
    await page.context().close();
  }
});

test('the printed summary shows the date, the answers and the level, without navigation', async () => {
  const page = await open({ colorScheme: 'dark' });
  await answer(page, allNoExcept(FREQUENT, 'Yes'));
  await page.evaluate(() => {
    window.printed = 0;
    window.print = () => window.printed++;
  });
  await page.getByRole('button', { name: 'Print summary' }).click();
  assert.equal(await page.evaluate(() => window.printed), 1, 'Print summary opens the print dialog');
  assert.equal(await page.getByRole('status').filter({ hasText: 'print dialog' }).count(), 0);

  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.site-nav', '.check-actions', '.check-intro', '.check-question']) {
    assert.equal(await page.locator(hidden).isVisible(), false, `${hidden} is not printed`);
  }
  for (const shown of ['.check-print-only', '.check-level', '.check-answers', '.check-reasons', '.check-disclaimer']) {
    assert.ok(await page.locator(shown).isVisible(), `${shown} is printed`);
  }
  const printed = await page.locator('.check-result').innerText();
  assert.match(printed, /summary to show a doctor/);
  assert.match(printed, /See a doctor/);
  assert.match(printed, /Book an appointment with a doctor/);
  assert.match(printed, /Answered on 28 November 2026/);
  assert.match(printed, /Frequent, severe cramps, or cramps disturbing sleep\s+Yes/);
  assert.match(printed, /Reviewed on 2 December 2026 · next review by 2 December 2027/);
  assert.match(printed, /\(checked 2 December 2026\)/);
  assert.match(printed, /Swelling and pain in one leg\s+No/);
  // printed in dark ink on white whatever the theme
  const colour = await page.locator('.check-level h2').evaluate((el) => getComputedStyle(el).color);
  assert.equal(colour, 'rgb(0, 0, 0)');
});

test('an app update never interrupts a half-answered check', async () => {
  // a private copy of dist/, so the test can publish a "new version"
  const dir = mkdtempSync(join(tmpdir(), 'cramp-coach-check-'));
  cpSync('dist', dir, { recursive: true });
  const own = await start({ dir });
  try {
    const page = await own.newPage();
    await page.goto(own.base + '/check');
    await hydrated(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await answer(page, ['No']);

    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    writeFileSync(join(dir, 'sw.js'), sw.replace(/const VERSION = "(\w+)"/, 'const VERSION = "$1b"'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration()).waiting);
    const banner = page.locator('.update-banner');
    assert.equal(await banner.isVisible(), false, 'no update banner in the middle of the check');

    await answer(page, allNoExcept(-1).slice(1));
    await focusedId(page, RESULT_HEADING);
    await banner.waitFor();
    assert.match(await banner.textContent(), /Update available/);
  } finally {
    await own.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
