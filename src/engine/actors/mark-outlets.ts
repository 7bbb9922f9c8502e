/**
 * After the quotes: news outlets and agencies the article only cites or relays are outlets, not actors.
 */
import type { Actor, Quote } from '../schema.ts';
import { OUTLETS, OUTLET_HEADS } from './load-lexicons.ts';
import { foldText } from '../text/fold-text.ts';

/**
 * Gives the kind `outlet` to every organisation that names a news outlet or agency ("Reuters", "BBC",
 * "Xinhua News Agency") and speaks no quote of the article. An outlet quoted as a speaker ("the BBC said
 * in a statement") stays an organisation. Actors are changed in place (they are the article's own).
 *
 * @param actors The article's actors.
 * @param quotes Its quotes, with their speakers' ids.
 * @returns The same array.
 * @example
 * markOutlets([{ id: 'reuters', name: 'Reuters', kind: 'organization', … }], []).map((a) => a.kind) // => ['outlet']
 */
export function markOutlets(actors: Actor[], quotes: readonly Quote[]): Actor[] {
  const speakers = new Set(quotes.map((q) => q.speaker));
  for (const actor of actors) {
    if ((actor.kind !== 'organization' && actor.kind !== 'person') || !namesOutlet(actor.name)) continue;
    if (speakers.has(actor.id)) actor.kind = 'organization';
    else actor.kind = 'outlet';
  }
  return actors;
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
