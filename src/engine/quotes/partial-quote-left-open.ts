/**
 * A partial quotation whose closing mark the writer left out ("… lists were "only 10% of the health agenda. Dr Gibbons
 * said staff wanted "change". …"): a careful reader closes it at the end of its first sentence, so the narration after
 * it is not read as quoted; with no sentence end before the next opening mark, it ends at that mark.
 */
import sentenceAbbreviationsJson from '../lexicons/sentence-abbreviations.json' with { type: 'json' };

const ABBREVIATIONS: ReadonlySet<string> = new Set(sentenceAbbreviationsJson.words);
/** A full stop, question or exclamation mark, then space and a capital (maybe after an opening mark): a sentence ends. */
const SENTENCE_END = /[.!?](?=\s+["“‘]?\p{Lu})/gu;

/** The mark at `open` opens a quotation on a lower-case word inside a sentence, not at a sentence's start. */
function opensInsideSentence(text: string, open: number): boolean {
  const before = text.slice(0, open);
  return /^\p{Ll}/u.test(text.slice(open + 1)) && !/[.!?:]["”’]?\s*$/u.test(before) && before.trim() !== '';
}

/**
 * Where the partial quotation opened at `open` ends when the paragraph never closes it and another mark at `nested`
 * opens a quotation after it (a straight or British single mark read as nested, or a second curly double opening
 * mark): right after the first sentence end between the two. Only for a quotation opened inside a sentence on a
 * lower-case word ("were "only 10% …"), a phrase of someone's words set into the writer's sentence, which the next
 * sentence of narration does not continue; a quotation opening a sentence may run on over several ("She said: "We
 * lost. …"). Undefined when these do not hold.
 *
 * @param text The paragraph.
 * @param open The offset of the opening mark left unclosed.
 * @param nested The offset of the next mark that opens a quotation.
 * @returns The offset right after the sentence's final punctuation, or undefined.
 * @example
 * partialQuoteEnd('It was "only 10%. Dr Roe said "no".', 7, 30) // => 17
 * partialQuoteEnd('She said: "We lost. Dr Roe said "no".', 10, 32) // => undefined
 */
export function partialQuoteEnd(text: string, open: number, nested: number): number | undefined {
  if (!opensInsideSentence(text, open)) return undefined;
  SENTENCE_END.lastIndex = open + 1;
  for (let match = SENTENCE_END.exec(text); match && match.index < nested; match = SENTENCE_END.exec(text)) {
    const word = /([\p{L}.]+)$/u.exec(text.slice(open + 1, match.index))?.[1]?.toLowerCase() ?? '';
    if (!ABBREVIATIONS.has(word) && !/^\p{L}$/u.test(word)) return match.index + 1;
  }
  return undefined;
}

/**
 * Where the partial quotation opened at `open` ends when the paragraph never closes it and another mark at `nested`
 * opens a quotation before any sentence end ("… had been "ambitious, but take-up had not been "enough to go on". She
 * added: "…""): the writer left out the closing mark before the next opening one, so the first quotation stops there,
 * not at the paragraph's end. Only for a quotation opened inside a sentence on a lower-case word and a mark after a
 * space opening a word; a quotation opening a sentence may hold a nested one in the same marks.
 *
 * @param text The paragraph.
 * @param open The offset of the opening mark left unclosed.
 * @param nested The offset of the next mark that opens a quotation.
 * @returns The offset of the mark at `nested`, where the first quotation stops, or undefined.
 * @example
 * partialQuoteEndAtMark('It was "a plan, but not "enough" for us.', 7, 24) // => 24
 * partialQuoteEndAtMark('She said: "We had "enough" of it.', 10, 18) // => undefined
 */
export function partialQuoteEndAtMark(text: string, open: number, nested: number): number | undefined {
  if (!opensInsideSentence(text, open)) return undefined;
  if (!/\s/u.test(text[nested - 1] ?? '') || !/\p{L}/u.test(text[nested + 1] ?? '')) return undefined;
  return nested;
}
