/**
 * An office as an epithet: "Ms Jowell complained of bias. The culture secretary said …", "“…,” the Russian president
 * said." News text calls the person it has just made its subject by an office it never gives anyone by name; the
 * office names that person only when the nearest sentence before (outside quotes) opens on them, by name or by "he"/"she".
 */
import type { TokenizedParagraph } from '../../actors/index.ts';
import { EPITHET_HEADS, NATIONALITY_NOUNS, OFFICE_EPITHET_HEADS, OTHER_OFFICE_QUALIFIERS } from '../../actors/load-lexicons.ts';
import type { ResolveContext } from './resolve-context.ts';
import { SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import { AUXILIARIES } from '../cues/word-sets.ts';

/**
 * True when the first head after "the" is an office ("the shadow chancellor", "the Labour peer and former minister"),
 * not a descriptive epithet ("the singer", "the Scot").
 *
 * @param paragraph The epithet's paragraph.
 * @param the The index of the epithet's "the".
 * @example
 * isOfficeEpithet(tokenizeText(0, 'the Russian president said', []), 0) // => true
 */
export function isOfficeEpithet(paragraph: TokenizedParagraph, the: number): boolean {
  for (let k = the + 1; k <= the + 6 && paragraph.tokens[k]?.word; k++) {
    const lower = paragraph.tokens[k]!.lower;
    if (OFFICE_EPITHET_HEADS.has(lower)) return true;
    if (EPITHET_HEADS.has(lower) || NATIONALITY_NOUNS.has(lower) || /-year-old$/.test(lower)) return false;
  }
  return false;
}

/**
 * True when the epithet's office head has its own modifier after "the" ("the prime minister", "the culture
 * secretary", "the shadow chancellor"), not a bare functional role ("the minister", "the secretary"). A qualified
 * office names one post, so it may stand for the person just named even when no lead gave that role without a name.
 *
 * @param paragraph The epithet's paragraph.
 * @param the The index of the epithet's "the".
 * @example
 * isQualifiedOffice(tokenizeText(0, 'the prime minister said', []), 0) // => true
 * isQualifiedOffice(tokenizeText(0, 'the minister said', []), 0) // => false
 */
export function isQualifiedOffice(paragraph: TokenizedParagraph, the: number): boolean {
  for (let k = the + 1; k <= the + 6 && paragraph.tokens[k]?.word; k++) {
    if (OFFICE_EPITHET_HEADS.has(paragraph.tokens[k]!.lower)) return k > the + 1;
  }
  return false;
}

/**
 * True when the nearest sentence before the epithet that has words outside quotes opens (its first person named or
 * "he"/"she" outside quotes) on `speaker`, and the epithet's own sentence names no other person before it.
 *
 * @param context The article's paragraphs, mentions and genders.
 * @param position The epithet's paragraph.
 * @param the The index of the epithet's "the".
 * @param speaker The person the epithet was resolved to, as "he" or "she" would be.
 * @example
 * // "Mr Putin spoke. “…,” the Russian president said."
 * officeHolderJustNamed(context, 1, 12, 'vladimir-putin') // => true
 */
export function officeHolderJustNamed(context: ResolveContext, position: number, the: number, speaker: string): boolean {
  if (holdsAnotherOffice(context, context.paragraphs[position]!, the, speaker)) return false;
  const opener = openerBefore(context, position, the, true);
  if (opener === 'he' || opener === 'she') {
    const gender = context.gendersOf().get(speaker) ?? 'unknown';
    return !((opener === 'he' && gender === 'female') || (opener === 'she' && gender === 'male'));
  }
  return opener === speaker;
}

/** What office-epithet reading needs of an article: its paragraphs and their mentions (a cue's or stage 2's context). */
type Article = Pick<ResolveContext, 'paragraphs' | 'index'>;

/**
 * What the nearest sentence before an epithet, with words outside quotes, opens on: the actor id of its first person
 * named, or "he"/"she"; undefined when that sentence names nobody, when none is near (four sentences), or when the
 * epithet's own sentence names a person before it.
 *
 * @param article The article's paragraphs and mentions.
 * @param position The epithet's paragraph.
 * @param the The index of the epithet's "the".
 * @param bodySubjects When true, a sentence whose subject is a body opening it ("The Lib Dems accused Mr Brown of …")
 *   opens on nobody: the person named after the body's verb is its object, not the one the text is about.
 * @example
 * // "Mr Putin spoke. “…,” the Russian president said."
 * openerBefore(context, 1, 12) // => 'vladimir-putin'
 * // "The Greens accused Mr Putin of lying. The Russian president hailed …"
 * openerBefore(context, 1, 0, true) // => undefined
 */
export function openerBefore(article: Article, position: number, the: number, bodySubjects = false): string | undefined {
  const own = article.paragraphs[position]!;
  const sentence = own.tokens[the]!.sentence;
  const personBefore = article.index[position]!.list.some((m) => !m.inQuote && m.kind === 'person' && m.first < the && own.tokens[m.first]!.sentence === sentence);
  if (personBefore) return undefined;
  let p = position;
  let s = sentence - 1;
  for (let steps = 0; steps < 4 && p >= 0; steps++) {
    if (s < 0) {
      p--;
      if (p < 0) return undefined;
      s = article.paragraphs[p]!.sentenceStarts.length - 1;
      continue;
    }
    const opener = openerOf(article, article.paragraphs[p]!, p, s, bodySubjects);
    if (opener !== undefined) return opener === '' ? undefined : opener;
    s--;
  }
  return undefined;
}

/**
 * The first person (actor id) or "he"/"she" of a sentence outside quotes; undefined when it has no words outside quotes;
 * '' when it names nobody, or (with `bodySubjects`) when a body opening it, after at most "the", is its subject: a
 * finite verb follows the body's name (a verb of saying, an auxiliary or a past form: "accused", "has"; not
 * "Former Cabinet minister NAME").
 */
function openerOf(context: Article, paragraph: TokenizedParagraph, p: number, s: number, bodySubjects = false): string | undefined {
  const { tokens } = paragraph;
  let words = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence !== s || t.quote >= 0 || !t.word) continue;
    const m = context.index[p]!.list.find((x) => (x.first === k || (!words && t.lower === 'the' && x.first === k + 1)) && !x.inQuote);
    if (bodySubjects && !words && m?.kind === 'organization') {
      const next = tokens[m.last + 1];
      if (next?.word && !next.cap && next.quote < 0 && isFiniteVerb(next.lower)) return '';
    }
    words = true;
    if (m && (m.kind === 'person' || m.kind === 'anonymous')) return m.actor;
    if (t.lower === 'he' || t.lower === 'she') return t.lower;
  }
  return words ? '' : undefined;
}

/** A verb of saying, an auxiliary or a past form in "-ed" ("accused", "says", "has"). */
function isFiniteVerb(lower: string): boolean {
  return SPEECH_VERBS.has(lower) || AUXILIARIES.has(lower) || /[^e]ed$/.test(lower);
}

/**
 * True when the article puts the epithet's office right before the speaker's name with another qualifier that makes
 * another office of it ("Vice President Dana Roe" for "the president", "President NAME" for "the vice president",
 * "shadow chancellor NAME" for "the chancellor").
 */
function holdsAnotherOffice(context: ResolveContext, own: TokenizedParagraph, the: number, speaker: string): boolean {
  const epithet = new Set<string>();
  for (let k = the + 1; k <= the + 6 && own.tokens[k]?.word; k++) epithet.add(own.tokens[k]!.lower);
  const offices = [...epithet].filter((w) => OFFICE_EPITHET_HEADS.has(w));
  return context.paragraphs.some((paragraph, p) =>
    context.index[p]!.list.some((m) => {
      if (m.actor !== speaker || m.inQuote) return false;
      for (let k = m.first - 1; k >= Math.max(0, m.first - 3) && paragraph.tokens[k]!.word; k--) {
        // Only a title run: "President Dana Roe", "Chancellor Sir NAME" — not "the chancellor said Mr NAME's".
        if (!offices.includes(paragraph.tokens[k]!.lower)) {
          if (!paragraph.tokens[k]!.cap) return false;
          continue;
        }
        // "Vice President NAME" for "the president"; "President NAME" for "the vice president".
        const before = paragraph.tokens[k - 1];
        const qualifier = before?.word && OTHER_OFFICE_QUALIFIERS.has(before.lower) ? before.lower : '';
        const wanted = [...epithet].find((w) => OTHER_OFFICE_QUALIFIERS.has(w)) ?? '';
        if (qualifier !== wanted) return true;
      }
      return false;
    }),
  );
}
