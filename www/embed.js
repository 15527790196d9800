/**
 * The embedding example's script: listens for `annotations-ready` from an
 * `<article-annotator>` and calls the JavaScript API directly.
 */
import { annotate } from './annotate.js';
import { formatValue } from './kinds.js';

const figures = document.getElementById('api-figures');

document.getElementById('inline').addEventListener('annotations-ready', ({ detail }) => {
  figures.replaceChildren(...detail.figures.map((figure) => {
    const item = document.createElement('li');
    item.textContent = `${figure.text} → ${figure.kind}${figure.value == null && !figure.date ? '' : `: ${formatValue(figure)}`}`;
    return item;
  }));
});

const doc = await annotate('“We will win,” Jane Doe said after the US$34 million deal.', { date: '2025-06-02' });
document.getElementById('api-output').textContent = JSON.stringify(doc, null, 2);
