/**
 * Loads the wasm annotator (`pkg/article_annotator.js` and its `article_annotator_bg.wasm`,
 * built by `make build`) once per thread: the page's and the element's main thread
 * (annotate.js) and the worker (worker.js) both call `load()`. The wasm is fetched relative
 * to this module, so the files work from any URL they are served at.
 */

/** The module's wasm, beside the wasm-bindgen glue in pkg/. */
const WASM = new URL('./pkg/article_annotator_bg.wasm', import.meta.url);

let loading = null;

/** `e` as an Error: thrown values that are not Errors become one with their text. */
export const asError = (e) => (e instanceof Error ? e : new Error(String(e)));

/**
 * Resolves to the package's `Annotator`, built once; a failed load is tried again at the
 * next call. Rejects with an Error that says how to build the package.
 */
export function load() {
  if (!loading) {
    loading = (async () => {
      try {
        const pkg = await import('./pkg/article_annotator.js');
        await pkg.default({ module_or_path: WASM });
        return new pkg.Annotator();
      } catch (e) {
        throw new Error(`the wasm package did not load (is www/pkg/ built? \`make build\`): ${asError(e).message}`);
      }
    })();
    loading.catch(() => { loading = null; });
  }
  return loading;
}
