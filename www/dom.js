/**
 * `h(tag, props, ...children)`: builds an element. Props are set as properties (`className`,
 * `type`, `onclick`) except `data` (dataset entries) and `attrs` (attributes); children
 * are nodes or strings, and strings always become text nodes, never markup.
 */
export function h(tag, props = {}, ...children) {
  const { data = {}, attrs = {}, ...rest } = props;
  const element = Object.assign(document.createElement(tag), rest);
  Object.assign(element.dataset, data);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.append(...children.flat().filter((child) => child != null && child !== false));
  return element;
}

/** Gives the browser a turn: `scheduler.yield()` where there is one, else a zero timeout. */
export function pause() {
  return globalThis.scheduler?.yield ? globalThis.scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
