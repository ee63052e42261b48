// "Cramp now": one tap from every page, big relief steps, minutes since the cramp started,
// and the 10-minute advice (driven by Playwright's fake clock).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, hydrated, axeViolations, ROUTES } from './harness.mjs';

let app;
before(async () => {
  app = await start();
});
after(async () => {
  await app?.close();
});

test('"Cramp now" is one tap away from every page', async () => {
  for (const route of ROUTES) {
    const page = await app.newPage();
    await page.goto(app.base + route);
    await hydrated(page);
    await page.getByRole('link', { name: 'Cramp now' }).click();
    await page.waitForURL('**/cramp-now');
    assert.equal(await page.locator('h1').textContent(), 'Cramp now: quick relief');
  }
});

test('the relief steps are there, and after 10 minutes it says to get advice today', async () => {
  const page = await app.newPage();
  await page.clock.install({ time: new Date('2026-11-28T03:00:00') });
  await page.goto(app.base + '/cramp-now');
  await hydrated(page);
  const steps = await page.locator('.big-steps li').allTextContents();
  assert.equal(steps.length, 4);
  assert.match(steps[0], /toes up toward your shin/);
  const timer = page.getByRole('timer');
  assert.equal(await timer.textContent(), 'Started less than a minute ago');
  assert.equal(await page.getByText('It has been over 10 minutes.').count(), 0);

  await page.clock.runFor(3 * 60_000);
  assert.equal(await timer.textContent(), 'Started 3 minutes ago');
  await page.clock.runFor(7 * 60_000);
  assert.equal(await timer.textContent(), 'Started 10 minutes ago');
  const status = page.getByRole('status').filter({ hasText: 'over 10 minutes' });
  assert.equal(await status.count(), 1);
  assert.equal(await status.getByRole('link', { name: 'Take the symptom check' }).getAttribute('href'), '/check');
  assert.deepEqual(await axeViolations(page), []);

  // the count survives leaving the page and coming back, and can be restarted
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guide' }).click();
  await page.getByRole('link', { name: 'Cramp now' }).click();
  await page.waitForURL('**/cramp-now');
  assert.equal(await page.getByRole('timer').textContent(), 'Started 10 minutes ago');
  await page.getByRole('button', { name: 'Restart the count' }).click();
  assert.equal(await page.getByRole('timer').textContent(), 'Started less than a minute ago');
  assert.equal(await page.getByText('It has been over 10 minutes.').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('cramp now is accessible in dark mode with a large, one-handed layout', async () => {
  const page = await app.newPage({ colorScheme: 'dark' });
  await page.goto(app.base + '/cramp-now');
  await hydrated(page);
  const size = await page.locator('.big-steps').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(size >= 20, `steps in big type, got ${size}px`);
  assert.deepEqual(await axeViolations(page), []);
});
