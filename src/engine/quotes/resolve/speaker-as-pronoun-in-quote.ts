/**
 * A quotation that speaks of a man as "he"/"his" (or of a woman as "she"/"her") is not that person's when a rule only
 * infers the speaker from the narrative next to it: "Bob became an icon. ⏎ “In 1991 he sold more records than ever.”"
 * is about Bob, not by him, and "He had only played in two countries. “The tour never happened, but Africa would have
 * embraced him.”" speaks of the man of the sentence before as "him". Rules that read a speaker from a cue of the
 * quote's own (a name, "he said") are not checked: a speaker may well speak of another man as "he". Nor is a pronoun
 * after a person the quote names itself ("Tell Rocky that if he runs …"): it stands for that person.
 */
import voicePronounsJson from '../../lexicons/voice-pronouns.json' with { type: 'json' };
import type { AttributionRule, Resolution } from '../../schema.ts';
import type { QuoteCue } from '../cue-types.ts';
import type { ResolveContext, ResolvedSpeaker } from './resolve-context.ts';
import type { Gender } from '../gender.ts';

/** Rules that give a quote the person the narrative beside it is about, with no verb of saying: checked here. */
const INFERRING_RULES: ReadonlySet<AttributionRule> = new Set(['beat-before-quote', 'quote-line-after-subject', 'reported-speech-after-quote']);

/** Resolutions of a speaker the narrative gave as "he"/"she". */
const BY_PRONOUN: ReadonlySet<Resolution> = new Set(['pronoun-to-antecedent', 'pronoun-to-salient-subject']);

const PRONOUNS_OF = { male: new Set(voicePronounsJson.male), female: new Set(voicePronounsJson.female) } as const;
const EITHER: ReadonlySet<string> = new Set([...PRONOUNS_OF.male, ...PRONOUNS_OF.female]);
const FIRST_PERSON: ReadonlySet<string> = new Set([...voicePronounsJson.firstSingular, ...voicePronounsJson.firstPlural]);

/**
 * True when `rule` inferred `speaker` from the narrative and the quotation speaks of someone of the speaker's gender (of
 * the cue's "he"/"she" when it is not known, else of either) in the third person, while the quotation is in nobody's first person, or the narrative gave the speaker as "he"/"she"
 * (that pronoun and the quote's "he" are most likely one man, whatever the quote's voice).
 *
 * @param context The article's paragraphs, mentions and genders.
 * @param q The quotation and its cue.
 * @param found The actor the rule gave it, and how its mention was resolved.
 * @param rule The rule that gave it.
 * @example
 * // Bob became an icon in the 1990s. ⏎ “In 1991 he sold more records than ever.”  (quote-line-after-subject: Bob)
 * speakerAsPronounInQuote(context, q, { speaker: 'bob-lane', resolution: 'full-name' }, 'quote-line-after-subject') // => true
 */
export function speakerAsPronounInQuote(context: ResolveContext, q: QuoteCue, found: ResolvedSpeaker, rule: AttributionRule | undefined): boolean {
  if (rule === undefined || !INFERRING_RULES.has(rule)) return false;
  const pronouns = pronounsOf(context.gendersOf().get(found.speaker), q);
  const { tokens } = context.paragraphs[q.position]!;
  let thirdPerson = false;
  let firstPerson = false;
  // "Tell Rocky that if he runs …": a pronoun after a person the quote names stands for that person.
  const firstNamed = context.index[q.position]!.list.find((m) => m.inQuote && m.kind === 'person' && m.first > q.openToken && m.last < q.closeToken)?.first ?? q.closeToken;
  for (let k = q.openToken + 1; k < q.closeToken; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    if (pronouns.has(t.lower) && k < firstNamed) thirdPerson = true;
    if (FIRST_PERSON.has(t.lower)) firstPerson = true;
  }
  if (!thirdPerson) return false;
  return !firstPerson || (q.subject.type === 'pronoun' && pronouns.has(q.subject.pronoun)) || BY_PRONOUN.has(found.resolution);
}

/** The pronouns that may stand for the speaker: of their known gender, else of the cue's "he"/"she", else both. */
function pronounsOf(gender: Gender | undefined, q: QuoteCue): ReadonlySet<string> {
  if (gender === 'male' || gender === 'female') return PRONOUNS_OF[gender];
  if (q.subject.type === 'pronoun' && PRONOUNS_OF.male.has(q.subject.pronoun)) return PRONOUNS_OF.male;
  if (q.subject.type === 'pronoun' && PRONOUNS_OF.female.has(q.subject.pronoun)) return PRONOUNS_OF.female;
  return EITHER;
}
