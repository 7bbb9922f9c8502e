/**
 * A one-word name coordinated in a list with people's full names is a person known by one name: "Cleo Vance is up
 * against Marlowe, Dana Price and Ivo Kerr", "stars Brio, Sir Tom Lee, Kestrel and Juno". Each item must be a name
 * the classifier found, linked to the next by a comma, "and" or "or"; the list must be closed by "and" or "or"
 * (a comma alone sets off an apposition: "Inside, Ann Roe said"), and "and" or "or" joins its last item, so a name
 * set off after that item is no item ("a spokesman for US Tariffs, Levies and Enforcement, Ann Roe, said"); one other item must be a person's full name; the
 * word must not open its sentence, and the list must not follow a preposition or an article that makes it a list of
 * places or works ("tests in Tel Aviv, Leeds and Athens", "films including Heat, Robin Hood and Ran") nor be followed by
 * "by" ("the favourite Jonah Strand and Norwick by Ann Roe", a title and its author). A word the
 * article shows to be an organisation, or that needs a full name ("May"), never gets here; and a name of a person's
 * shape that the article shows to be an organisation's ("Ask Jeeves and Blinkx … spokesman for Ask Jeeves") is no
 * person's full name in the list.
 */
import listLinksJson from '../lexicons/list-links.json' with { type: 'json' };
import type { TokenizedParagraph } from './01-tokenize-text.ts';
import type { NameCandidate } from './03-classify-name-runs.ts';
import { HONORIFICS } from './load-lexicons.ts';
import { foldText } from '../text/fold-text.ts';

/** Words and marks that join two items of a list. */
const LINKS: ReadonlySet<string> = new Set(listLinksJson.links);
/** Words that close a list; one must stand in it. */
const CLOSING_LINKS: ReadonlySet<string> = new Set(listLinksJson.closingLinks);
/** Words that may follow a comma before the last item ("Roe, Lee, and Brio"). */
const LAST_LINKS: ReadonlySet<string> = new Set(listLinksJson.lastLinks);
/** Words before the list that make it a list of places, works or things. */
const NOT_AFTER: ReadonlySet<string> = new Set(listLinksJson.notAfter);
/** How many items a list is followed for, each way. */
const MAX_ITEMS = 8;

/**
 * A person's full name: two words or more, not the owner of what follows ("the biopic Ray and Mike Leigh's drama"),
 * and not a name the article shows to be an organisation's ("spokesman for Ask Jeeves").
 */
function isFullName(c: NameCandidate, tokens: TokenizedParagraph['tokens'], organizationWords: ReadonlySet<string>): boolean {
  const next = tokens[c.last + 1]?.lower;
  return c.kind === 'person' && c.first < c.last && next !== "'s" && next !== "'" && next !== '’s' && next !== '’' && !organizationWords.has(foldText(c.surface));
}

/**
 * True when the one-word candidate `c` is an item of a list of names that holds a person's full name.
 *
 * @param paragraph The candidate's paragraph.
 * @param c A one-word name candidate.
 * @param names Every name candidate of the paragraph.
 * @param organizationWords Folded names the article shows to be organisations.
 * @example
 * // "Cleo Vance faces Marlowe, Dana Price and Ivo Kerr." → true for "Marlowe".
 */
export function isListedWithPeople(paragraph: TokenizedParagraph, c: NameCandidate, names: readonly NameCandidate[], organizationWords: ReadonlySet<string> = new Set()): boolean {
  if (c.first !== c.last || c.sentenceInitial) return false;
  const { tokens } = paragraph;
  const byFirst = new Map(names.map((n) => [n.first, n]));
  const byLast = new Map(names.map((n) => [n.last, n]));
  const isLink = (k: number): boolean => tokens[k] !== undefined && LINKS.has(tokens[k]!.lower) && tokens[k]!.quote < 0;
  const start = (n: NameCandidate): number => (HONORIFICS.has(tokens[n.first - 1]?.lower ?? '') ? n.first - 1 : n.first);
  let person = false;
  let closed = false;
  // Rightwards: ", Sir Tom Lee", ", and Juno".
  let item: NameCandidate = c;
  for (let steps = 0; steps < MAX_ITEMS; steps++) {
    let k = item.last + 1;
    // "spokesman for Immigration, Customs and Enforcement, Dean Boyd, said": "and" closed the list; a name after its last item is set off, no item.
    if (!isLink(k) || closed) break;
    if (tokens[k]!.text === ',' && LAST_LINKS.has(tokens[k + 1]?.lower ?? '')) k++;
    let first = k + 1;
    if (HONORIFICS.has(tokens[first]?.lower ?? '') && !byFirst.has(first)) first++;
    const next = byFirst.get(first);
    if (next === undefined) break;
    closed ||= CLOSING_LINKS.has(tokens[k]!.lower);
    person ||= isFullName(next, tokens, organizationWords);
    item = next;
  }
  // "Jonathan Strange and Norwick by Susanna Clarke": a list followed by "by" and a name is the title of a work.
  if (tokens[item.last + 1]?.lower === 'by') return false;
  // Leftwards: "Dana Price, Marlowe", "Ivo Kerr and Juno".
  const linkedRight = item !== c;
  item = c;
  for (let steps = 0; steps < MAX_ITEMS; steps++) {
    let k = start(item) - 1;
    if (!isLink(k)) break;
    const link = tokens[k]!.lower;
    // "Dean Boyd, Immigration, Customs and …": a closing link is the list's last; none stands left of a link already passed.
    if (CLOSING_LINKS.has(link) && (linkedRight || steps > 0)) break;
    if (LAST_LINKS.has(link) && tokens[k - 1]?.text === ',') k--;
    const previous = byLast.get(k - 1);
    if (previous === undefined) break;
    closed ||= CLOSING_LINKS.has(link);
    person ||= isFullName(previous, tokens, organizationWords);
    item = previous;
  }
  const before = tokens[start(item) - 1];
  return person && closed && !(before !== undefined && NOT_AFTER.has(before.lower));
}
