/**
 * Whether the subject of a verb of saying speaks a quotation there: "the government said it was “a bit late”",
 * "“We will act,” the government said", not "the government announced a further £250 million". A noun that names its
 * body alone (`speakingBodiesAlone`, `speaking-body.ts`) makes the body only then: a mere mention, or a verb of saying
 * that reports an act, makes none.
 */
import type { TokenizedParagraph } from './01-tokenize-text.ts';
import { SPEECH_VERBS } from './load-lexicons.ts';

/**
 * True when the phrase from `first` to `last` (the subject of a verb of saying) speaks a quotation: one closes right
 * before it ("“…,” the government said") or one opens after its verb in the same sentence, before any other verb of
 * saying ("the government said it would “protect jobs”"; not "the government said Rahayu told them “no”").
 *
 * @param paragraph The tokenised paragraph.
 * @param first The phrase's first token ("the").
 * @param last The phrase's last token ("government").
 * @returns Whether a quotation is the phrase's to speak.
 * @example
 * speaksAQuote(tokenizeText(0, 'But the government said it would “protect jobs”.', spans), 1, 2) // => true
 * speaksAQuote(tokenizeText(0, 'The government announced a further £250 million.', []), 0, 1) // => false
 */
export function speaksAQuote(paragraph: TokenizedParagraph, first: number, last: number): boolean {
  const { tokens } = paragraph;
  const before = tokens[first - 1];
  // "“It is late,” the government said": the quotation, or its comma, ends right before the phrase, in its sentence
  // ("… “higher taxes.” The government has announced" opens another sentence).
  const closes = before !== undefined && (before.quote >= 0 || (before.text === ',' && (tokens[first - 2]?.quote ?? -1) >= 0));
  if (closes && before.sentence === tokens[first]!.sentence && !tokens[first]!.cap) return true;
  const sentence = tokens[last]!.sentence;
  let verbs = 0;
  for (let k = last + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const token = tokens[k]!;
    if (token.quote >= 0) return verbs === 1;
    if (token.word && SPEECH_VERBS.has(token.lower) && ++verbs > 1) return false;
  }
  return false;
}
