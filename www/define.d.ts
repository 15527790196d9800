/**
 * Types of `<article-annotator>` (article-annotator.js), which `define.js` (the npm package's
 * `./element`) registers. The attributes, methods and events are described in the README.
 */
import type { Document } from './pkg/article_annotator.js';

/** Which list of the document an annotation is in. */
export type AnnotationType = 'mention' | 'quote' | 'figure';

/** The `detail` of each event the element fires (all bubble and are composed). */
export interface ArticleAnnotatorEventMap {
  'annotation-start': CustomEvent<{ text: string }>;
  'annotation-progress': CustomEvent<{ step: 'annotating' | 'drawing'; fraction: number | null }>;
  'annotation-drawing': CustomEvent<{ text: string; annotations: Document; final: boolean }>;
  'annotations-ready': CustomEvent<Document>;
  'annotation-error': CustomEvent<{ error: Error }>;
  'annotation-cancel': CustomEvent<null>;
}

export class ArticleAnnotatorElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** Registers the element as `tag` in `registry`; returns the class. */
  static define(tag?: string, registry?: CustomElementRegistry): typeof ArticleAnnotatorElement;
  /** The `for` attribute: the id of the element whose value (or text) is the article. */
  htmlFor: string;
  /** Space-separated kinds to highlight; null (no attribute) for every kind, '' for none. */
  kinds: string | null;
  theme: 'light' | 'dark' | 'auto';
  /** The article's date, YYYY-MM-DD, or ''. */
  date: string;
  /** Whether reported speech without quote marks is found too. */
  indirect: boolean;
  /** The text last annotated. */
  readonly text: string;
  /** The last document, or null before the first. */
  readonly annotations: Document | null;
  /** Annotates now; the document once drawn, or null when superseded, cancelled or failed. */
  annotate(): Promise<Document | null>;
  /** Shows annotations `indices` of list `type`; without arguments, clears the selection. */
  select(type?: AnnotationType, indices?: number[]): void;
  /** Stops the annotation or drawing under way. */
  cancel(): void;
  addEventListener<K extends keyof ArticleAnnotatorEventMap>(type: K,
    listener: (this: ArticleAnnotatorElement, event: ArticleAnnotatorEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof ArticleAnnotatorEventMap>(type: K,
    listener: (this: ArticleAnnotatorElement, event: ArticleAnnotatorEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'article-annotator': ArticleAnnotatorElement;
  }
}
