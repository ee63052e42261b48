// Two browser engines besides Chromium, behind one small interface for the smoke suite:
// Firefox ESR through puppeteer-core over WebDriver BiDi, and WebKitGTK's MiniBrowser through
// WebKitWebDriver (plain W3C WebDriver calls). Nothing is downloaded: both use Debian's packages.
//
// A driver has: open(url), reload(), run(body) (an async function body run in the page; its value
// is returned), click(selector) (a real click through the driver), errors() (uncaught errors and
// rejections seen since the last open or reload), close().
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

// Collects errors from the moment it runs (after a page has loaded): the page's own scripts may
// not be inline (strict CSP), so the collector is added by the driver.
const COLLECT = `if (!window.__smokeErrors) {
  window.__smokeErrors = [];
  addEventListener('error', (e) => window.__smokeErrors.push(String(e.message || e.error)));
  addEventListener('unhandledrejection', (e) => window.__smokeErrors.push(String(e.reason)));
}`;

/** Firefox ESR, headless, driven by puppeteer-core over WebDriver BiDi. */
export async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: { 'media.autoplay.default': 0 },
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  let seen = [];
  page.on('pageerror', (err) => seen.push(String(err)));
  const settle = async () => {
    seen = [];
    await page.evaluate(COLLECT);
  };
  return {
    name: 'Firefox',
    async open(url) {
      await page.goto(url, { waitUntil: 'load' });
      await settle();
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
      await settle();
    },
    run: (body) => page.evaluate(`(async () => { ${body} })()`),
    async click(selector) {
      // as a person would: scroll it to the middle, clear of the fixed tab bar, then press it
      await page.evaluate((s) => document.querySelector(s)?.scrollIntoView({ block: 'center', behavior: 'instant' }), selector);
      await page.click(selector);
    },
    async errors() {
      const inPage = await page.evaluate('window.__smokeErrors || []');
      return [...seen, ...inPage];
    },
    close: () => browser.close(),
  };
}

async function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/** WebKitGTK's MiniBrowser, driven by WebKitWebDriver (needs a display: run under xvfb-run). */
export async function webkit() {
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let driverLog = '';
  driver.stderr.on('data', (d) => (driverLog = (driverLog + d).slice(-4000)));
  const endpoint = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const res = await fetch(endpoint + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (!res.ok || json.value?.error) {
      throw new Error(`WebDriver ${method} ${path}: ${json.value?.error} ${json.value?.message ?? ''}`);
    }
    return json.value;
  };
  // the driver takes a moment to listen
  for (let i = 0; ; i++) {
    try {
      await call('GET', '/status');
      break;
    } catch (err) {
      if (i > 100) throw new Error(`WebKitWebDriver did not start: ${err}\n${driverLog}`);
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }
  const session = await call('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    },
  });
  const id = session.sessionId;
  const run = async (body) => {
    const script = `const done = arguments[arguments.length - 1];
      (async () => { ${body} })().then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ err: String(e) }));`;
    const out = await call('POST', `/session/${id}/execute/async`, { script, args: [] });
    if (out && 'err' in out) throw new Error(out.err);
    return out?.ok ?? null;
  };
  const settle = () => run(COLLECT);
  await call('POST', `/session/${id}/window/rect`, { width: 390, height: 844 }).catch(() => {});
  return {
    name: 'WebKit',
    async open(url) {
      await call('POST', `/session/${id}/url`, { url });
      await settle();
    },
    async reload() {
      await call('POST', `/session/${id}/refresh`, {});
      await settle();
    },
    run,
    async click(selector) {
      // as a person would: scroll it to the middle, clear of the fixed tab bar, then press it
      await run(`document.querySelector(${JSON.stringify(selector)})?.scrollIntoView({ block: 'center', behavior: 'instant' });`);
      const el = await call('POST', `/session/${id}/element`, { using: 'css selector', value: selector });
      // the W3C key, or the only one WebKitGTK returns
      const ref = el['element-6066-11e4-a52e-4f18102c7d61'] ?? Object.values(el)[0];
      await call('POST', `/session/${id}/element/${ref}/click`, {});
    },
    errors: () => run('return window.__smokeErrors || [];'),
    async close() {
      await call('DELETE', `/session/${id}`).catch(() => {});
      driver.kill();
    },
  };
}
