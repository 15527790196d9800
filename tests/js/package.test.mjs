// The built package in www/pkg/ as a JavaScript developer uses it: `await init(); annotate(text)`.
// Run with `node --test tests/js/` after `make build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const pkg = new URL('../../www/pkg/', import.meta.url);
const { default: init, annotate, Annotator } = await import(new URL('article_annotator.js', pkg));
await init({ module_or_path: await readFile(new URL('article_annotator_bg.wasm', pkg)) });

const ARTICLE = '“We lost US$34 million 😀,” Kim Jong-un said in Vladivostok on Wednesday.\r\n' +
  'Artyom Lukin said: “Trade rose 5 per cent.”';

/** Every span of a document, speakers and cues included. */
function spans(doc) {
  const out = [...doc.mentions, ...doc.figures];
  for (const q of doc.quotes) out.push(q, ...[q.speaker, q.cue].filter(Boolean));
  return out;
}

test('offsets are UTF-16: input.slice(start, end) is the text', () => {
  const doc = annotate(ARTICLE);
  assert.ok(spans(doc).length >= 6);
  for (const s of spans(doc)) assert.equal(ARTICLE.slice(s.start, s.end), s.text);
});

test('money, quotes and names come back as plain objects of the contract', () => {
  const doc = annotate(ARTICLE);
  const money = doc.figures.find((f) => f.kind === 'money');
  assert.deepEqual([money.text, money.value, money.currency], ['US$34 million', 34000000, 'USD']);
  assert.deepEqual(doc.quotes.map((q) => q.speaker?.text), ['Kim Jong-un', 'Artyom Lukin']);
  const lukin = doc.entities[doc.quotes[1].entity];
  assert.deepEqual([lukin.name, lukin.kind], ['Artyom Lukin', 'person']);
  assert.ok(doc.mentions.some((m) => m.text === 'Vladivostok' && m.kind === 'place'));
});

test('lone surrogates are annotated around, not thrown on', () => {
  const text = '\uD800x “Hello,” Lukin said. \uDC00 Profits rose 5%.';
  const doc = annotate(text);
  for (const s of spans(doc)) assert.equal(text.slice(s.start, s.end), s.text);
  assert.equal(doc.figures.at(-1).text, '5%');
});

test('the Annotator class gives the same answer and takes a date', () => {
  const annotator = new Annotator();
  assert.deepEqual(annotator.annotate(ARTICLE, { date: '2019-04-24' }).quotes, annotate(ARTICLE).quotes);
  annotator.free();
});

test('bad input is an Error with a message', () => {
  assert.throws(() => annotate('text', { date: 'soon' }), /YYYY-MM-DD/);
  assert.throws(() => annotate('text', { date: 20190424 }), /bad options/);
  assert.throws(() => annotate('x'.repeat(16 * 1024 * 1024 + 1)), /too large/);
});

test('the package ships TypeScript declarations of the contract', async () => {
  const types = await readFile(new URL('article_annotator.d.ts', pkg), 'utf8');
  assert.match(types, /export function annotate\(text: string, options\?: AnnotateOptions \| null\): Document/);
  assert.match(types, /export interface Figure extends TextSpan/);
});
