/**
 * Reads the outlet from a dateline at the start of an article's first paragraph:
 * "LONDON (Reuters) - …", "PARIS, Feb 27 (AP) — …", "(CNN) — …", "Alwaght- …".
 */
import countries from 'world-countries';
import outletLexicon from '../lexicons/ingest-outlets.json' with { type: 'json' };
import { lineToKey } from './line-text.ts';

/** An outlet dateline split from its paragraph. */
export interface OutletDateline {
  outlet: string;
  /** The dateline as written, with its dash. */
  prefix: string;
  /** The paragraph without the dateline. */
  rest: string;
}

const OUTLETS = new Set(outletLexicon.outlets);

/** Countries and capitals: "Ukraine- …" or "Kyiv - …" open with a place, not an outlet. */
const PLACES = new Set(
  countries.flatMap((country) => [country.name.common, country.name.official, ...country.capital].map((name) => name.toLowerCase())),
);

/** "Alwaght- ", "Al-Monitor - ", "Reuters — ": up to four capitalised words and a dash. */
const NAME_DASH = /^(\p{Lu}[\p{L}\p{N}'’&.\-]*(?: \p{Lu}[\p{L}\p{N}'’&.\-]*){0,3})( ?[-–—]+)\s+(?=[\p{Lu}"“‘'])/u;
/** A location in capitals, optionally with a date: "LONDON", "PARIS, Feb 27", "NEW YORK, Feb. 27, 2024". */
const LOCATION = /^\p{Lu}[\p{Lu}.'’\-]+(?: \p{Lu}[\p{Lu}.'’\-]+){0,3}(?:, [\p{L}\p{N}. ]{1,30}){0,2}$/u;
/** Outlet names in brackets: one to three capitalised words, such as "Reuters", "AP", "Al Jazeera". */
const BRACKETED_OUTLET = /^\p{Lu}[\p{L}&'’.\-]*(?: \p{Lu}[\p{L}&'’.\-]*){0,2}$/u;

/**
 * Splits an outlet dateline from the start of a paragraph, or returns undefined when the
 * paragraph does not start with one. A location without an outlet ("KYIV —") is left alone.
 *
 * @param text The first paragraph of the article.
 * @example
 * splitOutletDateline('LONDON (Reuters) - Britain said on Tuesday …')
 * // => { outlet: 'Reuters', prefix: 'LONDON (Reuters) -', rest: 'Britain said on Tuesday …' }
 * splitOutletDateline('Alwaght- The French President said …')
 * // => { outlet: 'Alwaght', prefix: 'Alwaght-', rest: 'The French President said …' }
 * splitOutletDateline('KYIV — Russian forces advanced …') // => undefined
 */
export function splitOutletDateline(text: string): OutletDateline | undefined {
  return splitBracketed(text) ?? splitNameDash(text);
}

function splitBracketed(text: string): OutletDateline | undefined {
  const open = text.indexOf('(');
  if (open === -1 || open > 60) return undefined;
  const close = text.indexOf(')', open);
  if (close === -1 || close - open > 45) return undefined;
  const outlet = text.slice(open + 1, close).trim();
  const before = text.slice(0, open).trim();
  if (!BRACKETED_OUTLET.test(outlet) && !OUTLETS.has(lineToKey(outlet))) return undefined;
  if (before !== '' && !LOCATION.test(before)) return undefined;
  const dash = /^\s*[-–—]+\s+/.exec(text.slice(close + 1));
  if (!dash && !(before === '' && OUTLETS.has(lineToKey(outlet)))) return undefined;
  const end = close + 1 + (dash ? dash[0].length : 0);
  const rest = text.slice(end).trim();
  if (rest === '') return undefined;
  return { outlet, prefix: text.slice(0, end).trim(), rest };
}

function splitNameDash(text: string): OutletDateline | undefined {
  const match = NAME_DASH.exec(text.slice(0, 80));
  if (!match) return undefined;
  const name = match[1]!;
  const key = lineToKey(name);
  const attached = !match[2]!.startsWith(' ');
  const allCaps = name === name.toUpperCase();
  const isOutlet = OUTLETS.has(key) || (attached && !allCaps && !PLACES.has(key));
  if (!isOutlet) return undefined;
  const rest = text.slice(match[0].length).trim();
  if (rest === '') return undefined;
  return { outlet: name, prefix: `${name}${match[2]}`.trim(), rest };
}

/** A dateline of a place alone, as papers open a story from elsewhere: "LONDON, May 3 -", "MILLBROOK, Ohio —", "SAN FRANCISCO —". */
const PLACE_DASH = /^(\p{Lu}[\p{Lu}.'’\-]+(?: \p{Lu}[\p{Lu}.'’\-]+){0,3})((?:, [\p{L}\p{N}. ]{1,30}){0,2})( ?[-–—]+)\s+(?=[\p{Lu}"“‘'])/u;
/** A single word in capitals shorter than this is more often an acronym (NATO, IMF) than a city. */
const MIN_LONE_PLACE_LENGTH = 5;

/**
 * Splits a dateline that names only a place (and perhaps a date or a state) from the start of the first paragraph,
 * or returns undefined. The place is in capitals and is a country or capital, or comes with a comma part, or has
 * several words, or is one word too long for an acronym; a dash and a capital follow.
 *
 * @param text The first paragraph of the article.
 * @example
 * splitPlaceDateline('LONDON, May 3 - Britain said on Tuesday …') // => { prefix: 'LONDON, May 3 -', rest: 'Britain said on Tuesday …' }
 * splitPlaceDateline('NATO - The alliance met.') // => undefined
 */
export function splitPlaceDateline(text: string): { prefix: string; rest: string } | undefined {
  const match = PLACE_DASH.exec(text.slice(0, 80));
  if (!match) return undefined;
  const place = match[1]!;
  const known = PLACES.has(place.toLowerCase()) || match[2] !== '' || place.includes(' ') || place.replace(/[^\p{L}]/gu, '').length >= MIN_LONE_PLACE_LENGTH;
  if (!known || OUTLETS.has(lineToKey(place))) return undefined;
  const rest = text.slice(match[0].length).trim();
  if (rest === '') return undefined;
  return { prefix: `${place}${match[2]}${match[3]}`.trim(), rest };
}
