// Long articles go to a Web Worker with a busy state; texts over the package's limit report an error.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SAMPLE } from '../../www/sample.js';
import { assertContract, waitForArticle, openAnnotatedPage } from './harness.mjs';

let browser;
let page;

before(async () => {
  ({ browser, page } = await openAnnotatedPage());
});

after(() => browser?.close());

/** Types `count` copies of `piece` into the textarea at once, built in the page, not sent through the driver. */
const pasteRepeated = (piece, count) => page.evaluate(({ piece, count }) => {
  const textarea = document.getElementById('text');
  textarea.value = piece.repeat(count);
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
}, { piece, count });

test('a text over 200 KB is annotated in a worker while the page shows it is busy', async () => {
  const copies = Math.ceil(210_000 / SAMPLE.length);
  const long = `${SAMPLE}\n`.repeat(copies);
  await page.evaluate(() => {
    const busy = document.getElementById('busy');
    window.__sawBusy = false;
    new MutationObserver(() => { if (!busy.hidden) window.__sawBusy = true; })
      .observe(busy, { attributes: true, attributeFilter: ['hidden'] });
  });
  const worker = page.waitForEvent('worker');
  await pasteRepeated(`${SAMPLE}\n`, copies);
  assert.match((await worker).url(), /\/worker\.js$/);
  await waitForArticle(page, long);
  assert.equal(await page.evaluate(() => window.__sawBusy), true, 'the progress bar was shown');
  assert.equal(await page.locator('#busy').isHidden(), true, 'and hidden again');
  const quotes = await page.locator('#article mark[data-kind="quote"]').count();
  assert.ok(quotes >= copies * 4, `${quotes} quote marks for ${copies} copies of the sample`);
  assert.equal(JSON.parse(await page.locator('#json').textContent()).quotes.length, 100, 'the JSON view shows the first 100 quotes');
  await page.click('#json-all');
  const shown = JSON.parse(await page.locator('#json').textContent());
  assert.equal(shown.quotes.length, quotes, 'and all of them when asked');
  assertContract(shown, long); // put together again from the worker's parts
});

test('Cancel stops the worker; long panels show their first rows and the rest on demand', async () => {
  // On a page of its own whose worker never answers, so that there is all the time in the world to cancel it.
  const stalled = await browser.context.newPage();
  await stalled.route('**/worker.js', (route) => route.fulfill({ contentType: 'text/javascript', body: 'self.onmessage = () => {};' }));
  await stalled.goto(browser.url);
  await stalled.locator('#article mark').first().waitFor();
  const started = stalled.waitForEvent('worker');
  await stalled.evaluate((text) => {
    const textarea = document.getElementById('text');
    textarea.value = text;
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, `${SAMPLE}\n`.repeat(Math.ceil(300_000 / SAMPLE.length)));
  const worker = await started;
  const closed = new Promise((resolve) => worker.once('close', resolve));
  await stalled.locator('#cancel').click();
  await closed;
  assert.match(await stalled.locator('#status-text').textContent(), /^Cancelled/);
  assert.equal(await stalled.locator('#cancel').isHidden(), true);
  await stalled.waitForFunction(() => !document.getElementById('article').hasAttribute('aria-busy'));
  await stalled.close();

  const copies = Math.ceil(600_000 / SAMPLE.length);
  const text = `${SAMPLE}\n`.repeat(copies);
  await pasteRepeated(`${SAMPLE}\n`, copies);
  await waitForArticle(page, text);
  const rows = page.locator('#figures-panel tbody tr');
  assert.equal(await rows.count(), 50, 'the figures table shows its first 50 rows');
  const more = page.locator('#figures-panel .more');
  assert.match(await more.textContent(), /^Show 50 more of \d+/);
  await more.click();
  assert.equal(await rows.count(), 100);
});

test('hiding a kind while a long text is worked on still ends with the whole document drawn', async () => {
  const text = `${SAMPLE}\n`.repeat(Math.ceil(400_000 / SAMPLE.length));
  await page.evaluate((text) => {
    const textarea = document.getElementById('text');
    textarea.value = text;
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
  const toggle = page.locator('#legend button[data-toggle="money"]');
  await page.locator('#cancel').waitFor();
  await toggle.click();
  await waitForArticle(page, text);
  assert.match(await page.locator('#status-text').textContent(), /^[\d,]+ names · /);
  assert.equal(await page.locator('#article mark[data-kind="money"]').count(), 0);
  const quotes = await page.locator('#article mark[data-kind="quote"]').count();
  assert.equal(quotes, Number(await page.locator('#quotes-count').textContent()), 'the whole document\'s quotes are drawn');
  await toggle.click();
});

test('a text over the size limit reports the annotator\'s error and keeps the page working', async () => {
  await pasteRepeated('€', 6_000_000); // 18 MB of UTF-8
  const status = page.locator('#status');
  await page.waitForFunction(() => document.getElementById('status').classList.contains('error'), null, { timeout: 60_000 });
  assert.match(await status.textContent(), /^Could not annotate: \S/);
  await page.locator('#text').fill('Prices rose 3.4% in Berlin.');
  await waitForArticle(page, 'Prices rose 3.4% in Berlin.');
  assert.equal(await status.evaluate((s) => s.classList.contains('error')), false);
});

test('no request left 127.0.0.1 and nothing logged an error', () => {
  assert.deepEqual(browser.foreignRequests(), []);
  assert.deepEqual(browser.errors, []);
});
