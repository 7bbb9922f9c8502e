/**
 * Stage 26 of actors: a name written only right before a head noun of a thing ("the Orion trial", "a Creative Commons
 * licence", "an Open Works Attribution (OW BY) licence", "the ZSEQ index", "the Smart Reply feature", "CT scans", "the Gold edition", "a Johnny Cash biopic") only qualifies that
 * thing: it names a trial, a licence, a product's part or a film's subject, not someone who acts in the story; so does
 * a name right before a two-word noun of a built or natural thing ("the Kellan Point rock formation", "the Ashby Road
 * railway station"), which names that thing. A short
 * form of the same name right after that head is the thing's title ("the Johnny Cash biopic, Johnny"), not another
 * name of the person: that mention, and the alias it gave, are taken away.
 */
import thingHeadsJson from '../lexicons/thing-heads.json' with { type: 'json' };
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import { foldText } from '../text/fold-text.ts';
import { type Mention, type ResolvedActors, mentionsByActor, withoutActors } from './06-resolve-mentions.ts';

/** Lower-case heads of things a name may qualify. */
const THING_HEADS: ReadonlySet<string> = new Set(thingHeadsJson.heads);
/** Lower-case heads that end a two-word noun of a built or natural thing ("railway station", "rock formation"). */
const COMPOUND_HEADS: ReadonlySet<string> = new Set(thingHeadsJson.compoundHeads);

/** The mention is followed by a lower-case head of a thing, past a closing bracket ("a smooth surface (LESS) coating"). */
function qualifiesThing(tokens: readonly Token[], m: Mention): boolean {
  let next = tokens[m.last + 1];
  if (next?.text === ')' || next?.text === ']') next = tokens[m.last + 2];
  // "an Open Works Attribution (OW BY) licence": a short form in brackets between the name and the head.
  else if (next?.text === '(') {
    const close = tokens.findIndex((t, i) => i > m.last + 1 && i <= m.last + 5 && t.text === ')');
    if (close > 0) next = tokens[close + 1];
  }
  if (next === undefined || !next.word || next.cap) return false;
  if (THING_HEADS.has(next.lower)) return true;
  // "the Kellan Point rock formation": one plain lower-case word, then the compound's head.
  const head = tokens[m.last + 2];
  return /^[a-z]+$/.test(next.text) && head !== undefined && head.word && !head.cap && COMPOUND_HEADS.has(head.lower);
}

/**
 * The mention titles a thing that another mention of the same actor qualifies: it comes right after the thing's head,
 * past a comma ("the Ray Lomax biopic, Ray" or "Ray Lomax biopic Ray": the film is called by the singer's first name).
 */
function titlesQualifiedThing(tokens: readonly Token[], m: Mention, mentions: readonly Mention[]): boolean {
  const head = tokens[m.first - 1]?.text === ',' ? m.first - 2 : m.first - 1;
  const t = tokens[head];
  if (t === undefined || !t.word || t.cap || !THING_HEADS.has(t.lower)) return false;
  return mentions.some((o) => o !== m && o.paragraph === m.paragraph && o.last === head - 1);
}

/** The folded words of a mention. */
function surfaceOf(byIndex: ReadonlyMap<number, TokenizedParagraph>, m: Mention): string {
  return foldText((byIndex.get(m.paragraph)?.tokens ?? []).slice(m.first, m.last + 1).map((t) => t.text).join(' '));
}

/**
 * Takes away the mentions that title a thing the same actor qualifies, and the aliases only they gave.
 *
 * @example
 * // "the Ray Lomax biopic, Ray" → Ray Lomax keeps the first mention, loses the alias "Ray".
 */
function withoutTitleMentions(byIndex: ReadonlyMap<number, TokenizedParagraph>, resolved: ResolvedActors): ResolvedActors {
  const byActor = mentionsByActor(resolved);
  const titles = new Set<Mention>();
  for (const mentions of byActor.values()) {
    for (const m of mentions) {
      const p = byIndex.get(m.paragraph);
      if (p !== undefined && titlesQualifiedThing(p.tokens, m, mentions)) titles.add(m);
    }
  }
  if (titles.size === 0) return resolved;
  const mentions = resolved.mentions.filter((m) => !titles.has(m));
  const kept = new Map<string, Set<string>>();
  for (const m of mentions) {
    const set = kept.get(m.actor) ?? new Set<string>();
    set.add(surfaceOf(byIndex, m));
    kept.set(m.actor, set);
  }
  const dropAlias = new Map<string, Set<string>>();
  for (const m of titles) {
    const surface = surfaceOf(byIndex, m);
    if (kept.get(m.actor)?.has(surface)) continue;
    const set = dropAlias.get(m.actor) ?? new Set<string>();
    set.add(surface);
    dropAlias.set(m.actor, set);
  }
  const actors = resolved.actors.map((a) => {
    const gone = dropAlias.get(a.id);
    return gone === undefined ? a : { ...a, aliases: a.aliases.filter((alias) => !gone.has(foldText(alias))) };
  });
  return { actors, mentions };
}

/**
 * Removes every person, organisation or group without roles whose every mention qualifies a thing's head noun; a name
 * met once in any other way ("Orion said", "the trial run by Orion") stays.
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same without the names that only qualify things.
 * @example
 * // "Patients in the Orion trial improved." → no actor "Orion"; "Orion said the trial worked." → Orion stays.
 */
export function dropModifierNames(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const byActor = mentionsByActor(resolved);
  const dropped = new Set<string>();
  for (const actor of resolved.actors) {
    if ((actor.kind !== 'person' && actor.kind !== 'organization' && actor.kind !== 'group') || actor.roles.length > 0) continue;
    const mentions = byActor.get(actor.id) ?? [];
    if (mentions.length === 0) continue;
    if (mentions.every((m) => { const p = byIndex.get(m.paragraph); return p !== undefined && qualifiesThing(p.tokens, m); })) dropped.add(actor.id);
  }
  const titled = withoutTitleMentions(byIndex, resolved);
  if (dropped.size === 0) return titled;
  return withoutActors(titled, dropped);
}
