/**
 * "If the vote goes well, he intends to go into the next session “on the front foot”": a quoted fragment completing
 * the infinitive after a verb of stated intention ("intends", "vows", "plans") is the words of that verb's subject.
 */
import { PERSON_PRONOUNS } from '../../actors/load-lexicons.ts';
import intentionJson from '../../lexicons/stated-intention-verbs.json' with { type: 'json' };
import type { Subject } from '../cue-types.ts';
import type { CueSite, Found } from './cue-context.ts';

/** "intends", "vowed", "plans": verbs of stated intention before "to" and a verb. */
const STATED_INTENTION_VERBS: ReadonlySet<string> = new Set(intentionJson.words);

/**
 * The person (a name, or "he" / "she") opening a clause, at the sentence start or after a comma, when the verb right
 * after it is one of stated intention, then "to" and a lower-case verb, and only unquoted lower-case words and no name
 * lead from there to the quote.
 *
 * @example
 * // If it passes, she intends to enter the talks “with open hands”.
 * statedIntentionQuote(site) // => { subject: { type: 'pronoun', pronoun: 'she', … } }
 */
export function statedIntentionQuote(s: CueSite): Found | undefined {
  if (s.opensSentence || s.startsSentence) return undefined;
  const { paragraph, mentions, sentenceStart, position } = s.context;
  const { tokens } = paragraph;
  let k = s.openToken - 1;
  for (; k > sentenceStart + 1; k--) {
    const t = tokens[k]!;
    if (t.quote >= 0 || mentions.startAt.has(k) || (!t.word && t.text !== '-') || t.cap) return undefined;
    if (t.lower === 'to' && STATED_INTENTION_VERBS.has(tokens[k - 1]!.lower)) break;
  }
  const infinitive = tokens[k + 1];
  if (k <= sentenceStart + 1 || !infinitive?.word || infinitive.cap || k + 1 >= s.openToken) return undefined;
  const last = k - 2;
  const mention = mentions.endAt.get(last);
  const pronoun = tokens[last]!.lower;
  const subject: Subject | undefined = mention?.kind === 'person' && !mention.inQuote ? { type: 'mention', mention } : PERSON_PRONOUNS.has(pronoun) && pronoun !== 'they' && pronoun !== 'it' ? { type: 'pronoun', pronoun, paragraph: position, token: last } : undefined;
  if (!subject) return undefined;
  const first = subject.type === 'mention' ? subject.mention.first : last;
  return first === sentenceStart || tokens[first - 1]?.text === ',' ? { subject } : undefined;
}
