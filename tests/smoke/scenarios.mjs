// The smoke suite every engine runs on the release build: each page renders and starts, the water
// counter counts and keeps its count after a reload, the stretch coach starts, counts down and
// pauses, the theme menu switches to night, the symptom check reaches a result, the diary logs a
// cramp, keeps it after a reload and draws its weeks once scrolled, Your data's buttons load their
// code and delete everything, Listen reads the guide one sentence at a time (with a recording
// speech engine: these browsers have no voices here), and no page reports an error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../../scripts/serve.mjs';
import { ROUTES } from '../e2e/harness.mjs';

/** Polls `body` (a function body run in the page) until it returns a truthy value. */
async function until(browser, body, what, timeout = 15000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await browser.run(body);
    if (last) return last;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  assert.fail(`${browser.name}: timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

const isHydrated = `return document.documentElement.hasAttribute('data-hydrated');`;
const text = (selector) => `return document.querySelector(${JSON.stringify(selector)})?.textContent.trim() ?? null;`;

async function noErrors(browser) {
  assert.deepEqual(await browser.errors(), [], `${browser.name}: page errors`);
}

/** Declares the smoke tests for one engine; `launch` starts its driver. */
export function smoke(launch) {
  let server;
  let base;
  let browser;
  before(async () => {
    server = await serve('dist', 0);
    base = `http://127.0.0.1:${server.address().port}`;
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await new Promise((ok) => server?.close(ok) ?? ok());
  });

  /** Opens `path` with empty storage, and waits until the app has started. */
  async function fresh(path) {
    await browser.open(base + path);
    await browser.run('localStorage.clear(); sessionStorage.clear();');
    await browser.reload();
    await until(browser, isHydrated, `${path} to start`);
  }

  test('every page renders its heading and starts, with no errors', async () => {
    for (const route of [...ROUTES, '/no-such-page']) {
      await browser.open(base + route);
      await until(browser, isHydrated, `${route} to start`);
      const h1 = await browser.run(text('h1'));
      assert.ok(h1 && h1.length > 2, `${browser.name}: ${route} has a heading (got ${h1})`);
      const title = await browser.run('return document.title;');
      assert.match(title, /Cramp Coach/, `${browser.name}: ${route} title`);
      await noErrors(browser);
    }
  });

  test('the water counter counts a cup and keeps it after a reload', async () => {
    await fresh('/water');
    await until(browser, `return /^0 of \\d+ cups$/.test(document.querySelector('.water-count')?.textContent.trim() ?? '');`, 'an empty count');
    await browser.click('.water-add');
    await until(browser, `return /^1 of \\d+ cups$/.test(document.querySelector('.water-count')?.textContent.trim() ?? '');`, 'a count of 1');
    await browser.reload();
    await until(browser, isHydrated, '/water to start again');
    await until(browser, `return /^1 of \\d+ cups$/.test(document.querySelector('.water-count')?.textContent.trim() ?? '');`, 'the count of 1 after a reload');
    await noErrors(browser);
  });

  test('the stretch coach starts, counts down and pauses', async () => {
    await fresh('/stretch');
    const main = '.stretch-controls__main';
    await until(browser, `return document.querySelector('${main}')?.textContent.trim() === 'Start';`, 'a Start button');
    await browser.click(main);
    await until(browser, `return document.querySelector('#stretch-phase')?.textContent.trim() === 'Get ready';`, 'the get-ready phase');
    const first = Number(await browser.run(text('[role="timer"]')));
    await until(browser, `return Number(document.querySelector('[role="timer"]')?.textContent) < ${first};`, 'the count to go down', 4000);
    await browser.click(main);
    await until(browser, `return document.querySelector('${main}')?.textContent.trim() === 'Resume';`, 'the Resume button');
    const paused = await browser.run(text('[role="timer"]'));
    await new Promise((ok) => setTimeout(ok, 1500));
    assert.equal(await browser.run(text('[role="timer"]')), paused, `${browser.name}: the count stays while paused`);
    await noErrors(browser);
  });

  test('the theme menu switches to night before and after a reload', async () => {
    await fresh('/');
    await browser.click('.theme-control__button');
    await browser.click('input[name="theme"][value="night"]');
    const night = `return document.documentElement.dataset.theme === 'night'
      && getComputedStyle(document.body).backgroundColor === 'rgb(0, 0, 0)';`;
    await until(browser, night, 'the night theme');
    await browser.reload();
    await until(browser, night, 'the night theme after a reload');
    await browser.run('localStorage.clear();');
    await noErrors(browser);
  });

  test("Your data's buttons fetch their code on the first press: deleting everything works", async () => {
    await fresh('/data');
    // something saved, for the deletion to remove
    await browser.run("localStorage.setItem('cramp-coach.theme', 'dark');");
    await browser.click('section[aria-labelledby="delete-title"] summary');
    await browser.click('section[aria-labelledby="delete-title"] .button--danger');
    await until(
      browser,
      `return /^Deleted: nothing of Cramp Coach is left on this device/.test(document.querySelector('section[aria-labelledby="delete-title"] .data-status')?.textContent ?? '');`,
      'the deletion done',
    );
    assert.equal(await browser.run("return Object.keys(localStorage).filter((k) => k.startsWith('cramp-coach.')).length;"), 0);
    await noErrors(browser);
  });

  test('the symptom check reaches a result', async () => {
    await fresh('/check');
    await browser.click('.check-start');
    for (let step = 0; step < 40; step++) {
      const state = await until(
        browser,
        `const r = document.querySelector('.check-result');
         if (r && !r.hidden && r.offsetParent !== null) return 'result';
         return document.querySelector('input[name="check-answer"][value="no"]') ? 'question' : null;`,
        'a question or the result',
      );
      if (state === 'result') break;
      await browser.click('input[name="check-answer"][value="no"]');
      await browser.click('.check-question button[type="submit"]');
    }
    const heading = await browser.run(text('.check-result h2'));
    assert.equal(heading, 'You can look after this at home', `${browser.name}: all "No" is self-care`);
    await noErrors(browser);
  });

  test('Listen reads the guide one sentence at a time, marks it, goes on and pauses', async () => {
    await fresh('/');
    // a recording engine in place of the browser's (listen.js reads it when first imported, on the press)
    await browser.run(`
      const spoken = (window.__spoken = []);
      class Utterance { constructor(text) { this.text = text; } }
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
      Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
        speaking: false, pending: false, paused: false,
        getVoices: () => [{ name: 'Test', lang: 'en-GB', localService: true, default: true, voiceURI: 'test' }],
        speak: (u) => spoken.push(u), cancel() {}, pause() {}, resume() {},
        addEventListener() {}, removeEventListener() {},
      } });
      document.documentElement.removeAttribute('data-no-speech');
      return true;`);
    await browser.click('.listen [data-act="main"]');
    await until(browser, `return window.__spoken.length === 1 && document.querySelector('.is-reading') !== null;`, 'the first sentence read');
    const [said, marked, heading] = await browser.run(
      `return [window.__spoken[0].text, document.querySelector('.is-reading').textContent.replace(/\\s+/g, ' ').trim(), document.querySelector('.guide h1').textContent.trim()];`,
    );
    assert.equal(said, heading, `${browser.name}: the title is read first`);
    assert.equal(marked, heading, `${browser.name}: and marked`);
    await browser.run(`const u = window.__spoken[0]; u.onend(); return true;`);
    await until(browser, `return window.__spoken.length === 2 && document.querySelector('.is-reading')?.hasAttribute('data-s');`, 'the next sentence read');
    await browser.click('.listen [data-act="main"]');
    await until(browser, `return document.querySelector('.listen__status')?.textContent === 'Paused';`, 'Paused');
    await noErrors(browser);
  });

  test('the diary logs a cramp, keeps it after a reload, and draws its weeks once scrolled', async () => {
    await fresh('/diary');
    const logged = `return /^This week: 1 cramp on 1 of 1 recorded night/.test(document.querySelector('.diary-weeks')?.textContent.trim() ?? '');`;
    await until(browser, `return document.querySelector('#diary-log') !== null;`, 'the "Log a cramp" button');
    await browser.click('#diary-log');
    await until(browser, `return document.querySelector('input[name="length"][value="2-5"]') !== null;`, 'the form');
    await browser.click('input[name="length"][value="2-5"]');
    await browser.click('.diary-form button[type="submit"]');
    await until(browser, logged, 'one cramp this week');
    await browser.reload();
    await until(browser, isHydrated, '/diary to start again');
    await until(browser, logged, 'the cramp after a reload');
    // reading on: what is below the first screen is fetched on the first scroll and drawn
    await browser.run(`window.scrollBy(0, 300); return true;`);
    await until(
      browser,
      `return /Too early to tell/.test(document.querySelector('section[aria-labelledby="stretching-title"]')?.textContent ?? '') && document.querySelector('.report-table') !== null;`,
      'the stretching comparison and the report',
    );
    await noErrors(browser);
  });
}
