/**
 * "Mr Dee also left the party saying …": a name right before a participle of saying, with no comma between, that is the
 * object of a verb in the past ("left", "joined", "sued") is no subject of the participle; the participle goes with the
 * sentence's subject. A verb of perceiving ("heard NAME saying", "filmed NAME saying") or of citing ("quoted NAME
 * saying") makes its object the one who speaks, and is left alone.
 */
import { OBJECT_SPEAKER_VERBS } from '../../actors/load-lexicons.ts';
import participlesJson from '../../lexicons/irregular-participles.json' with { type: 'json' };
import perceptionJson from '../../lexicons/perception-verbs.json' with { type: 'json' };
import verbFormsJson from '../../lexicons/verb-forms.json' with { type: 'json' };
import type { Context } from './cue-context.ts';
import { ARTICLES } from './word-sets.ts';

const IRREGULAR_PAST: ReadonlySet<string> = new Set(participlesJson.participles);
const PERCEPTION_VERBS: ReadonlySet<string> = new Set(perceptionJson.verbs);
const REPORTING_PARTICIPLES: ReadonlySet<string> = new Set(verbFormsJson.reportingParticiples);
const BE_AND_HAVE: ReadonlySet<string> = new Set(verbFormsJson.beAndHave);

/**
 * True when the participle at `verbAt` ("saying") follows, with no comma, a mention that is the object of a verb in the
 * past (ending in -ed or an irregular past form), active (no "was"/"had" before it), that is neither a verb of
 * perceiving nor one of citing; the verb stands at or after `from`.
 *
 * @param context The cue context of the quote's paragraph.
 * @param verbAt The index of the participle.
 * @param from The first index of the clause.
 * @example
 * // "Mr Dee also left the Green Party saying Ms Hale would “lead better”."
 * objectBeforeParticiple(context, 7, 0) // => true: the sentence's subject speaks, not the Green Party
 * // "Reporters heard Ms Hale saying “…”"
 * objectBeforeParticiple(context, 4, 0) // => false
 */
export function objectBeforeParticiple(context: Context, verbAt: number, from: number): boolean {
  const { tokens } = context.paragraph;
  if (!tokens[verbAt]?.lower.endsWith('ing')) return false;
  const object = context.mentions.endAt.get(verbAt - 1);
  if (!object || object.inQuote) return false;
  const verb = ARTICLES.has(tokens[object.first - 1]?.lower ?? '') ? object.first - 2 : object.first - 1;
  const t = tokens[verb];
  if (verb <= from || !t?.word || t.cap || t.quote >= 0) return false;
  if (!t.lower.endsWith('ed') && !IRREGULAR_PAST.has(t.lower)) return false;
  if (PERCEPTION_VERBS.has(t.lower) || REPORTING_PARTICIPLES.has(t.lower) || OBJECT_SPEAKER_VERBS.has(t.lower)) return false;
  return !BE_AND_HAVE.has(tokens[verb - 1]?.lower ?? '');
}
