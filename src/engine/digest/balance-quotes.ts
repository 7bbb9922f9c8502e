/**
 * Quotation marks of a sentence shown on its own (a key point, a claim): every quote opened is closed.
 */

/** Marks that open a quote, and the mark that closes each. */
const CLOSERS: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['„', '“'],
  ['«', '»'],
]);

/** Any double quotation mark this module reads. */
const QUOTE_MARKS = /["“”„«»]/u;

/**
 * Makes a sentence's double quotation marks balanced, or says it cannot be shown on its own.
 *
 * A sentence cut from a paragraph can open a quote that the paragraph (or the next one) closes later;
 * its quote then runs to the sentence's end, so the missing closing marks are added there. A sentence
 * that closes a quote it never opened starts inside a quote, and is not a whole sentence: `undefined`.
 * Single marks are left alone, as `’` is also the apostrophe.
 *
 * @param text A sentence.
 * @returns The sentence with its quotes closed, or `undefined` when it starts inside a quote.
 * @example
 * balanceQuotes('Macron said: “We will do everything.') // => 'Macron said: “We will do everything.”'
 * balanceQuotes('He called it “a major escalation”.') // => 'He called it “a major escalation”.'
 * balanceQuotes('win the war,” he said.') // => undefined
 * balanceQuotes('He said "no.') // => 'He said "no."'
 */
export function balanceQuotes(text: string): string | undefined {
  // Most sentences have no double quotation mark at all.
  if (!QUOTE_MARKS.test(text)) return text;
  const open: string[] = [];
  let straight = 0;
  for (const char of text) {
    if (char === '"') straight++;
    else if (open.at(-1) === char) open.pop();
    else if (CLOSERS.has(char)) open.push(CLOSERS.get(char)!);
    else if (char === '”' || char === '»') return undefined;
  }
  if (open.length === 0 && straight % 2 === 0) return text;
  return `${text}${straight % 2 === 1 ? '"' : ''}${open.reverse().join('')}`;
}

/**
 * Whether a sentence's double quotation marks are balanced: each opening mark closed in order, and an
 * even number of straight marks.
 *
 * @example
 * hasBalancedQuotes('He called it “a major escalation”.') // => true
 * hasBalancedQuotes('Macron said: “We will do everything.') // => false
 */
export function hasBalancedQuotes(text: string): boolean {
  return balanceQuotes(text) === text;
}
