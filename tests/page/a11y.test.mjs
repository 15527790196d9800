// Accessibility: axe-core's WCAG 2.1 A and AA rules find nothing on the page and on
// embed.html, in the light and the dark scheme, after annotating.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, startBrowser } from './harness.mjs';

const AXE = await readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

let browser;

before(async () => {
  browser = await startBrowser();
});

after(() => browser?.close());

/**
 * axe-core's WCAG 2.1 A/AA violations on `page`, as "rule ×nodes: targets" lines. The CSP
 * forbids inline script, so axe is served as a same-origin file that the test answers itself.
 */
async function violations(page) {
  assert.deepEqual(browser.errors, [], 'nothing logged an error before axe ran (axe itself trips the CSP on inline styles)');
  await page.route('**/axe-under-test.js', (route) => route.fulfill({ contentType: 'text/javascript', body: AXE }));
  await page.addScriptTag({ url: 'axe-under-test.js' });
  const found = await page.evaluate(async () => {
    const { violations } = await globalThis.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return violations.map((v) => `${v.id} ×${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  browser.errors.length = 0;
  if (found.length) console.log(found.join('\n'));
  return found;
}

for (const colorScheme of ['light', 'dark']) {
  test(`the annotated page has no WCAG 2.1 A/AA violations (${colorScheme})`, async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(browser.url);
    await page.locator('#article mark').first().waitFor();
    await page.locator('#quotes-panel .speaker').first().click();
    await page.locator('#legend button[data-toggle="date"]').click(); // a hidden kind's toggle
    await page.locator('#article mark[data-kind="money"]').first().hover(); // and a tooltip
    await page.locator('.annotator-tooltip').waitFor();
    assert.deepEqual(await violations(page), []);
    await page.close();
  });

  test(`embed.html has no WCAG 2.1 A/AA violations (${colorScheme})`, async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(`${browser.url}embed.html`);
    await page.locator('#inline mark').first().waitFor();
    await page.locator('#linked mark').first().waitFor();
    assert.deepEqual(await violations(page), []);
    await page.close();
  });
}

test('with prefers-reduced-motion a selection does not flash, and it does without', async () => {
  const page = await browser.context.newPage();
  await page.goto(browser.url);
  await page.locator('#article mark').first().waitFor();
  const flash = async () => {
    await page.locator('#quotes-panel .speaker').first().click();
    return page.locator('#article mark.is-selected').first().evaluate((mark) => getComputedStyle(mark).animationName);
  };
  await page.emulateMedia({ reducedMotion: 'reduce' });
  assert.equal(await flash(), 'none');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  assert.equal(await flash(), 'annotator-flash');
  await page.close();
});

test('no request left 127.0.0.1', () => {
  assert.deepEqual(browser.foreignRequests(), []);
});
