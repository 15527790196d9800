/**
 * The annotation worker: loads the annotator once (loader.js) and answers `{ id, text, options }`
 * messages with `{ id, document }` or `{ id, error }`. Started by annotate.js for long text.
 * A document's lists come first, `PART` items a message in `{ id, key, items }`, so that the
 * page reads a large one in short tasks; `document` then holds them empty.
 */
import { load } from './loader.js';

const PART = 4000;

self.addEventListener('message', async ({ data: { id, text, options } }) => {
  try {
    const annotator = await load();
    const document = annotator.annotate(text, options);
    for (const [key, items] of Object.entries(document)) {
      if (!Array.isArray(items)) continue;
      for (let i = 0; i < items.length; i += PART) self.postMessage({ id, key, items: items.slice(i, i + PART) });
      document[key] = [];
    }
    self.postMessage({ id, document });
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
