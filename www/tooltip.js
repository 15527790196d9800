/**
 * A tooltip for highlighted text: on hover or keyboard focus of a `<mark>` inside a
 * container it describes that mark and every mark around it (a name inside a quote shows
 * both). Works in the document and inside a shadow root; content is set as text only.
 */

let ids = 0;

/**
 * Attaches a tooltip to `container`. `describe(mark)` returns `{ title, rows }` or null.
 * Returns `{ show, hide, destroy }`; `show(mark)` opens the tooltip of `mark`.
 */
export function attachTooltip(container, describe) {
  const root = container.getRootNode();
  const tip = document.createElement('div');
  tip.className = 'annotator-tooltip';
  tip.id = `annotator-tooltip-${++ids}`;
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  (root instanceof ShadowRoot ? root : document.body).append(tip);
  let current = null;

  function show(mark, pointer) {
    const chain = [];
    for (let m = mark; m && container.contains(m); m = m.parentElement?.closest('mark')) {
      const info = describe(m);
      if (info) chain.push(info);
    }
    if (!chain.length) return hide();
    tip.replaceChildren(...chain.map(section));
    current?.removeAttribute('aria-describedby');
    current = mark;
    mark.setAttribute('aria-describedby', tip.id);
    tip.hidden = false;
    place(mark, pointer);
  }

  function place(mark, pointer) {
    const rects = [...mark.getClientRects()];
    const rect = (pointer && rects.find((r) => pointer.clientY >= r.top && pointer.clientY <= r.bottom)) ?? rects[0];
    if (!rect) return;
    const { innerWidth, innerHeight } = window;
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const left = Math.min(Math.max(4, rect.left), innerWidth - width - 4);
    const below = rect.bottom + 6;
    const top = below + height > innerHeight && rect.top - height - 6 > 0 ? rect.top - height - 6 : below;
    tip.style.left = `${Math.max(4, left)}px`;
    tip.style.top = `${top}px`;
  }

  function hide() {
    tip.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = null;
  }

  const markOf = (event) => {
    const mark = event.target instanceof Element ? event.target.closest('mark') : null;
    return mark && container.contains(mark) ? mark : null;
  };
  const onPointerOver = (event) => {
    const mark = markOf(event);
    if (mark) show(mark, event);
    else if (current && current !== root.activeElement) hide();
  };
  const onPointerLeave = () => {
    if (current && current !== root.activeElement) hide();
  };
  const onFocusIn = (event) => {
    const mark = markOf(event);
    if (mark) show(mark);
  };
  const onFocusOut = () => hide();
  const onKeyDown = (event) => {
    if (event.key === 'Escape' && !tip.hidden) hide();
  };
  const onScroll = () => {
    if (current) place(current);
  };

  container.addEventListener('pointerover', onPointerOver);
  container.addEventListener('pointerleave', onPointerLeave);
  container.addEventListener('focusin', onFocusIn);
  container.addEventListener('focusout', onFocusOut);
  container.addEventListener('keydown', onKeyDown);
  window.addEventListener('scroll', onScroll, { passive: true, capture: true });

  return {
    show: (mark) => show(mark),
    hide,
    destroy() {
      hide();
      tip.remove();
      container.removeEventListener('pointerover', onPointerOver);
      container.removeEventListener('pointerleave', onPointerLeave);
      container.removeEventListener('focusin', onFocusIn);
      container.removeEventListener('focusout', onFocusOut);
      container.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('scroll', onScroll, { capture: true });
    },
  };
}

function section({ title, rows }) {
  const part = document.createElement('div');
  part.className = 'annotator-tooltip-section';
  const heading = document.createElement('strong');
  heading.textContent = title;
  const list = document.createElement('dl');
  for (const [name, value] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = name;
    const dd = document.createElement('dd');
    dd.textContent = value;
    list.append(dt, dd);
  }
  part.append(heading, list);
  return part;
}
