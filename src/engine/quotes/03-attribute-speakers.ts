/**
 * Stage 3 of quotes: decide every speaker, in two stages. Stage 1 links a quote to a mention —
 * first by the cue of its own sentence (`findCues`), then, for quotes left without one, by the
 * sieves of `./sieves/` in order (most precise first). Stage 2 resolves the mention to an actor
 * (`resolveSubject`). Every attributed quote records its rule and its resolution step.
 */
import type { TokenizedParagraph } from '../actors/index.ts';
import type { Resolution } from '../schema.ts';
import type { MentionIndex, QuoteCue } from './cue-types.ts';
import { findGenders, type Gender } from './find-genders.ts';
import { pluralNamedActs } from './resolve/plural-named-act.ts';
import { resolveSubject, type ResolveContext } from './resolve-subject.ts';
import { swallowsItsAttribution } from './swallowed-attribution.ts';
import { speakerNotNamedInQuote } from './resolve/speaker-named-in-quote.ts';
import { speakerSpokenOfInQuote } from './resolve/speaker-spoken-of-in-quote.ts';
import { speakerAsPronounInQuote } from './resolve/speaker-as-pronoun-in-quote.ts';
import { publicationsReadAsPersons } from './resolve/publication-read-as-person.ts';
import { SIEVES, type AttributedQuote } from './sieves/index.ts';

export type { AttributedQuote } from './sieves/index.ts';

/**
 * Resolutions a quote speaking of its speaker by name does not undo: a name written in the cue itself is stronger than
 * the quote's words, which may speak of a namesake; a document speaks of its owner in the third person ("The lawsuit
 * said the studio had “a duty to Willis …”" is Willis's suit).
 */
const KEPT_WHEN_SPOKEN_OF: ReadonlySet<Resolution> = new Set(['full-name', 'surname-to-full-name', 'document-to-owner']);

/**
 * Decides the speaker of every quotation. Precision first: a pronoun with more than one
 * fitting antecedent, or a quote no sieve can place, stays with speaker null.
 *
 * @param paragraphs The tokenised paragraphs.
 * @param index Their mentions (from `indexMentions`).
 * @param cues The quotations with their cues (from `findCues`), in text order.
 * @param title The article's title, when known.
 * @example
 * // “No,” Jane Doe said. “Never.”  → both quotes to jane-doe, the second by the next-sentence sieve
 * attributeSpeakers(paragraphs, index, cues).map((q) => [q.speaker, q.rule])
 * // => [['jane-doe', 'said-name-after-quote'], ['jane-doe', 'next-sentence-after-quote']]
 */
export function attributeSpeakers(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[], cues: readonly QuoteCue[], title?: string): AttributedQuote[] {
  // Genders serve pronouns only: worked out at the first pronoun, if any.
  let genders: Map<string, Gender> | undefined;
  const quotes: AttributedQuote[] = [];
  const lastSpeakerBefore = (position: number, token: number): { speaker: string; position: number; token: number } | undefined => {
    // Two paragraphs back, not counting lines that are only quotes (their speakers are decided by the sieves, later).
    let earliest = position;
    for (let told = 0; earliest > 0 && told < 2; ) {
      earliest--;
      if (paragraphs[earliest]!.tokens.some((t) => t.word && t.quote < 0)) told++;
    }
    for (let i = quotes.length - 1; i >= 0; i--) {
      const q = quotes[i]!;
      if (q.position < earliest) return undefined;
      if (q.position > position || (q.position === position && q.openToken >= token)) continue;
      if (q.speaker !== null) return { speaker: q.speaker, position: q.position, token: q.closeToken };
    }
    return undefined;
  };
  let pluralActs: ReadonlySet<string> | undefined;
  let publications: ReadonlySet<string> | undefined;
  const context: ResolveContext = {
    paragraphs,
    index,
    gendersOf: () => (genders ??= findGenders(paragraphs, index)),
    pluralActs: () => (pluralActs ??= pluralNamedActs(paragraphs, index)),
    publicationsAsPersons: () => (publications ??= publicationsReadAsPersons(paragraphs, index)),
    lastSpeakerBefore,
    ...(title ? { title } : {}),
  };
  for (const cue of cues) {
    const found = resolveSubject(context, cue.subject);
    const named = found && speakerNotNamedInQuote(context, cue, found);
    // "O'Leary rapped Tom Vance. “I've had a word with Tom,” he said.": a speaker the cue only infers is not one the quote speaks of.
    const resolved = named && (KEPT_WHEN_SPOKEN_OF.has(named.resolution) || !speakerSpokenOfInQuote(context, cue, named.speaker)) && !speakerAsPronounInQuote(context, cue, named, cue.rule) ? named : undefined;
    if (!resolved) {
      const { rule: _rule, ...rest } = cue;
      quotes.push({ ...rest, cue: 'none', speaker: null });
    } else quotes.push({ ...cue, speaker: resolved.speaker, resolution: resolved.resolution });
  }
  const sieveContext = { ...context, quotes };
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    if (q.speaker !== null || swallowsItsAttribution(paragraphs[q.position]!, q.openToken, q.closeToken)) continue;
    for (const sieve of SIEVES) {
      const found = sieve.attribute(sieveContext, i);
      if (!found) continue;
      if (!KEPT_WHEN_SPOKEN_OF.has(found.resolution) && speakerSpokenOfInQuote(context, q, found.speaker)) break;
      if (speakerAsPronounInQuote(context, q, found, sieve.rule)) break;
      q.speaker = found.speaker;
      q.resolution = found.resolution;
      q.rule = sieve.rule;
      q.cue = found.cue;
      if (found.verb && !q.verb) q.verb = found.verb;
      break;
    }
  }
  return quotes;
}
