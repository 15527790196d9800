// The kinds of mentions, quotes and figures are written in four places: the TypeScript
// declarations the package ships, www/kinds.js (the page and element), docs/CONTRACT.md and
// the module itself. They must list exactly the same kinds; this fails when one drifts.
// Run with `node --test tests/js/` after `make build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { FIGURE_KINDS, KINDS, MENTION_KINDS, QUOTE_KINDS } from '../../www/kinds.js';

const root = new URL('../../', import.meta.url);
const pkg = new URL('www/pkg/', root);
const { default: init, annotate } = await import(new URL('article_annotator.js', pkg));
await init({ module_or_path: await readFile(new URL('article_annotator_bg.wasm', pkg)) });

/** A text written to hold every kind once or more (indirect speech is asked for). */
const EVERY_KIND = 'Acme Shipping chairman Tom Reyes said on Tuesday in Paris: “We will win.” '
  + 'The French minister called the deal “a bold bet” at 6.30am. Reyes said the company would grow. '
  + 'Profits rose 5 per cent to US$34 million, the third rise in two years, and the firm shipped 500 tonnes to 12 ports.';

const sorted = (kinds) => [...kinds].sort();

/** The string literals of a TypeScript union such as `"a" | "b"`. */
const literals = (union) => [...union.matchAll(/"([^"]+)"/g)].map((m) => m[1]);

/** The kinds that `interface name`'s `kind` field allows in `dts`, through a type alias if it names one. */
function declaredKinds(dts, name) {
  const body = new RegExp(`interface ${name}\\b[^{]*\\{([^}]*)\\}`).exec(dts)?.[1];
  assert.ok(body, `the declarations have interface ${name}`);
  const type = /\bkind\s*:\s*([^;}]+)/.exec(body)?.[1].trim();
  assert.ok(type, `interface ${name} has a kind`);
  if (type.includes('"')) return literals(type);
  const alias = new RegExp(`type ${type}\\s*=\\s*([^;]+);`).exec(dts)?.[1];
  assert.ok(alias, `the declarations define type ${type}`);
  return literals(alias);
}

/** The kinds docs/CONTRACT.md lists for `field` (e.g. `figures[].kind`): the first sentence of its bullet. */
function contractKinds(contract, field) {
  const start = contract.indexOf(`- \`${field}\`:`);
  assert.ok(start >= 0, `docs/CONTRACT.md describes ${field}`);
  const sentence = contract.slice(start + field.length + 4).split(/\.\s/)[0];
  return [...sentence.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]);
}

test('www/kinds.js lists every kind once, in legend order: names, quotes, figures', () => {
  assert.deepEqual(KINDS, [...MENTION_KINDS, 'quote', ...FIGURE_KINDS]);
  assert.equal(new Set([...KINDS, ...QUOTE_KINDS]).size, KINDS.length + QUOTE_KINDS.length);
});

test('the TypeScript declarations list the kinds of www/kinds.js', async () => {
  const dts = await readFile(new URL('article_annotator.d.ts', pkg), 'utf8');
  assert.deepEqual(sorted(declaredKinds(dts, 'Mention')), sorted(MENTION_KINDS));
  assert.deepEqual(sorted(declaredKinds(dts, 'Entity')), sorted(MENTION_KINDS));
  assert.deepEqual(sorted(declaredKinds(dts, 'Quote')), sorted(QUOTE_KINDS));
  assert.deepEqual(sorted(declaredKinds(dts, 'Figure')), sorted(FIGURE_KINDS));
});

test('docs/CONTRACT.md lists the kinds of www/kinds.js', async () => {
  const contract = await readFile(new URL('docs/CONTRACT.md', root), 'utf8');
  assert.deepEqual(sorted(contractKinds(contract, 'mentions[].kind')), sorted(MENTION_KINDS));
  assert.deepEqual(sorted(contractKinds(contract, 'quotes[].kind')), sorted(QUOTE_KINDS));
  assert.deepEqual(sorted(contractKinds(contract, 'figures[].kind')), sorted(FIGURE_KINDS));
});

test('the module puts out exactly those kinds', () => {
  const doc = annotate(EVERY_KIND, { date: '2025-03-11', indirect: true });
  assert.deepEqual(sorted(new Set(doc.mentions.map((m) => m.kind))), sorted(MENTION_KINDS));
  assert.deepEqual(sorted(new Set(doc.entities.map((e) => e.kind))), sorted(MENTION_KINDS));
  assert.deepEqual(sorted(new Set(doc.quotes.map((q) => q.kind))), sorted(QUOTE_KINDS));
  assert.deepEqual(sorted(new Set(doc.figures.map((f) => f.kind))), sorted(FIGURE_KINDS));
});
