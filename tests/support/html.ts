import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';

/** Parses an HTML document into a hast tree. */
export function parseHtml(html: string): Root {
  return fromHtml(html);
}

/** All elements matching a CSS selector. */
export function $$(tree: Root | Element, selector: string): Element[] {
  return selectAll(selector, tree);
}

/** The first element matching a CSS selector, if any. */
export function $(tree: Root | Element, selector: string): Element | undefined {
  return select(selector, tree) ?? undefined;
}

/** The text of a node, white space collapsed. */
export function textOf(node: Root | Element): string {
  return toString(node).replace(/\s+/g, ' ').trim();
}

/** An element's `href`, or '' when it has none. */
export function hrefOf(el: Element): string {
  return String(el.properties.href ?? '');
}
