/**
 * `<article-annotator>`: shows an article with its people, organisations, places,
 * nationalities, quotes and figures highlighted, in an open shadow root styled on its own.
 *
 * The text is the element's light-DOM text (shown as is until the annotation is ready), or,
 * with `for="id"`, the value (or text) of that element, re-annotated as it fires `input`.
 * Attributes: `kinds` (space-separated kinds to show; all when absent), `theme`
 * (light | dark | auto), `date` (the article's date, YYYY-MM-DD). After each annotation it
 * fires `annotations-ready` (bubbles, composed) with the contract document as `detail`.
 * A long text shows its progress (part `progress`) with a Cancel button while it is worked on.
 * The highlights are one tab stop: arrow keys, Home and End move between them, Enter opens
 * their details and Esc closes them.
 * The class does not register itself: see `define()` and define.js.
 */
import { annotateHeadFirst, isLong, load } from './annotate.js';
import { h } from './dom.js';
import { draw, settled } from './highlight.js';
import { describe } from './kinds.js';
import { attachRoving } from './roving.js';
import { attachTooltip } from './tooltip.js';

const WASM = new URL('./pkg/article_annotator_bg.wasm', import.meta.url);
const STYLES = new URL('./highlight.css', import.meta.url);
const INPUT_DELAY = 150;

/** Light-DOM text without the indentation and blank edges of the HTML source around it. */
function dedent(text) {
  const lines = text.replace(/^\s*\n|\s+$/g, '').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

export class ArticleAnnotatorElement extends HTMLElement {
  static observedAttributes = ['for', 'kinds', 'theme', 'date'];

  /** Registers the element as `tag` in `registry`; returns the class. */
  static define(tag = 'article-annotator', registry = customElements) {
    registry.define(tag, this);
    return this;
  }

  #view;
  #error;
  #progress;
  #tooltip = null;
  #roving = null;
  #observer = null;
  #listening = null;
  #controller = null;
  #drawing = null;
  #drawn = null;
  #updates = 0;
  #timer = 0;
  #queued = null;
  #text = '';
  #annotations = null;
  #shown = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    this.#error = h('p', { className: 'annotator-error', hidden: true, attrs: { part: 'error', role: 'alert' } });
    this.#view = h('div', { className: 'annotated', attrs: { part: 'article' } }, h('slot'));
    this.#progress = h('p', { className: 'annotator-progress', hidden: true, attrs: { part: 'progress' } },
      h('progress', { max: 100, attrs: { 'aria-label': 'Progress' } }), h('span'), h('span', { attrs: { role: 'status' } }), ' ',
      h('button', { type: 'button', onclick: () => this.cancel(), attrs: { part: 'cancel' } }, 'Cancel'));
    root.append(h('link', { rel: 'stylesheet', href: STYLES.href }), this.#error, this.#progress, this.#view);
  }

  /** The id of the element whose value (or text) is the article; '' for the own text. */
  get htmlFor() { return this.getAttribute('for') ?? ''; }
  set htmlFor(id) { this.setAttribute('for', id); }

  /** Space-separated kinds to highlight; '' shows every kind. */
  get kinds() { return this.getAttribute('kinds') ?? ''; }
  set kinds(kinds) { this.setAttribute('kinds', kinds); }

  /** `light`, `dark` or `auto` (the default: follow the user's colour scheme). */
  get theme() {
    const theme = this.getAttribute('theme');
    return theme === 'light' || theme === 'dark' ? theme : 'auto';
  }
  set theme(theme) { this.setAttribute('theme', theme); }

  /** The article's date (YYYY-MM-DD) that relative dates resolve against; '' for none. */
  get date() { return this.getAttribute('date') ?? ''; }
  set date(date) { this.setAttribute('date', date); }

  /** The text last annotated. */
  get text() { return this.#text; }

  /** The last annotation document (docs/CONTRACT.md), or null before the first. */
  get annotations() { return this.#annotations; }

  /** Stops the annotation or drawing under way (the worker of a long text stops too). */
  cancel() {
    this.#controller?.abort();
    this.#drawing?.abort();
    this.#showProgress(null);
  }

  /** Shows `text` and `fraction` (0–1, or null while unknown) of the work; no text hides it. */
  #showProgress(text, fraction = null) {
    this.#progress.hidden = !text;
    if (!text) return;
    // The percentage stays out of the live region, which announces only the step.
    const [bar, percent, step] = this.#progress.children;
    if (fraction == null) bar.removeAttribute('value');
    else bar.value = Math.round(fraction * 100);
    percent.textContent = fraction == null ? '' : `${bar.value}%`;
    if (step.textContent !== text) step.textContent = text;
  }

  connectedCallback() {
    // The document drawn: a long text's first lines have their own until the whole is done.
    this.#tooltip = attachTooltip(this.#view, (mark) =>
      this.#shown && describe(this.#shown, mark.dataset.type, Number(mark.dataset.index)));
    this.#roving = attachRoving(this.#view, (mark) => this.#tooltip.show(mark));
    this.#observer = new MutationObserver(() => {
      if (!this.htmlFor) this.#schedule('annotate');
    });
    this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
    // Listening on the root catches input from a `for` target that appears later, too.
    this.#listening = this.getRootNode();
    this.#listening.addEventListener('input', this.#onInput);
    this.#schedule('annotate');
  }

  disconnectedCallback() {
    this.#tooltip?.destroy();
    this.#roving?.destroy();
    this.#observer?.disconnect();
    this.#listening?.removeEventListener('input', this.#onInput);
    this.cancel();
    clearTimeout(this.#timer);
    this.#tooltip = this.#roving = this.#observer = this.#listening = null;
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue || !this.isConnected) return;
    if (name === 'kinds') this.#schedule('render');
    else if (name !== 'theme') this.#schedule('annotate');
  }

  #onInput = (event) => {
    if (!this.htmlFor || event.target?.id !== this.htmlFor) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#schedule('annotate'), INPUT_DELAY);
  };

  #source() {
    if (!this.htmlFor) return dedent(this.textContent);
    const target = this.getRootNode().getElementById?.(this.htmlFor);
    if (!target) return '';
    return typeof target.value === 'string' ? target.value : target.textContent;
  }

  /** Batches changes into one update per microtask; 'annotate' wins over 'render'. */
  #schedule(work) {
    const first = this.#queued === null;
    if (this.#queued !== 'annotate') this.#queued = work;
    if (first) {
      queueMicrotask(() => {
        const queued = this.#queued;
        this.#queued = null;
        if (this.isConnected) this.#update(queued);
      });
    }
  }

  /**
   * Draws `doc` over `text`, stopping an older drawing; resolves once every mark is drawn
   * (by this drawing or a newer one). `progress` shows the percentage drawn.
   */
  #draw(text, doc, { progress = false } = {}) {
    this.#drawing?.abort();
    const { signal } = (this.#drawing = new AbortController());
    const shown = new Set(this.kinds.split(/\s+/).filter(Boolean));
    this.#shown = doc;
    this.#tooltip?.hide();
    if (progress) this.#showProgress('Drawing…', 0);
    this.#drawn = draw(this.#view, text, doc, {
      show: (kind) => !shown.size || shown.has(kind),
      signal,
      onChunk: () => this.#roving?.refresh(),
      onProgress: progress ? (fraction) => this.#showProgress('Drawing…', fraction) : null,
    }).done;
    this.#drawn.catch(() => {}); // awaited by settled()
    return settled(() => this.#drawn); // a change of kinds may redraw it meanwhile
  }

  async #update(work) {
    const update = ++this.#updates;
    this.#view.setAttribute('aria-busy', 'true');
    try {
      if (work === 'annotate') {
        this.#controller?.abort();
        const { signal } = (this.#controller = new AbortController());
        const text = this.#source();
        if (isLong(text)) this.#showProgress('Annotating…');
        await load(WASM);
        this.#annotations = await annotateHeadFirst(text, { date: this.date, signal, onHead: (head) => this.#draw(text, head) });
        this.#text = text;
        this.#error.hidden = true;
      }
      if (!this.#annotations) return;
      await this.#draw(this.#text, this.#annotations, { progress: isLong(this.#text) });
      this.#showProgress(null);
      if (work === 'annotate') {
        this.dispatchEvent(new CustomEvent('annotations-ready', { bubbles: true, composed: true, detail: this.#annotations }));
      }
    } catch (error) {
      if (error.name === 'AbortError') return;
      this.#showProgress(null);
      this.#error.textContent = `Could not annotate: ${error.message}`;
      this.#error.hidden = false;
    } finally {
      if (update === this.#updates) this.#view.removeAttribute('aria-busy');
    }
  }
}
