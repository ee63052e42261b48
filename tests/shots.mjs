import { start, hydrated, chooseTheme, DESKTOP } from './e2e/harness.mjs';
const app = await start();
for (const [name, opts, theme] of [['phone-light', {}, null], ['phone-dark', { colorScheme: 'dark' }, null], ['phone-night', { colorScheme: 'dark' }, 'Night (red on black)'], ['desktop-light', { viewport: DESKTOP }, null]]) {
  const page = await app.newPage({ timezoneId: 'Europe/London', ...opts });
  await page.clock.install({ time: new Date('2026-11-28T09:00:00') });
  await page.goto(app.base + '/diary'); await hydrated(page);
  await page.evaluate(() => localStorage.setItem('cramp-coach.stretch-history', JSON.stringify({ v: 1, days: [['2026-11-20', 1], ['2026-11-22', 1], ['2026-11-25', 1]] })));
  for (const [when, len] of [['30 min ago', '2–5 minutes'], ['1 hour ago', 'Under 1 minute']]) {
    await page.getByRole('button', { name: 'Log a cramp' }).click();
    await page.getByRole('radio', { name: when }).check();
    await page.getByRole('radio', { name: len }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
  }
  await page.getByRole('button', { name: 'No cramps last night' }).click();
  if (theme) await chooseTheme(page, theme);
  await page.getByRole('button', { name: 'Log a cramp' }).click();
  for (let i = 0; i < 6; i++) await page.screenshot({ path: `/tmp/shots/diary-${name}-${i}.png`, fullPage: true, clip: { x: 0, y: i * 1000, width: opts.viewport ? 1280 : 390, height: 1000 } });
  await page.close();
}
const page = await app.newPage({ timezoneId: 'Europe/London' });
await page.clock.install({ time: new Date('2026-11-28T03:00:00') });
await page.goto(app.base + '/cramp-now'); await hydrated(page);
await page.clock.runFor(180000);
await page.getByRole('button', { name: 'It has eased' }).click();
await page.getByText('Add details (optional)').click();
await page.screenshot({ path: `/tmp/shots/cramp-now-offer.png`, fullPage: true });
await app.close();
