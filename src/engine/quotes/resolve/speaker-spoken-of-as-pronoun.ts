/**
 * A quotation placed after narrative about one person, and given to that person only because the narrative's subject
 * was they, is not theirs when its first personal pronoun is "he"/"his" (or "she"/"her") of that person's gender,
 * before any "I" or "we": the quote goes on speaking of them in the third person, as a friend or a biographer does
 * ("But Ann Roe became a star in the 1990s. ⏎ “In 1999 she sold more records than ever.”"). Only for the rules that
 * infer the speaker from the narrative next to the quote, never for a quote with a verb of saying.
 */
import type { AttributionRule } from '../../schema.ts';
import pronounsJson from '../../lexicons/pronouns.json' with { type: 'json' };
import type { QuotePlace } from './speaker-spoken-of-in-quote.ts';
import type { ResolveContext } from './resolve-context.ts';

const THIRD_PERSON = { male: new Set(pronounsJson.thirdPersonMale), female: new Set(pronounsJson.thirdPersonFemale) } as const;
const FIRST_PERSON: ReadonlySet<string> = new Set(pronounsJson.firstPerson);

/** The rules that give a quote the subject of the narrative beside it, with no verb of saying. */
const NARRATIVE_SUBJECT_RULES: ReadonlySet<AttributionRule> = new Set(['quote-line-after-subject', 'beat-before-quote']);

/**
 * True when the quotation, given to `speaker` by a rule that reads the narrative's subject (`rule`), first refers to
 * someone by a third-person pronoun of the speaker's gender (either, when it is unknown), before any first-person pronoun or person named in the
 * quote: it speaks of the speaker, so the speaker cannot be the one who says it.
 *
 * @param context The article's paragraphs and mentions.
 * @param quote Where the quotation lies.
 * @param speaker The actor the rule gave the quotation.
 * @param rule The rule that gave it.
 * @returns True when the quotation speaks of that speaker as "he" or "she".
 * @example
 * // But Ann Roe became a star in the 1990s. ⏎ “In 1999 she sold more records than ever.”
 * speakerSpokenOfAsPronoun(context, { position: 1, openToken: 0, closeToken: 11 }, 'ann-roe', 'quote-line-after-subject') // => true
 */
export function speakerSpokenOfAsPronoun(context: ResolveContext, quote: QuotePlace, speaker: string, rule: AttributionRule | undefined): boolean {
  if (!rule || !NARRATIVE_SUBJECT_RULES.has(rule)) return false;
  const gender = context.gendersOf().get(speaker) ?? 'unknown';
  const { tokens } = context.paragraphs[quote.position]!;
  const mentions = context.index[quote.position]!;
  for (let k = quote.openToken + 1; k < quote.closeToken; k++) {
    const t = tokens[k]!;
    // "Let Rocky know that if he runs …": a person the quote names first may be the one "he" stands for.
    if (mentions.startAt.get(k)?.kind === 'person') return false;
    if (!t.word) continue;
    const word = t.lower.split(/['’]/)[0]!;
    if (FIRST_PERSON.has(word)) return false;
    if (THIRD_PERSON.male.has(word) || THIRD_PERSON.female.has(word)) return gender === 'unknown' || THIRD_PERSON[gender].has(word);
  }
  return false;
}
