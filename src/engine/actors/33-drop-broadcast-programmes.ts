/**
 * Stage 33 of actors: a name written right after a broadcaster's possessive and ending in a word that ends a
 * programme's title ("told BBC Radio 4's Today Programme", "speaking to the BBC's Westminster Hour", "the recording of
 * BBC Radio 4's Any Questions") names a programme, not a person: a broadcaster's reporters are written the same way
 * ("the BBC's Ann Roe"), so the owner alone decides nothing, but no surname is "Programme", "Hour" or "Questions". A
 * mention that speaks, owns, has staff or is cited (`actsAsSomeone`) keeps the name.
 */
import thingTitleSignalsJson from '../lexicons/thing-title-signals.json' with { type: 'json' };
import type { Actor } from '../schema.ts';
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import type { Mention, ResolvedActors } from './06-resolve-mentions.ts';
import { actsAsSomeone } from './16-drop-venues.ts';
import { dropActorsWhere } from './drop-actors-where.ts';
import { namesOutlet } from './mark-outlets.ts';
import { foldText } from '../text/fold-text.ts';

/** Lower-case words that end a programme's title. */
const TITLE_HEADS: ReadonlySet<string> = new Set(thingTitleSignalsJson.titleHeads);

/** A person or body without roles whose name's last word ends a programme's title. */
function isProgrammeTitle(actor: Actor): boolean {
  if ((actor.kind !== 'person' && actor.kind !== 'organization') || actor.roles.length > 0) return false;
  const words = foldText(actor.name).split(/\s+/);
  return words.length > 1 && TITLE_HEADS.has(words.at(-1)!);
}

/**
 * Removes every person or body without roles whose name ends in a word for a programme's title, that some mention
 * shows owned by a broadcaster ("BBC Radio 4's Today Programme") and no mention lets act.
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same without the programmes.
 * @example
 * // "The minister told BBC Radio 4's Today Programme it was fair." → no actor "Today Programme".
 */
export function dropBroadcastProgrammes(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  const names = new Map(resolved.actors.map((a) => [a.id, a.name]));
  const ends = new Map(resolved.mentions.map((m) => [`${m.paragraph}:${m.last}`, m.actor]));
  const ownedByBroadcaster = (tokens: readonly Token[], m: Mention): boolean => {
    if (tokens[m.first - 1]?.lower !== "'s") return false;
    const owner = ends.get(`${m.paragraph}:${m.first - 2}`);
    return owner !== undefined && owner !== m.actor && namesOutlet(names.get(owner) ?? '');
  };
  return dropActorsWhere(paragraphs, resolved, isProgrammeTitle, (_actor, { mentions, tokensOf }) =>
    mentions.some((m) => ownedByBroadcaster(tokensOf(m), m)) && !mentions.some((m) => actsAsSomeone(tokensOf(m), m.first, m.last)));
}
