// A host that answers every unknown address with `index.html` (a single-page-app rewrite:
// `serve -s`, Netlify or Vercel): the guide's bundle is handed the guide's HTML for an address it
// draws as the not-found page, and must show that page, working, without an error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, hydrated } from './harness.mjs';

let app;
before(async () => {
  app = await start({ spa: true });
});
after(async () => {
  await app?.close();
});

async function showsAWorkingNotFoundPage(page) {
  await page.locator('main h1', { hasText: 'Page not found' }).waitFor({ timeout: 15000 });
  assert.match(await page.title(), /^Page not found/);
  assert.equal(await page.locator('main h1').count(), 1);
  // its links work
  await page.locator('main').getByRole('link', { name: 'Symptom check' }).click();
  await page.waitForURL(app.base + '/check');
  await page.locator('main h1', { hasText: 'Symptom check' }).waitFor();
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.locator('.check-question').waitFor({ state: 'visible' });
  assert.deepEqual(page.errors, []);
}

test('an unknown address served the guide page shows the not-found page, and it works', async () => {
  const page = await app.newPage();
  const response = await page.goto(app.base + '/no-such-page');
  assert.equal(response.status(), 200, 'the host rewrites to index.html');
  await hydrated(page);
  await showsAWorkingNotFoundPage(page);
});

test('a page that names no page of its bundle is left as it is, readable, without an error', async () => {
  const html = (await readFile('dist/check/index.html', 'utf8')).replace(/ data-page="[^"]*"/, '');
  assert.ok(!html.includes('data-page='));
  const page = await app.newPage();
  await page.route(app.base + '/no-such-page', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(app.base + '/no-such-page', { waitUntil: 'load' });
  // the loader starts the app after the load event and a frame: give it the time to (not) start
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('.wasm')));
  await page.waitForTimeout(500);
  assert.equal(await page.locator('html[data-hydrated]').count(), 0, 'not hydrated');
  assert.match(await page.locator('main h1').textContent(), /Symptom check/);
  await page.getByRole('link', { name: 'Stretch coach' }).first().click();
  await page.waitForURL(app.base + '/stretch');
  await hydrated(page);
  assert.deepEqual(page.errors, []);
});
