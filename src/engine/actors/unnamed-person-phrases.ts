/**
 * The phrases after the noun of an unnamed speaker that findUnnamedPeople scans: an "of"/"for" phrase ("head of the
 * police's internal investigators"), up to two phrases of place ("traveler at Logan Airport in Boston") and the aside
 * that ends the reach of names after a quotation ("— where Sen. Ann Lee voted …").
 */
import type { Token } from './01-tokenize-text.ts';
import { afterBetweenWords, isFiniteSpeechVerb } from './speech-verb-forms.ts';
import { US_STATES } from './load-lexicons.ts';
import unnamedJson from '../lexicons/unnamed-speakers.json' with { type: 'json' };
import { DASHES } from '../text/dashes.ts';

/** Words that open an aside about the place after the speaker ("— where the senators voted …"). */
const ASIDE_WORDS: ReadonlySet<string> = new Set(unnamedJson.asideWords);
const POST_PREPOSITIONS: ReadonlySet<string> = new Set(unnamedJson.postPrepositions);
/** Words that end an "of"/"for" phrase: a relative clause or a second subject begins. */
const PHRASE_ENDS: ReadonlySet<string> = new Set(unnamedJson.phraseEnds);
/** How many words an "of"/"for" phrase after the noun may have ("of the police's internal investigators"). */
const PHRASE_WORDS = 6;
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(unnamedJson.placePrepositions);
/** How many capitalised words a place may have ("Hartsfield-Jackson Atlanta International Airport"). */
const PLACE_WORDS = 6;

/** "Hartsfield–Jackson": a dash written with no space between two capitalised words joins them into one name. */
function gluedByDash(tokens: readonly Token[], m: number): boolean {
  const dash = tokens[m];
  const before = tokens[m - 1];
  const after = tokens[m + 1];
  return dash !== undefined && before !== undefined && after !== undefined && DASHES.has(dash.text) && before.end === dash.start && dash.end === after.start && after.word && after.cap;
}

/**
 * The index after which names no longer name the unnamed speaker of a quotation before it: the end of the
 * sentence, or a dash or an aside word ("where") opening an aside about the place.
 *
 * @example
 * // "…," said a voter — where Sen. Ann Lee voted. (last: "voter") → the index of the dash
 */
export function asideStart(tokens: readonly Token[], last: number): number {
  for (let m = last + 1; m < tokens.length; m++) {
    const t = tokens[m]!;
    if (t.quote >= 0) continue;
    if (((t.text === '—' || t.text === '–') && !gluedByDash(tokens, m)) || (t.word && !t.cap && ASIDE_WORDS.has(t.lower))) return m;
  }
  return tokens.length;
}

/**
 * The last token of up to two phrases of place after the noun, and the index of the token after what they cover ("traveler at William P. Hobby Airport in Houston",
 * "student from Lagos"): "at", "in" or "from", an optional "the", and capitalised words only; `last` itself when none
 * follows, or when the clause goes on after them with a lower-case word that is no verb of saying ("a woman in Paris
 * last week said" keeps "woman").
 *
 * @example
 * // "…," said a traveler at Logan Airport in Boston. → the token "Boston"
 * // "…," said a traveler at Logan Airport in Massachusetts. → the token "Airport" (the next: the one after "Massachusetts")
 */
export function placePhraseEnd(tokens: readonly Token[], last: number): [end: number, next: number] {
  let end = last;
  let after = last + 1;
  for (let phrase = 0; phrase < 2; phrase++) {
    const preposition = tokens[end + 1];
    if (!preposition?.word || preposition.cap || preposition.quote >= 0 || !PLACE_PREPOSITIONS.has(preposition.lower)) break;
    let m = end + 2;
    if (tokens[m]?.lower === 'the') m++;
    const from = m;
    while (m < from + PLACE_WORDS && tokens[m]?.word && tokens[m]!.cap && tokens[m]!.quote < 0 && tokens[m]!.sentence === preposition.sentence) m += gluedByDash(tokens, m + 1) ? 3 : 1;
    if (m === from) break;
    // "at Denver International Airport in Colorado": a state after a named place locates the place, not the person.
    if (phrase === 1 && preposition.lower === 'in' && US_STATES.has(tokens.slice(from, m).map((t) => t.text).join(' '))) {
      after = m;
      break;
    }
    end = m - 1;
    after = m;
  }
  if (end === last) return [last, last + 1];
  const next = tokens[after];
  const clauseGoesOn = next !== undefined && next.word && !PHRASE_ENDS.has(next.lower) && !(next.cap === false && isFiniteSpeechVerb(next.lower));
  return clauseGoesOn ? [last, last + 1] : [end, after];
}

/**
 * The last token of an "of"/"for" phrase right after the noun ("head of the police's internal investigators",
 * "spokeswoman for the charity"), or the noun itself when none follows: words and possessive endings up to a
 * speech verb, a punctuation mark or a word that opens a clause.
 *
 * @example
 * // "…," said the head of the police's internal investigators. (noun: "head") → the token "investigators"
 * // "…," said a parent. (noun: "parent") → the noun itself
 */
export function phraseEnd(tokens: readonly Token[], noun: number): number {
  if (!POST_PREPOSITIONS.has(tokens[noun + 1]?.lower ?? '')) return noun;
  let last = noun;
  for (let m = noun + 2; m <= noun + 1 + PHRASE_WORDS; m++) {
    const t = tokens[m];
    if (!t || t.quote >= 0 || (!t.word && t.lower !== "'s") || PHRASE_ENDS.has(t.lower) || isFiniteSpeechVerb(t.lower)) break;
    // "the member of the Cabinet later says": a word between the phrase and its verb is not part of it.
    const next = afterBetweenWords(tokens, m - 1);
    if (next > m && tokens[next]?.word && isFiniteSpeechVerb(tokens[next]!.lower)) break;
    last = m;
  }
  return last > noun + 1 ? last : noun;
}

/**
 * Whether the phrase after the noun ends here: no phrase, the end of the text, a mark, or a word that ends a phrase.
 *
 * @example
 * // "…," said a traveler at Logan Airport. (k: "traveler", last: "Airport", next: ".") → true
 */
export function phraseClosed(tokens: readonly Token[], k: number, last: number, next: number): boolean {
  return last === k || tokens[next] === undefined || !tokens[next]!.word || PHRASE_ENDS.has(tokens[next]!.lower);
}
