import type { Actor, ActorKind } from '../schema.ts';
import type { ActorOverride, DigestActor, Role } from './schema.ts';
import type { IndexedArticle } from './01-index-articles.ts';
import { foldName, foldText } from '../text/fold-text.ts';
import { nameToSlug } from '../text/name-to-slug.ts';
import { assignSlugs } from '../text/assign-slugs.ts';
import { stripInvisibleControls } from '../text/strip-invisible-controls.ts';
import { memoizeText } from '../text/memoize-text.ts';

/** Digest-wide actors and the map from each article's local actor id to a digest actor slug. */
export interface MergedActors {
  actors: DigestActor[];
  /** `resolve(articleSlug, localId)`: the digest actor slug, or null when the actor is hidden. */
  resolve(article: string, localId: string): string | null;
}

interface Member {
  article: string;
  actor: Actor;
  /** True when the member joined its group through an alias: its name is no candidate for the display name. */
  viaAlias?: boolean;
}

interface Group {
  key: string;
  kind: ActorKind;
  forcedSlug?: string;
  members: Member[];
}

/** Joins a name to its article in the merge key of an actor that is known only within one article. */
const ARTICLE_KEY_SEPARATOR = '\u0000';

/**
 * Merges the actors of all articles into one actor per real-world entity.
 *
 * Full names merge when their folded forms match (accents, case, honorifics and middle initials aside).
 * A bare surname joins a person only when exactly one person in the digest has that surname.
 * Editor overrides (`content/actors/<slug>.md`) add aliases, rename, re-kind, merge (`mergeInto`) or hide actors.
 *
 * @param articles Indexed articles.
 * @param overrides Editor corrections.
 * @example
 * // "Dmitry S. Peskov" in one article and "Peskov" in another become one actor, dmitry-peskov.
 */
export function mergeActors(articles: readonly IndexedArticle[], overrides: readonly ActorOverride[]): MergedActors {
  const overrideBySlug = new Map(overrides.map((o) => [o.slug, o]));
  const redirect = (slug: string): string => {
    const seen = new Set<string>();
    let current = slug;
    while (!seen.has(current)) {
      seen.add(current);
      const next = overrideBySlug.get(current)?.mergeInto;
      if (!next) break;
      current = next;
    }
    return current;
  };
  const aliasToSlug = new Map<string, string>();
  for (const o of overrides) {
    const target = redirect(o.slug);
    for (const form of [o.slug.replace(/-/g, ' '), o.name ?? '', ...o.aliases]) {
      const key = nameKey(form);
      if (key) aliasToSlug.set(key, target);
    }
  }
  // A target that has no file of its own is an actor of the articles: its own mentions join it too, so that
  // it stays one actor under its slug instead of two sharing it.
  for (const o of overrides) {
    const target = redirect(o.slug);
    if (overrideBySlug.has(target)) continue;
    const key = nameKey(target.replace(/-/g, ' '));
    if (key && !aliasToSlug.has(key)) aliasToSlug.set(key, target);
  }

  const groups = new Map<string, Group>();
  // Article slug → local actor id → group key.
  const localToGroup = new Map<string, Map<string, string>>();
  // The same names recur across articles: each distinct name is keyed once.
  const keyOf = memoizeText(nameKey);
  const fold = memoizeText(foldText);
  const addTo = (groupKey: string, member: Member, forcedSlug?: string): void => {
    let group = groups.get(groupKey);
    if (!group) {
      group = { key: groupKey, kind: member.actor.kind, members: [], ...(forcedSlug ? { forcedSlug } : {}) };
      groups.set(groupKey, group);
    }
    group.members.push(member);
    let local = localToGroup.get(member.article);
    if (!local) localToGroup.set(member.article, (local = new Map()));
    local.set(member.actor.id, groupKey);
  };
  const forced = (actor: Actor): string | undefined => {
    if (aliasToSlug.size === 0) return undefined;
    for (const form of [actor.name, ...actor.aliases]) {
      const hit = aliasToSlug.get(keyOf(form));
      if (hit) return hit;
    }
    return undefined;
  };

  const bareSurnames: Member[] = [];
  for (const { slug, article } of articles) {
    for (const actor of article.analysis.actors) {
      // An organisation the article names by another form ("Labour") joins the lexicon's name for it ("Labour Party").
      const key = keyOf(actor.canonical ?? actor.name);
      const slugHit = forced(actor);
      if (slugHit) addTo(`slug:${slugHit}`, { article: slug, actor }, slugHit);
      else if (actor.kind === 'person' && !key.includes(' ')) bareSurnames.push({ article: slug, actor });
      // "a senior official" in one article and in another are not known to be the same person; an anonymous
      // source merges across articles only when the text ties it to an affiliation ("a NATO official").
      else if (actor.kind === 'anonymous' && !actor.affiliation) addTo(`name:${key}${ARTICLE_KEY_SEPARATOR}${slug}`, { article: slug, actor });
      else addTo(`name:${key}`, { article: slug, actor });
    }
  }

  mergeOrganizationAliases(groups, localToGroup, keyOf);

  const bySurname = new Map<string, Set<string>>();
  for (const group of groups.values()) {
    if (group.kind !== 'person') continue;
    const key = group.key.slice(group.key.indexOf(':') + 1);
    const names = group.forcedSlug ? group.members.map((m) => keyOf(m.actor.name)) : [key];
    for (const name of names) {
      const surname = name.split(' ').at(-1)!;
      const set = bySurname.get(surname) ?? new Set<string>();
      set.add(group.key);
      bySurname.set(surname, set);
    }
  }
  for (const member of bareSurnames) {
    const key = keyOf(member.actor.name);
    const candidates = bySurname.get(key);
    if (candidates && candidates.size === 1) addTo([...candidates][0]!, member);
    else addTo(`name:${key}`, member);
  }

  const ordered = [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const named = ordered.map((group) => {
    const override = group.forcedSlug ? overrideBySlug.get(group.forcedSlug) : undefined;
    return { group, override, name: stripInvisibleControls(override?.name ?? chooseDisplayName(group.members)) || 'unnamed' };
  });
  // An editor's file names its actor's slug, so those come first; then every other actor by its merge key.
  const slugs = assignSlugs([
    ...named.filter((x) => x.group.forcedSlug).map(({ group }) => ({ key: group.key, slug: group.forcedSlug!, plain: true })),
    // An anonymous source of one article ("a senior official") shares its name with those of other articles:
    // each carries a hash of its key (which names its article) rather than the first of them taking the plain slug.
    ...named.filter((x) => !x.group.forcedSlug).map(({ group, name }) => ({ key: group.key, slug: nameToSlug(name), plain: !group.key.includes(ARTICLE_KEY_SEPARATOR) })),
  ]);
  const groupSlug = new Map<string, string | null>();
  const actors: DigestActor[] = [];
  for (const { group, override, name } of named) {
    const slug = slugs.get(group.key)!;
    if (override?.hidden) {
      groupSlug.set(group.key, null);
      continue;
    }
    groupSlug.set(group.key, slug);
    actors.push(groupToActor(group, slug, name, override, fold));
  }
  return {
    actors,
    resolve(article, localId) {
      const key = localToGroup.get(article)?.get(localId);
      return key === undefined ? null : (groupSlug.get(key) ?? null);
    },
  };
}

/**
 * "EU" in one article and "European Union" (with the alias "EU") in another: an organisation whose name is
 * an alias of exactly one other organisation of the digest joins it. An alias that two organisations share
 * ("LP" of two parties) merges nothing.
 */
function mergeOrganizationAliases(groups: Map<string, Group>, localToGroup: Map<string, Map<string, string>>, keyOf: (name: string) => string): void {
  const isOrganization = (g: Group): boolean => !g.forcedSlug && (g.kind === 'organization' || g.kind === 'outlet');
  const owners = new Map<string, Set<string>>();
  for (const group of groups.values()) {
    if (!isOrganization(group)) continue;
    for (const { actor } of group.members) {
      for (const alias of actor.aliases) {
        const key = `name:${keyOf(alias)}`;
        if (key === group.key) continue;
        const set = owners.get(key) ?? new Set<string>();
        set.add(group.key);
        owners.set(key, set);
      }
    }
  }
  const moves: [Group, Group][] = [];
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key)!;
    const targets = owners.get(key);
    if (!isOrganization(group) || !targets || targets.size !== 1) continue;
    moves.push([group, groups.get([...targets][0]!)!]);
  }
  const moved = new Set(moves.map(([from]) => from.key));
  for (const [from, to] of moves) {
    // Only into an organisation that does not move itself, so that no member is left on a moved group.
    if (moved.has(to.key)) continue;
    for (const member of from.members) {
      to.members.push({ ...member, viaAlias: true });
      localToGroup.get(member.article)!.set(member.actor.id, to.key);
    }
    groups.delete(from.key);
  }
}

/**
 * The key a name merges on: folded, honorifics and leading articles dropped, single-letter middle initials dropped.
 *
 * @example
 * nameKey('Mr. Dmitry S. Peskov') // => 'dmitry peskov'
 */
export function nameKey(name: string): string {
  const words = foldName(name).split(' ').filter(Boolean);
  return words.filter((w, i) => w.length > 1 || i === 0 || i === words.length - 1).join(' ');
}

function chooseDisplayName(members: readonly Member[]): string {
  const counts = new Map<string, number>();
  const named = members.filter((m) => !m.viaAlias);
  for (const m of named.length > 0 ? named : members) {
    // A group of an institution's forms ("Labour", "Labour Party") is shown by the lexicon's name for it.
    const name = m.actor.canonical ?? m.actor.name;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || b[0].split(' ').length - a[0].split(' ').length || (a[0] < b[0] ? -1 : 1),
  )[0]![0];
}

function groupToActor(
  group: Group,
  slug: string,
  name: string,
  override: ActorOverride | undefined,
  fold: (text: string) => string,
): DigestActor {
  const kindVotes = new Map<ActorKind, number>();
  const aliases = new Map<string, string>();
  const roles = new Map<string, Role>();
  const articles = new Set<string>();
  let country: string | undefined;
  let affiliation: string | undefined;
  let mentionCount = 0;
  const nameFold = fold(name);
  for (const { article, actor } of group.members) {
    kindVotes.set(actor.kind, (kindVotes.get(actor.kind) ?? 0) + 1);
    for (const form of [actor.name, ...actor.aliases]) {
      const f = fold(form);
      if (f !== nameFold && !aliases.has(f)) aliases.set(f, form);
    }
    for (const text of actor.roles) {
      const f = fold(text);
      const role = roles.get(f) ?? { text, articles: [] };
      if (!role.articles.includes(article)) role.articles.push(article);
      roles.set(f, role);
    }
    articles.add(article);
    country ??= actor.country;
    affiliation ??= actor.affiliation;
    mentionCount += actor.mentions.length;
  }
  for (const alias of override?.aliases ?? []) {
    const f = fold(alias);
    if (f !== nameFold && !aliases.has(f)) aliases.set(f, alias);
  }
  if (override?.role && !roles.has(fold(override.role))) roles.set(fold(override.role), { text: override.role, articles: [] });
  // An outlet quoted as an organisation in one article is an organisation of the digest: it has quotes to show.
  if (kindVotes.size > 1) kindVotes.delete('outlet');
  const kind =
    override?.kind ?? [...kindVotes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  return {
    slug,
    name,
    kind,
    aliases: [...new Set([...aliases.values()].map(stripInvisibleControls).filter(Boolean))].sort(),
    roles: [...roles.values()]
      .map((role) => ({ ...role, text: stripInvisibleControls(role.text) }))
      .filter((role) => role.text)
      .sort((a, b) => b.articles.length - a.articles.length || (a.text < b.text ? -1 : 1)),
    ...(country ? { country: stripInvisibleControls(country) } : {}),
    ...(affiliation ? { affiliation: stripInvisibleControls(affiliation) } : {}),
    ...(override?.description ? { description: override.description } : {}),
    articles: [...articles].sort(),
    quotes: [],
    statements: [],
    mentionCount,
  };
}
