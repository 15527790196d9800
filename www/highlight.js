/**
 * Turns an article and its annotation document into DOM: text nodes wrapped in nested
 * `<mark data-kind>` elements. Overlapping annotations nest (a name inside a quote); one
 * that only partly overlaps another is split into pieces. The text only ever enters the
 * DOM as text nodes.
 */

/** Outer before inner when two annotations cover exactly the same text. */
const LAYER = { quote: 0, mention: 1, figure: 2 };

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

function markFor(span, doc, continued) {
  const mark = document.createElement('mark');
  mark.dataset.kind = span.kind;
  mark.dataset.type = span.type;
  mark.dataset.index = String(span.index);
  if (span.type === 'quote') mark.dataset.quoteKind = doc.quotes[span.index].kind;
  // Only an annotation's first piece is a tab stop; later pieces are marked as continuations.
  if (continued) mark.dataset.continued = '';
  else mark.tabIndex = 0;
  return mark;
}

/**
 * Renders `text` with the annotations of `doc` as a DocumentFragment. `options.show(kind)`
 * decides which kinds get marks (all by default).
 */
export function render(text, doc, { show } = {}) {
  const spans = spansOf(doc, show)
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || LAYER[a.type] - LAYER[b.type]);

  const points = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])]
    .sort((a, b) => a - b);

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
      (open.at(-1)?.node ?? fragment).append(mark);
      open.push({ span, node: mark });
    }
    (open.at(-1)?.node ?? fragment).append(text.slice(at, points[i + 1]));
  }
  return fragment;
}

/** The marks of one annotation (all its pieces) inside `root`. */
export function marksOf(root, type, index) {
  return [...root.querySelectorAll(`mark[data-type="${type}"][data-index="${Number(index)}"]`)];
}
