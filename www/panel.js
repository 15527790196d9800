/**
 * The side panel: who said what (a chart of quoted words per speaker, then quotes grouped by
 * speaker), the named entities grouped by kind with mention counts, and a table of figures
 * with their normalised values. Every item is a button that calls `onSelect(type, indices)`
 * so the page can show those marks. Long lists show their first rows and a button for more.
 */
import { h } from './dom.js';
import { MENTION_KINDS, formatValue, label, pluralLabel, quoteSpeaker } from './kinds.js';

/** Rows a list shows at first, and how many more each press of its "Show more" adds. */
const ROWS = 50;

const empty = (text) => h('p', { className: 'empty' }, text);
const hidden = (text) => h('span', { className: 'visually-hidden' }, text);
/** A count as shown ("3"), read out with its noun ("3 mentions"). */
const count = (n, noun) => [h('span', { className: 'count' }, String(n)), hidden(` ${noun}${n === 1 ? '' : 's'}`)];

/**
 * Fills `list` with `build(item)` for the first `first` items; returns `[list]`, with a
 * button after it that adds the next rows while any remain.
 */
function rows(list, items, build, first = ROWS) {
  list.append(...items.slice(0, first).map(build));
  if (items.length <= first) return [list];
  let shown = first;
  const more = h('button', { type: 'button', className: 'more' });
  const caption = () => { more.textContent = `Show ${Math.min(ROWS, items.length - shown)} more of ${items.length - shown}`; };
  more.onclick = () => {
    const added = items.slice(shown, shown + ROWS).map(build);
    list.append(...added);
    shown += added.length;
    if (shown < items.length) caption();
    else {
      more.remove();
      added[0]?.querySelector('button')?.focus();
    }
  };
  caption();
  return [list, more];
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

const words = (text) => text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;

/** Speakers a chart shows at most, and its geometry in SVG user units. */
const BARS = 8;
const ROW = 22;
const WIDTH = 330;
const NAME_WIDTH = 128;
const BAR_WIDTH = 160;

/**
 * Quoted words per speaker entity, largest first: `[{ entity, name, words, quotes }]`.
 */
function quotedWords(doc) {
  const speakers = new Map();
  doc.quotes.forEach((quote, index) => {
    if (quote.entity == null || !doc.entities[quote.entity]) return;
    if (!speakers.has(quote.entity)) {
      speakers.set(quote.entity, { entity: quote.entity, name: doc.entities[quote.entity].name, words: 0, quotes: [] });
    }
    const speaker = speakers.get(quote.entity);
    speaker.words += words(quote.text);
    speaker.quotes.push(index);
  });
  return [...speakers.values()].sort((a, b) => b.words - a.words || a.name.localeCompare(b.name));
}

/** A bar chart (inline SVG) of the quoted words of the top speakers; a bar selects their quotes. */
function chart(speakers, onSelect) {
  const top = speakers.slice(0, BARS);
  const most = Math.max(1, top[0].words);
  const bars = top.map((speaker, i) => {
    const y = i * ROW;
    const width = Math.max(2, Math.round((speaker.words / most) * BAR_WIDTH));
    const name = speaker.name.length > 15 ? `${speaker.name.slice(0, 14)}…` : speaker.name;
    const pick = () => onSelect('quote', speaker.quotes);
    const bar = svg('g', { class: 'bar', role: 'button', tabindex: 0, 'data-entity': speaker.entity },
      svg('title', {}, `${speaker.name}: ${speaker.words} quoted words in ${speaker.quotes.length} quote${speaker.quotes.length === 1 ? '' : 's'}`),
      svg('rect', { x: 0, y, width: WIDTH, height: ROW, class: 'bar-row' }),
      svg('text', { x: 0, y: y + 15, class: 'bar-name' }, name),
      svg('rect', { x: NAME_WIDTH, y: y + 4, width, height: ROW - 8, rx: 2, class: 'bar-fill' }),
      svg('text', { x: NAME_WIDTH + width + 4, y: y + 15, class: 'bar-value' }, String(speaker.words)));
    bar.addEventListener('click', pick);
    bar.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      pick();
    });
    return bar;
  });
  const caption = speakers.length > BARS ? `Quoted words, top ${BARS} of ${speakers.length} speakers` : 'Quoted words per speaker';
  return h('figure', { className: 'quote-chart' },
    svg('svg', { viewBox: `0 0 ${WIDTH} ${top.length * ROW}`, role: 'group', 'aria-label': caption }, ...bars),
    h('figcaption', {}, caption));
}

/**
 * The chart of quoted words, then quotes grouped by speaker in order of each speaker's first
 * quote, unattributed last. Returns how many quotes.
 */
export function renderQuotes(container, doc, onSelect) {
  const groups = new Map();
  doc.quotes.forEach((quote, index) => {
    const { key, name } = quoteSpeaker(doc, quote);
    if (!groups.has(key)) groups.set(key, { name, quotes: [] });
    groups.get(key).quotes.push(index);
  });
  const ordered = [...groups].sort(([a], [b]) => (a === 'none') - (b === 'none')).map(([, g]) => g);
  const speakers = quotedWords(doc);
  const quote = (index) => h('li', {},
    h('button', { type: 'button', className: 'quote-item', onclick: () => onSelect('quote', [index]) }, doc.quotes[index].text));
  const group = ({ name, quotes }) => h('li', {},
    h('button', { type: 'button', className: 'speaker', onclick: () => onSelect('quote', quotes) },
      h('span', { className: 'name' }, name), ' ', count(quotes.length, 'quote')),
    rows(h('ol', { className: 'quotes' }), quotes, quote, 5));
  container.replaceChildren(...(ordered.length
    ? [...(speakers.length ? [chart(speakers, onSelect)] : []), ...rows(h('ul', { className: 'speakers' }), ordered, group)]
    : [empty('No quotations found.')]));
  return doc.quotes.length;
}

/**
 * Entities of `kind` (person, organization, …), most mentioned first. Returns how many.
 */
export function renderEntities(container, doc, kind, onSelect) {
  const entities = doc.entities
    .filter((e) => e.kind === kind && e.mentions.length)
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  const entity = (e) => h('li', {},
    h('button', { type: 'button', className: 'entity', onclick: () => onSelect('mention', e.mentions) },
      h('span', { className: 'swatch', data: { kind } }), h('span', { className: 'name' }, e.name), ' ',
      count(e.mentions.length, 'mention')));
  container.replaceChildren(...(entities.length
    ? rows(h('ul', { className: 'entities' }), entities, entity)
    : [empty(`No ${pluralLabel(kind).toLowerCase()} found.`)]));
  return entities.length;
}

/** The entity kinds present in `doc`: the four known ones first, then any others. */
export function entityKinds(doc) {
  const present = new Set(doc.entities.map((e) => e.kind));
  return [...MENTION_KINDS, ...[...present].filter((k) => !MENTION_KINDS.includes(k)).sort()];
}

/** The figures as a table: text (a button), kind and normalised value. Returns how many. */
export function renderFigures(container, doc, onSelect) {
  const row = (index) => {
    const figure = doc.figures[index];
    return h('tr', {},
      h('td', {}, h('button', { type: 'button', className: 'figure', onclick: () => onSelect('figure', [index]) }, figure.text)),
      h('td', {}, h('span', { className: 'swatch', data: { kind: figure.kind } }), label(figure.kind)),
      h('td', { className: 'value' }, formatValue(figure)));
  };
  const [body, more] = rows(h('tbody'), doc.figures.map((_, index) => index), row);
  container.replaceChildren(...(doc.figures.length
    ? [h('table', { className: 'figures' },
      h('thead', {}, h('tr', {}, ['Figure', 'Kind', 'Value'].map((t) => h('th', { attrs: { scope: 'col' } }, t)))),
      body), ...(more ? [more] : [])]
    : [empty('No figures found.')]));
  return doc.figures.length;
}
