/**
 * Turns an article and its annotation document into DOM: text nodes wrapped in nested
 * `<mark data-kind>` elements. Overlapping annotations nest (a name inside a quote); one
 * that only partly overlaps another is split into pieces. The text only ever enters the
 * DOM as text nodes.
 *
 * Long articles are drawn in chunks (blocks of whole lines that no annotation crosses): all
 * the text at once, then the marks, the chunks on screen first, the rest in slices of a few
 * milliseconds that yield to the browser between them.
 */
import { pause } from './dom.js';
import { annotationOf, label } from './kinds.js';

/** Outer before inner when two annotations cover exactly the same text. */
const LAYER = { quote: 0, mention: 1, figure: 2 };

/** A chunk holds at least this many UTF-16 code units, up to the next free line break. */
const CHUNK = 4000;
/** Without a line break this far on, a chunk may end at any space outside the annotations. */
const NO_BREAK = 4 * CHUNK;
/** Milliseconds of drawing between two yields to the browser. */
const SLICE = 16;
/** Texts of up to this many chunks get their first marks in the task that draws them. */
const AT_ONCE = 8;

/**
 * The annotations of `doc` as one flat list of `{ type, index, kind, start, end }`
 * (`kind` is the mark's `data-kind`), keeping those whose kind `show(kind)` accepts.
 */
export function spansOf(doc, show = () => true) {
  const spans = [];
  const add = (type, items, kindOf) => items.forEach((item, index) => {
    const kind = kindOf(item);
    if (item.end > item.start && show(kind)) spans.push({ type, index, kind, start: item.start, end: item.end });
  });
  add('quote', doc.quotes, () => 'quote');
  add('mention', doc.mentions, (m) => m.kind);
  add('figure', doc.figures, (f) => f.kind);
  return spans;
}

/**
 * One annotation's mark. Its first piece is a keyboard stop (tabindex -1 until it becomes
 * the article's one tab stop, see roving.js) named by its text and kind ("Kim Jong-un,
 * person"); later pieces are marked as continuations.
 */
function markFor(span, doc, continued) {
  const mark = document.createElement('mark');
  mark.dataset.kind = span.kind;
  mark.dataset.type = span.type;
  mark.dataset.index = String(span.index);
  if (span.type === 'quote') mark.dataset.quoteKind = doc.quotes[span.index].kind;
  if (continued) {
    mark.dataset.continued = '';
    return mark;
  }
  mark.tabIndex = -1;
  // A quote holds other highlights, so it is a group; a button inside a button is not allowed.
  mark.setAttribute('role', span.type === 'quote' ? 'group' : 'button');
  mark.setAttribute('aria-label', `${annotationOf(doc, span.type, span.index).text}, ${label(span.kind).toLowerCase()}`);
  return mark;
}

/** The marks of `spans` (sorted) over `text.slice(from, to)`, as a DocumentFragment. */
function renderRange(text, doc, spans, from, to) {
  const points = [...new Set([from, to, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  // Open marks, outermost first; `active` is kept in the same (sorted) order, so the marks to
  // keep open are the common prefix of both, and the rest are closed and (re)opened.
  const open = [];
  const started = new Set();
  let active = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const at = points[i];
    active = active.filter((s) => s.end > at);
    while (next < spans.length && spans[next].start <= at) active.push(spans[next++]);

    let keep = 0;
    while (keep < open.length && keep < active.length && open[keep].span === active[keep]) keep++;
    open.length = keep;
    for (const span of active.slice(keep)) {
      const mark = markFor(span, doc, started.has(span));
      started.add(span);
      const parent = open.at(-1)?.node;
      if (parent && !mark.dataset.continued) parent.setAttribute('role', 'group');
      (parent ?? fragment).append(mark);
      open.push({ span, node: mark });
    }
    (open.at(-1)?.node ?? fragment).append(text.slice(at, points[i + 1]));
  }
  return fragment;
}

/**
 * Cuts `text` into chunks `{ start, end, spans, soft }` that no span crosses, each ending
 * after a line break where there is one near (`soft` when a chunk starts or ends inside a line).
 */
function chunksOf(text, spans) {
  const chunks = [];
  let i = 0;
  for (let start = 0; start < text.length;) {
    const first = i;
    const far = start + NO_BREAK;
    const breaks = (at) => text[at - 1] === '\n' || (at >= far && text[at - 1] === ' ');
    let end = Math.min(text.length, start + CHUNK);
    let reach = end;
    for (;;) {
      while (i < spans.length && spans[i].start < end) reach = Math.max(reach, spans[i++].end);
      if (reach > end) end = reach;
      else if (end >= text.length || breaks(end)) break;
      else if (end < far) {
        const line = text.indexOf('\n', end);
        end = line === -1 || line >= far ? Math.min(text.length, far) : line + 1;
      } else {
        const space = text.indexOf(' ', end);
        end = space === -1 ? text.length : space + 1;
      }
    }
    const soft = (start > 0 && text[start - 1] !== '\n') || (end < text.length && text[end - 1] !== '\n');
    chunks.push({ start, end, spans: spans.slice(first, i), soft });
    start = end;
  }
  return chunks;
}

const aborted = () => new DOMException('The drawing was cancelled', 'AbortError');

/**
 * Draws `text` with the annotations of `doc` into `container`, replacing what it held.
 * `show(kind)` decides which kinds get marks (all by default); `onChunk(container)` runs after
 * each chunk gets its marks, `onProgress(fraction)` between slices; `signal` stops it.
 * Returns `{ done, ensure }`: `done` resolves once every mark is drawn (rejects with an
 * AbortError when stopped), `ensure(offset)` draws the chunk holding `offset` now.
 */
export function draw(container, text, doc, { show, signal, onChunk, onProgress } = {}) {
  const spans = spansOf(doc, show)
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || LAYER[a.type] - LAYER[b.type]);
  const chunks = chunksOf(text, spans);
  const blocks = chunks.map(({ start, end, soft }) => {
    const block = document.createElement('span');
    block.className = soft ? 'chunk soft' : 'chunk';
    block.append(text.slice(start, end));
    return block;
  });
  container.replaceChildren(...blocks);

  const drawn = new Set();
  const paint = (i) => {
    if (drawn.has(i)) return;
    drawn.add(i);
    const { start, end, spans: inside } = chunks[i];
    if (inside.length) blocks[i].replaceChildren(renderRange(text, doc, inside, start, end));
    onChunk?.(container);
  };
  const ensure = (offset) => {
    let lo = 0;
    let hi = chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (chunks[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    if (chunks.length) paint(lo);
  };

  // Chunks that come into view (on screen at first, or scrolled to) are drawn next.
  const next = [];
  const seen = chunks.length > 1 ? new IntersectionObserver((entries) => {
    for (const entry of entries) if (entry.isIntersecting) next.push(Number(entry.target.dataset.chunk));
  }) : null;
  blocks.forEach((block, i) => {
    block.dataset.chunk = String(i);
    seen?.observe(block);
  });
  const done = (async () => {
    // A short text is drawn at once; a long one shows its text and yields before any marks.
    let deadline = chunks.length > AT_ONCE ? 0 : performance.now() + SLICE;
    try {
      for (let i = 0; drawn.size < chunks.length;) {
        if (performance.now() > deadline) {
          onProgress?.(drawn.size / chunks.length);
          await pause();
          deadline = performance.now() + SLICE;
          continue; // ensure() may have drawn the rest meanwhile
        }
        if (signal?.aborted) throw aborted();
        while (drawn.has(i)) i++;
        paint(next.shift() ?? i);
      }
    } finally {
      seen?.disconnect();
    }
  })();
  return { done, ensure };
}

/**
 * Waits for the drawing that `latest()` returns (a promise like `draw(…).done`), and for any
 * newer one that stopped it; rejects when the last one is stopped with nothing after it.
 */
export async function settled(latest) {
  for (;;) {
    const drawing = latest();
    try {
      return await drawing;
    } catch (error) {
      if (error.name !== 'AbortError' || drawing === latest()) throw error;
    }
  }
}

/** The marks of one annotation (all its pieces) inside `root`. */
export function marksOf(root, type, index) {
  return [...root.querySelectorAll(`mark[data-type="${type}"][data-index="${Number(index)}"]`)];
}
