/**
 * A seat as an epithet: "Mr Wyatt predicted … The MP for Sittingbourne and Sheppey said …", "“…?” the Labour MP for
 * Birkenhead asked." British news names a member by the seat after introducing them. The epithet is the one person
 * the article names for that seat ("NAME, MP for PLACE", "NAME, the Labour MP for PLACE"); else the one person it
 * introduces as a member without a seat ("Labour MP NAME", "NAME MP", "NAME, a Tory MP"); nobody when two could be
 * meant. When the article introduces no member at all, the epithet is read as any other office.
 */
import type { Token } from '../../actors/index.ts';
import { SEAT_HOLDERS } from '../../actors/load-lexicons.ts';
import { seatEnd } from '../../actors/seat-after-holder.ts';
import type { ResolveContext } from './resolve-context.ts';

/** What a seat epithet names: a person (actor id), nobody (`null`), or `'office'` when no member is introduced. */
export type SeatReading = string | null | 'office';

/**
 * Who the seat epithet at `the` names; undefined when the epithet holds no seat ("the Tory MP said").
 *
 * @param context The article's paragraphs and mentions.
 * @param position The epithet's paragraph.
 * @param the The index of the epithet's "the".
 * @example
 * // "Labour MP Ann Roe spoke. … The MP for Hartwell said …"
 * seatEpithetSpeaker(context, 2, 0) // => 'ann-roe'
 */
export function seatEpithetSpeaker(context: Pick<ResolveContext, 'paragraphs' | 'index'>, position: number, the: number): SeatReading | undefined {
  const tokens = context.paragraphs[position]!.tokens;
  let seat: string | undefined;
  for (let k = the + 1; k <= the + 6 && tokens[k]?.word && seat === undefined; k++) {
    const end = seatEnd(tokens, k);
    if (end >= 0) seat = seatWords(tokens, k + 2, end);
  }
  if (seat === undefined) return undefined;
  const forSeat = new Set<string>();
  const unseated = new Set<string>();
  const otherSeat = new Set<string>();
  context.paragraphs.forEach((paragraph, p) => {
    for (const m of context.index[p]!.list) {
      if (m.kind !== 'person' || m.inQuote) continue;
      const held = memberPost(paragraph.tokens, m.first, m.last);
      if (held === undefined) continue;
      if (held === '') unseated.add(m.actor);
      else (held === seat ? forSeat : otherSeat).add(m.actor);
    }
  });
  if (forSeat.size > 0) return forSeat.size === 1 ? [...forSeat][0]! : null;
  const members = [...unseated].filter((id) => !otherSeat.has(id));
  if (members.length > 1) return null;
  if (members.length === 1) return members[0]!;
  return 'office';
}

/** The seat's words, lower case, joined by spaces ("sittingbourne and sheppey"). */
function seatWords(tokens: readonly Token[], first: number, last: number): string {
  return tokens.slice(first, last + 1).map((t) => t.lower).join(' ');
}

/**
 * The seat a person's name is given as a member of ('' for a member without one), or undefined when no member post
 * stands by it: "Labour MP NAME", "NAME MP", "NAME, MP for PLACE", "NAME, the Labour MP for PLACE", "NAME, a Tory MP".
 */
function memberPost(tokens: readonly Token[], first: number, last: number): string | undefined {
  const sentence = tokens[first]!.sentence;
  // "Labour MP NAME", "Tory MEP NAME": a title right before the name.
  const before = tokens[first - 1];
  if (before?.word && before.cap && SEAT_HOLDERS.has(before.lower) && before.quote < 0) return '';
  let k = last + 1;
  // "Frank Field MP": a post-nominal.
  if (tokens[k]?.word && tokens[k]!.text === tokens[k]!.text.toUpperCase() && SEAT_HOLDERS.has(tokens[k]!.lower)) return seatOf(tokens, k);
  if (tokens[k]?.text !== ',') return undefined;
  k++;
  if (['the', 'a', 'an'].includes(tokens[k]?.lower ?? '')) k++;
  // "NAME, the Labour MP for PLACE", "NAME, MP for PLACE": a party or place (capitalised words) before the head.
  for (let n = 0; n < 3 && tokens[k]?.word && tokens[k]!.sentence === sentence; n++, k++) {
    if (SEAT_HOLDERS.has(tokens[k]!.lower)) return seatOf(tokens, k);
    if (!tokens[k]!.cap) return undefined;
  }
  return undefined;
}

/** The seat after the holder at `holder`; '' when none follows a capitalised holder ("MP"); undefined for "a member" with no seat. */
function seatOf(tokens: readonly Token[], holder: number): string | undefined {
  const end = seatEnd(tokens, holder);
  if (end >= 0) return seatWords(tokens, holder + 2, end);
  return tokens[holder]!.cap ? '' : undefined;
}
