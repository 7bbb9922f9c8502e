/**
 * Of several people sharing a surname, a bare or titled surname ("Clune said", "Ms Clune's claim") can only stand for
 * someone the reader has already met by full name: in "Rosa Clune, whose son Dan was hurt, … Ms Clune's claim … says
 * he struck Dan Clune", "Ms Clune" is Rosa, since Dan Clune's full name comes after it (a first name alone, "Dan",
 * does not introduce the surname). When no one sharing the surname has been named in full yet, who it is stays unclear.
 */

/** Where a mention stands and how it names its actor (a subset of `Mention`). */
interface PlacedMention {
  paragraph: number;
  first: number;
  via: 'name' | 'surname' | 'role' | 'anonymous';
}

/**
 * The namesakes whose full name the article gives before a point.
 *
 * @param known People sharing one surname, each with its mentions (full names are mentions `via: 'name'`).
 * @param paragraph The paragraph of the surname mention.
 * @param token The first token of the surname mention.
 * @returns Those of `known` named in full before the point, in the order of `known`.
 * @example
 * // "Rosa Clune, whose son Dan … Ms Clune's claim … Dan Clune": at "Ms Clune" only Rosa was named in full.
 * namesakesNamedBefore([rosa, dan], 2, 0) // => [rosa]
 */
export function namesakesNamedBefore<T extends { mentions: readonly PlacedMention[] }>(known: readonly T[], paragraph: number, token: number): T[] {
  return known.filter((d) => d.mentions.some((m) => m.via === 'name' && (m.paragraph < paragraph || (m.paragraph === paragraph && m.first < token))));
}
