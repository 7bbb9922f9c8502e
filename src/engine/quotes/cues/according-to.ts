/**
 * "according to NAME" anywhere in the quote's sentence outside the quote, and sources reported by an outlet
 * ("according to the BBC, citing NAME").
 */
import type { Mention } from '../../actors/index.ts';
import { DOCUMENT_NOUNS, SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import { namesOutlet } from '../../actors/mark-outlets.ts';
import { documentOwner } from '../find-document-owner.ts';
import type { Subject } from '../cue-types.ts';
import type { Context, Found } from './cue-context.ts';
import { documentPhraseAfterAccording } from './document-phrases.ts';
import { subjectAfter } from './subject-after-verb.ts';
import { mentionText, speakingMention } from './token-tests.ts';
import { ARTICLES } from './word-sets.ts';

/** Object pronouns after "according to", as the subject pronoun they stand for. */
const OBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([['him', 'he'], ['her', 'she'], ['them', 'they'], ['it', 'it']]);

/**
 * `according to NAME` anywhere in the quote's sentence outside the quote.
 *
 * @example
 * // “The site is closed,” according to the council.
 * findAccordingTo(context, 0, 12, 0, 5) // => { subject: { type: 'mention', mention: ‹the council› }, … }
 */
export function findAccordingTo(context: Context, from: number, to: number, openToken: number, closeToken: number): Found | undefined {
  const { tokens } = context.paragraph;
  for (let k = from; k < to; k++) {
    if (k >= openToken && k <= closeToken) continue;
    if (tokens[k]!.lower === 'according' && tokens[k + 1]?.lower === 'to') {
      const subject = subjectAfter(context, k + 2, to);
      if (subject.type === 'mention' && namesOutlet(mentionText(context, subject.mention))) return { subject: reportedSource(context, subject.mention, to) };
      if (subject.type === 'mention') return { subject };
      // "According to him, …"; never "according to her former adviser": a possessive "her" before a noun names
      // someone else, whom the article does not name.
      const pronoun = tokens[k + 2];
      if (pronoun?.lower === 'her' && tokens[k + 3]?.word) return undefined;
      if (pronoun && OBJECT_PRONOUNS.has(pronoun.lower)) return { subject: { type: 'pronoun', pronoun: OBJECT_PRONOUNS.get(pronoun.lower)!, paragraph: context.position, token: k + 2 } };
      // "according to the report" after "a report by Ofwat": the owner of the document named before.
      if (pronoun?.lower === 'the' && DOCUMENT_NOUNS.has(tokens[k + 3]?.lower ?? '')) {
        const owner = documentOwner(context.paragraphs, context.index, context.position, k + 3);
        if (owner) return { subject: { type: 'document', owner, paragraph: context.position, token: k + 3 } };
      }
      // "According to a statement released by Erdogan's office, …", "according to RIAA's notice": its owner.
      const phrase = documentPhraseAfterAccording(context, k + 2, to);
      if (phrase) return { subject: phrase };
    }
  }
  return undefined;
}

/**
 * "According to the BBC, a spokesman for Downing Street expressed …": an outlet that only reports
 * what the clause after it says someone said. The clause's own subject speaks when it is named
 * there; a subject the article cannot name leaves the quote without a speaker. "According to CNN,
 * was called …" (no subject of its own) keeps the outlet.
 */
function reportedSource(context: Context, outlet: Mention, to: number): Subject {
  const { tokens } = context.paragraph;
  const comma = outlet.last + 1;
  const opening = tokens[comma + 1];
  if (tokens[comma]?.text !== ',' || !opening?.word || !(ARTICLES.has(opening.lower) || opening.cap)) return { type: 'mention', mention: outlet };
  for (let k = comma + 1; k <= Math.min(to, comma + 7); k++) {
    if (tokens[k]!.quote >= 0 || SPEECH_VERBS.has(tokens[k]!.lower)) break;
    const m = speakingMention(context, k);
    if (m && !namesOutlet(mentionText(context, m))) return { type: 'mention', mention: m };
  }
  return { type: 'none' };
}
