/**
 * The side panel: who said what (quotes grouped by speaker), the named entities grouped by
 * kind with mention counts, and a table of figures with their normalised values. Every item
 * is a button that calls `onSelect(type, indices)` so the page can show those marks.
 */
import { h } from './dom.js';
import { MENTION_KINDS, formatValue, label, pluralLabel, quoteSpeaker } from './kinds.js';

const empty = (text) => h('p', { className: 'empty' }, text);
const count = (n) => h('span', { className: 'count' }, String(n));

/** Quotes grouped by speaker, in order of each speaker's first quote; unattributed last. */
export function renderQuotes(container, doc, onSelect) {
  const groups = new Map();
  doc.quotes.forEach((quote, index) => {
    const { key, name } = quoteSpeaker(doc, quote);
    if (!groups.has(key)) groups.set(key, { name, quotes: [] });
    groups.get(key).quotes.push(index);
  });
  const ordered = [...groups].sort(([a], [b]) => (a === 'none') - (b === 'none')).map(([, g]) => g);
  container.replaceChildren(ordered.length
    ? h('ul', { className: 'speakers' }, ordered.map(({ name, quotes }) => h('li', {},
      h('button', {
        type: 'button', className: 'speaker', onclick: () => onSelect('quote', quotes),
        attrs: { 'aria-label': `${name}: highlight ${quotes.length} quote${quotes.length === 1 ? '' : 's'}` },
      }, h('span', { className: 'name' }, name), count(quotes.length)),
      h('ol', { className: 'quotes' }, quotes.map((index) => h('li', {},
        h('button', { type: 'button', className: 'quote-item', onclick: () => onSelect('quote', [index]) },
          doc.quotes[index].text)))))))
    : empty('No quotations found.'));
  return doc.quotes.length;
}

/**
 * Entities of `kind` (person, organization, …), most mentioned first. Returns how many.
 */
export function renderEntities(container, doc, kind, onSelect) {
  const entities = doc.entities
    .filter((e) => e.kind === kind && e.mentions.length)
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  container.replaceChildren(entities.length
    ? h('ul', { className: 'entities' }, entities.map((entity) => h('li', {},
      h('button', {
        type: 'button', className: 'entity', onclick: () => onSelect('mention', entity.mentions),
        attrs: { 'aria-label': `${entity.name}: ${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'}` },
      }, h('span', { className: 'swatch', data: { kind } }), h('span', { className: 'name' }, entity.name),
      count(entity.mentions.length)))))
    : empty(`No ${pluralLabel(kind).toLowerCase()} found.`));
  return entities.length;
}

/** The entity kinds present in `doc`: the four known ones first, then any others. */
export function entityKinds(doc) {
  const present = new Set(doc.entities.map((e) => e.kind));
  return [...MENTION_KINDS, ...[...present].filter((k) => !MENTION_KINDS.includes(k)).sort()];
}

/** The figures as a table: text (a button), kind and normalised value. Returns how many. */
export function renderFigures(container, doc, onSelect) {
  container.replaceChildren(doc.figures.length
    ? h('table', { className: 'figures' },
      h('thead', {}, h('tr', {}, ['Figure', 'Kind', 'Value'].map((t) => h('th', { attrs: { scope: 'col' } }, t)))),
      h('tbody', {}, doc.figures.map((figure, index) => h('tr', {},
        h('td', {}, h('button', { type: 'button', className: 'figure', onclick: () => onSelect('figure', [index]) }, figure.text)),
        h('td', {}, h('span', { className: 'swatch', data: { kind: figure.kind } }), label(figure.kind)),
        h('td', { className: 'value' }, formatValue(figure))))))
    : empty('No figures found.'));
  return doc.figures.length;
}
