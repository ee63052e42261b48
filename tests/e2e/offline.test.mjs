// Offline, installable and locked down: the service worker, safe updates, the manifest and icons,
// the CSP on every page, and no request leaving the origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, hydrated, ROUTES, chooseTheme } from './harness.mjs';

let app;
let dir;
before(async () => {
  // a private copy of dist/, so a test can publish a "new version" of it
  dir = mkdtempSync(join(tmpdir(), 'cramp-coach-dist-'));
  cpSync('dist', dir, { recursive: true });
  app = await start({ dir });
});
after(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  }
}

test('after one online visit every route opens offline, deep links included, and the wasm runs', async () => {
  const page = await app.newPage();
  await page.goto(app.base + '/');
  await hydrated(page);
  await controlled(page);
  await page.context().setOffline(true);
  for (const route of [...ROUTES, '/stretch/', '/#prevention', '/no-such-page']) {
    await page.goto(app.base + route);
    await hydrated(page);
    assert.equal(await page.locator('h1').count(), 1, route);
  }
  assert.equal(await page.locator('h1').textContent(), 'Page not found');
  // the app is interactive offline: the theme menu works
  await page.goto(app.base + '/cramp-now');
  await hydrated(page);
  await chooseTheme(page, 'Dark');
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
  await page.context().setOffline(false);
  assert.deepEqual(page.errors, []);
});

test('a new version shows "Update available", reloads only when asked, and old caches are deleted', async () => {
  const page = await app.newPage();
  await page.goto(app.base + '/');
  await hydrated(page);
  await controlled(page);
  const oldCaches = await page.evaluate(() => caches.keys());
  assert.equal(oldCaches.length, 1);
  await page.evaluate(() => (window.__sameDocument = true));

  // publish a new version: a changed page changes the service worker's cache name
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  writeFileSync(join(dir, 'sw.js'), sw.replace(/const VERSION = "(\w+)"/, 'const VERSION = "$1b"'));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

  const banner = page.getByRole('status').locator('.update-banner');
  await banner.waitFor();
  assert.match(await banner.textContent(), /Update available/);
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'nothing reloaded by itself');

  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload' }).click()]);
  await hydrated(page);
  assert.equal(await page.evaluate(() => window.__sameDocument), undefined, 'reloaded after the click');
  await page.waitForFunction(async () => (await caches.keys()).length === 1);
  const newCaches = await page.evaluate(() => caches.keys());
  assert.notDeepEqual(newCaches, oldCaches);
  writeFileSync(join(dir, 'sw.js'), sw);
});

test('every page has a strict CSP and nothing violates it; no request leaves the origin', async () => {
  for (const route of [...ROUTES, '/missing']) {
    const page = await app.newPage();
    const foreign = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(app.base) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(app.base + route);
    await hydrated(page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    assert.match(csp, /base-uri 'none'/);
    assert.match(csp, /form-action 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
    // interact a little: the theme menu writes an attribute, the nav moves between pages
    await chooseTheme(page, 'Dark');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Symptom check' }).click();
    await hydrated(page);
    assert.deepEqual(await page.evaluate(() => window.__violations), [], route);
    assert.deepEqual(foreign, [], route);
    assert.equal(await page.locator('[style]').count(), 0, `${route}: no inline style attributes`);
  }
});

test('no bundle carries the stream classes of the server-function client the app never calls', () => {
  // vendor/wasm-streams stands in for the crate that exported them (root Cargo.toml, [patch])
  const bundles = readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'sw.js' && f !== 'listen.js');
  assert.ok(bundles.length >= 5, bundles.join());
  for (const js of bundles) assert.doesNotMatch(readFileSync(join(dir, js), 'utf8'), /IntoUnderlying/, js);
});

test('the manifest makes the app installable, with its icons', async () => {
  const page = await app.newPage();
  await page.goto(app.base + '/');
  // nothing is requested before the first paint: the icon is in the page, the manifest linked after
  assert.match(await page.locator('link[rel="icon"]').getAttribute('href'), /^data:image\/svg\+xml,%3Csvg /);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await page.request.get(app.base + href)).json();
  assert.equal(manifest.name, 'Cramp Coach');
  assert.ok(manifest.short_name && manifest.description);
  assert.equal(manifest.start_url, '/');
  assert.equal(manifest.scope, '/');
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.theme_color && manifest.background_color);
  const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`);
  for (const want of ['192x192 any', '512x512 any', '512x512 maskable']) assert.ok(sizes.includes(want), want);
  for (const icon of manifest.icons) {
    const res = await page.request.get(app.base + icon.src);
    assert.equal(res.status(), 200, icon.src);
    assert.equal(res.headers()['content-type'], icon.type);
  }
});

test('the deploy headers file repeats the CSP and adds what a meta tag cannot', () => {
  const headers = readFileSync(join(dir, '_headers'), 'utf8');
  // one policy for every page: each page's own (meta) policy, with the hashes of every page
  const header = headers.match(/Content-Security-Policy: ([^\n]+); frame-ancestors 'none'\n/)[1];
  const directives = (policy) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
  const all = directives(header);
  for (const file of ['index.html', 'stretch/index.html', 'water/index.html', 'check/index.html', 'cramp-now/index.html', '404.html']) {
    const meta = readFileSync(join(dir, file), 'utf8').match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
    for (const [name, sources] of directives(meta)) {
      const hashes = (list) => list.filter((s) => s.startsWith("'sha256-"));
      assert.deepEqual(all.get(name).filter((s) => !s.startsWith("'sha256-")), sources.filter((s) => !s.startsWith("'sha256-")), `${file} ${name}`);
      for (const h of hashes(sources)) assert.ok(all.get(name).includes(h), `${file}: ${name} ${h} in _headers`);
    }
  }
  for (const h of ['X-Content-Type-Options: nosniff', 'Referrer-Policy: no-referrer', 'Strict-Transport-Security', 'immutable']) {
    assert.ok(headers.includes(h), h);
  }
});
