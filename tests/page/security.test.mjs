// Pasted markup stays text, and the Content-Security-Policy holds, on the page and in the element.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { waitForArticle, openAnnotatedPage } from './harness.mjs';

const PAYLOAD = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<a href="javascript:window.__pwned=1">Click me</a>',
  '“<img src=y onerror="window.__pwned=1">,” Jane Doe said on <b onmouseover="window.__pwned=1">Tuesday</b>.',
  'Acme paid US$34 million <iframe src="javascript:window.__pwned=1"></iframe> for <svg onload="window.__pwned=1">.',
].join('\n');

let browser;
let page;

/** Elements that pasted markup would have created anywhere on the page, shadow roots included. */
const injected = (target) => target.evaluate(() => {
  const roots = [document, ...[...document.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))];
  return roots.flatMap((root) => [...root.querySelectorAll('img, script:not([src]), a[href^="javascript"], iframe, svg:not(.swatch, .quote-chart svg), b')]
    .map((e) => e.outerHTML));
});

before(async () => {
  ({ browser, page } = await openAnnotatedPage());
});

after(() => browser?.close());

test('markup pasted into the page is shown as text and never runs', async () => {
  await page.locator('#text').fill(PAYLOAD);
  await waitForArticle(page, PAYLOAD);
  assert.ok(await page.locator('#article mark').count() > 0, 'the pasted text was annotated');
  await page.locator('#article mark[data-kind="quote"]').first().hover();
  await page.locator('.annotator-tooltip').waitFor({ state: 'visible' });
  assert.deepEqual(await injected(page), []);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.evaluate(() => document.images.length), 0);
  assert.ok((await page.locator('#quotes-panel').textContent()).includes('<img src=y'), 'the quote panel shows the markup as text');
  assert.ok((await page.locator('#json').textContent()).includes('<img src=y onerror='), 'the JSON view shows it as text');
});

test('markup in a textarea read by <article-annotator for> stays text in its shadow root', async () => {
  const embed = await browser.context.newPage();
  await embed.goto(`${browser.url}embed.html`);
  await embed.locator('#linked mark').first().waitFor();
  await embed.locator('#draft').fill(PAYLOAD);
  await embed.waitForFunction((payload) => document.getElementById('linked').text === payload, PAYLOAD);
  await embed.locator('#linked mark').first().waitFor();
  assert.deepEqual(await injected(embed), []);
  assert.equal(await embed.evaluate(() => window.__pwned), undefined);
  await embed.close();
});

test('no request left 127.0.0.1 and nothing logged an error', () => {
  assert.deepEqual(browser.foreignRequests(), []);
  assert.deepEqual(browser.errors, []);
});

// The policy is tested last: the violations it provokes log errors on purpose.
test('the CSP blocks inline script, eval and connections to other origins', async () => {
  // A same-origin script (allowed) that tries eval (not allowed); evaluate() itself bypasses CSP.
  await page.route('**/csp-probe.js', (route) => route.fulfill({
    contentType: 'text/javascript',
    body: 'try { window.__evalResult = eval("\'eval ran\'"); } catch (error) { window.__evalResult = error.name; }',
  }));
  const result = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.body.append(script);
    const probe = document.createElement('script');
    probe.src = 'csp-probe.js';
    await new Promise((resolve) => {
      probe.onload = resolve;
      document.body.append(probe);
    });
    let fetchResult;
    try {
      await fetch('http://127.0.0.1:9/other-origin');
      fetchResult = 'fetched';
    } catch (error) {
      fetchResult = error.name;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { inline: window.__inline, evalResult: window.__evalResult, fetchResult, violations: [...new Set(violations)].sort() };
  });
  assert.deepEqual(result, {
    inline: undefined,
    evalResult: 'EvalError',
    fetchResult: 'TypeError',
    violations: ['connect-src', 'script-src-elem', 'script-src'].sort(),
  });
  assert.deepEqual(browser.foreignRequests(), []);
});
