/**
 * Stage 11 of actors: a "person" whose name the article writes only after "the", "a" or a possessive ("the Millennium
 * Dome", "their Lenten Break", "the Iran Hostage Crisis", "a White Paper") names a thing, a place or an event, not someone;
 * so does a one-word "person" written only as the head of "the X of NAME" ("the Line of Control", "the Isle of Arran").
 */
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import { WORK_NOUNS } from './load-lexicons.ts';
import { type ResolvedActors, withoutActors } from './06-resolve-mentions.ts';
import determinersJson from '../lexicons/determiners.json' with { type: 'json' };
import betweenSubjectAndVerbJson from '../lexicons/between-subject-and-verb.json' with { type: 'json' };
import verbFormsJson from '../lexicons/verb-forms.json' with { type: 'json' };

// "the Millennium Dome", and after a possessive determiner: "after their Lenten Break", "our Club World beds".
const DETERMINERS: ReadonlySet<string> = new Set([...determinersJson.articles, ...determinersJson.beforeANoun.filter((d) => d !== "'s")]);
const AUXILIARIES: ReadonlySet<string> = new Set(betweenSubjectAndVerbJson.determinedName);
const SPEAKER_VERBS: ReadonlySet<string> = new Set(verbFormsJson.speakerVerbs);

/** "the Tennessee Williams drama", "the James Cagney film": a name before a kind of work is its author's. */
function isAuthor(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next !== undefined && next.word && !next.cap && WORK_NOUNS.has(next.lower);
}

/** "The Aam Nagrik Manch, a commuters' forum, said": the name is the subject of a speech verb, past an appositive. */
function speaks(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  if (tokens[k]?.text === ',') {
    const close = tokens.findIndex((t, i) => i > k && i <= k + 8 && t.text === ',');
    if (close < 0) return false;
    k = close + 1;
  }
  while (tokens[k] && AUXILIARIES.has(tokens[k]!.lower)) k++;
  const verb = tokens[k];
  // Verbs that only a speaker takes ("The Da Vinci Code claims …" is a book's content, not a statement).
  return verb !== undefined && verb.word && !verb.cap && SPEAKER_VERBS.has(verb.lower);
}

/**
 * "the Line of Control": a one-word name after a determiner and before "of" and a capitalised word heads the name of a
 * thing or place; people are not written "the Smith of Leeds".
 *
 * @param tokens The paragraph's tokens.
 * @param first The name's only token.
 * @example
 * // "both sides of the Line of Control" → headsOfName(tokens, indexOf('Line')) === true
 */
function headsOfName(tokens: readonly Token[], first: number): boolean {
  const after = tokens[first + 1];
  const named = tokens[first + 2];
  return after?.lower === 'of' && after.quote === tokens[first]?.quote && named !== undefined && named.word && named.cap;
}

/**
 * Removes every person with no role whose every mention comes right after a determiner owns nothing ("the X's decision") and says nothing ("The Aam Nagrik Manch, a commuters' forum, said"), and is no author ("the Tennessee Williams drama"). People are named
 * bare ("Jane Doe said"); a determiner before a full name is at most an attributive use ("the Tennessee Williams
 * drama"), which goes too when the article never names the person otherwise.
 *
 * @param paragraphs The tokenised paragraphs the mentions point into.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same without those "people".
 * @example
 * // "The sale of the Millennium Dome failed. The Dome stands empty." → no person "Millennium Dome".
 */
export function dropDeterminedNames(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const bare = new Set<string>();
  const people = new Set<string>();
  // One-word names only go when every mention heads "the X of NAME".
  const heads = new Set<string>();
  const notHeads = new Set<string>();
  for (const m of resolved.mentions) {
    if (m.kind !== 'person') continue;
    people.add(m.actor);
    const before = byIndex.get(m.paragraph)?.tokens[m.first - 1];
    const tokens = byIndex.get(m.paragraph)?.tokens;
    // "the Legislative Yuan's decision": what owns something is a body or someone.
    if (!before || !DETERMINERS.has(before.lower) || tokens?.[m.last + 1]?.lower === "'s" || (tokens && (speaks(tokens, m.last) || isAuthor(tokens, m.last)))) bare.add(m.actor);
    if (tokens && m.first === m.last && before?.lower === 'the' && headsOfName(tokens, m.first)) heads.add(m.actor);
    else notHeads.add(m.actor);
  }
  const dropped = new Set(resolved.actors.filter((a) => people.has(a.id) && !bare.has(a.id) && a.roles.length === 0 && (a.name.includes(' ') || (heads.has(a.id) && !notHeads.has(a.id)))).map((a) => a.id));
  if (dropped.size === 0) return resolved;
  return withoutActors(resolved, dropped);
}
