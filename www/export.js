/**
 * Exports of a contract document: the JSON itself, the figures and the quotes as CSV
 * (RFC 4180, with spreadsheet formula injection defused), and a download helper.
 */
import { entityName, formatValue } from './kinds.js';

/** The document as pretty-printed JSON, exactly the contract's shape. */
export function toJSON(doc) {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** One CSV cell: numbers as they are; text quoted, and prefixed with ' if a spreadsheet would run it. */
function cell(value) {
  if (value == null) return '';
  if (typeof value === 'number') return String(value);
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header, rows) {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The figures as CSV: position, text, kind, value, currency, unit, date (a range's first and
 * last), the claim around the value and the value in words.
 */
export function figuresCSV(doc) {
  return csv(
    ['start', 'end', 'text', 'kind', 'value', 'currency', 'unit', 'date', 'date_end', 'change', 'normalised'],
    doc.figures.map((f) => [f.start, f.end, f.text, f.kind, f.value, f.currency, f.unit, f.date, f.date_end, f.change, formatValue(f)]),
  );
}

/** The quotes as CSV: position, kind, text, speaker as written, who that is, and the cue. */
export function quotesCSV(doc) {
  return csv(
    ['start', 'end', 'kind', 'text', 'speaker', 'entity', 'cue'],
    doc.quotes.map((q) => [q.start, q.end, q.kind, q.text, q.speaker?.text, entityName(doc, q.entity), q.cue?.text]),
  );
}

/** Offers `content` as a file download named `name`. */
export function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
