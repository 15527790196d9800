/**
 * The page: an `<article-annotator for="text">` (article-annotator.js) annotates and draws
 * the textarea's text; around it, this module keeps the controls, the status line, the
 * legend that counts and toggles each kind, the side panel (who said what, entities,
 * figures), the raw JSON and the exports, all fed by the element's events.
 */
import { isLong } from './annotate.js';
import './define.js';
import { h, pause } from './dom.js';
import { download, figuresCSV, quotesCSV, toJSON } from './export.js';
import { spansOf } from './highlight.js';
import { KINDS, label, pluralLabel } from './kinds.js';
import { entityKinds, renderEntities, renderFigures, renderQuotes } from './panel.js';
import { SAMPLE, SAMPLE_DATE } from './sample.js';

const $ = (id) => document.getElementById(id);
const ui = {
  text: $('text'), date: $('date'), indirect: $('indirect'),
  busy: $('busy'), percent: $('percent'), cancel: $('cancel'), status: $('status'), statusText: $('status-text'),
  article: $('article'), legend: $('legend'),
  quotes: $('quotes-panel'), quotesCount: $('quotes-count'), entities: $('entity-panels'),
  figures: $('figures-panel'), figuresCount: $('figures-count'),
  jsonDetails: $('json-details'), json: $('json'), jsonCut: $('json-cut'),
};
const exportButtons = ['download-json', 'copy-json', 'download-figures', 'download-quotes'].map($);

const state = {
  doc: null,
  wholeJSON: false,
  /** When the annotation under way started, and the panels of its latest document. */
  started: 0,
  panels: Promise.resolve(),
  /** Counts annotations, so that the panels of an older one stop. */
  run: 0,
};

/** Shows `text` in the status line; `busy` shows the progress bar and Cancel as well. */
function setStatus(text, { error = false, busy = false } = {}) {
  ui.statusText.textContent = text;
  ui.status.classList.toggle('error', error);
  ui.busy.hidden = ui.cancel.hidden = !busy;
  if (!busy) setProgress(null);
}

/** The progress bar: a fraction done, or null while the annotator gives no measure. */
function setProgress(fraction) {
  if (fraction == null) {
    ui.busy.removeAttribute('value');
    ui.percent.textContent = '';
  } else {
    ui.busy.value = Math.round(fraction * 100);
    ui.percent.textContent = `${ui.busy.value}%`;
  }
}

const plural = (n, one, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The article is busy (for assistive technology and the tests) until its panels are shown too. */
function setBusy(busy) {
  if (busy) ui.article.setAttribute('aria-busy', 'true');
  else ui.article.removeAttribute('aria-busy');
}

ui.article.addEventListener('annotation-start', ({ detail: { text } }) => {
  state.run++;
  state.started = performance.now();
  setBusy(true);
  if (isLong(text)) {
    setStatus(`Annotating ${Math.round(text.length / 1000).toLocaleString('en-US')} K characters in the background…`, { busy: true });
  }
});

ui.article.addEventListener('annotation-progress', ({ detail: { fraction } }) => setProgress(fraction));

ui.article.addEventListener('annotation-drawing', ({ detail: { text, annotations, final } }) => {
  if (final && isLong(text)) setStatus('Drawing the highlights…', { busy: true });
  state.panels = showPanels(annotations, { final });
});

ui.article.addEventListener('annotations-ready', async ({ detail: doc }) => {
  const { run } = state;
  await state.panels;
  if (run !== state.run) return;
  const ms = Math.round(performance.now() - state.started);
  setStatus(`${plural(doc.mentions.length, 'name')} · ${plural(doc.quotes.length, 'quote')} · ${plural(doc.figures.length, 'figure')} · ${ms} ms`);
  setBusy(false);
});

ui.article.addEventListener('annotation-error', ({ detail: { error } }) => {
  setStatus(`Could not annotate: ${error.message}`, { error: true });
  setBusy(false);
});

ui.article.addEventListener('annotation-cancel', () => {
  state.run++;
  setStatus('Cancelled. Edit the text to annotate it again.');
  setBusy(false);
});

/**
 * Shows the legend, panels and JSON of `doc`, each in a task of its own while the element
 * draws the marks. Exports wait for the `final` document (not that of a long text's first lines).
 */
async function showPanels(doc, { final }) {
  const { run } = state;
  state.doc = doc;
  state.wholeJSON = false;
  for (const button of exportButtons) button.disabled = !final;
  for (const step of [updateLegend, renderPanel, renderJSON]) {
    await pause();
    if (run !== state.run) return;
    step();
  }
}

// Legend: one toggle button per kind, created once so that focus survives updates. The kinds
// shown are the element's `kinds` attribute (absent: every kind).
const legendButtons = new Map();

function legendButton(kind) {
  if (!legendButtons.has(kind)) {
    const button = h('button', {
      type: 'button', className: 'toggle', data: { toggle: kind },
      onclick: () => toggleKind(kind),
    }, h('span', { className: 'swatch', data: { kind } }), ` ${label(kind)} `, h('span', { className: 'count' }));
    legendButtons.set(kind, button);
    ui.legend.append(button);
  }
  return legendButtons.get(kind);
}

function isShown(kind) {
  const kinds = ui.article.kinds;
  return kinds == null || kinds.split(/\s+/).includes(kind);
}

function updateLegend() {
  const counts = new Map();
  for (const { kind } of spansOf(state.doc)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  for (const kind of new Set([...KINDS, ...counts.keys()])) {
    const button = legendButton(kind);
    const n = counts.get(kind) ?? 0;
    button.querySelector('.count').textContent = String(n);
    button.setAttribute('aria-pressed', String(isShown(kind)));
    button.classList.toggle('none', n === 0);
    button.title = `${isShown(kind) ? 'Hide' : 'Show'} ${plural(n, label(kind).toLowerCase())}`;
  }
}

function toggleKind(kind) {
  const shown = [...legendButtons.keys()].filter((k) => isShown(k) !== (k === kind));
  ui.article.kinds = shown.length === legendButtons.size ? null : shown.join(' ');
  updateLegend();
}

// Side panel: one section per entity kind, kept across updates so open/closed state stays.
const entitySections = new Map();

function entitySection(kind) {
  if (!entitySections.has(kind)) {
    const body = h('div');
    const count = h('span', { className: 'count' });
    const section = h('details', { open: true, data: { entityKind: kind } },
      h('summary', {}, h('h2', {}, pluralLabel(kind)), ' ', count), body);
    entitySections.set(kind, { section, body, count });
  }
  return entitySections.get(kind);
}

/** Shows annotations picked in the panel in the article (the element unhides their kinds). */
function select(type, indices) {
  ui.article.select(type, indices);
  updateLegend();
}

function renderPanel() {
  const { doc } = state;
  ui.quotesCount.textContent = String(renderQuotes(ui.quotes, doc, select));
  ui.figuresCount.textContent = String(renderFigures(ui.figures, doc, select));
  const kinds = entityKinds(doc);
  ui.entities.replaceChildren(...kinds.map((kind) => {
    const { section, body, count } = entitySection(kind);
    count.textContent = String(renderEntities(body, doc, kind, select));
    return section;
  }));
}

/** Items of each list that the JSON view shows until it is asked for the whole document. */
const JSON_ITEMS = 100;

function renderJSON() {
  if (!state.doc || !ui.jsonDetails.open) return;
  const { doc } = state;
  const cut = !state.wholeJSON && Object.values(doc).some((value) => Array.isArray(value) && value.length > JSON_ITEMS);
  ui.json.textContent = toJSON(cut
    ? Object.fromEntries(Object.entries(doc).map(([key, value]) => [key, Array.isArray(value) ? value.slice(0, JSON_ITEMS) : value]))
    : doc);
  ui.jsonCut.hidden = !cut;
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') ui.article.select();
});

ui.cancel.addEventListener('click', () => ui.article.cancel());
ui.date.addEventListener('change', () => { ui.article.date = ui.date.value; });
ui.indirect.addEventListener('change', () => { ui.article.indirect = ui.indirect.checked; });
ui.jsonDetails.addEventListener('toggle', renderJSON);
$('json-all').addEventListener('click', () => {
  state.wholeJSON = true;
  renderJSON();
  ui.json.focus();
});

/** Puts `text` and `date` in the controls and annotates them at once. */
function openText(text, date) {
  ui.text.value = text;
  ui.date.value = date;
  ui.article.date = date;
  ui.article.annotate();
}

$('sample').addEventListener('click', () => openText(SAMPLE, SAMPLE_DATE));
$('clear').addEventListener('click', () => {
  openText('', '');
  ui.text.focus();
});

$('download-json').addEventListener('click', () => download('annotations.json', 'application/json', toJSON(state.doc)));
$('download-figures').addEventListener('click', () => download('figures.csv', 'text/csv', figuresCSV(state.doc)));
$('download-quotes').addEventListener('click', () => download('quotes.csv', 'text/csv', quotesCSV(state.doc)));
$('copy-json').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(toJSON(state.doc));
    setStatus('Copied the JSON to the clipboard.');
  } catch (error) {
    setStatus(`Could not copy: ${error.message}`, { error: true });
  }
});

for (const button of exportButtons) button.disabled = true;
for (const kind of KINDS) legendButton(kind);
ui.article.indirect = ui.indirect.checked;
openText(SAMPLE, SAMPLE_DATE);
