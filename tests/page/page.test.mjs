// The annotator page (www/index.html) as a person uses it, in headless Chromium.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SAMPLE, SAMPLE_DATE } from '../../www/sample.js';
import { SCREENSHOTS, assertContract, waitForArticle, openAnnotatedPage } from './harness.mjs';

const ARTICLE = [
  'Acme Shipping agrees US$34 million deal',
  '',
  '“We will win,” Jane Doe said on Tuesday. Acme Shipping chairman Tom Reyes said: “Freight rates have stopped falling.”',
  'Profits rose 5 per cent to €1.2bn last year.',
].join('\n');

const SPY = `
const annotateWithoutSpy = Annotator.prototype.annotate;
Annotator.prototype.annotate = function (text, options) {
  (globalThis.__annotateOptions ??= []).push(structuredClone(options));
  return annotateWithoutSpy.call(this, text, options);
};`;

let browser;
let page;
/** The JSON that the page shows, parsed. */
const shownDocument = async () => JSON.parse(await page.locator('#json').textContent());
const markTexts = (selector) => page.locator(`#article ${selector}`).allTextContents();

before(async () => {
  ({ browser, page } = await openAnnotatedPage());
});

after(() => browser?.close());

describe('the page on load', () => {
  test('shows the sample article with names, quotes and money highlighted', async () => {
    await waitForArticle(page, SAMPLE);
    assert.equal(await page.locator('#text').inputValue(), SAMPLE);
    assert.ok(await page.locator('#article mark[data-kind="person"], #article mark[data-kind="organization"], #article mark[data-kind="place"], #article mark[data-kind="nationality"]').count() > 0);
    assert.ok(await page.locator('#article mark[data-kind="quote"]').count() >= 4);
    assert.ok(await page.locator('#article mark[data-kind="money"]').count() > 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'page.png'), fullPage: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'page-top.png') });
  });

  test('every mark covers the text its annotation names', async () => {
    const text = await page.locator('#text').inputValue();
    const doc = await shownDocument();
    const wrong = await page.evaluate(({ text, doc }) => {
      const arrays = { mention: doc.mentions, quote: doc.quotes, figure: doc.figures };
      const pieces = new Map();
      for (const mark of document.getElementById('article').shadowRoot.querySelectorAll('mark')) {
        const key = `${mark.dataset.type}:${mark.dataset.index}`;
        pieces.set(key, (pieces.get(key) ?? '') + mark.textContent);
      }
      return [...pieces].filter(([key, joined]) => {
        const [type, index] = key.split(':');
        const item = arrays[type][Number(index)];
        return text.slice(item.start, item.end) !== joined;
      });
    }, { text, doc });
    assert.deepEqual(wrong, []);
  });
});

describe('pasting an article', () => {
  before(async () => {
    await page.locator('#text').fill(ARTICLE);
    await waitForArticle(page, ARTICLE);
  });

  test('re-annotates it: the quote, its speaker and the money are marked', async () => {
    assert.ok((await markTexts('mark[data-kind="quote"]')).includes('“We will win,”'));
    assert.ok((await markTexts('mark[data-kind="person"]')).includes('Jane Doe'));
    assert.ok((await markTexts('mark[data-kind="money"]')).includes('US$34 million'));
  });

  test('the legend counts each kind and toggles its marks off and on', async () => {
    const toggle = page.locator('#legend button[data-toggle="money"]');
    const money = page.locator('#article mark[data-kind="money"]');
    const count = await money.count();
    assert.ok(count > 0);
    assert.equal(await toggle.locator('.count').textContent(), String(count));
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    assert.equal(await money.count(), 0);
    assert.equal(await page.locator('#article [part="article"]').textContent(), ARTICLE, 'hiding marks keeps the text');
    await toggle.press('Enter');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    assert.equal(await money.count(), count);
  });

  test('hovering a figure shows its kind and normalised value', async () => {
    const mark = page.locator('#article mark[data-kind="money"]', { hasText: 'US$34 million' });
    await mark.hover();
    const tooltip = page.locator('.annotator-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    assert.match(await tooltip.textContent(), /Money/);
    assert.match(await tooltip.textContent(), /34,000,000 USD/);
    assert.equal(await mark.getAttribute('aria-describedby'), await tooltip.getAttribute('id'));
    await page.mouse.move(1, 1);
    await tooltip.waitFor({ state: 'hidden' });
  });

  test('the article is one tab stop; arrows, Home and End move between highlights, Enter and Esc open and close', async () => {
    // The marks are in the shadow root of <article-annotator id="article">.
    const focused = () => page.evaluate(() => {
      const article = document.getElementById('article');
      const active = document.activeElement === article ? article.shadowRoot.activeElement : document.activeElement;
      return { tag: active.localName, kind: active.dataset.kind, inArticle: active.getRootNode() === article.shadowRoot, text: active.textContent };
    });
    assert.equal(await page.locator('#article mark[tabindex="0"]').count(), 1, 'one mark is the tab stop');
    await page.locator('#legend button').last().focus();
    await page.keyboard.press('Tab');
    const first = await focused();
    assert.deepEqual([first.tag, first.inArticle], ['mark', true], 'Tab enters the article at a highlight');
    for (let presses = 0; presses < 10 && (await focused()).kind !== 'quote'; presses++) await page.keyboard.press('ArrowRight');
    assert.equal((await focused()).kind, 'quote');
    const tooltip = page.locator('.annotator-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    assert.match(await tooltip.textContent(), /Quote/);
    assert.match(await tooltip.textContent(), /Jane Doe/);
    await page.keyboard.press('Escape');
    await tooltip.waitFor({ state: 'hidden' });
    await page.keyboard.press('Enter');
    await tooltip.waitFor({ state: 'visible' });
    await page.keyboard.press('ArrowRight');
    assert.deepEqual(await focused(), { ...(await focused()), kind: 'person', text: 'Jane Doe' }, 'the name inside the quote is next');
    assert.equal(await page.evaluate(() => document.activeElement.shadowRoot.activeElement.getAttribute('aria-label')), 'Jane Doe, person');
    await page.keyboard.press('End');
    const last = await page.locator('#article mark[tabindex]').last().evaluate((m) => m === m.getRootNode().activeElement);
    assert.ok(last, 'End goes to the last highlight');
    await page.keyboard.press('Home');
    assert.equal((await focused()).text, first.text, 'Home goes back to the first');
    assert.equal(await page.locator('#article mark[tabindex="0"]').count(), 1, 'still one tab stop');
    await page.keyboard.press('Tab');
    assert.equal((await focused()).inArticle, false, 'Tab leaves the article');
  });

  test('who said what lists the speaker; choosing them selects all their quotes', async () => {
    const speaker = page.locator('#quotes-panel .speaker', { hasText: 'Jane Doe' });
    await speaker.waitFor();
    await speaker.click();
    const selected = await page.locator('#article mark.is-selected').allTextContents();
    assert.deepEqual(selected, ['“We will win,”']);
    assert.equal(await page.evaluate(() => document.activeElement.shadowRoot.activeElement.textContent), '“We will win,”');
  });

  test('the chart has a bar per speaker entity, by quoted words, and a bar selects their quotes', async () => {
    const doc = await shownDocument();
    const expected = new Map();
    for (const quote of doc.quotes.filter((q) => q.entity != null)) {
      const speaker = expected.get(quote.entity) ?? { name: doc.entities[quote.entity].name, words: 0, quotes: [] };
      speaker.words += quote.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      speaker.quotes.push(quote.text);
      expected.set(quote.entity, speaker);
    }
    const bars = await page.locator('#quotes-panel .quote-chart .bar').evaluateAll((gs) => gs.map((g) => ({
      name: g.querySelector('.bar-name').textContent,
      words: Number(g.querySelector('.bar-value').textContent),
      title: g.querySelector('title').textContent,
      width: Number(g.querySelector('.bar-fill').getAttribute('width')),
    })));
    const want = [...expected.values()].sort((a, b) => b.words - a.words || a.name.localeCompare(b.name));
    assert.deepEqual(bars.map(({ name, words }) => ({ name, words })), want.map(({ name, words }) => ({ name, words })));
    assert.ok(bars.every((bar, i) => !i || bar.width <= bars[i - 1].width), 'largest first');
    assert.match(bars[0].title, new RegExp(`^${want[0].name}: ${want[0].words} quoted words in ${want[0].quotes.length} quote`));
    await page.locator('#quotes-panel .quote-chart .bar').nth(1).click();
    assert.deepEqual(await page.locator('#article mark.is-selected[data-kind="quote"]').allTextContents(), want[1].quotes);
    await page.locator('#quotes-panel .quote-chart .bar').first().focus();
    await page.keyboard.press('Enter');
    assert.deepEqual(await page.locator('#article mark.is-selected[data-kind="quote"]').allTextContents(), want[0].quotes,
      'a bar is a button for the keyboard too');
  });

  test('entities are grouped by kind with mention counts; choosing one selects its mentions', async () => {
    const people = page.locator('#entity-panels details[data-entity-kind="person"]');
    assert.ok((await people.locator('.entity .name').allTextContents()).includes('Jane Doe'));
    const doc = await shownDocument();
    const top = doc.entities.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
    const button = page.locator(`#entity-panels details[data-entity-kind="${top.kind}"] .entity`, { hasText: top.name }).first();
    assert.equal(await button.locator('.count').textContent(), String(top.mentions.length));
    await button.click();
    assert.deepEqual(await page.locator('#article mark.is-selected').allTextContents(),
      top.mentions.map((m) => doc.mentions[m].text));
  });

  test('figures are tabled with normalised values', async () => {
    const row = page.locator('#figures-panel tr', { hasText: 'US$34 million' });
    assert.equal(await row.locator('.value').textContent(), '34,000,000 USD');
    const percent = page.locator('#figures-panel tr', { hasText: '5 per cent' });
    assert.equal(await percent.locator('.value').textContent(), '▲ 5%', 'a rise shows as one');
  });

  test('the JSON shown is the contract document of the text', async () => {
    const doc = await shownDocument();
    assertContract(doc, ARTICLE);
    const quote = doc.quotes.find((q) => q.text === '“We will win,”');
    assert.ok(quote, 'the quote is in the JSON');
    assert.equal(quote.speaker.text, 'Jane Doe');
    assert.equal(doc.entities[quote.entity].name, 'Jane Doe');
    const money = doc.figures.find((f) => f.text === 'US$34 million');
    assert.equal(money.value, 34000000);
    assert.equal(money.currency, 'USD');
  });

  test('Download JSON saves that same document', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
    assert.equal(download.suggestedFilename(), 'annotations.json');
    const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
    assertContract(saved, ARTICLE);
    assert.deepEqual(saved, await shownDocument());
  });

  test('Figures CSV and Quotes CSV hold one row per figure and quote', async () => {
    const doc = await shownDocument();
    const [figures] = await Promise.all([page.waitForEvent('download'), page.click('#download-figures')]);
    const figureLines = (await readFile(await figures.path(), 'utf8')).trimEnd().split('\r\n');
    assert.equal(figureLines[0], 'start,end,text,kind,value,currency,unit,date,date_end,change,normalised');
    assert.ok(figureLines.some((line) => line.includes('5 per cent,percent,5,,,,,up,▲ 5%')), 'the claim is a column');
    assert.equal(figureLines.length, doc.figures.length + 1);
    assert.ok(figureLines.some((line) => line.includes('US$34 million,money,34000000,USD')));

    const [quotes] = await Promise.all([page.waitForEvent('download'), page.click('#download-quotes')]);
    const quoteCSV = await readFile(await quotes.path(), 'utf8');
    assert.ok(quoteCSV.startsWith('start,end,kind,text,speaker,entity,cue\r\n'));
    assert.match(quoteCSV, /"“We will win,”",Jane Doe,Jane Doe,said/);
  });

  test('Copy JSON puts the document on the clipboard', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: browser.url.slice(0, -1) });
    await page.click('#copy-json');
    await page.locator('#status-text', { hasText: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.deepEqual(JSON.parse(copied), await shownDocument());
  });

  test('the article date and the reported-speech switch reach the annotator', async () => {
    // Serve the real package with a spy appended that records the options of every call.
    const spied = await browser.context.newPage();
    await spied.route('**/pkg/article_annotator.js', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${await response.text()}\n${SPY}` });
    });
    await spied.goto(browser.url);
    await spied.locator('#article mark').first().waitFor();
    const lastOptions = () => spied.evaluate(() => globalThis.__annotateOptions.at(-1));
    assert.deepEqual(await lastOptions(), { date: SAMPLE_DATE });
    await spied.locator('#date').fill('2025-03-12');
    await spied.check('#indirect');
    await spied.waitForFunction(() => globalThis.__annotateOptions.at(-1).indirect === true);
    assert.deepEqual(await lastOptions(), { date: '2025-03-12', indirect: true });
    await spied.locator('#date').fill('');
    await spied.waitForFunction(() => !('date' in globalThis.__annotateOptions.at(-1)));
    await spied.close();
  });
});

describe('Clear and Sample article', () => {
  test('Clear empties the article, which shows its placeholder; Sample article brings the sample back', async () => {
    const cleared = await browser.context.newPage();
    await cleared.goto(browser.url);
    await cleared.locator('#article mark').first().waitFor();
    await cleared.click('#clear');
    await waitForArticle(cleared, '');
    assert.equal(await cleared.locator('#article').innerText(), 'Paste or type an article above.');
    assert.match(await cleared.locator('#status-text').textContent(), /^0 names · 0 quotes · 0 figures · /);
    await cleared.click('#sample');
    await waitForArticle(cleared, SAMPLE);
    assert.equal(await cleared.locator('#date').inputValue(), SAMPLE_DATE);
    await cleared.close();
  });
});

describe('the page at 320 px in the dark scheme', () => {
  test('fits the width, with no horizontal scrolling', async () => {
    const small = await browser.context.newPage();
    await small.setViewportSize({ width: 320, height: 700 });
    await small.emulateMedia({ colorScheme: 'dark' });
    await small.goto(browser.url);
    await small.locator('#article mark').first().waitFor();
    const { scrollWidth, clientWidth, background } = await small.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    assert.ok(scrollWidth <= clientWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`);
    assert.equal(background, 'rgb(18, 20, 23)', 'the dark background applies');
    await small.screenshot({ path: join(SCREENSHOTS, 'page-320-dark.png') });
    await small.close();
  });
});

describe('afterwards', () => {
  test('no request left 127.0.0.1 and nothing logged an error', () => {
    assert.ok(browser.requests.length > 0, 'requests were recorded');
    assert.ok(browser.requests.some((url) => url.endsWith('.wasm')), 'the wasm module was fetched');
    assert.deepEqual(browser.foreignRequests(), []);
    assert.deepEqual(browser.errors, []);
  });
});
