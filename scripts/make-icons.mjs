// Renders public/favicon.svg to the PNG icons the manifest lists (run after changing the icon).
// Usage: node scripts/make-icons.mjs
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
// [file, size, padding]: maskable icons keep the artwork inside the central 80% safe zone
for (const [file, size, pad] of [
  ['public/icon-192.png', 192, 0],
  ['public/icon-512.png', 512, 0],
  ['public/icon-maskable-512.png', 512, 0.1],
  ['public/apple-touch-icon.png', 180, 0],
]) {
  await page.setViewportSize({ width: size, height: size });
  const inner = size * (1 - 2 * pad);
  await page.setContent(
    `<body style="margin:0;background:#1f5f5b;display:grid;place-items:center;width:${size}px;height:${size}px">` +
      svg.replace(/rx="\d+" /, '').replace('<svg ', `<svg width="${inner}" height="${inner}" `) + '</body>',
  );
  await page.screenshot({ path: file, omitBackground: false });
  console.log(file);
}
await browser.close();
