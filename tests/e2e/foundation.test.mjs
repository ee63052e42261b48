// The app shell and the guide, on the release build: pre-rendered pages, navigation, TOC,
// no-JS reading, themes, print, accessibility.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, hydrated, axeViolations, chooseTheme, ROUTES, DESKTOP } from './harness.mjs';

let app;
before(async () => {
  app = await start();
});
after(async () => {
  await app?.close();
});

const SECTIONS = [
  'What Causes Leg Cramps at Night?',
  'Home Remedies for Leg Cramps',
  'How to Prevent Leg Cramps',
  '1. Stay Hydrated',
  '2. Stretch Regularly',
  '3. Maintain Electrolyte Balance',
  '4. Adjust Your Sleeping Position',
  '5. Use Supportive Footwear',
  '6. Use the Nekteck Air Compression Leg Massager',
  'When to Seek Medical Attention',
  'Conclusion',
];

test('the guide renders every section, its sources and the four-step stretch', async () => {
  const page = await app.newPage();
  await page.goto(app.base + '/');
  await hydrated(page);
  assert.equal(
    await page.locator('h1').textContent(),
    'What Causes Leg Cramps at Night and How to Prevent Them with Easy Home Remedies',
  );
  const headings = await page.locator('main h2, main h3').allTextContents();
  for (const s of SECTIONS) assert.ok(headings.includes(s), `missing section "${s}"`);
  const text = await page.locator('main').textContent();
  for (const s of ['Mayo Clinic', 'South Valley Vascular', 'a minimum of 8 cups of water', 'Bananas, sweet potatoes']) {
    assert.ok(text.includes(s), `missing "${s}"`);
  }
  assert.equal(await page.locator('#stretch-regularly ~ ol').first().locator('li').count(), 4);
  assert.deepEqual(page.errors, []);
});

test('the guide keeps the article and sets apart its notes, the help box and the massager caveat', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await app.newPage({ colorScheme });
    await page.goto(app.base + '/');
    await hydrated(page);
    const notes = page.getByRole('note');
    const texts = await notes.allTextContents();
    const has = (re) => texts.some((t) => re.test(t.trim()));
    assert.ok(has(/^Note from Cramp Coach: pregnancy is another common cause/), 'pregnancy among causes');
    assert.ok(has(/Note from Cramp Coach: .*may not completely stop them/s), 'prevention is not certain');
    assert.ok(has(/no scientific evidence that drinking eight glasses of water is necessary.*kidney or heart failure/s), '8 cups');
    assert.ok(has(/muscle fatigue and nerve dysfunction rather than electrolyte/), 'the cause');
    // the massager: a caveat before its claims and beside the closing sales lines
    const massager = page.locator('#leg-massager + .note');
    assert.match(await massager.textContent(), /original article's product recommendation.*not paid for it.*no medical source we checked recommends compression devices.*swollen, painful, warm or red.*known blood clot, severe artery disease or heart failure/s);
    assert.equal(texts.filter((t) => /not paid for it/.test(t)).length, 2);
    const text = await page.locator('main').textContent();
    assert.match(text, /Why we love it \(the original article’s words\):/);
    // the help box in "When to Seek Medical Attention", before the article's list, which stays
    const help = page.locator('#when-to-seek-care + .section-share + .note--warning');
    const helpText = (await help.textContent()).trim();
    assert.match(helpText, /^Get help now\. Call 999, 911, 112 or your local emergency number/);
    for (const sign of [/chest pain/, /stiff jaw/, /one leg is swollen/, /longer than 10 minutes/, /heavy fluid loss/, /statin/, /maternity unit/]) {
      assert.match(helpText, sign);
    }
    assert.match(text, /consult a healthcare professional if:\s*Cramps are frequent and severe\./);
    assert.deepEqual(await axeViolations(page), [], colorScheme);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('the table of contents jumps to a section and back, and the hash deep-links', async () => {
  // reduced motion: the jump is instant (smooth scrolling otherwise)
  const page = await app.newPage({ reducedMotion: 'reduce' });
  await page.goto(app.base + '/');
  await hydrated(page);
  const toc = page.getByRole('navigation', { name: 'Contents' });
  await toc.getByRole('link', { name: '4. Adjust Your Sleeping Position' }).click();
  await page.waitForFunction(() => location.hash === '#sleeping-position');
  const top = await page.locator('#sleeping-position').evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 200, `section heading should be at the top, was at ${top}`);
  await page.getByRole('link', { name: 'Back to contents' }).nth(2).click();
  await page.waitForFunction(() => location.hash === '#contents');

  const deep = await app.newPage({ reducedMotion: 'reduce' });
  await deep.goto(app.base + '/#when-to-seek-care');
  await hydrated(deep);
  const y = await deep.locator('#when-to-seek-care').evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(y >= 0 && y < 200, `deep link should land on the section, was at ${y}`);
});

test('every route loads directly with its own title, h1 and description, without errors', async () => {
  for (const route of ROUTES) {
    const page = await app.newPage();
    const response = await page.goto(app.base + route);
    assert.equal(response.status(), 200, route);
    await hydrated(page);
    assert.equal(await page.locator('h1').count(), 1, `${route} has one h1`);
    assert.match(await page.title(), /· Cramp Coach$/);
    assert.ok((await page.locator('meta[name="description"]').getAttribute('content')).length > 40);
    assert.deepEqual(page.errors, [], `${route} console errors`);
  }
});

test('navigation names every tool, marks the current page and moves focus to the new heading', async () => {
  const page = await app.newPage();
  await page.goto(app.base + '/');
  await hydrated(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Guide', 'Stretch coach', 'Water', 'Diary', 'Symptom check']) {
    assert.equal(await nav.getByRole('link', { name }).count(), 1, name);
  }
  assert.equal(await nav.getByRole('link', { name: 'Guide' }).getAttribute('aria-current'), 'page');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'BODY', 'a typed address starts at the top');
  // every page is its own document: it loads, and focus goes to its heading
  await page.evaluate(() => (window.samePage = true));
  await page.getByRole('link', { name: 'Cramp now' }).click();
  await page.waitForURL('**/cramp-now');
  await hydrated(page);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
  assert.equal(await page.evaluate(() => window.samePage), undefined, 'a page load');
  assert.equal(await page.getByRole('link', { name: 'Cramp now' }).getAttribute('aria-current'), 'page');
  // a link to a section goes to the section, not the heading
  await page.getByRole('link', { name: 'More about home remedies' }).click();
  await page.waitForURL('**/#remedies');
  assert.notEqual(await page.evaluate(() => document.activeElement.tagName), 'H1');
  // another bundle: the same
  await nav.getByRole('link', { name: 'Water' }).click();
  await page.waitForURL('**/water');
  await hydrated(page);
  assert.match(await page.title(), /^Water today/);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
  assert.equal(await nav.getByRole('link', { name: 'Water' }).getAttribute('aria-current'), 'page');
  assert.equal(await page.getByRole('link', { name: 'Cramp now' }).count(), 1);
});

test('a press made while the page is still starting is not lost: it is answered once the app works', async () => {
  for (const [route, press, answered] of [
    ['/stretch', 'Start', async (page) => assert.equal(await page.locator('#stretch-phase').textContent(), 'Get ready')],
    ['/cramp-now', 'It has eased', async (page) => assert.match(await page.locator('main').textContent(), /Save to diary/)],
  ]) {
    const page = await app.newPage();
    let release;
    const held = new Promise((ok) => (release = ok));
    await page.route('**/*_bg.wasm', async (r) => {
      await held;
      await r.continue();
    });
    await page.goto(app.base + route);
    const button = page.getByRole('button', { name: press, exact: true });
    await button.click();
    assert.equal(await button.getAttribute('aria-busy'), 'true', `${route}: the press is kept`);
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-hydrated')), false);
    release();
    await hydrated(page);
    await answered(page);
    assert.deepEqual(page.errors, [], route);
  }
});

test('unknown paths get a helpful not-found page with links', async () => {
  const page = await app.newPage();
  const response = await page.goto(app.base + '/no/such/page');
  assert.equal(response.status(), 404);
  await hydrated(page);
  assert.equal(await page.locator('h1').textContent(), 'Page not found');
  for (const name of ['Guide', 'Stretch coach', 'Water', 'Diary', 'Symptom check']) {
    assert.ok(await page.locator('main').getByRole('link', { name }).count() >= 1, name);
  }
});

test('with JavaScript off the guide is fully readable', async () => {
  const page = await app.newPage({ javaScriptEnabled: false });
  await page.goto(app.base + '/');
  const headings = await page.locator('main h2, main h3').allTextContents();
  for (const s of SECTIONS) assert.ok(headings.includes(s), `missing section "${s}" without JS`);
  const stretch = await app.newPage({ javaScriptEnabled: false });
  await stretch.goto(app.base + '/stretch');
  assert.equal(await stretch.locator('h1').textContent(), 'Stretch coach');
});

test('no page scrolls sideways on a 320 or 360 px phone (WCAG 1.4.10), and the header keeps its name', async () => {
  for (const width of [320, 360]) {
    for (const route of ['/', '/stretch', '/water', '/diary', '/check', '/cramp-now', '/data']) {
      const page = await app.newPage({ viewport: { width, height: 740 } });
      await page.goto(app.base + route);
      await hydrated(page);
      if (route === '/water') await page.waitForSelector('.water__grid');
      if (route === '/diary') {
        // what is below the first screen is drawn once the page is used (here: scrolled)
        await page.mouse.wheel(0, 200);
        await page.waitForSelector('.report-table');
      }
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= width, `${route} at ${width}px is ${wide}px wide`);
      assert.equal(await page.getByRole('link', { name: 'Cramp Coach' }).count(), 1);
      await page.close();
    }
  }
});

test('starting the app does not move anything on any page, phone or desktop (no layout shift)', async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    for (const route of ['/', '/stretch', '/water', '/diary', '/check', '/cramp-now', '/data']) {
      const page = await app.newPage({ viewport });
      await page.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(app.base + route);
      await hydrated(page);
      if (route === '/water') await page.waitForSelector('.water__grid');
      if (route === '/diary') await page.waitForSelector('.diary-quick');
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      assert.deepEqual(await page.evaluate(() => window.__shifts), [], `${route} at ${viewport.width}px`);
      if (route === '/diary') {
        // nor does drawing what is below the first screen, when a person starts scrolling
        await page.mouse.wheel(0, 100);
        await page.waitForSelector('.report-table');
        await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
        assert.deepEqual(await page.evaluate(() => window.__shifts), [], `${route} at ${viewport.width}px, scrolled`);
      }
      await page.close();
    }
  }
});

/** The theme menu's radio button for a stored value (hidden while the menu is closed). */
const themeRadio = (page, value) => page.locator(`input[name="theme"][value="${value}"]`);

test('the theme follows the system, the menu overrides it and is remembered', async () => {
  const page = await app.newPage({ colorScheme: 'dark' });
  await page.goto(app.base + '/');
  await hydrated(page);
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const darkBg = await bg();
  assert.equal(await themeRadio(page, 'system').isChecked(), true);
  await chooseTheme(page, 'Light');
  assert.notEqual(await bg(), darkBg);
  assert.equal(await page.locator('.theme-control').getAttribute('open'), null, 'the menu closes');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'theme-control__button');
  await page.reload();
  await hydrated(page);
  assert.notEqual(await bg(), darkBg, 'light choice remembered after reload');
  assert.equal(await themeRadio(page, 'light').isChecked(), true);
  await chooseTheme(page, 'Follow the system');
  assert.equal(await bg(), darkBg);
  assert.equal(await page.evaluate(() => localStorage.getItem('cramp-coach.theme')), null);
});

/** [r, g, b] of a computed CSS colour. */
const rgb = (css) => css.match(/\d+/g).slice(0, 3).map(Number);

test('the night theme is red on black, remembered before the first paint, with a black browser bar', async () => {
  const page = await app.newPage();
  await page.goto(app.base + '/');
  await hydrated(page);
  await chooseTheme(page, 'Night (red on black)');
  const colours = () =>
    page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
  let [bg, fg] = await colours();
  assert.deepEqual(rgb(bg), [0, 0, 0]);
  const [r, g, b] = rgb(fg);
  assert.ok(r > 200 && g < 120 && b < 100, `red text, got ${fg}`);
  const bar = () => page.locator('meta[name="theme-color"]').evaluateAll((ms) => ms.map((m) => m.content));
  assert.deepEqual(await bar(), ['#000000', '#000000']);
  // after a reload, before the app starts (the inline script in the head applies it)
  await page.context().route('**/*.wasm', (route) => route.abort());
  await page.reload();
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'night');
  [bg] = await colours();
  assert.deepEqual(rgb(bg), [0, 0, 0]);
  assert.deepEqual(await bar(), ['#000000', '#000000']);
});

test('"Night from 9 pm to 7 am" is night at night and follows the system by day', async () => {
  for (const [time, expected] of [
    ['2026-12-02T22:30:00Z', 'night'],
    ['2026-12-03T06:59:00Z', 'night'],
    ['2026-12-03T12:00:00Z', null],
  ]) {
    // London is on UTC in December
    const page = await app.newPage({ timezoneId: 'Europe/London' });
    await page.clock.install({ time: new Date(time) });
    await page.addInitScript(() => localStorage.setItem('cramp-coach.theme', 'night-hours'));
    await page.goto(app.base + '/water');
    assert.equal(await page.locator('html').getAttribute('data-theme'), expected, `${time} before start`);
    await hydrated(page);
    assert.equal(await page.locator('html').getAttribute('data-theme'), expected, `${time} after start`);
    assert.equal(await themeRadio(page, 'night-hours').isChecked(), true);
    await page.close();
  }
});

test('every page is axe clean in the night theme, and the theme menu works from the keyboard', async () => {
  const page = await app.newPage();
  await page.addInitScript(() => localStorage.setItem('cramp-coach.theme', 'night'));
  for (const route of ROUTES) {
    await page.goto(app.base + route);
    await hydrated(page);
    assert.equal(await page.locator('html').getAttribute('data-theme'), 'night');
    assert.deepEqual(await axeViolations(page), [], `${route} in night`);
  }
  await page.locator('.theme-control__button').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('.theme-control').getAttribute('open'), '');
  assert.deepEqual(await axeViolations(page), [], 'the open theme menu in night');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.theme-control').getAttribute('open'), null);
  assert.deepEqual(page.errors, []);
});

test('the print stylesheet shows the guide without navigation', async () => {
  const page = await app.newPage();
  await page.goto(app.base + '/');
  await hydrated(page);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).isVisible(), false);
  assert.equal(await page.locator('.toc').isVisible(), false);
  assert.equal(await page.locator('h1').isVisible(), true);
});

test('targets are at least 24 by 24 pixels', async () => {
  for (const viewport of [undefined, DESKTOP]) {
    const page = await app.newPage(viewport ? { viewport } : {});
    await page.goto(app.base + '/');
    await hydrated(page);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('header a, header button, nav a, main button')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => [el.textContent.trim(), el.getBoundingClientRect()])
        .filter(([, r]) => r.width < 24 || r.height < 24)
        .map(([t]) => t),
    );
    assert.deepEqual(small, []);
  }
});

test('axe finds no WCAG 2.2 A/AA violations on any route, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const route of [...ROUTES, '/missing']) {
      const page = await app.newPage({ colorScheme });
      await page.goto(app.base + route);
      await hydrated(page);
      assert.deepEqual(await axeViolations(page), [], `${route} in ${colorScheme}`);
    }
  }
});

test('keyboard only: the skip link comes first and moves to the content; focus is visible', async () => {
  const page = await app.newPage();
  await page.goto(app.base + '/');
  await hydrated(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
  const box = await skip.boundingBox();
  assert.ok(box && box.y >= 0, 'the focused skip link is on screen');
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#main');
  // the next Tab goes into the page content, past the header
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => !!document.activeElement.closest('main')), true);
});
