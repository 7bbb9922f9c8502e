/**
 * Stage 18 of actors: capitalised words inside a sentence in another language ("Tradicionalmente a Sexta-feira Santa é
 * a única data …", "tenemos una beba en Estado Vegetativo Permanente") are that language's nouns and titles, not
 * people or bodies. A sentence is in another language when its lower-case words are mostly the function words of one
 * (Spanish, Portuguese, French) and few are English.
 */
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import { type ResolvedActors, withoutActors } from './06-resolve-mentions.ts';
import foreignJson from '../lexicons/foreign-function-words.json' with { type: 'json' };
import spanishJson from '../lexicons/spanish-function-words.json' with { type: 'json' };
import { foldText } from '../text/fold-text.ts';
import { SPEECH_VERBS } from './load-lexicons.ts';

const LANGUAGES: readonly ReadonlySet<string>[] = [spanishJson.words, foreignJson.pt, foreignJson.fr].map((words) => new Set(words.map(foldText)));
const ENGLISH: ReadonlySet<string> = new Set(foreignJson.english);
/** The function words of every language above in one set: a paragraph's words are each looked up once. */
const ANY_LANGUAGE: ReadonlySet<string> = new Set(LANGUAGES.flatMap((language) => [...language]));
const CITING: ReadonlySet<string> = new Set(foreignJson.citing.map(foldText));

/** At least this many function words of one language, and at least this share of the sentence's lower-case words. */
const MIN_WORDS = 3;
const MIN_SHARE = 0.3;

/**
 * True when the sentence of tokens `first`..`last` (the name left out) is in another language: at least three of its
 * lower-case words, and three tenths of them, are function words of one language, and that language's words are more
 * than twice the English ones. A sentence that names a speaker ("según el ministro X", "…, dijo X") is not read as one, unless the verb is outside a quotation the name is in.
 *
 * @example
 * // "La Sexta-feira Santa de los pueblos es una fiesta que …": the tokens around the name are Spanish function words
 * inForeignSentence(paragraph.tokens, first, last) // => true
 */
export function inForeignSentence(tokens: readonly Token[], first: number, last: number): boolean {
  const sentence = tokens[first]?.sentence;
  const words: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || (k >= first && k <= last) || !t.word) continue;
    // A verb of saying on the name's side of the quotation marks ("“…”, dijo X"; not the one after a quotation the name is in).
    if ((CITING.has(t.lower) || SPEECH_VERBS.has(t.lower)) && t.quote === tokens[first]!.quote) return false;
    if (!t.cap) words.push(t.lower);
  }
  if (words.length === 0) return false;
  const english = words.filter((w) => ENGLISH.has(w)).length;
  return LANGUAGES.some((language) => {
    const n = words.filter((w) => language.has(w) && !ENGLISH.has(w)).length;
    return n >= MIN_WORDS && n >= MIN_SHARE * words.length && n > 2 * english;
  });
}

/** The paragraph has at least three lower-case words that are function words of another language and not English ones. */
function mayBeForeign(paragraph: TokenizedParagraph): boolean {
  let n = 0;
  for (const t of paragraph.tokens) {
    if (!t.word || t.cap || ENGLISH.has(t.lower) || !ANY_LANGUAGE.has(t.lower)) continue;
    if (++n >= MIN_WORDS) return true;
  }
  return false;
}

/**
 * Removes every person or organisation without roles whose every mention stands in a sentence in another language. A
 * name the article also writes once in an English sentence ("Carlos Fuentes, muerió hoy …" beside "Carlos Fuentes
 * died") stays.
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same without the foreign words.
 * @example
 * // "Tradicionalmente a Sexta-feira Santa é a única data onde se ordena o Dom." → no person "Sexta-feira Santa".
 */
export function dropForeignPhrases(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  // Most paragraphs have no three foreign function words: one pass over their words settles all their mentions.
  const mayBe = new Map<number, boolean>();
  const foreign = new Map<string, boolean>();
  for (const m of resolved.mentions) {
    if (foreign.get(m.actor) === false || (m.kind !== 'person' && m.kind !== 'organization')) continue;
    const paragraph = byIndex.get(m.paragraph);
    if (paragraph !== undefined && !mayBe.has(m.paragraph)) mayBe.set(m.paragraph, mayBeForeign(paragraph));
    foreign.set(m.actor, paragraph !== undefined && mayBe.get(m.paragraph) === true && inForeignSentence(paragraph.tokens, m.first, m.last));
  }
  const dropped = new Set(
    resolved.actors.filter((a) => (a.kind === 'person' || a.kind === 'organization') && a.roles.length === 0 && foreign.get(a.id) === true).map((a) => a.id),
  );
  if (dropped.size === 0) return resolved;
  return withoutActors(resolved, dropped);
}
