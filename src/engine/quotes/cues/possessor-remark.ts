/**
 * "“…,” was Ann Roe's assessment.": right after a quotation, "was/is" and a possessive speaker before a noun for a
 * remark (assessment, verdict, view, reply …) that ends the sentence. The owner of the remark is the speaker.
 */
import type { Context, Found } from './cue-context.ts';
import { possessiveMarkAfter } from './possessor-person.ts';
import { REMARK_NOUNS } from './word-sets.ts';

/** Forms of "be" that link a quote to the remark noun naming its owner. */
const LINKING_BE: ReadonlySet<string> = new Set(['was', 'is', 'were', 'are']);
/** What may follow the remark noun: the end of its clause. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['.', ',', ';', '!', '?']);

/**
 * The speaker of "“Q,” was NAME's NOUN.": the first word after the quote (tokens `from`…`to`) is a form of "be", a
 * person or organisation named right after it (after "the" too: "the minister's view") carries a possessive, and a
 * remark noun follows (one lower-case modifier may come between: "NAME's blunt verdict") and ends the clause.
 *
 * @param context The quotation's sentence.
 * @param from The first token after the closing mark.
 * @param to The last token of the cue.
 * @example
 * // “It was careful but deliberate,” was Mr Roe's assessment.
 * possessorRemarkAfter(context, 8, 13) // => { subject: { type: 'mention', mention: ‹Mr Roe› }, rule: 'possessor-remark-after-quote' }
 */
export function possessorRemarkAfter(context: Context, from: number, to: number): Found | undefined {
  const { tokens } = context.paragraph;
  let k = from;
  while (k <= to && !tokens[k]!.word) k++;
  if (k > to || !LINKING_BE.has(tokens[k]!.lower) || tokens[k]!.quote >= 0) return undefined;
  // "Ms Roe": the mention may begin after the honorific; "the minister's view": after "the".
  const owner = context.mentions.startAt.get(k + 1) ?? (tokens[k + 1]?.word && (tokens[k + 1]!.cap || tokens[k + 1]!.lower === 'the') ? context.mentions.startAt.get(k + 2) : undefined);
  if (!owner || owner.inQuote || owner.last >= to || (owner.kind !== 'person' && owner.kind !== 'organization')) return undefined;
  const mark = possessiveMarkAfter(tokens, owner);
  if (mark === undefined) return undefined;
  let noun = mark + 1;
  if (!REMARK_NOUNS.has(tokens[noun]?.lower ?? '') && tokens[noun]?.word && !tokens[noun]!.cap) noun++;
  const nounToken = tokens[noun];
  if (!nounToken || noun > to || nounToken.cap || nounToken.quote >= 0 || !REMARK_NOUNS.has(nounToken.lower)) return undefined;
  if (noun < to && !CLAUSE_ENDS.has(tokens[noun + 1]!.text)) return undefined;
  return { subject: { type: 'mention', mention: owner }, rule: 'possessor-remark-after-quote' };
}
