/**
 * Stage 19 of actors: a name the article introduces as a person of a story or a myth ("the character Tasha Yar", "the
 * character of Anya Jenkins", "stepping into the role of Tom", "characters like Stan Korval", "the god Anhotep",
 * "Squirrel Girl, a Marvel Comics character") is fiction, not an actor,
 * unless the article lets it speak ("quotes by comic strip character Mafalda", "Mafalda says").
 */
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import { type ResolvedActors, withoutActors } from './06-resolve-mentions.ts';
import { CHARACTER_NOUNS, SPEECH_VERBS } from './load-lexicons.ts';
import betweenSubjectAndVerbJson from '../lexicons/between-subject-and-verb.json' with { type: 'json' };

const AUXILIARIES: ReadonlySet<string> = new Set(betweenSubjectAndVerbJson.determinedName);
/** Words before a character's phrase that make the character the source of words ("quotes by the character X"). */
const SOURCE_LINKS: ReadonlySet<string> = new Set(['by', 'from']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

const isCharacterNoun = (t: Token | undefined): boolean => t !== undefined && t.word && !t.cap && CHARACTER_NOUNS.has(t.lower);

/**
 * The token index of the character noun that introduces the name at `first`..`last`, or -1: right before it ("character
 * Tasha Yar"), before "of" ("the role of Tom"), after one such name and "or"/"and" ("the role of Luke Skywalker or Frodo
 * Baggins"), after "as" behind it ("listed X and Y as dream roles"), or ending an
 * apposition after it (", a Marvel Comics character").
 */
function characterNounAt(tokens: readonly Token[], first: number, last: number): number {
  const right = nounRightBefore(tokens, first);
  if (right >= 0) return right;
  // "the role of Luke Skywalker or Frodo Baggins": the second of two names after the noun.
  if (tokens[first - 1]?.lower === 'or' || tokens[first - 1]?.lower === 'and') {
    let start = first - 1;
    while (start > 0 && tokens[start - 1]!.word && tokens[start - 1]!.cap) start--;
    const opening = start < first - 1 ? nounRightBefore(tokens, start) : -1;
    if (opening >= 0) return opening;
  }
  // "would list Sailor Neptune and Sailor Uranus as dream roles": "as", up to two words and the noun, after the name or a pair of names.
  let k = last + 1;
  if (tokens[k]?.lower === 'and') {
    k++;
    while (tokens[k]?.word && tokens[k]!.cap) k++;
  }
  if (tokens[k]?.lower === 'as') {
    for (let m = k + 1; m <= k + 3 && tokens[m]?.word && !tokens[m]!.cap; m++) if (isCharacterNoun(tokens[m])) return m;
  }
  if (tokens[last + 1]?.text === ',' && ARTICLES.has(tokens[last + 2]?.lower ?? '')) {
    // Only a story's name between the article and the noun: "a Marvel Comics character", not "a colourful character".
    for (let k = last + 3; k <= last + 6 && k < tokens.length; k++) {
      const t = tokens[k]!;
      if (isCharacterNoun(t)) {
        const next = tokens[k + 1];
        return k > last + 3 && (next === undefined || !next.word) ? k : -1;
      }
      if (!t.word || !t.cap) return -1;
    }
  }
  return -1;
}

/**
 * The token index of a character noun that opens the name at `first`, or -1: right before it ("character Tasha Yar"),
 * before "of" ("the role of Tom"), or before "like" or "such as" ("characters like Stan Korval").
 */
function nounRightBefore(tokens: readonly Token[], first: number): number {
  if (isCharacterNoun(tokens[first - 1])) return first - 1;
  const link = tokens[first - 1]?.lower;
  if ((link === 'of' || link === 'like') && isCharacterNoun(tokens[first - 2])) return first - 2;
  if (link === 'as' && tokens[first - 2]?.lower === 'such' && isCharacterNoun(tokens[first - 3])) return first - 3;
  return -1;
}

/** The phrase of the character noun at `noun` follows "by" or "from" within five words ("quotes by comic strip character X"). */
function isSourcePhrase(tokens: readonly Token[], noun: number): boolean {
  for (let k = noun - 1; k >= 0 && k >= noun - 6; k--) {
    const t = tokens[k]!;
    if (!t.word) return false;
    if (SOURCE_LINKS.has(t.lower)) return true;
  }
  return false;
}

/** The name speaks: a verb of saying follows it (past an apposition between commas and auxiliaries), or "according to" comes before. */
function speaks(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[first - 1]?.lower === 'to' && tokens[first - 2]?.lower === 'according') return true;
  let k = last + 1;
  if (tokens[k]?.text === ',') {
    for (let c = k + 1; c <= k + 8 && c < tokens.length; c++) {
      if (tokens[c]!.text === ',') {
        k = c + 1;
        break;
      }
    }
  }
  while (tokens[k] && AUXILIARIES.has(tokens[k]!.lower)) k++;
  const verb = tokens[k];
  return verb !== undefined && verb.word && !verb.cap && SPEECH_VERBS.has(verb.lower);
}

/**
 * Removes every person or organisation that one mention introduces with a noun for a character of a story and that no
 * mention lets speak or be the source of words.
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same without the characters.
 * @example
 * // "She played the character of Lena Voss for six years." → no person "Lena Voss".
 */
export function dropCharacters(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const character = new Set<string>();
  const speaking = new Set<string>();
  for (const m of resolved.mentions) {
    if (m.kind !== 'person' && m.kind !== 'organization') continue;
    const tokens = byIndex.get(m.paragraph)?.tokens ?? [];
    const noun = characterNounAt(tokens, m.first, m.last);
    if (noun >= 0) character.add(m.actor);
    if ((noun >= 0 && isSourcePhrase(tokens, noun)) || speaks(tokens, m.first, m.last)) speaking.add(m.actor);
  }
  const dropped = new Set([...character].filter((id) => !speaking.has(id)));
  if (dropped.size === 0) return resolved;
  return withoutActors(resolved, dropped);
}
