/**
 * Stage 24 of actors: a name ending in a word for a programme, fund, project or plan ("the Housing Trust Fund", "the
 * Ambler Road Project") is a thing, not a body, where the article treats it as one: after "under" ("under the Home
 * Repair Program"), after a word that runs, funds or holds it ("launched the Rural Roads Program", "funding for the
 * Home Heating Assistance Program", "part of the Safe Return Mission"), right after an amount of money ("EDA's $300 million Coal Communities Commitment"), or described by
 * a copula or appositive whose phrase holds a noun for a programme, a grant or a built work ("The Clean Homes Fund
 * (CHF) is a state grant program", "the Ridge Road Project, a 40-mile gravel road"). The same head words end the names
 * of bodies that act ("the International Monetary Fund said", "the Innocence Project's lawyers"), so the head alone
 * decides nothing, and a mention that speaks, owns, has staff or is cited keeps the name. Any name without roles that
 * the article describes as a show, a fair or a festival ("CES is the largest consumer electronics show") is an event.
 * A name without roles listed after a plural noun for programmes ("programs such as the School Meals Plan (SMP), the
 * Home Heating Fund and the Rural Roads Program") is a programme, whatever its last word.
 */
import type { Actor } from '../schema.ts';
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import { type Mention, type ResolvedActors, withoutActors, mentionsByActor } from './06-resolve-mentions.ts';
import { actsAsSomeone } from './16-drop-venues.ts';
import {
  AMOUNT_WORDS,
  CURRENCY_SIGNS,
  DESCRIBING_ARTICLES as ARTICLES,
  DESCRIBING_COPULAS as COPULAS,
  DESCRIBING_PHRASE_ENDS as PHRASE_ENDS,
  EVENT_DESCRIPTIONS,
  LISTED_PROGRAMME_NOUNS,
  PROGRAMME_GOVERNORS,
  PROGRAMME_HEADS,
  PROGRAMME_NOUNS,
} from './load-lexicons.ts';
import { foldText } from '../text/fold-text.ts';

/** How many words of the phrase are read for its noun. */
const PHRASE_WORDS = 6;

/** A name of two or more words ending in a programme's head word, with no other names. */
function isProgrammeName(actor: Actor): boolean {
  const words = foldText(actor.name).split(/\s+/);
  return actor.kind !== 'anonymous' && words.length > 1 && PROGRAMME_HEADS.has(words.at(-1)!) && actor.roles.length === 0;
}

/** A person's or a body's name without roles: the article may describe it as a thing ("CES is the largest electronics show"). */
function isDescribable(actor: Actor): boolean {
  return (actor.kind === 'person' || actor.kind === 'organization') && actor.roles.length === 0;
}

/** Articles that may stand between a governing word and the programme's name. */
const GOVERNED_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * The mention comes after "under" or another word that runs, funds or holds a programme ("launched", "funding for",
 * "part of"; past "the", "a" or "an"), or right after an amount of money ("$300 million", "$50m").
 */
function isGovernedAsThing(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (GOVERNED_ARTICLES.has(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower === 'under') return true;
  const one = tokens[k];
  if (one !== undefined && one.word && !one.cap && PROGRAMME_GOVERNORS.has(one.lower)) return true;
  const two = tokens[k - 1];
  if (one !== undefined && two !== undefined && one.word && two.word && PROGRAMME_GOVERNORS.has(`${two.lower} ${one.lower}`)) return true;
  k = first - 1;
  if (AMOUNT_WORDS.has(tokens[k]?.lower ?? '')) k--;
  if (!/^\d[\d.,]*$/.test(tokens[k]?.text ?? '')) return false;
  return CURRENCY_SIGNS.has(tokens[k - 1]?.text ?? '') || /^[$£€]/.test(tokens[k - 1]?.text ?? '');
}

/** How many tokens back a list of programmes is read for its opener. */
const LIST_REACH = 40;
/** Lower-case words and marks that stand inside a list of programmes' names ("the X (XY), the Y for Women and Z"). */
const LIST_INNER: ReadonlySet<string> = new Set([',', '(', ')', 'and', 'the', 'of', 'for', '&']);

/**
 * The mention is an item of a list that opens after a plural noun for programmes with "such as", "including" or "like"
 * ("programs such as the Food Aid Plan (FAP), the Home Heating Fund and …"), the list read back through names, their
 * bracketed initials, commas, "and", "the", "of" and "for".
 *
 * @example
 * isListedProgramme(tokensOf('benefit programs such as the Food Aid Plan'), 5) // => true
 */
function isListedProgramme(tokens: readonly Token[], first: number): boolean {
  const sentence = tokens[first]?.sentence;
  let k = first - 1;
  while (k >= 0 && k > first - LIST_REACH && tokens[k]!.sentence === sentence && (tokens[k]!.cap || LIST_INNER.has(tokens[k]!.lower))) k--;
  const opener = tokens[k]?.lower;
  let noun = k - 1;
  if (opener === 'as' && tokens[k - 1]?.lower === 'such') noun = k - 2;
  else if (opener !== 'including' && opener !== 'like') return false;
  if (tokens[noun]?.text === ',') noun--;
  const t = tokens[noun];
  return t !== undefined && t.word && !t.cap && LISTED_PROGRAMME_NOUNS.has(t.lower);
}

/**
 * The head noun of the phrase a copula or an appositive gives the mention ("X (XY) is an affordable housing program
 * that …" → "program"; "X, a 40-mile gravel road connecting …" → "road"): the last lower-case word after "a", "an" or
 * "the", before a relative, a preposition, an "-ing" word or punctuation, and not an owner ("the show's host").
 */
function describedHead(tokens: readonly Token[], last: number): string | undefined {
  let k = last + 1;
  if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')') k += 3;
  if (tokens[k]?.text === ',') k++;
  else if (COPULAS.has(tokens[k]?.lower ?? '')) k++;
  else return undefined;
  if (!ARTICLES.has(tokens[k]?.lower ?? '')) return undefined;
  let head: Token | undefined;
  let i = k + 1;
  for (; i <= k + PHRASE_WORDS && tokens[i]?.word && !PHRASE_ENDS.has(tokens[i]!.lower) && !(tokens[i]!.lower.length > 4 && tokens[i]!.lower.endsWith('ing') && head !== undefined); i++) head = tokens[i];
  if (i > k + PHRASE_WORDS || head === undefined || head.cap || tokens[i]?.lower === "'s" || tokens[i]?.text === "'" || tokens[i]?.text === '’') return undefined;
  return head.lower;
}

/**
 * Removes every actor whose name ends in a programme's head word that some mention shows to be a thing (after
 * "under", after an amount of money, or described as a programme, grant or built work), and every name without roles
 * listed after "programs such as", when no mention shows acting.
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same without the programmes.
 * @example
 * // "The Clean Homes Fund is a state grant program." → no actor "Clean Homes Fund".
 */
export function dropProgrammes(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  const programmes = resolved.actors.filter(isDescribable);
  if (programmes.length === 0) return resolved;
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const at = (m: Mention): readonly Token[] => byIndex.get(m.paragraph)?.tokens ?? [];
  const mentionsOf = mentionsByActor(resolved);
  const dropped = new Set<string>();
  for (const programme of programmes) {
    const mentions = mentionsOf.get(programme.id) ?? [];
    if (mentions.some((m) => actsAsSomeone(at(m), m.first, m.last))) continue;
    const named = isProgrammeName(programme);
    const thing = (m: Mention): boolean => {
      const head = describedHead(at(m), m.last);
      return head !== undefined && (EVENT_DESCRIPTIONS.has(head) || (named && PROGRAMME_NOUNS.has(head)));
    };
    if (mentions.some((m) => (named && isGovernedAsThing(at(m), m.first)) || thing(m) || isListedProgramme(at(m), m.first))) dropped.add(programme.id);
  }
  return dropped.size === 0 ? resolved : withoutActors(resolved, dropped);
}
