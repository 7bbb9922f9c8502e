/**
 * Stage 7 of actors: drop places that are only the setting of the story ("the race in Finland",
 * "Ethiopia's Tirunesh Dibaba", "Northern Ireland man James McIlroy"), not actors in it ("Finland said", "support for Ukraine").
 */
import type { TokenizedParagraph } from './01-tokenize-text.ts';
import type { Mention, ResolvedActors } from './06-resolve-mentions.ts';
import { LOCATIVE_PREPOSITIONS, PERSON_NOUNS_AFTER_PLACE, PLACE_PREPOSITIONS } from './load-lexicons.ts';

/**
 * Removes every place whose mentions all put it as a setting: after a locative preposition ("in", "at",
 * "from") or as the possessor of a name ("Sweden's Carolina Kluft", where the country is a nationality).
 * A place named once in any other way ("Sweden has joined", "troops to Ukraine") stays. A "person" whose
 * full name only ever follows "in", "near" or "across" ("in Tel Aviv") is a place too, and goes.
 *
 * @param paragraphs The tokenised paragraphs the mentions point into.
 * @param resolved The actors and mentions of stage 6.
 * @returns The same actors and mentions without the settings.
 * @example
 * // "He won in Finland." → Finland is dropped; "Finland said no." → Finland stays.
 */
export function dropSettings(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const acting = new Set<string>();
  const places = new Set<string>();
  for (const m of resolved.mentions) {
    const paragraph = byIndex.get(m.paragraph);
    if (m.kind === 'place') {
      places.add(m.actor);
      if (!paragraph || !isSetting(paragraph, m)) acting.add(m.actor);
    } else if (m.kind === 'person') {
      // "tests in Tel Aviv, Chicago and Athens": a name of several words met only after "in" is a place read as a person.
      places.add(m.actor);
      if (!paragraph || m.via !== 'name' || m.first === m.last || !PLACE_PREPOSITIONS.has(paragraph.tokens[m.first - 1]?.lower ?? '')) acting.add(m.actor);
    }
  }
  const dropped = new Set([...places].filter((id) => !acting.has(id)));
  if (dropped.size === 0) return resolved;
  return {
    actors: resolved.actors.filter((a) => !dropped.has(a.id)),
    mentions: resolved.mentions.filter((m) => !dropped.has(m.actor)),
  };
}

function isSetting(paragraph: TokenizedParagraph, m: Mention): boolean {
  const { tokens } = paragraph;
  let k = m.first - 1;
  if (tokens[k]?.lower === 'the') k--; // "in the Philippines"
  if (tokens[k] && LOCATIVE_PREPOSITIONS.has(tokens[k]!.lower)) return true;
  // "Ethiopia's Tirunesh Dibaba": a country before a person's name is a nationality.
  if (tokens[m.last + 1]?.lower === "'s" && tokens[m.last + 2]?.cap === true && tokens[m.last + 3]?.cap === true) return true;
  // "Northern Ireland man James McIlroy": a place before "man"/"woman" and a name says where the person is from.
  const noun = tokens[m.last + 1];
  return noun !== undefined && !noun.cap && PERSON_NOUNS_AFTER_PLACE.has(noun.lower) && tokens[m.last + 2]?.cap === true;
}
