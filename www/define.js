/**
 * Registers `<article-annotator>` unless the tag is already defined (by this module loaded
 * from another URL, or by someone else), and re-exports the class.
 */
import { ArticleAnnotatorElement } from './article-annotator.js';

if (!customElements.get('article-annotator')) ArticleAnnotatorElement.define();

export { ArticleAnnotatorElement };
