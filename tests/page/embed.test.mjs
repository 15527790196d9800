// <article-annotator> on www/embed.html: shadow-DOM marks, attributes, events, registration.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { SCREENSHOTS, startBrowser } from './harness.mjs';

let browser;
let page;

/** The `data-kind`s and texts of the marks in the shadow root of element `#id`. */
const shadowMarks = (id) => page.evaluate((id) => [...document.getElementById(id).shadowRoot.querySelectorAll('mark')]
  .map((mark) => ({ kind: mark.dataset.kind, text: mark.textContent })), id);

before(async () => {
  browser = await startBrowser();
  page = await browser.context.newPage();
  await page.goto(`${browser.url}embed.html`);
  await page.locator('#inline mark').first().waitFor();
  await page.locator('#linked mark').first().waitFor();
});

after(() => browser?.close());

test('the element renders its own text with marks in an open shadow root', async () => {
  const marks = await shadowMarks('inline');
  assert.ok(marks.length > 0);
  assert.ok(marks.some((m) => m.kind === 'quote' && m.text.startsWith('“We are busier')));
  assert.ok(marks.some((m) => m.kind === 'money' && m.text === '€80 million'));
  assert.equal(await page.evaluate(() => document.querySelectorAll('mark').length), 0, 'no marks in the light DOM');
  const shown = await page.evaluate(() => document.getElementById('inline').shadowRoot.querySelector('[part="article"]').textContent);
  assert.equal(shown, await page.evaluate(() => document.getElementById('inline').text));
  assert.ok(shown.startsWith('The Port of Tallinn said on Monday'), 'the HTML indentation is not part of the text');
  await page.screenshot({ path: join(SCREENSHOTS, 'embed.png'), fullPage: true });
});

test('annotations-ready bubbles out of the element with the document as detail', async () => {
  const figures = await page.locator('#api-figures li').allTextContents();
  assert.ok(figures.some((line) => line.startsWith('€80 million → money: 80,000,000 EUR')), figures.join('\n'));
  const event = await page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('annotations-ready', (e) => resolve({
      target: e.target.id, bubbles: e.bubbles, composed: e.composed,
      keys: Object.keys(e.detail).sort(), same: e.detail === e.target.annotations,
    }), { once: true });
    document.getElementById('inline').setAttribute('date', '2025-06-03');
  }));
  assert.deepEqual(event, {
    target: 'inline', bubbles: true, composed: true,
    keys: ['entities', 'figures', 'mentions', 'quotes'], same: true,
  });
});

test('with for=, it follows the textarea as it is edited', async () => {
  await page.locator('#draft').fill('“We will win,” Jane Doe said after the US$34 million deal.');
  await page.waitForFunction(() => [...document.getElementById('linked').shadowRoot.querySelectorAll('mark')]
    .some((mark) => mark.textContent === 'US$34 million'));
  const marks = await shadowMarks('linked');
  assert.ok(marks.some((m) => m.kind === 'quote' && m.text === '“We will win,”'));
  assert.ok(marks.some((m) => m.kind === 'person' && m.text === 'Jane Doe'));
});

test('kinds limits the highlights and can change', async () => {
  const allowed = new Set(['person', 'organization', 'quote', 'money']);
  assert.ok((await shadowMarks('linked')).every((m) => allowed.has(m.kind)));
  await page.evaluate(() => { document.getElementById('linked').kinds = 'money'; });
  await page.waitForFunction(() => [...document.getElementById('linked').shadowRoot.querySelectorAll('mark')]
    .every((mark) => mark.dataset.kind === 'money'));
  assert.deepEqual(await shadowMarks('linked'), [{ kind: 'money', text: 'US$34 million' }]);
});

test('theme fixes the colour scheme of the element only', async () => {
  const schemes = await page.evaluate(() => ({
    linked: getComputedStyle(document.getElementById('linked')).colorScheme,
    inline: getComputedStyle(document.getElementById('inline')).colorScheme,
  }));
  assert.deepEqual(schemes, { linked: 'dark', inline: 'light dark' });
});

test('hovering a mark in the shadow root shows its tooltip', async () => {
  await page.locator('#inline mark[data-kind="money"]').hover();
  const tooltip = page.locator('#inline .annotator-tooltip');
  await tooltip.waitFor({ state: 'visible' });
  assert.match(await tooltip.textContent(), /80,000,000 EUR/);
});

test('the element\'s highlights are one tab stop that arrows, Home and End move through', async () => {
  const active = () => page.evaluate(() => {
    const mark = document.getElementById('inline').shadowRoot.activeElement;
    return mark && { text: mark.textContent, label: mark.getAttribute('aria-label'), stop: mark.tabIndex };
  });
  await page.locator('a[href="./"]').focus();
  await page.keyboard.press('Tab');
  const first = await active();
  assert.equal(first?.stop, 0, 'Tab lands on a highlight in the shadow root');
  assert.equal(first.label, `${first.text}, place`, 'named by its text and kind');
  await page.keyboard.press('ArrowRight');
  assert.notEqual((await active()).text, first.text);
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  assert.equal((await active()).text, first.text);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'draft', 'one Tab leaves the element');
});

test('a long text in the element shows its progress with a Cancel that stops the worker', async () => {
  const long = await browser.context.newPage();
  // A worker that never answers, so that there is all the time in the world to cancel it.
  await long.route('**/worker.js', (route) => route.fulfill({ contentType: 'text/javascript', body: 'self.onmessage = () => {};' }));
  await long.goto(`${browser.url}embed.html`);
  await long.locator('#linked mark').first().waitFor();
  await long.evaluate(() => {
    const draft = document.getElementById('draft');
    draft.value = 'Acme Shipping chairman Tom Reyes said: “Freight rates have stopped falling.”\n'.repeat(4_000);
    draft.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const progress = long.locator('#linked [part="progress"]');
  await progress.waitFor();
  const worker = long.workers()[0] ?? await long.waitForEvent('worker');
  const closed = new Promise((resolve) => worker.once('close', resolve));
  await long.locator('#linked [part="cancel"]').click();
  await closed;
  await progress.waitFor({ state: 'hidden' });
  await long.close();
});

test('the element\'s API: events in order, indirect, annotate(), kinds="" and select()', async () => {
  const result = await page.evaluate(async () => {
    const element = document.createElement('article-annotator');
    element.textContent = 'Acme Shipping chairman Tom Reyes said on Tuesday: “We will win.” Reyes said the company would grow.';
    const events = [];
    for (const type of ['annotation-start', 'annotation-drawing', 'annotations-ready', 'annotation-error', 'annotation-cancel']) {
      element.addEventListener(type, (event) => events.push(type === 'annotation-drawing' ? `${type} final=${event.detail.final}` : type));
    }
    const ready = new Promise((resolve) => element.addEventListener('annotations-ready', resolve, { once: true }));
    document.body.append(element);
    await ready;
    const quoteKinds = () => element.annotations.quotes.map((q) => q.kind);
    const plain = quoteKinds();
    element.indirect = true;
    const doc = await element.annotate();
    const marks = () => [...element.shadowRoot.querySelectorAll('mark')];
    element.kinds = '';
    const hidden = marks().length;
    const reyes = doc.mentions.findLastIndex((m) => m.text === 'Reyes');
    element.select('mention', [reyes]);
    const selected = marks().filter((m) => m.classList.contains('is-selected')).map((m) => m.textContent);
    const state = { kinds: element.kinds, focused: element.shadowRoot.activeElement?.textContent };
    element.select();
    const cleared = marks().filter((m) => m.classList.contains('is-selected')).length;
    element.cancel();
    element.remove();
    return { events, plain, indirect: quoteKinds(), same: doc === element.annotations, hidden, selected, ...state, cleared };
  });
  assert.deepEqual(result, {
    events: ['annotation-start', 'annotation-drawing final=true', 'annotations-ready',
      'annotation-start', 'annotation-drawing final=true', 'annotations-ready', 'annotation-cancel'],
    plain: ['direct'],
    indirect: ['direct', 'indirect'],
    same: true,
    hidden: 0,
    selected: ['Reyes'],
    kinds: 'person',
    focused: 'Reyes',
    cleared: 0,
  });
});

test('define.js tolerates a second load, and define() registers a subclass under another tag', async () => {
  const result = await page.evaluate(async () => {
    const { ArticleAnnotatorElement } = await import('./define.js?second-copy');
    class OtherAnnotator extends ArticleAnnotatorElement {}
    OtherAnnotator.define('other-annotator');
    const element = document.createElement('other-annotator');
    element.textContent = 'Prices rose 3.4% in Berlin.';
    const ready = new Promise((resolve) => element.addEventListener('annotations-ready', resolve, { once: true }));
    document.body.append(element);
    await ready;
    const marks = [...element.shadowRoot.querySelectorAll('mark')].map((m) => m.textContent);
    element.remove();
    return { marks, defined: customElements.get('article-annotator') !== undefined };
  });
  assert.ok(result.marks.includes('3.4%'));
  assert.equal(result.defined, true);
});

test('before the annotator is ready the element shows its own text', async () => {
  const slow = await browser.context.newPage();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await slow.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await slow.goto(`${browser.url}embed.html`);
  const inline = slow.locator('#inline');
  assert.match(await inline.innerText(), /The Port of Tallinn/);
  assert.equal(await slow.locator('#inline mark').count(), 0);
  release();
  await slow.locator('#inline mark').first().waitFor();
  await slow.close();
});

test('no request left 127.0.0.1 and nothing logged an error', () => {
  assert.deepEqual(browser.foreignRequests(), []);
  assert.deepEqual(browser.errors, []);
});
