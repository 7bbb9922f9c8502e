/**
 * Sieve: a quote whose own cue names its speaker only by a role with "the" ("“…,” said the national
 * team coach.", "The chancellor said the vote would give a “clear” choice"), when the article so far
 * names one person only, that person is the subject of the sentence just before, and a line before
 * gave the role without any name (the headline "Wales coach elated with win") — the common news
 * lead: role in the headline, name in the first line, role again in the quote's cue.
 * Withheld when the role usually belongs to someone other than the person the text is about (the judge,
 * a spokesman), when the cue's sentence names a person, or when any other person was named or quoted before.
 */
import type { Mention, Token } from '../../actors/index.ts';
import { EPITHET_FOLLOWERS, EPITHET_HEADS, SPEECH_VERBS, TITLE_HEAD_WORDS } from '../../actors/load-lexicons.ts';
import otherPartyJson from '../../lexicons/other-party-roles.json' with { type: 'json' };
import { isPassiveAfterSubject } from '../cues/passive-voice.ts';
import type { Sieve, SieveContext } from './sieve.ts';

/** Roles that in news name someone other than the person the text is about ("the judge said"). */
const OTHER_PARTY_ROLES: ReadonlySet<string> = new Set(otherPartyJson.roles);
/** How many words may stand between "the" and the role's head ("the world 200m and 400m record holder"). */
const MAX_MODIFIERS = 5;
const CLOSING_MARKS: ReadonlySet<string> = new Set(['”', '"', '’', '»']);

/** True when the token is a lower-case word, a number-like word ("200m") or "and": a modifier of a role. */
function isRoleWord(t: Token | undefined): boolean {
  return t !== undefined && t.word && t.quote < 0 && (!t.cap || /\d/.test(t.text));
}

/** "said the coach on Sunday", "said the coach after the game": a word that ends the role's phrase; not "of"/"from", which tie it to a body. */
function endsRole(t: Token): boolean {
  return !t.cap && EPITHET_FOLLOWERS.has(t.lower) && t.lower !== 'of' && t.lower !== 'from';
}

/** True when the token is the head of a person's role ("coach", "chancellor", "champion") that names nobody else. */
function isRoleHead(t: Token | undefined): boolean {
  return t !== undefined && t.word && !t.cap && t.quote < 0 && (TITLE_HEAD_WORDS.has(t.lower) || EPITHET_HEADS.has(t.lower)) && !OTHER_PARTY_ROLES.has(t.lower);
}

/**
 * The role head of a cue in tokens `from`..`to` (a sentence): "said the ROLE" ending the clause, "the ROLE
 * said/told" after a quote's comma, or "The ROLE said" opening the sentence. Undefined when there is none.
 */
function roleOfCue(context: SieveContext, position: number, from: number, to: number): { head: Token; verb: Token } | undefined {
  const { tokens } = context.paragraphs[position]!;
  const mentions = context.index[position]!;
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (!t.word || t.cap || t.quote >= 0 || !SPEECH_VERBS.has(t.lower)) continue;
    // "… said the national team coach." / "…, said the coach on Sunday."
    if (tokens[k + 1]?.lower === 'the') {
      for (let m = k + 2; m <= Math.min(to, k + 2 + MAX_MODIFIERS) && isRoleWord(tokens[m]) && !mentions.startAt.has(m); m++) {
        const next = tokens[m + 1];
        if (isRoleHead(tokens[m]) && (!next || !next.word || endsRole(next))) return next?.text === "'s" ? undefined : { head: tokens[m]!, verb: t };
      }
    }
    // "“…,” the ROLE told …" / "The ROLE said …": "the" opens the sentence or follows a quote's closing comma.
    const head = tokens[k - 1];
    if (!isRoleHead(head)) continue;
    for (let m = k - 2; m >= Math.max(from, k - 2 - MAX_MODIFIERS); m--) {
      if (tokens[m]!.lower === 'the') {
        const before = tokens[m - 1];
        const opens = m === from || (before?.text === ',' && CLOSING_MARKS.has(tokens[m - 2]?.text ?? '')) || (before !== undefined && CLOSING_MARKS.has(before.text) && tokens[m - 2]?.text === ',');
        return opens ? { head: head!, verb: t } : undefined;
      }
      if (!isRoleWord(tokens[m]) || mentions.startAt.has(m)) return undefined;
    }
  }
  return undefined;
}

/** The persons (and unnamed sources) named outside quotes in lines before `position` and in it before token `until`. */
function personsBefore(context: SieveContext, position: number, until: number): Mention[] {
  const found: Mention[] = [];
  for (let p = 0; p <= position; p++) {
    for (const m of context.index[p]!.list) {
      if (m.inQuote || (p === position && m.first >= until)) continue;
      if (m.kind === 'person' || m.kind === 'anonymous') found.push(m);
    }
  }
  return found;
}

/**
 * True when a line before the quote's sentence, outside quotes, holds the role's head in a sentence that names no
 * person ("Wales coach elated with win", "Chancellor rallies voters").
 */
function roleGivenWithoutName(context: SieveContext, role: string, position: number, sentence: number): boolean {
  if (context.title?.toLowerCase().split(/[^\p{L}\p{N}-]+/u).includes(role)) return true;
  for (let p = 0; p <= position; p++) {
    const { tokens } = context.paragraphs[p]!;
    const named = new Set(context.index[p]!.list.filter((m) => !m.inQuote && (m.kind === 'person' || m.kind === 'anonymous')).map((m) => tokens[m.first]!.sentence));
    for (const t of tokens) {
      if (p === position && t.sentence >= sentence) break;
      if (t.word && t.quote < 0 && t.lower === role && !named.has(t.sentence)) return true;
    }
  }
  return false;
}

/**
 * The person mention that opens a sentence as its subject (after capitalised title words only: "Former Olympic
 * champion NAME has …"), in the active voice; undefined otherwise.
 */
function subjectOpening(context: SieveContext, position: number, sentence: number): Mention | undefined {
  const paragraph = context.paragraphs[position];
  if (!paragraph) return undefined;
  const { tokens } = paragraph;
  const start = paragraph.sentenceStarts[sentence];
  if (start === undefined) return undefined;
  const first = context.index[position]!.list.find((m) => !m.inQuote && m.first >= start && tokens[m.first]!.sentence === sentence);
  if (!first || first.kind !== 'person' || tokens[first.last + 1]?.lower === "'s") return undefined;
  for (let k = start; k < first.first; k++) if (!tokens[k]!.word || !tokens[k]!.cap) return undefined;
  return isPassiveAfterSubject(tokens[first.last + 1], tokens[first.last + 2]) ? undefined : first;
}

/**
 * @example
 * // "Coach elated after win ⏎ Ian Rowe praised his side. ⏎ “We showed character,” said the national team coach." → ian-rowe
 */
export const quoteCuedByRoleOfLeadPerson: Sieve = {
  rule: 'quote-cued-by-role-of-lead-person',
  attribute(context, i) {
    const { quotes, paragraphs } = context;
    const q = quotes[i]!;
    const paragraph = paragraphs[q.position]!;
    const from = paragraph.sentenceStarts[q.sentence] ?? 0;
    const to = (paragraph.sentenceStarts[q.sentence + 1] ?? paragraph.tokens.length) - 1;
    const cue = roleOfCue(context, q.position, from, to);
    if (!cue) return undefined;
    // The cue's sentence names no person: a name there is the cue finder's to read.
    if (context.index[q.position]!.list.some((m) => !m.inQuote && m.first >= from && m.last <= to && (m.kind === 'person' || m.kind === 'anonymous'))) return undefined;
    // The sentence just before: in the same line, or the last of the line before.
    const position = q.sentence > 0 ? q.position : q.position - 1;
    if (position < 0) return undefined;
    const sentence = q.sentence > 0 ? q.sentence - 1 : paragraphs[position]!.sentenceStarts.length - 1;
    const subject = subjectOpening(context, position, sentence);
    if (!subject) return undefined;
    // Nobody else named so far, and no quote before spoken by anyone else.
    if (personsBefore(context, q.position, from).some((m) => m.actor !== subject.actor)) return undefined;
    if (quotes.some((r, n) => n < i && r.speaker !== null && r.speaker !== subject.actor)) return undefined;
    if (!roleGivenWithoutName(context, cue.head.lower, q.position, q.sentence)) return undefined;
    return { speaker: subject.actor, resolution: 'epithet-to-person', cue: 'role', verb: cue.verb.text };
  },
};
