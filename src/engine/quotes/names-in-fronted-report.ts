/**
 * A report fronted before its teller (Principle C of English grammar): in "Mr Sullivan “made accounting decisions,” he
 * told the court" the clause before the pronoun is what its verb reports, moved to the front ("he told the court [Mr
 * Sullivan made …]"), so a person named in that clause is never what the pronoun stands for, and a participle after the
 * teller's clause ("…, he told the court, saying …") is the teller's, not the fronted clause's subject's. Only when the
 * verb of saying has nothing of its own after it but a listener, a time or a place (`frontedReportTail` in
 * `pronoun-binding.json`): "After Ann Roe left, he said the talks went on" reports what follows the verb, and its
 * opening clause may name the teller.
 */
import type { Mention, TokenizedParagraph } from '../actors/index.ts';
import { HONORIFICS, SPEECH_VERBS, TITLE_HEAD_WORDS, TITLE_MODIFIERS } from '../actors/load-lexicons.ts';
import type { MentionIndex } from './cue-types.ts';
import bindingJson from '../lexicons/pronoun-binding.json' with { type: 'json' };
import pronounsJson from '../lexicons/pronouns.json' with { type: 'json' };
import verbFormsJson from '../lexicons/verb-forms.json' with { type: 'json' };
import { NO_ACTORS } from './resolve/excluded-antecedents.ts';
import { AUXILIARIES, SKIP_BEFORE_VERB, SPEAKING_KINDS } from './cues/word-sets.ts';

const CLAUSE_ENDS: ReadonlySet<string> = new Set(bindingJson.words);
/** Words that hang a clause on the one before them ("… as when he began", "… because it failed"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(bindingJson.subordinators);
const TAIL_OPENERS: ReadonlySet<string> = new Set(bindingJson.frontedReportTail);
/** Subject pronouns that can tell a fronted report ("…, he said", "…, it added"). */
const TELLING_PRONOUNS: ReadonlySet<string> = new Set([...pronounsJson.person, ...pronounsJson.plural, ...pronounsJson.organization]);
/** Words after the verb that open a clause of its own ("he said that …", "he told her he …"): the report follows the verb. */
const OWN_REPORT: ReadonlySet<string> = new Set(bindingJson.reportOpeners);
/** Forms of "be" that make the verb after them a passive ("he was told"): its subject is the listener, not the teller. */
const PASSIVE_BE: ReadonlySet<string> = new Set(verbFormsJson.beFormsWithBeing);
/** Marks that end the verb's clause after the teller ("…, he said on Monday." / "…, he told the court, saying …"). */
const TAIL_ENDS: ReadonlySet<string> = new Set([',', '.', ';', '!', '?', '-', '–', '—']);

/**
 * The people named, outside quotation marks, in the clause fronted before a subject pronoun and its verb of saying
 * ("Mr Sullivan “made accounting decisions,” he told the federal court", "The changes proposed by Lord Dee were
 * “complex”, he said."): who that pronoun cannot be. The fronted clause runs from the sentence's start, or from
 * the last word or mark that ends a clause (`pronoun-binding.json`: "and", "because", ";", ":"; not a subordinator
 * with no comma before it: "Mr Roe has “the same passion” as when he began, he said"), to the comma before
 * the pronoun, and holds no verb of saying of its own; the verb after the pronoun is followed, up to its clause's end,
 * only by a listener for a verb that takes one ("told the court"), or by words of `frontedReportTail` ("said on
 * Monday"), never by "that", a pronoun, an auxiliary or a quotation.
 *
 * @param paragraph The pronoun's paragraph.
 * @param mentions Its mentions.
 * @param pronoun The pronoun's token index.
 * @example
 * // Mr Sullivan “made accounting decisions,” he told the court.
 * namesInFrontedReport(paragraph, mentions, 7) // => Set { 'scott-sullivan' }
 * // After Ann Roe left, he said the talks went on.
 * namesInFrontedReport(paragraph, mentions, 5) // => Set {}
 */
export function namesInFrontedReport(paragraph: TokenizedParagraph, mentions: MentionIndex, pronoun: number): ReadonlySet<string> {
  const { tokens } = paragraph;
  const subject = tokens[pronoun];
  if (!subject || subject.quote >= 0) return NO_ACTORS;
  const comma = commaBefore(paragraph, pronoun);
  if (comma < 0 || tellerClauseEnd(paragraph, pronoun) < 0) return NO_ACTORS;
  let start = paragraph.sentenceStarts[subject.sentence] ?? 0;
  for (let k = comma - 1; k >= start; k--) {
    const t = tokens[k]!;
    if (t.quote >= 0) continue;
    // "Mr Roe has “the same passion” as when he began, he said": a subordinate clause with no comma before it hangs
    // on the main clause of the fronted report, which runs on before it.
    if (SUBORDINATORS.has(t.lower) && k > start && tokens[k - 1]!.text !== ',') continue;
    if (CLAUSE_ENDS.has(t.lower) || t.text === ';' || t.text === ':') {
      start = k + 1;
      break;
    }
    // "Mr Roe said the plan failed, he added": a verb of saying in the clause reports words of its own; its subject may be
    // the pronoun's ("the changes proposed by Lord Dee were …" has an agent instead).
    if (t.word && !t.cap && SPEECH_VERBS.has(t.lower) && tokens[k + 1]?.lower !== 'by') return NO_ACTORS;
  }
  let named: Set<string> | undefined;
  for (const m of mentions.list) {
    if (m.first >= start && m.last < comma && !m.inQuote && m.kind === 'person') (named ??= new Set()).add(m.actor);
  }
  return named ?? NO_ACTORS;
}

/** Who tells a fronted report: a subject pronoun's token, or a mention. */
export type FrontedReportTeller = { type: 'pronoun'; pronoun: string; token: number } | { type: 'mention'; mention: Mention };

/**
 * The teller of a report fronted before a comma, when the clause between that comma and the one at `comma` is only
 * the teller and a verb of saying with a listener, a time or a place ("Tom Dee made the decisions, Ann Roe told the
 * court, saying …", "Mr Dee “made the decisions,” he told the court, saying …"): a participle after `comma` is that
 * teller's, not the fronted clause's subject's. Undefined when the clause is anything else.
 *
 * @param paragraph The paragraph.
 * @param mentions Its mentions.
 * @param comma The token of the comma right before the participle.
 * @example
 * // Tom Dee made the decisions, Ann Roe told the court, saying he had “a keen eye”.
 * frontedReportTeller(paragraph, mentions, 10) // => { type: 'mention', mention: ‹Ann Roe› }
 */
export function frontedReportTeller(paragraph: TokenizedParagraph, mentions: MentionIndex, comma: number): FrontedReportTeller | undefined {
  const { tokens } = paragraph;
  const sentenceStart = paragraph.sentenceStarts[tokens[comma]?.sentence ?? -1] ?? 0;
  for (let k = comma - 1; k > sentenceStart; k--) {
    const t = tokens[k]!;
    if (t.quote >= 0) return undefined;
    if (t.text === ',') break;
    const mention = mentions.startAt.get(k);
    const pronoun = t.word && TELLING_PRONOUNS.has(t.lower);
    if (!mention && !pronoun) continue;
    // "…, he told the BBC, saying": a listener named after the verb is passed over on the way back to its subject.
    if (tellerClauseEnd(paragraph, mention ? mention.last : k) !== comma) continue;
    if (!onlyTitleWordsAfterComma(paragraph, k)) return undefined;
    if (mention) return !mention.inQuote && SPEAKING_KINDS.has(mention.kind) ? { type: 'mention', mention } : undefined;
    return { type: 'pronoun', pronoun: t.lower, token: k };
  }
  return undefined;
}

/** True when only honorifics and title words stand between a comma (or a quotation closed by one) and the token at `k`. */
function onlyTitleWordsAfterComma(paragraph: TokenizedParagraph, k: number): boolean {
  const { tokens } = paragraph;
  let j = k - 1;
  while (j >= 0 && tokens[j]!.word && tokens[j]!.quote < 0 && (HONORIFICS.has(tokens[j]!.lower) || TITLE_HEAD_WORDS.has(tokens[j]!.lower) || TITLE_MODIFIERS.has(tokens[j]!.lower) || (tokens[j]!.cap && j < k - 1))) j--;
  return commaBefore(paragraph, j + 1) >= 0;
}

/** The comma right before a token, outside a quotation or as the last mark inside one (“…,” he said); -1 if none. */
function commaBefore(paragraph: TokenizedParagraph, at: number): number {
  const { tokens } = paragraph;
  let k = at - 1;
  const closing = tokens[k];
  if (closing && !closing.word && closing.quote >= 0 && tokens[k - 1]?.quote === closing.quote) k--;
  return tokens[k]?.text === ',' && k > (paragraph.sentenceStarts[tokens[at]!.sentence] ?? 0) ? k : -1;
}

/**
 * Where the clause of a teller ending at `last` ends, when a verb of saying follows it (past adverbs such as "also",
 * "later") and nothing after that verb, up to a comma or the sentence's end, reports words of its own: only a listener
 * for a verb that takes one, or words of `frontedReportTail`, and no quotation after that comma. The token of that comma
 * or end mark; -1 otherwise.
 */
function tellerClauseEnd(paragraph: TokenizedParagraph, last: number): number {
  const { tokens } = paragraph;
  const sentence = tokens[last]!.sentence;
  let v = last + 1;
  while (tokens[v]?.word && !tokens[v]!.cap && SKIP_BEFORE_VERB.has(tokens[v]!.lower) && !SPEECH_VERBS.has(tokens[v]!.lower) && !PASSIVE_BE.has(tokens[v]!.lower)) v++;
  const verb = tokens[v];
  const speech = verb?.word && !verb.cap && verb.quote < 0 ? SPEECH_VERBS.get(verb.lower) : undefined;
  if (!speech || verb!.lower.endsWith('ing')) return -1;
  let k = v + 1;
  for (; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || t.text === ':') return -1;
    // "When Ann Roe arrived, she said, “…”": the quotation after the comma is what the verb reports.
    if (TAIL_ENDS.has(t.text)) return t.text === ',' && tokens[k + 1]?.quote !== undefined && tokens[k + 1]!.quote >= 0 ? -1 : k;
    if (!t.word) continue;
    if (OWN_REPORT.has(t.lower) || AUXILIARIES.has(t.lower) || SPEECH_VERBS.has(t.lower)) return -1;
    // The first word after the verb: a listener for "told", else a preposition, a time or an adverb ("said on Monday").
    if (k === v + 1 && !speech.listener && !TAIL_OPENERS.has(t.lower) && !SKIP_BEFORE_VERB.has(t.lower)) return -1;
  }
  return k - 1;
}
