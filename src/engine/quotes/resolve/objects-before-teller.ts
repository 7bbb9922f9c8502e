/**
 * People a sentence of reported speech only mentions before the teller who closes it ("The image portrayed Mr Howard as
 * a hypnotist, he argued."): what the teller said is about them, so they are neither the teller nor a rival speaker.
 */
import type { Mention, TokenizedParagraph } from '../../actors/index.ts';
import { HONORIFICS, SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import type { MentionIndex } from '../cue-types.ts';
import { verbBefore } from './antecedent-clauses.ts';
import { AUXILIARIES } from './clause-start.ts';

/** How many words after a person a verb of saying makes the person one who speaks in the reported words. */
const OWN_WORDS_REACH = 3;

/**
 * The people named in the reported words of a sentence that a teller closes after a comma ("…, he argued.", "…, Ms Roe
 * said."), when every one of them comes after a verb of those words (an object: "portrayed Mr Howard", "had met Ann
 * Roe's lawyer") and none is the subject of a clause of its own (an auxiliary right after the name: "… but Ann Roe was
 * upset, he said") or speaks in them (a verb of saying within three words). Empty otherwise: then the sentence says
 * nothing of who the teller is not ("Mr Howard had not been asked, he said." may well be Mr Howard's words).
 *
 * @param paragraph The paragraph of the teller.
 * @param mentions Its mentions.
 * @param subject The first token of the teller (a pronoun or a name, maybe after an honorific).
 * @param verb The token of the teller's verb of saying, right after the teller.
 * @returns The mentions the reported words hold, or none.
 * @example
 * // The image simply portrayed Mr Howard as a hypnotist, he argued.
 * objectsBeforeTeller(paragraph, mentions, 10, 11) // => [the mention of Mr Howard]
 * // Mr Howard had not been asked, he said.
 * objectsBeforeTeller(paragraph, mentions, 7, 8) // => []
 */
export function objectsBeforeTeller(paragraph: TokenizedParagraph, mentions: MentionIndex, subject: number, verb: number): Mention[] {
  const { tokens, sentenceStarts } = paragraph;
  let teller = subject;
  while (teller > 0 && HONORIFICS.has(tokens[teller - 1]!.lower)) teller--; // "…, Ms Roe said."
  const comma = tokens[teller - 1];
  const said = tokens[verb];
  if (comma?.text !== ',' || comma.quote >= 0 || !said?.word || said.cap || said.quote >= 0 || !SPEECH_VERBS.has(said.lower)) return [];
  const after = tokens[verb + 1];
  if (after !== undefined && after.sentence === said.sentence && after.text !== '.' && after.text !== ',') return [];
  const start = sentenceStarts[said.sentence] ?? 0;
  for (let k = start; k < teller - 1; k++) if (tokens[k]!.quote >= 0) return [];
  const reported = mentions.list.filter((m) => m.first >= start && m.last < teller - 1 && (m.kind === 'person' || m.kind === 'anonymous'));
  for (const m of reported) {
    if (!verbBefore(paragraph, start, m.first)) return [];
    const next = tokens[m.last + 1];
    if (next?.word && AUXILIARIES.has(next.lower)) return [];
    for (let k = m.last + 1; k <= m.last + OWN_WORDS_REACH && k < teller - 1; k++) if (tokens[k]!.word && SPEECH_VERBS.has(tokens[k]!.lower)) return [];
  }
  return reported;
}
