// "Listen" (the guide and "Cramp now"'s steps read aloud, one sentence per utterance) with speech
// synthesis replaced by a recording fake, and "Share" under each section of the guide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, hydrated, axeViolations, chooseTheme } from './harness.mjs';

let app;
before(async () => {
  app = await start();
});
after(async () => {
  await app?.close();
});

/** Replaces speech synthesis (and the wake lock) with fakes that record what the page asks for.
 * `window.__speech.spoken` lists the texts spoken, `cancels` counts `cancel()`; `__speech.end()`
 * ends the utterance being spoken, as the engine would. */
function fakeSpeech({ voices = true, late = false } = {}) {
  const speech = { spoken: [], cancels: 0, current: null, utterances: [], wake: { requests: 0, releases: 0 } };
  class FakeUtterance {
    constructor(text) {
      this.text = text;
      this.rate = 1;
      this.voice = null;
      this.lang = '';
      this.onend = null;
    }
  }
  const list = voices
    ? [
        { name: 'Far Away', lang: 'en-US', localService: false, default: true, voiceURI: 'far' },
        { name: 'Nearby', lang: 'en-GB', localService: true, default: false, voiceURI: 'near' },
        { name: 'Lointaine', lang: 'fr-FR', localService: true, default: false, voiceURI: 'fr' },
      ]
    : [];
  const listeners = new Set();
  let delivered = !late;
  const synth = {
    speaking: false,
    pending: false,
    paused: false,
    // `late`: the list is empty until `voiceschanged`, as in Chrome
    getVoices() {
      if (delivered) return list.slice();
      if (!late) return [];
      late = false;
      setTimeout(() => {
        delivered = true;
        listeners.forEach((f) => f());
      }, 100);
      return [];
    },
    speak(u) {
      speech.spoken.push(u.text);
      speech.utterances.push(u);
      speech.current = u;
    },
    cancel() {
      speech.cancels += 1;
      speech.current = null;
    },
    pause() {},
    resume() {},
    addEventListener: (type, f) => type === 'voiceschanged' && listeners.add(f),
    removeEventListener: (type, f) => listeners.delete(f),
  };
  speech.end = () => {
    const u = speech.current;
    speech.current = null;
    if (u) {
      const e = new Event('end');
      Object.defineProperty(e, 'target', { value: u });
      u.onend?.(e);
    }
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  Object.defineProperty(navigator, 'wakeLock', {
    configurable: true,
    value: {
      request: async () => {
        speech.wake.requests += 1;
        return { released: false, release: async () => { speech.wake.releases += 1; } };
      },
    },
  });
  window.__speech = speech;
}

const spoken = (page) => page.evaluate(() => window.__speech.spoken);
const reading = (page) => page.locator('.is-reading').allTextContents();
/** Waits until `n` utterances have been spoken (a press acts a moment later: the script loads first). */
const spokenCount = (page, n) => page.waitForFunction((n) => window.__speech.spoken.length === n, n);
/** Waits until the Listen control's status says `text`. */
const statusIs = (page, text) =>
  page.waitForFunction((t) => document.querySelector('.listen [role=status]')?.textContent === t, text);

test('Listen reads the guide one sentence at a time, pauses, resumes that sentence and moves on', async () => {
  const page = await app.newPage();
  await page.addInitScript(fakeSpeech);
  await page.goto(app.base + '/');
  await hydrated(page);
  const controls = page.getByRole('group', { name: 'Read aloud' });
  const status = controls.getByRole('status');
  assert.equal(await status.textContent(), '');
  // nothing is spoken before a press
  assert.deepEqual(await spoken(page), []);

  await controls.getByRole('button', { name: 'Listen' }).click();
  await spokenCount(page, 1);
  const title = 'What Causes Leg Cramps at Night and How to Prevent Them with Easy Home Remedies';
  assert.deepEqual(await spoken(page), [title]);
  assert.deepEqual(await reading(page), [title]);
  assert.equal(await status.textContent(), 'Reading');
  assert.equal(await page.evaluate(() => window.__speech.wake.requests), 1);
  // the offline English voice is the first offered and the one used
  assert.equal(await page.evaluate(() => window.__speech.utterances[0].voice?.name), 'Nearby');
  const voices = await controls.getByRole('combobox', { name: 'Voice' }).locator('option').allTextContents();
  assert.deepEqual(voices, ['Nearby (en-GB)', 'Far Away (en-US, needs a network)']);

  // the end of one sentence starts the next, one utterance each
  await page.evaluate(() => window.__speech.end());
  await page.evaluate(() => window.__speech.end());
  assert.deepEqual(await spoken(page), [title, 'Published May 21, 2025', 'Have you ever been jolted awake by a leg cramp?']);
  assert.deepEqual(await reading(page), ['Have you ever been jolted awake by a leg cramp?']);
  assert.ok(await page.locator('.is-reading').isVisible());
  assert.equal(await status.textContent(), 'Reading', 'the status names the state, not each sentence');

  // Pause cancels; Resume reads the same sentence again from its start
  const cancels = await page.evaluate(() => window.__speech.cancels);
  await controls.getByRole('button', { name: 'Pause' }).click();
  await statusIs(page, 'Paused');
  assert.equal(await page.evaluate(() => window.__speech.cancels), cancels + 1);
  assert.equal(await status.textContent(), 'Paused');
  assert.equal(await page.evaluate(() => window.__speech.wake.releases), 1);
  assert.deepEqual(await reading(page), ['Have you ever been jolted awake by a leg cramp?']);
  await controls.getByRole('button', { name: 'Resume' }).click();
  await spokenCount(page, 4);
  assert.equal((await spoken(page)).at(-1), 'Have you ever been jolted awake by a leg cramp?');
  assert.equal(await status.textContent(), 'Reading');

  // Next and Previous sentence
  await controls.getByRole('button', { name: 'Next sentence' }).click();
  await spokenCount(page, 5);
  assert.equal((await spoken(page)).at(-1), 'If you’re reading this, I guess I’m not the only one!');
  assert.deepEqual(await reading(page), ['If you’re reading this, I guess I’m not the only one!']);
  await controls.getByRole('button', { name: 'Previous sentence' }).click();
  await spokenCount(page, 6);
  assert.equal((await spoken(page)).at(-1), 'Have you ever been jolted awake by a leg cramp?');

  // a new speed restarts the sentence at that speed
  await controls.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Faster' });
  await spokenCount(page, 7);
  assert.equal(await page.evaluate(() => window.__speech.utterances.at(-1).rate), 1.2);
  assert.equal((await spoken(page)).at(-1), 'Have you ever been jolted awake by a leg cramp?');
  // and so does another voice
  await controls.getByRole('combobox', { name: 'Voice' }).selectOption({ label: 'Far Away (en-US, needs a network)' });
  await spokenCount(page, 8);
  assert.equal(await page.evaluate(() => window.__speech.utterances.at(-1).voice?.name), 'Far Away');
  assert.equal(await page.evaluate(() => window.__speech.utterances.at(-1).rate), 1.2);
  assert.deepEqual(await axeViolations(page), []);

  // leaving the page stops reading and removes the voices listener and the highlight
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Symptom check' }).click();
  await page.waitForURL('**/check');
  assert.equal(await page.evaluate(() => window.__speech.current), null);
  assert.deepEqual(page.errors, []);
});

test('Cramp now reads its steps aloud', async () => {
  const page = await app.newPage();
  await page.addInitScript(fakeSpeech);
  await page.goto(app.base + '/cramp-now');
  await hydrated(page);
  const controls = page.getByRole('group', { name: 'Read aloud' });
  await controls.getByRole('button', { name: 'Listen' }).click();
  await spokenCount(page, 1);
  assert.deepEqual(await spoken(page), ['Stretch: straighten your leg and pull your toes up toward your shin.']);
  await page.evaluate(() => window.__speech.end());
  assert.deepEqual(await reading(page), ['Massage: rub the tight muscle firmly.']);
  for (let i = 0; i < 3; i++) await page.evaluate(() => window.__speech.end());
  assert.equal((await spoken(page)).length, 4);
  assert.equal(await controls.getByRole('status').textContent(), 'Finished');
  assert.deepEqual(await reading(page), []);
  assert.equal(await controls.getByRole('button', { name: 'Listen again' }).count(), 1);
  assert.deepEqual(page.errors, []);
});

test('voices that arrive later (voiceschanged) are waited for', async () => {
  const page = await app.newPage();
  await page.addInitScript(fakeSpeech, { late: true });
  await page.goto(app.base + '/cramp-now');
  await hydrated(page);
  await page.getByRole('button', { name: 'Listen' }).click();
  await spokenCount(page, 1);
  assert.equal(await page.evaluate(() => window.__speech.utterances[0].voice?.name), 'Nearby');
  assert.deepEqual(page.errors, []);
});

test('without speech synthesis there is no Listen control; without voices it says why', async () => {
  const page = await app.newPage();
  await page.addInitScript(() => {
    delete window.speechSynthesis;
    delete Window.prototype.speechSynthesis;
    delete window.SpeechSynthesisUtterance;
  });
  await page.goto(app.base + '/');
  await hydrated(page);
  assert.equal(await page.getByRole('button', { name: 'Listen' }).count(), 0);
  assert.deepEqual(page.errors, []);

  const quiet = await app.newPage();
  await quiet.addInitScript(fakeSpeech, { voices: false });
  await quiet.goto(app.base + '/');
  await hydrated(quiet);
  await quiet.getByRole('button', { name: 'Listen' }).click();
  await statusIs(quiet, 'This device has no voice to read aloud with.');
  assert.deepEqual(await spoken(quiet), []);
});

test('Share falls back to "Copy link", which copies the section\'s address and says so', async () => {
  const page = await app.newPage();
  await page.addInitScript(() => {
    delete Navigator.prototype.share;
    window.__copied = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text) => { window.__copied.push(text); } },
    });
  });
  await page.goto(app.base + '/');
  await hydrated(page);
  const button = page.getByRole('button', { name: 'Copy link to the section ‘1. Stay Hydrated’' });
  assert.equal(await button.count(), 0, 'only sections (h2) have one');
  const copy = page.getByRole('button', { name: 'Copy link to the section ‘Home Remedies for Leg Cramps’' });
  assert.match(await copy.innerText(), /^Copy link/);
  assert.equal(await page.getByRole('button', { name: /^Share the section/ }).count(), 0);
  const box = await copy.boundingBox();
  assert.ok(box.width >= 24 && box.height >= 24, 'a target of at least 24 px');
  await copy.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__copied), [app.base + '/#remedies']);
  assert.deepEqual(page.errors, []);
});

test('Share opens the share sheet where there is one; cancelling it says nothing', async () => {
  const page = await app.newPage();
  await page.addInitScript(() => {
    window.__shared = [];
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data) => {
        window.__shared.push(data);
        throw new DOMException('cancelled', 'AbortError');
      },
    });
  });
  await page.goto(app.base + '/');
  await hydrated(page);
  await page.getByRole('button', { name: 'Share the section ‘When to Seek Medical Attention’' }).click();
  await page.waitForFunction(() => window.__shared.length === 1);
  assert.deepEqual(await page.evaluate(() => window.__shared), [
    { title: 'When to Seek Medical Attention', url: app.base + '/#when-to-seek-care' },
  ]);
  assert.equal(await page.locator('.share-status').textContent(), '');
  assert.deepEqual(page.errors, []);
});

test('the guide and Cramp now, reading, are axe clean in light, dark and night', async () => {
  for (const route of ['/', '/cramp-now']) {
    const page = await app.newPage();
    await page.addInitScript(fakeSpeech);
    await page.goto(app.base + route);
    await hydrated(page);
    await page.getByRole('group', { name: 'Read aloud' }).getByRole('button', { name: 'Listen' }).click();
    await spokenCount(page, 1);
    await page.evaluate(() => window.__speech.end());
    for (const theme of ['Light', 'Dark', 'Night (red on black)']) {
      await chooseTheme(page, theme);
      assert.deepEqual(await axeViolations(page), [], `${route} in ${theme}`);
    }
  }
});
