/**
 * A quotation that speaks of a person by a word of that person's own name, in the third person, is not that person's:
 * in "Ann Roe criticised her captain, Tom Vance. “I have had a word with Tom,” he said.", "he" is not Tom Vance, though
 * he is the man named before. The name need not be a mention of its own: a given name alone ("Tom") is enough. Not a
 * name the speaker gives as their own ("I, Tom, …", "It's me, Tom"), nor a word another actor's name shares (two Toms:
 * who "Tom" is stays open), nor a word that opens a sentence (a name there may be a common word: "Young people …").
 */
import type { Mention, Token, TokenizedParagraph } from '../../actors/index.ts';
import { HONORIFICS } from '../../actors/load-lexicons.ts';
import selfNamingJson from '../../lexicons/self-naming.json' with { type: 'json' };
import type { ResolveContext } from './resolve-context.ts';

/** Words right before a name that make it the speaker's own ("I, Tom", "me, Tom", "I'm Tom", "my name is Tom"). */
const SELF_NAMING: ReadonlySet<string> = new Set(selfNamingJson.before);

/** Where a quotation lies: its paragraph's position and its first and last token, marks included. */
export interface QuotePlace {
  position: number;
  openToken: number;
  closeToken: number;
}

/**
 * True when the quotation speaks of `speaker` in the third person by a word of the speaker's name that no other actor
 * of the article shares, so the speaker cannot be the one who says it.
 *
 * @param context The article's paragraphs and mentions.
 * @param quote Where the quotation lies.
 * @param speaker The actor a cue or sieve gave the quotation.
 * @returns True when the quotation names that speaker as someone else.
 * @example
 * // Ann Roe criticised her captain, Tom Vance. ⏎ “I have had a word with Tom,” he said.
 * speakerSpokenOfInQuote(context, { position: 1, openToken: 0, closeToken: 9 }, 'tom-vance') // => true
 */
export function speakerSpokenOfInQuote(context: ResolveContext, quote: QuotePlace, speaker: string): boolean {
  const paragraph = context.paragraphs[quote.position]!;
  // A quotation without a name word names no one: the article's mentions are not read (most quotations, at every sieve).
  let named = false;
  for (let k = quote.openToken + 1; k < quote.closeToken && !named; k++) named = nameWord(paragraph.tokens[k]) !== undefined;
  if (!named) return false;
  const own = new Set<string>();
  const others = new Set<string>();
  let person = false;
  context.index.forEach((entry, p) => {
    const tokens = context.paragraphs[p]!.tokens;
    for (const m of entry.list) {
      if (m.via !== 'name') continue;
      if (m.actor === speaker) {
        if (m.kind !== 'person' || m.inQuote) continue;
        person = true;
        addNameWords(tokens, m, own);
      } else addNameWords(tokens, m, others);
    }
  });
  if (!person) return false;
  for (let k = quote.openToken + 1; k < quote.closeToken; k++) {
    const word = nameWord(paragraph.tokens[k]);
    if (word && own.has(word) && !others.has(word) && isThirdPersonName(paragraph, k, quote.openToken, own)) return true;
  }
  return false;
}

/** Adds the capitalised words of a name mention, without honorifics or initials. */
function addNameWords(tokens: readonly Token[], m: Mention, into: Set<string>): void {
  for (let k = m.first; k <= m.last; k++) {
    const word = nameWord(tokens[k]);
    if (word && !HONORIFICS.has(word)) into.add(word);
  }
}

/** A capitalised word of two letters or more, folded, without a possessive "'s". */
function nameWord(token: Token | undefined): string | undefined {
  if (!token?.word || !token.cap) return undefined;
  const word = token.lower.endsWith("'s") ? token.lower.slice(0, -2) : token.lower; // `replace(/'s$/, '')` without an expression
  return word.length > 1 ? word : undefined;
}

/**
 * True when the name word at `k` is used as a name of someone spoken of: its run of capitalised words holds only
 * honorifics and the speaker's name words ("the Tom Vance Trophy" is a thing), it does not open a sentence, and no
 * word before it gives it as the speaker's own.
 */
function isThirdPersonName(paragraph: TokenizedParagraph, k: number, openToken: number, own: ReadonlySet<string>): boolean {
  const { tokens } = paragraph;
  let first = k;
  while (first - 1 > openToken && tokens[first - 1]!.word && tokens[first - 1]!.cap) first--;
  let last = k;
  while (tokens[last + 1]?.word && tokens[last + 1]!.cap) last++;
  for (let j = first; j <= last; j++) {
    const word = nameWord(tokens[j]) ?? '';
    if (!own.has(word) && !HONORIFICS.has(word)) return false;
  }
  const before = tokens[first - 1];
  if (first - 1 <= openToken || before === undefined || (!before.word && before.text !== ',') || before.sentence !== tokens[first]!.sentence) return false;
  const word = before.text === ',' ? tokens[first - 2] : before;
  return !SELF_NAMING.has(word?.lower ?? '') && !(word?.lower === 'is' && tokens[first - 2]?.lower === 'name');
}
