// Screenshots of the release build for a visual check: every route at phone and desktop width,
// light, dark and night. Usage: node scripts/screenshots.mjs [outdir] [route ...]
import { mkdirSync } from 'node:fs';
import { start, hydrated, PHONE, DESKTOP, ROUTES } from '../tests/e2e/harness.mjs';

const [out = 'target/screenshots', ...routes] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const app = await start();
try {
  for (const route of routes.length ? routes : ROUTES) {
    for (const [size, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
      for (const theme of ['light', 'dark', 'night']) {
        const page = await app.newPage({ viewport, colorScheme: theme === 'light' ? 'light' : 'dark' });
        if (theme === 'night') await page.addInitScript(() => localStorage.setItem('cramp-coach.theme', 'night'));
        await page.goto(app.base + route);
        await hydrated(page);
        const name = `${out}/${route.replace(/\W+/g, '_') || 'home'}-${size}-${theme}.png`;
        await page.screenshot({ path: name });
        console.log(name);
        await page.context().close();
      }
    }
  }
} finally {
  await app.close();
}
