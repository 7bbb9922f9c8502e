/**
 * An office epithet is not the person the article placed apart from that office: "BBC political editor Andrew Marr
 * said … ⏎ But the prime minister said …", "New Home Secretary NAME … ⏎ The Lib Dem leader said …", "the prime
 * minister's official spokesman said … The prime minister conceded …", "For the Lib Dems, NAME said the chancellor
 * had failed … ⏎ Mr NAME said … The chancellor insisted …". A careful reader never gives "the prime minister" to a
 * person the text introduced with another role, to a spokesman, or to the person who spoke of that office as someone
 * else; who it is stays unclear.
 */
import type { Mention, TokenizedParagraph } from '../../actors/index.ts';
import { OFFICE_EPITHET_HEADS, OTHER_OFFICE_QUALIFIERS, OTHER_ROLE_HEADS } from '../../actors/load-lexicons.ts';
import { openerBefore } from './office-epithet.ts';
import type { ResolveContext } from './resolve-context.ts';

type Article = Pick<ResolveContext, 'paragraphs' | 'index'>;

/** Offices held alongside almost any other (a member of a house), never telling two people apart. */
const HELD_ALONGSIDE = new Set(['mp', 'peer', 'senator']);
/** Offices whose holder commonly leads a party too ("the Labour leader" is the prime minister). */
const HEADS_OF_GOVERNMENT = new Set(['premier', 'president', 'chancellor']);
/** Words that make "NAME … the OFFICE" say the person is that office, not speak of it ("was the chancellor"). */
const COPULAS = new Set(['is', 'was', 'as', 'became', 'becomes', 'be', 'been', 'being', 'remains', 'remained', 'named', 'appointed', 'now']);

/** The lower-case words of the epithet after "the", up to its office head; undefined when none within six words. */
function epithetWords(paragraph: TokenizedParagraph, the: number): string[] | undefined {
  const words: string[] = [];
  for (let k = the + 1; k <= the + 6 && paragraph.tokens[k]?.word; k++) {
    words.push(paragraph.tokens[k]!.lower);
    if (OFFICE_EPITHET_HEADS.has(paragraph.tokens[k]!.lower)) return words;
  }
  return undefined;
}

/** True when an office written `words` (ending on its head) may be held by one person with the role head `other` of `otherWords`. */
function compatible(words: readonly string[], other: string, otherWords: readonly string[]): boolean {
  const head = words.at(-1)!;
  const prime = (w: readonly string[], h: string): boolean => h === 'minister' && w.includes('prime');
  if (head === other) return prime(words, head) === prime(otherWords, other);
  if (HELD_ALONGSIDE.has(head) || HELD_ALONGSIDE.has(other)) return true;
  const leads = (w: readonly string[], h: string): boolean => HEADS_OF_GOVERNMENT.has(h) || prime(w, h);
  if (head === 'leader' && leads(otherWords, other)) return true;
  if (other === 'leader' && leads(words, head)) return true;
  // "Foreign Secretary NAME … the minister said": a secretary of state is a minister.
  const ministry = new Set(['minister', 'secretary']);
  return ministry.has(head) && ministry.has(other) && !prime(words, head) && !prime(otherWords, other);
}

/** The role words (lower case) of the title run right before a mention ("BBC political editor" before "Andrew Marr"), up to three words. */
function titleRunBefore(paragraph: TokenizedParagraph, mention: Mention): string[] {
  const words: string[] = [];
  for (let k = mention.first - 1; k >= Math.max(0, mention.first - 3) && paragraph.tokens[k]?.word; k--) words.unshift(paragraph.tokens[k]!.lower);
  return words;
}

/** True when the article names `speaker` outside quotes right after a title run of a role no holder of the epithet's office has too. */
function introducedWithOtherRole(article: Article, words: readonly string[], speaker: string): boolean {
  return article.index.some((entry, p) =>
    entry.list.some((m) => {
      if (m.actor !== speaker || m.inQuote || m.kind !== 'person') return false;
      const run = titleRunBefore(article.paragraphs[p]!, m);
      const heads = run.filter((w) => OFFICE_EPITHET_HEADS.has(w) || OTHER_ROLE_HEADS.has(w));
      // "shadow chancellor NAME" is left to the office reading of its qualifier (office-epithet.ts).
      return heads.length > 0 && heads.every((h) => !words.includes(h) && !compatible(words, h, run));
    }),
  );
}

/** True when every mention of `speaker` is an unnamed source ("the prime minister's official spokesman"): a spokesman holds no office. */
function onlySpokenFor(article: Article, speaker: string): boolean {
  const mentions = article.index.flatMap((entry) => entry.list.filter((m) => m.actor === speaker));
  return mentions.length > 0 && mentions.every((m) => m.kind === 'anonymous');
}

/**
 * True when, before the epithet, a sentence outside quotes names `speaker` and then the same office as someone they
 * speak of ("NAME said the chancellor had failed"), not as their apposition ("NAME, the chancellor, said").
 */
function spokeOfTheOffice(article: Article, position: number, the: number, words: readonly string[], speaker: string): boolean {
  for (let p = 0; p <= position; p++) {
    const paragraph = article.paragraphs[p]!;
    const { tokens } = paragraph;
    const end = p === position ? the : tokens.length;
    for (const m of article.index[p]!.list) {
      if (m.actor !== speaker || m.inQuote || m.kind !== 'person') continue;
      for (let k = m.last + 2; k < end && tokens[k]!.sentence === tokens[m.first]!.sentence; k++) {
        if (tokens[k]!.lower !== 'the' || tokens[k]!.quote >= 0) continue;
        const other = epithetWords(paragraph, k);
        if (other === undefined || other.join(' ') !== words.join(' ')) continue;
        // "the chancellor's budget" names a thing; "NAME, the chancellor" or "NAME was the chancellor" names NAME.
        if (/^['’]s?$/.test(tokens[k + other.length + 1]?.text ?? '')) continue;
        if (!tokens[k - 1]?.word || COPULAS.has(tokens[k - 1]!.lower)) continue;
        return true;
      }
    }
  }
  return false;
}

/**
 * True when the office epithet at `the` cannot stand for `speaker`: the article introduced them with another role
 * ("BBC political editor NAME", "Home Secretary NAME" for "the Lib Dem leader"), names them only as a spokesman, or
 * had them speak of that office as someone else ("NAME said the chancellor had failed").
 *
 * @param article The article's paragraphs and mentions.
 * @param position The epithet's paragraph.
 * @param the The index of the epithet's "the".
 * @param speaker The person the epithet would stand for.
 * @example
 * // "BBC political editor Ann Lee said it was bad. ⏎ But the prime minister said it was "nonsense"."
 * officeOfSomeoneElse(context, 1, 1, 'ann-lee') // => true
 */
export function officeOfSomeoneElse(article: Article, position: number, the: number, speaker: string): boolean {
  const paragraph = article.paragraphs[position]!;
  const words = epithetWords(paragraph, the);
  if (words === undefined) return false;
  // "the prime minister's spokesman said": the epithet is the spokesman's owner, not the subject read here.
  if (/^['’]s?$/.test(paragraph.tokens[the + words.length + 1]?.text ?? '')) return false;
  return introducedWithOtherRole(article, words, speaker) || onlySpokenFor(article, speaker) || spokeOfTheOffice(article, position, the, words, speaker);
}

/**
 * The one person the article gave the office of the epithet at `the` before it, other than `excluded`: named right after
 * those office words as a title ("Prime Minister NAME"), or the person an earlier use of the same epithet stood for
 * (the sentence before it opened on them: "NAME dismissed reports. … the prime minister told …"). Undefined when nobody
 * or more than one person fits.
 *
 * @param article The article's paragraphs and mentions.
 * @param position The epithet's paragraph.
 * @param the The index of the epithet's "the".
 * @param excluded The person the epithet cannot stand for.
 * @example
 * // "Tony Roe denied it. ⏎ The prime minister told a reporter … ⏎ According to Ann Lee the prime minister said: …"
 * officeHolderBefore(context, 2, 4, 'ann-lee') // => 'tony-roe'
 */
export function officeHolderBefore(article: Article, position: number, the: number, excluded: string): string | undefined {
  const words = epithetWords(article.paragraphs[position]!, the);
  if (words === undefined) return undefined;
  const holders = new Set<string>();
  const isPerson = (actor: string): boolean => article.index.some((entry) => entry.list.some((m) => m.actor === actor && m.kind === 'person' && m.via !== 'anonymous'));
  for (let p = 0; p <= position; p++) {
    const paragraph = article.paragraphs[p]!;
    const { tokens } = paragraph;
    for (const m of article.index[p]!.list) {
      if (m.kind !== 'person' || m.inQuote || m.via === 'anonymous') continue;
      const run = titleRunBefore(paragraph, m);
      const qualified = run.length > words.length && OTHER_OFFICE_QUALIFIERS.has(run[run.length - words.length - 1]!);
      if (!qualified && run.length >= words.length && run.slice(-words.length).join(' ') === words.join(' ')) holders.add(m.actor);
    }
    const end = p === position ? the : tokens.length;
    for (let k = 0; k < end; k++) {
      if (tokens[k]!.lower !== 'the' || tokens[k]!.quote >= 0) continue;
      const other = epithetWords(paragraph, k);
      if (other === undefined || other.join(' ') !== words.join(' ')) continue;
      if (/^['’]s?$/.test(tokens[k + other.length + 1]?.text ?? '') || OTHER_OFFICE_QUALIFIERS.has(tokens[k - 1]?.lower ?? '')) continue;
      const opener = openerBefore(article, p, k);
      if (opener !== undefined && opener !== 'he' && opener !== 'she' && isPerson(opener) && !officeOfSomeoneElse(article, p, k, opener)) holders.add(opener);
    }
  }
  holders.delete(excluded);
  return holders.size === 1 ? [...holders][0] : undefined;
}
