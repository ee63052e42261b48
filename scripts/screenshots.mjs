// Screenshots of the release build for a visual check: every route at phone and desktop width,
// light and dark. Usage: node scripts/screenshots.mjs [outdir] [route ...]
import { mkdirSync } from 'node:fs';
import { start, hydrated, PHONE, DESKTOP, ROUTES } from '../tests/e2e/harness.mjs';

const [out = 'target/screenshots', ...routes] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const app = await start();
try {
  for (const route of routes.length ? routes : ROUTES) {
    for (const [size, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
      for (const colorScheme of ['light', 'dark']) {
        const page = await app.newPage({ viewport, colorScheme });
        await page.goto(app.base + route);
        await hydrated(page);
        const name = `${out}/${route.replace(/\W+/g, '_') || 'home'}-${size}-${colorScheme}.png`;
        await page.screenshot({ path: name });
        console.log(name);
        await page.context().close();
      }
    }
  }
} finally {
  await app.close();
}
