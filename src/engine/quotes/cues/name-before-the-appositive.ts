/**
 * "Ann Roe, the energy minister, said", "Ofgem (Office of Gas), the regulator, said": a "the" phrase set off by commas
 * right after a name (or after the name's short form in brackets) describes that name; it is no epithet subject of
 * its own, so the name that opens the clause speaks.
 */
import type { Mention, Token } from '../../actors/index.ts';
import bodyNameJoinersJson from '../../lexicons/body-name-joiners.json' with { type: 'json' };
import { NAME_PARTICLES } from '../../text/name-particles.ts';
import type { Context } from './cue-context.ts';
import { opensClauseAfterTitles } from './one-sided-affiliation.ts';
import { speakingMention } from './token-tests.ts';

/** The kinds of name an appositive "the …" describes here: people and organisations. */
const DESCRIBED_KINDS: ReadonlySet<string> = new Set(['person', 'organization']);

/**
 * The person or organisation named right before the comma that opens the appositive whose "the" is at `the`, when the
 * appositive runs with words only up to the comma at `comma` (right before the verb) and the name opens its clause
 * after titles at most (not one of a list: "Tom Vale, Ann Roe, the minister, said" gives nobody here). A short form
 * in brackets may stand between the name and the comma ("The Office of Fair Trading (OFT), the watchdog, said").
 *
 * @param context The cue context of the paragraph.
 * @param the The index of the "the" opening the appositive.
 * @param comma The index of the comma that closes it, right before the verb.
 * @param from The first index of the clause.
 * @example
 * // Ann Roe, the energy minister, said …
 * nameBeforeTheAppositive(context, 3, 6, 0) // => the mention of Ann Roe
 * // After meeting Ann Roe, the energy minister said …
 * nameBeforeTheAppositive(context, 5, 8, 0) // => undefined: no comma closes the appositive before the verb
 */
export function nameBeforeTheAppositive(context: Context, the: number, comma: number, from: number): Mention | undefined {
  const { tokens } = context.paragraph;
  if (tokens[the]?.lower !== 'the' || tokens[comma]?.text !== ',' || tokens[the - 1]?.text !== ',') return undefined;
  for (let k = the + 1; k < comma; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || (!t.word && !/^['’]s$/.test(t.text) && t.text !== '-')) return undefined;
  }
  let end = the - 2;
  let short: Mention | undefined;
  // "The Office of Fair Trading (OFT), the watchdog,": the short form in brackets is passed over.
  if (tokens[end]?.text === ')' && tokens[end - 2]?.text === '(' && tokens[end - 1]?.word) {
    short = speakingMention(context, end - 1);
    end -= 3;
  }
  // A full name the actors did not take as one: its short form speaks when the capitalised name opens the sentence.
  const name = speakingMention(context, end) ?? (short && namePhraseOpensSentence(context, end, from) ? short : undefined);
  if (!name || name.inQuote || !DESCRIBED_KINDS.has(name.kind) || name.via !== 'name' || name.first < from) return undefined;
  return name === short || opensClauseAfterTitles(context, name, from) ? name : undefined;
}

/** Lower-case words that may join the capitalised words of a body's full name ("Council of Europe", "Conseil de l'Europe"). */
const NAME_JOINERS: ReadonlySet<string> = new Set([...bodyNameJoinersJson.joiners, ...NAME_PARTICLES]);

/** A capitalised word, also after an elided French article ("l'Audiovisuel"). */
const isCapitalised = (t: Token): boolean => t.cap || /^[a-z]['’]\p{Lu}/u.test(t.text);

/**
 * Whether the words from the start of the sentence (or `from`) to `end` are one capitalised name, "the" allowed first
 * and joining words between ("The Conseil Superieur de l'Audiovisuel").
 */
function namePhraseOpensSentence(context: Context, end: number, from: number): boolean {
  const { tokens } = context.paragraph;
  const start = Math.max(from, context.sentenceStart);
  if (end - start > 8 || end < start) return false;
  for (let k = start; k <= end; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0) return false;
    if (!(t.word && (isCapitalised(t) || NAME_JOINERS.has(t.lower)))) return false;
  }
  return isCapitalised(tokens[end]!);
}
