// "Listen" and "Share" (see ARCHITECTURE.md, Decisions): loaded by the inline script in index.html on the
// first press of either, so a visit that never presses them never fetches this file.
//
// Listen reads the elements that match its control's `data-listen` selector (the guide's sentences,
// `[data-s]`, marked at build time; "Cramp now"'s steps), one utterance each: Chrome cuts long ones off
// and Android's `pause` is broken, so Pause is `cancel` and Resume reads the paused sentence again.
// The sentence read is highlighted (`.is-reading`) and kept in view; the screen is kept on while reading.
// Share opens the share sheet where there is one, otherwise copies the section's address.

const synth = window.speechSynthesis;
const SPEEDS = [['0.8', 'Slower'], ['1', 'Normal'], ['1.2', 'Faster']];
const NO_VOICE = 'This device has no voice to read aloud with.';

let root = null; // the control in use
let items = []; // what it reads, in page order
let at = -1; // the sentence read or paused on (-1: none)
let playing = false;
let utterance = null; // the one being spoken: only its end moves on
let rate = 1;
let voices = [];
let choice = 0; // the voice chosen, an index into `voices` (best first)
let lock = null; // the screen wake lock, when granted
let watching = null; // stops everything when the control leaves the page

/** The button pressed: a Listen control's or a section's "Share". */
export function press(button) {
  if (button.hasAttribute('data-share')) share(button);
  else act(button);
}

function $(tag, { dataset, ...props }, ...children) {
  const el = Object.assign(document.createElement(tag), props);
  Object.assign(el.dataset, dataset);
  el.append(...children);
  return el;
}

function say(text) {
  root.querySelector('[role=status]').textContent = text;
}

function english(v) {
  return /^en([-_]|$)/i.test(v.lang);
}

/** The voices to offer, best first: English ones that work offline (`localService`), then other
 * English ones; with no English voice, every voice, offline ones first. */
function offered(all) {
  const list = all.some(english) ? all.filter(english) : all.slice();
  return list.filter((v) => v.localService).concat(list.filter((v) => !v.localService));
}

/** The voices, which some browsers list only after `voiceschanged` (waits at most a second). */
function loadVoices() {
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((done) => {
    const got = () => {
      synth.removeEventListener('voiceschanged', got);
      clearTimeout(timer);
      done(synth.getVoices());
    };
    const timer = setTimeout(got, 1000);
    synth.addEventListener('voiceschanged', got);
  });
}

function mark(n) {
  items.forEach((el, i) => el.classList.toggle('is-reading', i === n));
  const el = items[n];
  if (!el) return;
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
}

function keepAwake() {
  if (lock || !navigator.wakeLock) return;
  // refused (NotAllowedError: hidden page, battery saver): reading goes on without it
  navigator.wakeLock.request('screen').then(
    (l) => (playing && !lock ? (lock = l) : l.release().catch(() => {})),
    () => {},
  );
}

function letSleep() {
  if (lock) lock.release().catch(() => {});
  lock = null;
}

function onShown() {
  // the browser lets go of the wake lock while the page is hidden
  if (document.visibilityState === 'visible' && playing) keepAwake();
}

function speak() {
  mark(at);
  const u = new SpeechSynthesisUtterance(items[at].textContent.replace(/\s+/g, ' ').trim());
  u.rate = rate;
  const voice = voices[choice] ?? voices[0];
  if (voice) u.voice = voice;
  else u.lang = 'en';
  u.onend = () => {
    if (u !== utterance) return; // cancelled
    utterance = null;
    if (at + 1 < items.length) {
      at += 1;
      speak();
    } else finish('Finished');
  };
  utterance = null;
  synth.cancel();
  utterance = u;
  synth.speak(u);
  keepAwake();
}

function silence() {
  utterance = null;
  synth.cancel();
  letSleep();
}

function finish(status) {
  silence();
  playing = false;
  mark(-1);
  at = -1;
  root.querySelector('[data-act=main]').textContent = 'Listen again';
  root.querySelector('.listen__more').hidden = true;
  say(status);
}

/** Stops reading and forgets the control (it left the page, or another one is used). */
function stop() {
  if (!root) return;
  silence();
  mark(-1);
  watching?.disconnect();
  document.removeEventListener('visibilitychange', onShown);
  removeEventListener('pagehide', stop);
  root = null;
  items = [];
  at = -1;
  playing = false;
}

/** Previous, Next, the speed and the voice, added to the control when reading starts. */
function more() {
  const step = (act, label) =>
    $('button', { type: 'button', className: 'button button--quiet', dataset: { act } }, label, $('span', { className: 'visually-hidden' }, ' sentence'));
  const speed = $('select', {}, ...SPEEDS.map(([value, label]) => $('option', { value, selected: value === '1' }, label)));
  speed.addEventListener('change', () => {
    rate = Number(speed.value);
    if (playing) speak();
  });
  const pick = $('select', {}, ...voices.map((v, i) => $('option', { value: String(i) }, `${v.name} (${v.lang}${v.localService ? '' : ', needs a network'})`)));
  pick.addEventListener('change', () => {
    choice = Number(pick.value);
    if (playing) speak();
  });
  const labelled = (label, select) => $('label', { className: 'listen__choice' }, label, select);
  return $('span', { className: 'listen__more' }, step('previous', 'Previous'), step('next', 'Next'), labelled('Speed ', speed), labelled('Voice ', pick));
}

async function act(button) {
  const control = button.closest('.listen');
  if (control !== root) {
    stop();
    root = control;
    watching = new MutationObserver(() => root && !root.isConnected && stop());
    watching.observe(document.body, { childList: true, subtree: true });
    document.addEventListener('visibilitychange', onShown);
    addEventListener('pagehide', stop);
  }
  const main = root.querySelector('[data-act=main]');
  const what = button.dataset.act;
  if (what === 'previous' || what === 'next') {
    at = Math.max(0, Math.min(items.length - 1, at + (what === 'next' ? 1 : -1)));
    if (playing) speak();
    else mark(at);
    return;
  }
  if (playing) {
    playing = false;
    silence();
    main.textContent = 'Resume';
    say('Paused');
    return;
  }
  if (at < 0) {
    items = [...document.querySelectorAll(root.dataset.listen)];
    voices = offered(await loadVoices());
    if (!root) return; // left while waiting
    if (!voices.length) return say(NO_VOICE);
    if (!items.length) return;
    if (!root.querySelector('.listen__more')) main.after(more());
    root.querySelector('.listen__more').hidden = false;
    at = 0;
  }
  playing = true;
  main.textContent = 'Pause';
  say('Reading');
  speak();
}

let clearing = 0;

async function share(button) {
  const id = button.dataset.share;
  const url = location.origin + location.pathname + '#' + id;
  const title = document.getElementById(id)?.textContent ?? document.title;
  if (navigator.share) {
    try {
      await navigator.share({ title, url });
      return;
    } catch (e) {
      if (e.name === 'AbortError') return; // the share sheet was closed: nothing to say
    }
  }
  const status = document.querySelector('.share-status');
  try {
    await navigator.clipboard.writeText(url);
    status.textContent = 'Link copied';
  } catch {
    status.textContent = 'The link could not be copied.';
  }
  clearTimeout(clearing);
  clearing = setTimeout(() => (status.textContent = ''), 4000);
}
