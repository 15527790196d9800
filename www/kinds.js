/**
 * The annotation kinds the page knows, their labels, and how an annotation is described
 * in words (tooltips, the side panel, exports). Pure functions over a contract document.
 */

/** The kinds of `mentions[].kind`, `quotes[].kind` and `figures[].kind` (docs/CONTRACT.md). */
export const MENTION_KINDS = ['person', 'organization', 'place', 'nationality'];
export const QUOTE_KINDS = ['direct', 'partial', 'indirect'];
export const FIGURE_KINDS = ['money', 'percent', 'number', 'ordinal', 'date', 'time', 'duration', 'quantity'];
/** Every kind a highlight has (its `data-kind`) in legend order: names, then quotes, then figures. */
export const KINDS = [...MENTION_KINDS, 'quote', ...FIGURE_KINDS];

const LABELS = {
  person: 'Person', organization: 'Organisation', place: 'Place', nationality: 'Nationality',
  quote: 'Quote', money: 'Money', percent: 'Percent', number: 'Number', ordinal: 'Ordinal',
  date: 'Date', time: 'Time', duration: 'Duration', quantity: 'Quantity',
};

const PLURALS = {
  person: 'People', organization: 'Organisations', place: 'Places', nationality: 'Nationalities',
  quote: 'Quotes',
};

/** "Organisation" for `organization`; unknown kinds (the contract allows more) get their own name. */
export function label(kind) {
  return LABELS[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1).replace(/_/g, ' ');
}

/** "Organisations" for `organization`. */
export function pluralLabel(kind) {
  return PLURALS[kind] ?? `${label(kind)}s`;
}

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 10 });

/** The sign shown before a value for each claim a figure makes (its `change`). */
const CLAIM_SIGNS = new Map([['~', '≈ '], ['>', '> '], ['<', '< '], ['up', '▲ '], ['down', '▼ ']]);

/** Each claim in words, for the details of a figure. */
const CLAIM_WORDS = new Map([
  ['~', 'about'], ['>', 'more than'], ['<', 'less than'], ['up', 'a rise by'], ['down', 'a fall by'],
]);

/**
 * A figure's normalised value in words: "34,000,000 USD", "≈ 12.5%", "▲ 5%", "500 tonne",
 * "2025-03-11", "2020-01-01 – 2020-12-31"; empty when the annotator found none.
 */
export function formatValue(figure) {
  if (figure.date != null) return figure.date_end == null ? String(figure.date) : `${figure.date} – ${figure.date_end}`;
  if (figure.value == null) return '';
  const number = NUMBER.format(figure.value) + (figure.kind === 'percent' ? '%' : '');
  const claim = CLAIM_SIGNS.get(figure.change) ?? '';
  return claim + [number, figure.unit, figure.currency].filter(Boolean).join(' ');
}

/** Annotation `index` of `doc` of `type` (mention, quote or figure). */
export function annotationOf(doc, type, index) {
  return (type === 'quote' ? doc.quotes : type === 'mention' ? doc.mentions : doc.figures)[index];
}

/** The name of entity `index` of `doc`, or null. */
export function entityName(doc, index) {
  return index == null ? null : doc.entities[index]?.name ?? null;
}

/**
 * Who a quote is attributed to, for grouping: the entity when it resolved, else the speaker
 * text, else nobody. `key` is stable across quotes of the same speaker.
 */
export function quoteSpeaker(doc, quote) {
  const name = entityName(doc, quote.entity);
  if (name != null) return { key: `entity:${quote.entity}`, name };
  if (quote.speaker) return { key: `speaker:${quote.speaker.text.toLowerCase()}`, name: quote.speaker.text };
  return { key: 'none', name: 'Unattributed' };
}

/**
 * Describes one annotation (`type` is mention, quote or figure; `index` into that array) as
 * a title and label/value rows, e.g. { title: 'Money', rows: [['Value', '34,000,000 USD']] }.
 */
export function describe(doc, type, index) {
  if (type === 'mention') {
    const mention = doc.mentions[index];
    const entity = mention.entity == null ? null : doc.entities[mention.entity];
    const rows = entity
      ? [['Entity', entity.name], ['Mentions', String(entity.mentions.length)]]
      : [['Entity', 'unresolved']];
    return { title: label(mention.kind), rows };
  }
  if (type === 'quote') {
    const quote = doc.quotes[index];
    const rows = [['Speaker', quote.speaker ? `“${quote.speaker.text}”` : 'none found']];
    const name = entityName(doc, quote.entity);
    if (name != null) rows.push(['Who', name]);
    if (quote.cue) rows.push(['Cue', quote.cue.text]);
    return { title: `Quote (${quote.kind})`, rows };
  }
  const figure = doc.figures[index];
  const rows = [['Value', formatValue(figure) || 'none']];
  if (CLAIM_WORDS.has(figure.change)) rows.push(['Claim', CLAIM_WORDS.get(figure.change)]);
  return { title: label(figure.kind), rows };
}
