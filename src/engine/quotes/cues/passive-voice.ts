/**
 * The passive voice: past participles, "was arrested" after a subject, and speech verbs in the passive ("was told").
 */
import type { Token } from '../../actors/index.ts';
import participlesJson from '../../lexicons/irregular-participles.json' with { type: 'json' };
import participleLookalikesJson from '../../lexicons/participle-lookalikes.json' with { type: 'json' };
import verbFormsJson from '../../lexicons/verb-forms.json' with { type: 'json' };

/**
 * "was described", "has been told", "is widely quoted": a speech verb in the passive voice.
 *
 * @example
 * // He was told …
 * isPassive(tokens, 2, 0) // => true
 */
export function isPassive(tokens: readonly Token[], k: number, from: number): boolean {
  if (!/(?:ed|en|told|said|written|called|quoted|described)$/.test(tokens[k]!.lower)) return false;
  let m = k - 1;
  while (m >= from && tokens[m]!.word && !tokens[m]!.cap && /ly$/.test(tokens[m]!.lower)) m--;
  return m >= from && PASSIVE_AUXILIARIES_BEFORE.has(tokens[m]!.lower);
}

/** Forms of "be" before a passive participle, "be" and "being" included. */
export const PASSIVE_AUXILIARIES_BEFORE: ReadonlySet<string> = new Set(verbFormsJson.beFormsWithBeing);

/** Auxiliaries before a passive participle ("was", "has", "been"). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(verbFormsJson.passiveAuxiliaries);
/** Forms of "be" ("is", "was", "been"). */
export const BE_FORMS: ReadonlySet<string> = new Set(verbFormsJson.beForms);
/** Forms of "have". */
export const HAVE_FORMS: ReadonlySet<string> = new Set(verbFormsJson.haveForms);

/** Past participles that do not end in -ed or -en ("bought", "built", "cut"). */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(participlesJson.participles);
/** "keen", "open", "often": words with a participle's ending that are none ("Vale was keen not to talk …" is active). */
const PARTICIPLE_LOOKALIKES: ReadonlySet<string> = new Set(participleLookalikesJson.words);

/**
 * "arrested", "beaten", "sent", "hit": a past participle (by its ending, or an irregular one).
 *
 * @example
 * isPastParticiple(tokenOf('jailed')) // => true
 * isPastParticiple(tokenOf('keen')) // => false
 */
export function isPastParticiple(t: Token | undefined): boolean {
  return t !== undefined && t.word && ((/(?:ed|en)$/.test(t.lower) && !PARTICIPLE_LOOKALIKES.has(t.lower)) || IRREGULAR_PARTICIPLES.has(t.lower));
}

/**
 * "was arrested", "has been jailed", "was sent off" — not "has adapted", which is active.
 *
 * @example
 * isPassiveAfterSubject(tokenOf('was'), tokenOf('arrested')) // => true
 * isPassiveAfterSubject(tokenOf('has'), tokenOf('adapted')) // => false
 */
export function isPassiveAfterSubject(auxiliary: Token | undefined, participle: Token | undefined): boolean {
  if (!auxiliary || !participle) return false;
  if (HAVE_FORMS.has(auxiliary.lower)) return participle.lower === 'been';
  return BE_FORMS.has(auxiliary.lower) && isPastParticiple(participle);
}
