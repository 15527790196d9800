/**
 * `<article-annotator>`: shows an article with its people, organisations, places,
 * nationalities, quotes and figures highlighted, in an open shadow root styled on its own.
 *
 * The text is the element's light-DOM text (shown as is until the annotation is ready), or,
 * with `for="id"`, the value (or text) of that element, re-annotated as it fires `input`
 * (a paste at once, typing after a pause); the element's own content is then shown while
 * that text is empty. Attributes: `kinds` (space-separated kinds to show; every kind when
 * absent, none when empty), `theme` (light | dark | auto), `date` (the article's date,
 * YYYY-MM-DD), `indirect` (also find reported speech). Methods: `annotate()`, `select()`,
 * `cancel()`. Events (all bubble out of the shadow root): `annotation-start`,
 * `annotation-progress`, `annotation-drawing`, `annotations-ready`, `annotation-error` and
 * `annotation-cancel` (see README). A long text shows its progress (part `progress`) with
 * a Cancel button; an error shows in part `error`.
 * The highlights are one tab stop: arrow keys, Home and End move between them, Enter opens
 * their details and Esc closes them.
 * The class does not register itself: see `define()` and define.js.
 */
import { annotateHeadFirst, isLong } from './annotate.js';
import { h } from './dom.js';
import { draw, marksOf, settled } from './highlight.js';
import { annotationOf, describe } from './kinds.js';
import { attachRoving } from './roving.js';
import { attachTooltip } from './tooltip.js';

const STYLES = new URL('./highlight.css', import.meta.url);
/** Milliseconds of quiet after typing in the `for` element before annotating; longer for long texts. */
const INPUT_DELAY = 120;
const LONG_INPUT_DELAY = 700;

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

/** Light-DOM text without the indentation and blank edges of the HTML source around it. */
function dedent(text) {
  const lines = text.replace(/^\s*\n|\s+$/g, '').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

export class ArticleAnnotatorElement extends HTMLElement {
  static observedAttributes = ['for', 'kinds', 'theme', 'date', 'indirect'];

  /** Registers the element as `tag` in `registry`; returns the class. */
  static define(tag = 'article-annotator', registry = customElements) {
    registry.define(tag, this);
    return this;
  }

  #view;
  #slot;
  #error;
  #progress;
  #tooltip = null;
  #roving = null;
  #observer = null;
  #listening = null;
  /** The annotation under way, and the drawing on screen (`{ controller, ensure, done }`). */
  #controller = null;
  #drawing = null;
  #timer = 0;
  #queued = false;
  #text = '';
  #annotations = null;
  /** What is drawn: `{ text, doc }` (a long text's first lines have their own until the whole is done). */
  #shown = null;
  #selection = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    this.#error = h('p', { className: 'annotator-error', hidden: true, attrs: { part: 'error', role: 'alert' } });
    this.#slot = h('slot');
    this.#view = h('div', { className: 'annotated', attrs: { part: 'article' } }, this.#slot);
    this.#progress = h('p', { className: 'annotator-progress', hidden: true, attrs: { part: 'progress' } },
      h('progress', { max: 100, attrs: { 'aria-label': 'Progress' } }), h('span'), h('span', { attrs: { role: 'status' } }), ' ',
      h('button', { type: 'button', onclick: () => this.cancel(), attrs: { part: 'cancel' } }, 'Cancel'));
    this.#view.addEventListener('animationend', (event) => event.target.classList.remove('is-flashing'));
    root.append(h('link', { rel: 'stylesheet', href: STYLES.href }), this.#error, this.#progress, this.#view);
  }

  /** The id of the element whose value (or text) is the article; '' for the own text. */
  get htmlFor() { return this.getAttribute('for') ?? ''; }
  set htmlFor(id) { this.setAttribute('for', id); }

  /** Space-separated kinds to highlight, or null (no attribute) for every kind; '' shows none. */
  get kinds() { return this.getAttribute('kinds'); }
  set kinds(kinds) {
    if (kinds == null) this.removeAttribute('kinds');
    else this.setAttribute('kinds', kinds);
  }

  /** `light`, `dark` or `auto` (the default: follow the user's colour scheme). */
  get theme() {
    const theme = this.getAttribute('theme');
    return theme === 'light' || theme === 'dark' ? theme : 'auto';
  }
  set theme(theme) { this.setAttribute('theme', theme); }

  /** The article's date (YYYY-MM-DD) that relative dates resolve against; '' for none. */
  get date() { return this.getAttribute('date') ?? ''; }
  set date(date) { this.setAttribute('date', date); }

  /** Whether reported speech without quote marks is found too (quotes of kind `indirect`). */
  get indirect() { return this.hasAttribute('indirect'); }
  set indirect(on) { this.toggleAttribute('indirect', Boolean(on)); }

  /** The text last annotated. */
  get text() { return this.#text; }

  /** The last annotation document (docs/CONTRACT.md), or null before the first. */
  get annotations() { return this.#annotations; }

  /**
   * Annotates the text now (without waiting for a pause in typing), stopping any annotation
   * under way. Resolves to the document once it is drawn, or to null when it was superseded,
   * cancelled or failed (`annotation-error` says why).
   */
  annotate() {
    this.#queued = false;
    clearTimeout(this.#timer);
    return this.#run();
  }

  /** Stops the annotation or drawing under way (the worker of a long text stops too); fires `annotation-cancel`. */
  cancel() {
    this.#stop();
    this.#emit('annotation-cancel', null);
  }

  /**
   * Shows annotations: `type` is mention, quote or figure and `indices` index that list of
   * the document drawn (`annotations`, or a long text's first lines while the worker does the
   * whole: `annotation-drawing` tells which). Shows their kinds if `kinds` hid them, outlines
   * and flashes their marks, scrolls to the first and focuses it. Without arguments, clears
   * the selection.
   */
  select(type, indices = []) {
    const doc = this.#shown?.doc;
    this.#selection = type && doc ? { type, indices } : null;
    if (!this.#selection) {
      this.#markSelection();
      return;
    }
    const shown = this.#kindsShown();
    const kinds = indices.map((index) => (type === 'quote' ? 'quote' : annotationOf(doc, type, index).kind));
    if (shown && kinds.some((kind) => !shown.has(kind))) this.kinds = [...new Set([...shown, ...kinds])].join(' ');
    for (const index of indices) this.#drawing?.ensure(annotationOf(doc, type, index).start);
    this.#markSelection();
    const marks = indices.flatMap((index) => marksOf(this.#view, type, index));
    for (const mark of marks) {
      mark.classList.remove('is-flashing');
      void mark.offsetWidth; // restart the animation
      mark.classList.add('is-flashing');
    }
    const first = marks.find((mark) => !mark.hasAttribute('data-continued'));
    first?.scrollIntoView({ block: 'center', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
    first?.focus({ preventScroll: true });
  }

  connectedCallback() {
    this.#tooltip = attachTooltip(this.#view, (mark) =>
      this.#shown && describe(this.#shown.doc, mark.dataset.type, Number(mark.dataset.index)));
    this.#roving = attachRoving(this.#view, (mark) => this.#tooltip.show(mark));
    this.#observer = new MutationObserver(() => {
      if (!this.htmlFor) this.#schedule();
    });
    this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
    // Listening on the root catches input from a `for` target that appears later, too.
    this.#listening = this.getRootNode();
    this.#listening.addEventListener('input', this.#onInput);
    this.#schedule();
  }

  disconnectedCallback() {
    this.#tooltip?.destroy();
    this.#roving?.destroy();
    this.#observer?.disconnect();
    this.#listening?.removeEventListener('input', this.#onInput);
    this.#stop();
    this.#tooltip = this.#roving = this.#observer = this.#listening = null;
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue || !this.isConnected) return;
    if (name === 'kinds') this.#redraw();
    else if (name !== 'theme') this.#schedule();
  }

  #onInput = (event) => {
    if (!this.htmlFor || event.target?.id !== this.htmlFor) return;
    clearTimeout(this.#timer);
    if (event.inputType === 'insertFromPaste') this.annotate();
    else this.#timer = setTimeout(() => this.annotate(), isLong(this.#source()) ? LONG_INPUT_DELAY : INPUT_DELAY);
  };

  #source() {
    if (!this.htmlFor) return dedent(this.textContent);
    const target = this.getRootNode().getElementById?.(this.htmlFor);
    if (!target) return '';
    return typeof target.value === 'string' ? target.value : target.textContent;
  }

  /** Annotates at the next microtask, so that several changes at once make one annotation. */
  #schedule() {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      if (this.#queued && this.isConnected) this.annotate();
    });
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  }

  #stop() {
    clearTimeout(this.#timer);
    this.#queued = false;
    this.#controller?.abort();
    this.#drawing?.controller.abort();
    this.#showProgress(null);
  }

  /** The kinds `kinds` lets through, or null for all. */
  #kindsShown() {
    const kinds = this.kinds;
    return kinds == null ? null : new Set(kinds.split(/\s+/).filter(Boolean));
  }

  /**
   * Shows `text` and `fraction` (0–1, or null while unknown) of the work, and fires
   * `annotation-progress` with `{ step, fraction }`; no text hides it.
   */
  #showProgress(text, fraction = null, step = 'drawing') {
    this.#progress.hidden = !text;
    if (!text) return;
    // The percentage stays out of the live region, which announces only the step.
    const [bar, percent, status] = this.#progress.children;
    if (fraction == null) bar.removeAttribute('value');
    else bar.value = Math.round(fraction * 100);
    percent.textContent = fraction == null ? '' : `${bar.value}%`;
    if (status.textContent !== text) status.textContent = text;
    this.#emit('annotation-progress', { step, fraction });
  }

  async #run() {
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    const { signal } = controller;
    const text = this.#source();
    const long = isLong(text);
    this.#view.setAttribute('aria-busy', 'true');
    this.#emit('annotation-start', { text });
    try {
      if (long) this.#showProgress('Annotating…', null, 'annotating');
      const options = { date: this.date, indirect: this.indirect, signal };
      const doc = await annotateHeadFirst(text, { ...options, onHead: (head) => this.#show(text, head, { final: false }) });
      this.#text = text;
      this.#annotations = doc;
      this.#error.hidden = true;
      await this.#show(text, doc, { final: true, progress: long });
      if (signal.aborted) return null;
      this.#showProgress(null);
      this.#emit('annotations-ready', doc);
      return doc;
    } catch (error) {
      if (error.name === 'AbortError') return null;
      this.#showProgress(null);
      this.#error.textContent = `Could not annotate: ${error.message}`;
      this.#error.hidden = false;
      this.#emit('annotation-error', { error });
      return null;
    } finally {
      if (this.#controller === controller) {
        this.#controller = null;
        this.#view.removeAttribute('aria-busy');
      }
    }
  }

  /**
   * Draws `doc` over `text` after firing `annotation-drawing` (`final` is false for a long
   * text's first lines); resolves once every mark is drawn, by this drawing or a newer one.
   */
  #show(text, doc, { final, progress = false }) {
    this.#shown = { text, doc };
    this.#selection = null;
    this.#emit('annotation-drawing', { text, annotations: doc, final });
    return this.#draw({ progress });
  }

  /** Draws what is shown again, after a change of `kinds`. */
  #redraw() {
    if (!this.#shown) return;
    this.#draw().catch((error) => {
      if (error.name !== 'AbortError') throw error;
    });
  }

  /** Draws `#shown`, stopping an older drawing; `progress` shows the percentage drawn. */
  #draw({ progress = false } = {}) {
    this.#drawing?.controller.abort();
    const controller = new AbortController();
    const { text, doc } = this.#shown;
    const shown = this.#kindsShown();
    this.#tooltip?.hide();
    if (!text) {
      this.#view.replaceChildren(this.#slot);
      this.#drawing = { controller, ensure: () => {}, done: Promise.resolve() };
    } else {
      if (progress) this.#showProgress('Drawing…', 0);
      const { done, ensure } = draw(this.#view, text, doc, {
        show: (kind) => !shown || shown.has(kind),
        signal: controller.signal,
        onChunk: () => this.#roving?.refresh(),
        onProgress: progress ? (fraction) => this.#showProgress('Drawing…', fraction) : null,
      });
      this.#drawing = { controller, ensure, done: done.then(() => this.#markSelection()) };
      this.#drawing.done.catch(() => {}); // awaited by settled()
    }
    return settled(() => this.#drawing.done); // a change of kinds may redraw it meanwhile
  }

  #markSelection() {
    for (const mark of this.#view.querySelectorAll('mark.is-selected')) mark.classList.remove('is-selected');
    if (!this.#selection) return;
    const { type, indices } = this.#selection;
    for (const index of indices) for (const mark of marksOf(this.#view, type, index)) mark.classList.add('is-selected');
  }
}
