/**
 * "said Mr Bishop", "Dr Judge told the hearing", "Mrs Champion added": a courtesy title ("Mr", "Dr", "Mme") comes before
 * a surname and never before an office, so a capitalised title word right after one, ending the name, is that person's
 * surname. "Mr President", "Madam Speaker" and "Mr Justice Eady" keep the office: it is the one the title addresses.
 */
import type { Token } from './01-tokenize-text.ts';
import { TITLE_HEAD_WORDS } from './load-lexicons.ts';
import honorificsJson from '../lexicons/honorifics.json' with { type: 'json' };

const COURTESY_TITLES: ReadonlySet<string> = new Set(honorificsJson.courtesyTitles);
const ADDRESSED_OFFICES: ReadonlySet<string> = new Set(honorificsJson.addressedOffices);

/**
 * True when `token` is a capitalised title word that is a surname: right after a courtesy title, with no capitalised
 * word after it, and no office a courtesy title addresses.
 *
 * @param token The word that may be a surname ("Bishop").
 * @param previous The word before it ("Mr").
 * @param next The word after it, if any.
 * @example
 * const t = tokenizeText(0, 'said Mr Bishop on Monday.', []).tokens;
 * isTitleSurnameAfterCourtesy(t[2]!, t[1], t[3]) // => true
 * const u = tokenizeText(0, 'said Mr President on Monday.', []).tokens;
 * isTitleSurnameAfterCourtesy(u[2]!, u[1], u[3]) // => false
 */
export function isTitleSurnameAfterCourtesy(token: Token, previous: Token | undefined, next: Token | undefined): boolean {
  if (!token.cap || !token.word || !TITLE_HEAD_WORDS.has(token.lower) || ADDRESSED_OFFICES.has(token.lower)) return false;
  if (previous === undefined || !previous.cap || !COURTESY_TITLES.has(previous.lower)) return false;
  return !(next?.cap && next.word);
}
