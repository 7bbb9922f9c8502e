/**
 * An office epithet for a person the article has already called by another office: "David Roe spoke. The home
 * secretary said … ⏎ Mr Roe was joined by Ann Lee. … The prime minister said …". A government office has one holder
 * and its holder one such office, so "the prime minister" is not the person the text called "the home secretary"
 * before, however closely it follows them; who it is stays unclear.
 */
import type { TokenizedParagraph } from '../../actors/index.ts';
import { OFFICE_EPITHET_HEADS } from '../../actors/load-lexicons.ts';
import { isQualifiedOffice, openerBefore } from './office-epithet.ts';
import type { ResolveContext } from './resolve-context.ts';

/**
 * The lower-case words of an office epithet after "the", up to its head ("home secretary" for "the home secretary
 * said"); undefined when a word is capitalised ("the Labour leader": a party's post, held alongside a government office).
 */
function officeWords(paragraph: TokenizedParagraph, the: number): string | undefined {
  const words: string[] = [];
  for (let k = the + 1; k <= the + 6 && paragraph.tokens[k]?.word; k++) {
    const t = paragraph.tokens[k]!;
    if (t.cap) return undefined;
    words.push(t.lower);
    if (OFFICE_EPITHET_HEADS.has(t.lower)) return words.join(' ');
  }
  return undefined;
}

/** The person named last outside quotes before token `k` of paragraph `p`, within this paragraph and the two before. */
function lastPersonBefore(context: Pick<ResolveContext, 'paragraphs' | 'index'>, p: number, k: number): string | undefined {
  for (let q = p; q >= Math.max(0, p - 2); q--) {
    const found = context.index[q]!.list.filter((m) => m.kind === 'person' && !m.inQuote && (q < p || m.last < k)).at(-1);
    if (found !== undefined) return found.actor;
  }
  return undefined;
}

/**
 * True when, before the epithet at `the`, a qualified office epithet of other words ("the home secretary" for "the
 * prime minister") stands outside quotes right after a sentence that opens on `speaker` by name, or, when no sentence
 * near opens on anyone, after `speaker` is the last person named: the text called that person by the other office.
 *
 * @param context The article's paragraphs and mentions.
 * @param position The epithet's paragraph.
 * @param the The index of the epithet's "the".
 * @param speaker The person the epithet would stand for.
 * @example
 * // "David Roe spoke. The home secretary said so. Mr Roe met Ann Lee. The prime minister said …"
 * calledByAnotherOffice(context, 0, 15, 'david-roe') // => true
 */
export function calledByAnotherOffice(context: Pick<ResolveContext, 'paragraphs' | 'index'>, position: number, the: number, speaker: string): boolean {
  const own = officeWords(context.paragraphs[position]!, the);
  if (own === undefined) return false;
  for (let p = 0; p <= position; p++) {
    const paragraph = context.paragraphs[p]!;
    const end = p === position ? the : paragraph.tokens.length;
    for (let k = 0; k < end; k++) {
      const t = paragraph.tokens[k]!;
      if (t.lower !== 'the' || t.quote >= 0 || !isQualifiedOffice(paragraph, k)) continue;
      const other = officeWords(paragraph, k);
      if (other !== undefined && other !== own && (openerBefore(context, p, k) ?? lastPersonBefore(context, p, k)) === speaker) return true;
    }
  }
  return false;
}
