// Shared end-to-end set-up: the release build in dist/ served on 127.0.0.1, Debian's Chromium
// driven by playwright-core, console errors collected, and axe checks for WCAG 2.2 A/AA.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { serve } from '../../scripts/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };
export const ROUTES = ['/', '/stretch', '/water', '/diary', '/check', '/cramp-now', '/data'];

/**
 * Starts the server (on `dir`, default dist/) and the browser; call `close()` when done.
 * `spa`: the server answers unknown paths with `index.html`, as a single-page-app rewrite does.
 */
export async function start({ dir = 'dist', spa = false } = {}) {
  const server = await serve(dir, 0, '127.0.0.1', { spa });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  return {
    base,
    browser,
    /**
     * A new page (own context). Options: colorScheme, javaScriptEnabled, viewport, reducedMotion.
     * `page.errors` collects console errors and uncaught exceptions.
     */
    async newPage(options = {}) {
      const context = await browser.newContext({ viewport: PHONE, ...options });
      const page = await context.newPage();
      page.errors = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') page.errors.push(msg.text());
      });
      page.on('pageerror', (err) => page.errors.push(String(err)));
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/** Waits until the wasm has hydrated the page (the shell marks `<html data-hydrated>`). */
export async function hydrated(page) {
  await page.waitForSelector('html[data-hydrated]', { timeout: 15000 });
}

/** Axe violations for WCAG 2.0/2.1/2.2 A and AA, as readable lines (empty when clean). */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`,
  );
}

/** Chooses a theme in the header's theme menu ("Light", "Dark", "Night (red on black)", ...). */
export async function chooseTheme(page, label) {
  await page.locator('.theme-control__button').click();
  await page.getByRole('radio', { name: label, exact: true }).click();
}
