/**
 * The page: annotates the textarea's text as it is typed, renders it with highlights, a
 * legend that counts and toggles each kind, tooltips, the side panel (who said what,
 * entities, figures), the raw JSON and the exports.
 */
import { annotateHeadFirst, isLong } from './annotate.js';
import { h, pause } from './dom.js';
import { download, figuresCSV, quotesCSV, toJSON } from './export.js';
import { draw, marksOf, settled, spansOf } from './highlight.js';
import { KINDS, annotationOf, describe, label, pluralLabel } from './kinds.js';
import { entityKinds, renderEntities, renderFigures, renderQuotes } from './panel.js';
import { attachRoving } from './roving.js';
import { SAMPLE, SAMPLE_DATE } from './sample.js';
import { attachTooltip } from './tooltip.js';

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
  text: '',
  doc: null,
  hidden: new Set(),
  selection: null,
  wholeJSON: false,
  controller: null,
  drawing: null,
  timer: 0,
};

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const tooltip = attachTooltip(ui.article, (mark) =>
  state.doc && describe(state.doc, mark.dataset.type, Number(mark.dataset.index)));
const roving = attachRoving(ui.article, (mark) => tooltip.show(mark));

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

/**
 * Annotates the current text; a newer call abandons an older one still running. A long text
 * goes to the worker, and meanwhile its first lines are annotated and drawn here, so what is
 * on screen is highlighted while the rest is worked on.
 */
async function update() {
  clearTimeout(state.timer);
  state.controller?.abort();
  const controller = (state.controller = new AbortController());
  const { signal } = controller;
  const text = ui.text.value;
  const options = { date: ui.date.value, indirect: ui.indirect.checked, signal };
  const started = performance.now();
  ui.article.setAttribute('aria-busy', 'true');
  try {
    if (isLong(text)) {
      setProgress(null);
      setStatus(`Annotating ${Math.round(text.length / 1000).toLocaleString('en-US')} K characters in the background…`, { busy: true });
    }
    const doc = await annotateHeadFirst(text, { ...options, onHead: (head) => showDocument(text, head, signal, { final: false }) });
    if (isLong(text)) setStatus('Drawing the highlights…', { busy: true });
    await showDocument(text, doc, signal);
    const ms = Math.round(performance.now() - started);
    setStatus(`${plural(doc.mentions.length, 'name')} · ${plural(doc.quotes.length, 'quote')} · ${plural(doc.figures.length, 'figure')} · ${ms} ms`);
  } catch (error) {
    if (error.name === 'AbortError') return;
    setStatus(`Could not annotate: ${error.message}`, { error: true });
  } finally {
    if (state.controller === controller) ui.article.removeAttribute('aria-busy');
  }
}

/** Annotates a paste at once, and typing after a pause in it; long texts wait longer. */
function schedule(event) {
  clearTimeout(state.timer);
  if (event?.inputType === 'insertFromPaste') update();
  else state.timer = setTimeout(update, isLong(ui.text.value) ? 700 : 120);
}

/**
 * Shows `doc`, the annotations of `text`: the article first, then, each in a task of its
 * own, the legend and panels and the JSON while the article's marks fill in. Exports wait
 * for the `final` document (not that of a long text's first lines).
 */
async function showDocument(text, doc, signal, { final = true } = {}) {
  state.text = text;
  state.doc = doc;
  state.selection = null;
  state.wholeJSON = false;
  for (const button of exportButtons) button.disabled = !final;
  renderArticle(signal, { progress: final && isLong(text) }).catch(() => {}); // awaited below
  for (const step of [updateLegend, renderPanel, renderJSON]) {
    await pause();
    if (signal.aborted) break;
    step();
  }
  await settled(() => state.drawing.done); // a legend toggle may redraw it meanwhile
}

/**
 * Draws the article, stopping an older drawing; resolves when every mark is drawn (rejects
 * with an AbortError when `signal`, or a newer drawing, stops it). `progress` shows its
 * progress in the status line.
 */
function renderArticle(signal, { progress = false } = {}) {
  tooltip.hide();
  state.drawing?.controller.abort();
  const controller = new AbortController();
  signal?.addEventListener('abort', () => controller.abort(), { once: true });
  const { done, ensure } = draw(ui.article, state.text, state.doc, {
    show: (kind) => !state.hidden.has(kind),
    signal: controller.signal,
    onChunk: () => roving.refresh(),
    onProgress: progress ? setProgress : null,
  });
  state.drawing = { controller, ensure, done: done.then(markSelection) };
  return state.drawing.done;
}

/** Redraws the article after a change of the kinds shown; a newer redraw supersedes it. */
function redraw() {
  renderArticle().catch((error) => {
    if (error.name !== 'AbortError') throw error;
  });
}

// Legend: one toggle button per kind, created once so that focus survives updates.
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

function updateLegend() {
  const counts = new Map();
  for (const { kind } of spansOf(state.doc)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  for (const kind of new Set([...KINDS, ...counts.keys()])) {
    const button = legendButton(kind);
    const n = counts.get(kind) ?? 0;
    button.querySelector('.count').textContent = String(n);
    button.setAttribute('aria-pressed', String(!state.hidden.has(kind)));
    button.classList.toggle('none', n === 0);
    button.title = `${state.hidden.has(kind) ? 'Show' : 'Hide'} ${plural(n, label(kind).toLowerCase())}`;
  }
}

function toggleKind(kind) {
  if (!state.hidden.delete(kind)) state.hidden.add(kind);
  redraw();
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

function kindOf(type, index) {
  return type === 'quote' ? 'quote' : annotationOf(state.doc, type, index).kind;
}

/** Shows annotations picked in the panel: unhides their kind, outlines, flashes and scrolls to them. */
function select(type, indices) {
  let unhidden = false;
  for (const index of indices) unhidden = state.hidden.delete(kindOf(type, index)) || unhidden;
  state.selection = { type, indices };
  if (unhidden) {
    redraw();
    updateLegend();
  }
  for (const index of indices) state.drawing.ensure(annotationOf(state.doc, type, index).start);
  markSelection();
  const marks = indices.flatMap((index) => marksOf(ui.article, type, index));
  for (const mark of marks) {
    mark.classList.remove('is-flashing');
    void mark.offsetWidth; // restart the animation
    mark.classList.add('is-flashing');
  }
  const first = marks.find((mark) => !mark.hasAttribute('data-continued'));
  if (!first) return;
  first.scrollIntoView({ block: 'center', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
  first.focus({ preventScroll: true });
}

function markSelection() {
  for (const mark of ui.article.querySelectorAll('mark.is-selected')) mark.classList.remove('is-selected');
  if (!state.selection) return;
  const { type, indices } = state.selection;
  for (const index of indices) for (const mark of marksOf(ui.article, type, index)) mark.classList.add('is-selected');
}

ui.article.addEventListener('animationend', (event) => event.target.classList.remove('is-flashing'));
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && state.selection) {
    state.selection = null;
    markSelection();
  }
});

ui.text.addEventListener('input', schedule);
ui.cancel.addEventListener('click', () => {
  clearTimeout(state.timer);
  state.controller?.abort();
  state.drawing?.controller.abort();
  setStatus('Cancelled. Edit the text to annotate it again.');
});
ui.date.addEventListener('change', update);
ui.indirect.addEventListener('change', update);
ui.jsonDetails.addEventListener('toggle', renderJSON);
$('json-all').addEventListener('click', () => {
  state.wholeJSON = true;
  renderJSON();
  ui.json.focus();
});

$('sample').addEventListener('click', () => {
  ui.text.value = SAMPLE;
  ui.date.value = SAMPLE_DATE;
  update();
});
$('clear').addEventListener('click', () => {
  ui.text.value = '';
  ui.date.value = '';
  update();
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
ui.text.value = SAMPLE;
ui.date.value = SAMPLE_DATE;
update();
