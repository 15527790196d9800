/**
 * The annotation worker: loads the wasm package once and answers `{ id, text, options, wasm }`
 * messages with `{ id, document }` or `{ id, error }`. Started by annotate.js for long text.
 */
import init, { Annotator } from './pkg/article_annotator.js';

let ready = null;

self.addEventListener('message', async ({ data: { id, text, options, wasm } }) => {
  try {
    ready ??= init({ module_or_path: new URL(wasm) }).then(() => new Annotator());
    const annotator = await ready;
    self.postMessage({ id, document: annotator.annotate(text, options) });
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
