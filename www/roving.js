/**
 * Keyboard access to the highlights, the roving tabindex of the ARIA Authoring Practices:
 * the article is one tab stop (one mark has tabindex 0, every other first piece -1); arrow
 * keys move to the previous or next highlight, Home and End to the first and last, Enter
 * opens the focused one's details. Works in the document and inside a shadow root.
 */

const STOPS = 'mark[tabindex]';

/**
 * Makes the marks in `container` one tab stop moved by the keys; `open(mark)` shows a mark's
 * details on Enter. Returns `{ refresh, destroy }`: `refresh()` gives the container its tab
 * stop again after its marks changed.
 */
export function attachRoving(container, open) {
  const current = () => container.querySelector('mark[tabindex="0"]');
  const moveTo = (mark) => {
    const before = current();
    if (before && before !== mark) before.tabIndex = -1;
    mark.tabIndex = 0;
    mark.focus();
  };

  const onKeyDown = (event) => {
    const mark = event.target instanceof Element && event.target.matches(STOPS) ? event.target : null;
    if (!mark || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      open(mark);
      return;
    }
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!step && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const stops = [...container.querySelectorAll(STOPS)];
    const at = stops.indexOf(mark);
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? stops.length - 1 : at + step;
    if (stops[to]) moveTo(stops[to]);
  };
  // A mark clicked or focused from the panel becomes the tab stop.
  const onFocusIn = (event) => {
    if (event.target instanceof Element && event.target.matches(STOPS) && event.target.tabIndex !== 0) moveTo(event.target);
  };
  container.addEventListener('keydown', onKeyDown);
  container.addEventListener('focusin', onFocusIn);

  return {
    refresh() {
      if (current()) return;
      const first = container.querySelector(STOPS);
      if (first) first.tabIndex = 0;
    },
    destroy() {
      container.removeEventListener('keydown', onKeyDown);
      container.removeEventListener('focusin', onFocusIn);
    },
  };
}
