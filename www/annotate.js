/**
 * Runs the wasm annotator (loaded once by loader.js): ordinary articles are annotated on the
 * main thread, long ones (over `LONG_TEXT` UTF-16 code units) in a Web Worker (`worker.js`)
 * so the page stays responsive. Every call returns a promise of a contract document.
 */
import { pause } from './dom.js';
import { asError, load } from './loader.js';

/** Texts longer than this (in UTF-16 code units, about 200 KB) go to the worker. */
export const LONG_TEXT = 200_000;

/** True when `text` is long enough to be annotated in the worker. */
export function isLong(text) {
  return text.length > LONG_TEXT;
}

/** Options as the package takes them: `date` only when set, `indirect` only when true. */
function packageOptions({ date, indirect } = {}) {
  const options = {};
  if (date) options.date = date;
  if (indirect) options.indirect = true;
  return options;
}

const aborted = () => new DOMException('The annotation was superseded', 'AbortError');

/**
 * Annotates `text`; `options` are `{ date?: 'YYYY-MM-DD', indirect?: boolean, signal?: AbortSignal }`.
 * Rejects with the package's error (e.g. text over the size limit), or an `AbortError`
 * when `signal` aborts first.
 */
export async function annotate(text, { signal, ...options } = {}) {
  if (signal?.aborted) throw aborted();
  if (isLong(text)) return inWorker(text, packageOptions(options), signal);
  const annotator = await load();
  if (signal?.aborted) throw aborted();
  try {
    return annotator.annotate(text, packageOptions(options));
  } catch (e) {
    throw asError(e);
  }
}

let worker = null;
let jobs = 0;
const pending = new Map();

function settle(id, settleWith, value) {
  const job = pending.get(id);
  if (!job) return;
  pending.delete(id);
  job.signal?.removeEventListener('abort', job.onAbort);
  job[settleWith](value);
}

function startWorker() {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.addEventListener('message', ({ data }) => {
    const parts = pending.get(data.id)?.parts;
    if ('error' in data) settle(data.id, 'reject', new Error(data.error));
    else if ('items' in data) parts && (parts[data.key] ??= []).push(...data.items);
    else settle(data.id, 'resolve', Object.assign(data.document, parts));
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    stopWorker(new Error(event.message || 'The annotation worker failed'));
  });
}

function stopWorker(reason) {
  worker?.terminate();
  worker = null;
  for (const id of [...pending.keys()]) settle(id, 'reject', reason);
}

function inWorker(text, options, signal) {
  if (!worker) startWorker();
  const id = ++jobs;
  return new Promise((resolve, reject) => {
    // An abandoned job only stops the worker when nothing else waits on it.
    const onAbort = () => {
      settle(id, 'reject', aborted());
      if (pending.size === 0) stopWorker(aborted());
    };
    // The document's lists as they arrive, a part at a time (see worker.js).
    pending.set(id, { resolve, reject, signal, onAbort, parts: {} });
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.postMessage({ id, text, options });
  });
}

/** How much of a long text `annotateHeadFirst` annotates on this thread first. */
const HEAD = 8_000;

/**
 * Annotates `text` as `annotate` does; for a long text, while the worker does the whole, its
 * first lines (up to `HEAD` code units, cut after a line break) are annotated here and
 * `onHead(doc)` is awaited with their document, so that the start of the text can be shown
 * at once. Each step runs in a task of its own.
 */
export async function annotateHeadFirst(text, { onHead, ...options }) {
  const whole = annotate(text, options);
  if (!isLong(text)) return whole;
  whole.catch(() => {}); // awaited below
  await pause();
  const line = text.lastIndexOf('\n', HEAD);
  const head = await annotate(text.slice(0, line > 0 ? line + 1 : HEAD), options);
  await pause();
  if (!options.signal?.aborted) await onHead(head);
  const doc = await whole;
  await pause(); // the worker's message is read in a task of its own
  if (options.signal?.aborted) throw aborted();
  return doc;
}
