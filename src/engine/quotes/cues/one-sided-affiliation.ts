/**
 * A person's affiliation set off by one comma only: "Dr Ann Roe, of the Centre for Transport at the University of Leeds
 * said" (no comma closes it) and "“…,” Ann Roe from the Retail Association, told" (none opens it). The body (or place)
 * right before the verb is where the person works, not the subject; the person, who opens the clause, speaks.
 */
import type { Mention } from '../../actors/index.ts';
import { HONORIFICS, TITLE_HEAD_WORDS } from '../../actors/load-lexicons.ts';
import type { Context } from './cue-context.ts';
import { ARTICLES, CLAUSE_INTRO, OWNER_PREPOSITIONS } from './word-sets.ts';

/** Prepositions that join one body of an affiliation to the next ("… Society at the University of Leeds in Bristol"). */
const CHAIN_PREPOSITIONS: ReadonlySet<string> = new Set([...OWNER_PREPOSITIONS, 'in']);

/**
 * "NAME, of ORG [at ORG2] [in PLACE] said": the person before the comma that opens an affiliation which runs, body
 * after body, to the token `end` right before the verb (a body or place the article names, or up to three
 * capitalised words after "in" that it does not: "in Bristol"), when the person opens the clause; null when the
 * person does not ("Tom Vale and Ann Roe, of Acme said"): the body is no subject either.
 *
 * @example
 * // Dr Ann Roe, of the Centre for Transport at the University of Leeds said: …
 * personBeforeUnclosedAffiliation(context, 17) // => the mention of Ann Roe
 */
export function personBeforeUnclosedAffiliation(context: Context, end: number): Mention | null | undefined {
  const { tokens } = context.paragraph;
  const named = context.mentions.endAt.get(end);
  let first: number;
  if (named) {
    if (named.kind !== 'organization' && named.kind !== 'place') return undefined;
    first = named.first;
  } else {
    first = end;
    while (first > end - 3 && tokens[first - 1]?.word && tokens[first - 1]!.cap && !context.mentions.endAt.has(first - 1)) first--;
    if (!tokens[end]?.word || !tokens[end]!.cap || tokens[first - 1]?.lower !== 'in') return undefined;
  }
  for (let hops = 0; hops < 4; hops++) {
    let k = first - 1;
    if (ARTICLES.has(tokens[k]?.lower ?? '')) k--;
    const preposition = tokens[k];
    if (!preposition?.word || !CHAIN_PREPOSITIONS.has(preposition.lower)) return undefined;
    if (tokens[k - 1]?.text === ',') {
      if (!OWNER_PREPOSITIONS.has(preposition.lower)) return undefined;
      const person = context.mentions.endAt.get(k - 2);
      if (!person || person.kind !== 'person' || person.inQuote) return undefined;
      return opensClauseAfterTitles(context, person, context.sentenceStart) ? person : null;
    }
    const before = context.mentions.endAt.get(k - 1);
    if (!before || (before.kind !== 'organization' && before.kind !== 'place') || before.inQuote) return undefined;
    first = before.first;
  }
  return undefined;
}

/**
 * True when only titles and honorifics ("Dr", "Labour MP", "chief executive") stand between the start of the clause
 * (the sentence, a closing quotation mark, `from`, or a clause opener such as "But") and `person`.
 *
 * @example
 * // "But Dr Mina Osei, of the Institute for Road Safety said: …" with `person` the mention of Mina Osei
 * opensClauseAfterTitles(context, osei, sentenceStart); // true: only "But" and "Dr" stand before her
 */
export function opensClauseAfterTitles(context: Context, person: Mention, from: number): boolean {
  const { tokens } = context.paragraph;
  let b = person.first - 1;
  while (b >= from && b >= context.sentenceStart && tokens[b]!.word && tokens[b]!.quote < 0 && (tokens[b]!.cap || TITLE_HEAD_WORDS.has(tokens[b]!.lower) || HONORIFICS.has(tokens[b]!.lower)) && !CLAUSE_INTRO.has(tokens[b]!.lower)) b--;
  const before = tokens[b];
  if (b < from || b < context.sentenceStart || before === undefined) return true;
  if (!before.word) return /^[“”"‘’']$/.test(before.text);
  // "Tom Vale and Ann Roe, of Acme said": one of a pair is no subject alone.
  const joined = (before.lower === 'and' || before.lower === 'or') && context.mentions.endAt.has(b - 1);
  return CLAUSE_INTRO.has(before.lower) && !joined;
}
