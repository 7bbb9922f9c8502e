/**
 * After the quotes: news outlets and agencies the article only cites or relays are outlets, not actors.
 */
import type { Actor, Quote } from '../schema.ts';
import { OUTLETS, OUTLET_HEADS } from './load-lexicons.ts';
import { foldText } from '../text/fold-text.ts';

/**
 * Gives the kind `outlet` to every organisation that names a news outlet or agency ("Reuters", "BBC",
 * "Xinhua News Agency") and speaks no quote of the article. An outlet quoted as a speaker ("the BBC said
 * in a statement") stays an organisation, and so does one whose own writer speaks ("said the Observer's Philip French"). Actors are changed in place (they are the article's own).
 *
 * @param actors The article's actors.
 * @param quotes Its quotes, with their speakers' ids.
 * @returns The same array.
 * @example
 * markOutlets([{ id: 'reuters', name: 'Reuters', kind: 'organization', … }], []).map((a) => a.kind) // => ['outlet']
 */
export function markOutlets(actors: Actor[], quotes: readonly Quote[], texts: readonly string[] = []): Actor[] {
  const speakers = new Set(quotes.map((q) => q.speaker));
  const speakingPeople = actors.filter((a) => a.kind === 'person' && speakers.has(a.id)).map((a) => a.name);
  for (const actor of actors) {
    if ((actor.kind !== 'organization' && actor.kind !== 'person') || !namesOutlet(actor.name)) continue;
    if (speakers.has(actor.id) || ownsSpeaker(actor, speakingPeople, texts)) actor.kind = 'organization';
    else actor.kind = 'outlet';
  }
  return actors;
}

/** "said the Observer's Philip French": an outlet whose own writer speaks is the speaker's organisation, not a cited outlet. */
function ownsSpeaker(actor: Actor, people: readonly string[], texts: readonly string[]): boolean {
  const names = [actor.name, ...actor.aliases];
  // Each phrase is written once, not once per paragraph.
  const phrases = people.flatMap((person) => names.flatMap((name) => [`${name}'s ${person}`, `${name}’s ${person}`]));
  return phrases.some((phrase) => texts.some((text) => text.includes(phrase)));
}

/**
 * True when a name is a known outlet or ends in an outlet's head ("News Agency", "Times", "Observer").
 *
 * @example
 * namesOutlet('The Samoa Observer') // => true
 */
export function namesOutlet(name: string): boolean {
  const words = foldText(name).replace(/^the\s+/, '').split(/\s+/);
  if (OUTLETS.has(words.join(' '))) return true;
  if (words.length < 2) return false;
  return OUTLET_HEADS.has(words.at(-1)!) || OUTLET_HEADS.has(words.slice(-2).join(' '));
}
