/**
 * Stage 13 of actors: a short form the article gives in brackets right after a name ("the Kurdistan Workers' Party
 * (PKK)", "Martin Ferro (@Martin_Ferro)"), or a handle that spells a person's name ("@justinbieber" for Justin
 * Bieber), is one more name of that actor, not an actor of its own.
 */
import type { Actor } from '../schema.ts';
import type { TokenizedParagraph } from './01-tokenize-text.ts';
import type { Mention, ResolvedActors } from './06-resolve-mentions.ts';
import { foldText } from '../text/fold-text.ts';

/** An acronym: two to eight capitals, with "&", "." or "-" between ("PKK", "PG&E", "U.N."). */
const ACRONYM = /^[\p{Lu}][\p{Lu}&.-]{1,7}$/u;

/**
 * Merges into an actor the actor named in brackets right after one of its mentions, when that is a handle (of a
 * person or an organisation) or an acronym (of an organisation); and merges each handle whose letters spell the
 * name of exactly one person or organisation of the article. Brackets after a person that hold an organisation
 * ("Tom Lake (Labour)") or a place ("Ann Reid (Canada)") say what the person belongs to, and stay apart.
 * The first actor keeps its name; the other's name and aliases become aliases; mentions move with them.
 *
 * @param paragraphs The tokenised paragraphs the mentions point into.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same, with the bracketed forms merged.
 * @example
 * // "The Federal Security Service (FSB) said …" → one actor "Federal Security Service", alias "FSB".
 */
export function mergeBracketedAliases(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  const byId = new Map(resolved.actors.map((a) => [a.id, a]));
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const startingAt = new Map<string, Mention>();
  for (const m of resolved.mentions) startingAt.set(`${m.paragraph}:${m.first}`, m);
  const into = new Map<string, Actor>();
  const target = (actor: Actor): Actor => {
    let t = actor;
    while (into.has(t.id)) t = into.get(t.id)!;
    return t;
  };
  for (const m of resolved.mentions) {
    const tokens = byIndex.get(m.paragraph)?.tokens;
    if (!tokens || tokens[m.last + 1]?.text !== '(') continue;
    const inner = startingAt.get(`${m.paragraph}:${m.last + 2}`);
    if (!inner || tokens[inner.last + 1]?.text !== ')') continue;
    const outer = byId.get(m.actor);
    const short = byId.get(inner.actor);
    if (!outer || !short || target(outer) === target(short) || into.has(short.id)) continue;
    if (isHandle(short) ? outer.kind === 'person' || outer.kind === 'organization' : outer.kind === 'organization' && short.kind === 'organization' && ACRONYM.test(short.name)) {
      into.set(short.id, target(outer));
    }
  }
  // "@justinbieber" in an article about Justin Bieber: a handle that spells exactly one name.
  const named = resolved.actors.filter((a) => (a.kind === 'person' || a.kind === 'organization') && !isHandle(a));
  for (const handle of resolved.actors) {
    if (!isHandle(handle) || into.has(handle.id)) continue;
    const letters = spelled(handle.name);
    const owners = named.filter((a) => spelled(a.name) === letters);
    if (owners.length === 1) into.set(handle.id, target(owners[0]!));
  }
  if (into.size === 0) return resolved;
  for (const [id, to] of into) {
    const from = byId.get(id)!;
    const final = target(to);
    for (const alias of [from.name, ...from.aliases]) if (alias !== final.name && !final.aliases.includes(alias)) final.aliases.push(alias);
    final.mentions = [...final.mentions, ...from.mentions].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  }
  for (const m of resolved.mentions) {
    const to = into.get(m.actor);
    if (to) {
      const final = target(to);
      m.actor = final.id;
      m.kind = final.kind;
    }
  }
  return { actors: resolved.actors.filter((a) => !into.has(a.id)), mentions: resolved.mentions };
}

function isHandle(actor: Actor): boolean {
  return actor.name.startsWith('@');
}

/** The letters and digits of a name, folded ("@Justin_Bieber" and "Justin Bieber" → "justinbieber"). */
function spelled(name: string): string {
  return foldText(name).replace(/[^\p{L}\p{N}]/gu, '');
}
