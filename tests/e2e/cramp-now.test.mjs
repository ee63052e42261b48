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
  assert.match(await page.locator('.source').textContent(), /standing up on the leg: NHS and Mayo Clinic\. Heat and ice: Mayo Clinic/);
  assert.match(await page.locator('.cramp-caution').textContent(), /never fall asleep on a heating pad, wrap an ice pack in a cloth/);
  const timer = page.getByRole('timer');
  assert.equal(await timer.textContent(), 'Less than a minute since you opened this page');
  assert.equal(await page.getByText('It has been over 10 minutes.').count(), 0);

  await page.clock.runFor(3 * 60_000);
  assert.equal(await timer.textContent(), '3 minutes since you opened this page');
  await page.clock.runFor(7 * 60_000);
  assert.equal(await timer.textContent(), '10 minutes since you opened this page');
  const status = page.getByRole('status').filter({ hasText: 'over 10 minutes' });
  assert.equal(await status.count(), 1);
  assert.equal(await status.getByRole('link', { name: 'Take the symptom check' }).getAttribute('href'), '/check');
  assert.deepEqual(await axeViolations(page), []);

  // the count survives leaving the page for another one and coming back (kept for this tab),
  // and can be restarted
  await status.getByRole('link', { name: 'Take the symptom check' }).click();
  await page.waitForURL('**/check');
  await hydrated(page);
  await page.getByRole('link', { name: 'Cramp now' }).click();
  await page.waitForURL('**/cramp-now');
  await hydrated(page);
  await page.waitForFunction(() => document.querySelector('[role=timer]').textContent === '10 minutes since you opened this page');
  assert.equal(await page.getByText('It has been over 10 minutes.').count(), 1);
  await page.getByRole('button', { name: 'Restart the count' }).click();
  assert.equal(await page.getByRole('timer').textContent(), 'Less than a minute since you opened this page');
  assert.equal(await page.getByText('It has been over 10 minutes.').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('the help box says when to get help and whom to contact', async () => {
  const page = await app.newPage();
  await page.goto(app.base + '/cramp-now');
  await hydrated(page);
  const help = page.getByRole('region', { name: 'Get help now if' });
  const items = await help.getByRole('listitem').allTextContents();
  assert.equal(items.length, 3);
  assert.match(items[0], /chest pain or are breathless: call 999, 911, 112 or your local emergency number/);
  assert.match(items[1], /one leg is swollen, painful, warm or red: get medical advice today/);
  assert.match(items[2], /over 10 minutes and does not ease: get medical advice today/);
  const text = await help.textContent();
  assert.match(text, /same-day appointment with your doctor, NHS 111 in the UK .*urgent care centre/s);
  assert.equal(await help.getByRole('link', { name: '111' }).getAttribute('href'), 'tel:111');
  assert.equal(await help.getByRole('link', { name: 'take the symptom check' }).getAttribute('href'), '/check');
});

test('"It has eased" stops the count, and a new count can start', async () => {
  const page = await app.newPage();
  await page.clock.install({ time: new Date('2026-11-28T03:00:00') });
  // a start saved by an earlier version is never taken for this cramp
  await page.goto(app.base + '/cramp-now');
  await page.evaluate(() => localStorage.setItem('cramp-coach.cramp-started', String(Date.now() - 5 * 60_000)));
  await page.reload();
  await hydrated(page);
  const timer = page.getByRole('timer');
  assert.equal(await timer.textContent(), 'Less than a minute since you opened this page');
  assert.equal(await page.evaluate(() => localStorage.getItem('cramp-coach.cramp-started')), null);

  await page.clock.runFor(4 * 60_000 + 30_000);
  await page.getByRole('button', { name: 'It has eased' }).click();
  assert.equal(await timer.textContent(), 'It eased after 4 minutes');
  assert.equal(await page.getByRole('button', { name: 'It has eased' }).isVisible(), false);
  const again = page.getByRole('button', { name: 'Start a new count' });
  await page.waitForFunction(() => document.activeElement?.id === 'cramp-new-count');
  // stopped: time passes, the count stays, and no 10-minute advice appears
  await page.clock.runFor(20 * 60_000);
  assert.equal(await timer.textContent(), 'It eased after 4 minutes');
  assert.equal(await page.getByText('It has been over 10 minutes.').count(), 0);
  assert.deepEqual(await axeViolations(page), []);

  await again.click();
  assert.equal(await timer.textContent(), 'Less than a minute since you opened this page');
  assert.ok(await page.getByRole('button', { name: 'It has eased' }).isVisible());
  // the display follows the clock once a second
  await page.clock.runFor(2 * 60_000 + 1000);
  assert.equal(await timer.textContent(), '2 minutes since you opened this page');
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
