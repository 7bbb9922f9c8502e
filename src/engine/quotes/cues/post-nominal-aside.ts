/**
 * "with pundit Jeff Goldberg, Ph.D., claiming …", "Tom Vale, Jr., adding …": letters after a person's name set off by
 * commas close no clause; a participle after them is the person's, not the sentence subject's.
 */
import type { Mention } from '../../actors/index.ts';
import { POST_NOMINALS } from '../../actors/load-lexicons.ts';
import type { Context } from './cue-context.ts';

/**
 * The person whose post-nominal letters end at the comma `comma` ("NAME, Ph.D.," with the comma after "Ph.D."),
 * when a participle follows the comma.
 *
 * @param context The cue's sentence.
 * @param comma The comma right before the participle.
 * @example
 * // … with pundit Jeff Goldberg, Ph.D., claiming Biden is “quite acute.”
 * personBeforePostNominal(context, 9) // => the mention of Jeff Goldberg
 */
export function personBeforePostNominal(context: Context, comma: number): Mention | undefined {
  const { tokens } = context.paragraph;
  if (tokens[comma]?.text !== ',' || !POST_NOMINALS.has(tokens[comma - 1]?.text ?? '') || tokens[comma - 2]?.text !== ',') return undefined;
  const person = context.mentions.endAt.get(comma - 3);
  return person && person.kind === 'person' && !person.inQuote ? person : undefined;
}
