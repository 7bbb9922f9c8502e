/**
 * In British style a knight, dame or peer keeps the title: "Sir Ian Blair" is "Sir Ian" afterwards, never "Mr Blair".
 * So when people sharing a surname include one introduced with such a title and one introduced without, a plain
 * courtesy title ("Mr", "Mrs", "Ms", "Miss") before the surname points to those introduced without it.
 */
import honorificsJson from '../lexicons/honorifics.json' with { type: 'json' };

const STYLED: ReadonlySet<string> = new Set(honorificsJson.styledTitles);
const PLAIN: ReadonlySet<string> = new Set(honorificsJson.plainCourtesyTitles);

/**
 * Whether a title introduces a styled person (knight, dame, peer).
 *
 * @param honorific The honorific before a full name, as written ("Sir"), or undefined.
 * @returns True for "Sir", "Dame", "Lord" and the other peer titles.
 * @example
 * isStyledTitle('Sir') // => true
 * isStyledTitle('Mr') // => false
 */
export function isStyledTitle(honorific: string | undefined): boolean {
  return honorific !== undefined && STYLED.has(honorific.toLowerCase());
}

/**
 * The namesakes a plain courtesy title before a surname can stand for.
 *
 * @param known People sharing the surname, each marked `styled` when introduced as "Sir", "Dame", "Lord" ….
 * @param honorific The title before the surname mention ("Mr"), or undefined.
 * @returns `known` without the styled people when the title is a plain courtesy title and some of `known` are not
 *   styled; else `known` unchanged.
 * @example
 * // "Sir Ian Blair … Tony Blair … Mr Blair insisted": Tony Blair.
 * namesakesForCourtesy([ian, tony], 'Mr') // => [tony]
 */
export function namesakesForCourtesy<T extends { styled?: boolean }>(known: readonly T[], honorific: string | undefined): readonly T[] {
  if (honorific === undefined || !PLAIN.has(honorific.toLowerCase())) return known;
  const plain = known.filter((d) => !d.styled);
  return plain.length > 0 && plain.length < known.length ? plain : known;
}
