/**
 * "Backlash from the remark led Biden to express “…”", "…, prompting him to quip he was “…”": the object of a verb that
 * tells what made someone act (leading-to-speech.json) is the subject of the "to"-infinitive of saying after it; the
 * object speaks, not the subject of the outer verb.
 */
import leadingJson from '../../lexicons/leading-to-speech.json' with { type: 'json' };
import type { Subject } from '../cue-types.ts';
import type { Context } from './cue-context.ts';
import { ARTICLES, SPEAKING_KINDS } from './word-sets.ts';

const LEADING_VERBS: ReadonlySet<string> = new Set(leadingJson.verbs);
/** Object pronouns, as the subject pronoun they stand for. */
const OBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);

/**
 * The speaker of the verb of saying at `verbAt` when it is a "to"-infinitive after the object of a verb that made the
 * object act: VERB (a lower-case form from the lexicon), the object (a name, maybe after "the", or "him", "her",
 * "them"), "to", the verb of saying. The object is the subject; anything else gives undefined.
 *
 * @param context The quotation's sentence.
 * @param verbAt The verb of saying.
 * @param from The first token of the clause.
 * @returns The object as the subject, or undefined.
 * @example
 * // The criticism led Mark Hollis to admit “I went too far.”
 * objectLedToSpeak(context, 6, 0) // => { type: 'mention', mention: ‹Mark Hollis› }
 * // The criticism prompted him to say “I went too far.”
 * objectLedToSpeak(context, 5, 0) // => { type: 'pronoun', pronoun: 'he', … }
 */
export function objectLedToSpeak(context: Context, verbAt: number, from: number): Subject | undefined {
  const { tokens } = context.paragraph;
  if (tokens[verbAt - 1]?.lower !== 'to') return undefined;
  const objectEnd = verbAt - 2;
  const pronoun = OBJECT_PRONOUNS.get(tokens[objectEnd]?.lower ?? '');
  const mention = pronoun ? undefined : context.mentions.endAt.get(objectEnd);
  if (!pronoun && (!mention || mention.inQuote || !SPEAKING_KINDS.has(mention.kind))) return undefined;
  const objectStart = mention ? mention.first : objectEnd;
  const verb = ARTICLES.has(tokens[objectStart - 1]?.lower ?? '') && mention ? objectStart - 2 : objectStart - 1;
  const t = tokens[verb];
  if (verb < from || !t?.word || t.cap || t.quote >= 0 || !LEADING_VERBS.has(t.lower)) return undefined;
  // "NAME and NAME2 presented the prize to NAME3, leading him to quip …": a person named earlier in the sentence makes
  // whom the pronoun stands for unclear (the subject, or the one the deed was done to); nobody.
  if (pronoun) return personNamedBefore(context, objectEnd) ? undefined : { type: 'pronoun', pronoun, paragraph: context.position, token: objectEnd };
  return { type: 'mention', mention: mention! };
}

/** True when a person is named outside quotations in the sentence before `k`. */
function personNamedBefore(context: Context, k: number): boolean {
  for (let m = context.sentenceStart; m < k; m++) {
    const mention = context.mentions.startAt.get(m);
    if (mention && !mention.inQuote && (mention.kind === 'person' || mention.kind === 'anonymous')) return true;
  }
  return false;
}
