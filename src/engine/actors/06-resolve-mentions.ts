/**
 * Stage 6 of actors: resolve every candidate to one actor of the article — full names,
 * surnames, "Mr" + surname, roles the article gave a person, acronyms of organisations,
 * "the official" back to the anonymous source named before — and build the actors.
 */
import { namedByModifiers } from './body-named-by-modifiers.ts';
import { COMMITTEE_HEAD, PARLIAMENT_WORDS } from './committee-members.ts';
import type { Actor, ActorKind } from '../schema.ts';
import { SPACE, charClass } from '../text/char-class.ts';
import { nameToSlug } from '../text/name-to-slug.ts';
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import type { NameCandidate } from './03-classify-name-runs.ts';
import type { AnonymousCandidate } from './04-find-anonymous-sources.ts';
import type { RoleCandidate } from './05-find-role-mentions.ts';
import { BOSS_TITLES, COMMON_WORDS, COUNTRY_NAMES, FEMALE_CUES, GENERIC_TITLES, GIVEN_NAME_TITLES, KIN_AND_GENDER_NOUNS, LEADER_TITLES, MALE_CUES, NAMING_AFTER_PERSON_NOUN, NAMING_BEFORE_AS, NAMING_NOUNS, ORG_BODY_KINDS, ORG_BACK_REFERENCES, OWNER_WORDS, PUBLICATION_NOUNS, SOVEREIGN_TITLES, SPEECH_VERBS, STAFF_NOUNS, TITLE_HEAD_WORDS, TYPED_BACK_REFERENCES, UNNAMED_PERSON_NOUNS } from './load-lexicons.ts';
import betweenSubjectAndVerbJson from '../lexicons/between-subject-and-verb.json' with { type: 'json' };
import roleWordsJson from '../lexicons/role-words.json' with { type: 'json' };
import verbFormsJson from '../lexicons/verb-forms.json' with { type: 'json' };
import { peerShortForm } from './peer-designation.ts';
import { foldText } from '../text/fold-text.ts';
import { isSentenceSubject } from './find-sentence-subject.ts';
import { followsQuotedSpeech } from './speech-verb-forms.ts';
import { NAME_PARTICLES } from '../text/name-particles.ts';
import { isListedWithPeople } from './listed-with-people.ts';
import { namesakesNamedBefore } from './namesakes-named-before.ts';
import { isStyledTitle, namesakesForCourtesy } from './plain-courtesy-namesakes.ts';
import { speakingBodyName } from './speaking-body.ts';
import { speaksAQuote } from './speaks-a-quote.ts';

/** One paragraph's candidates, as found by stages 3 to 5. */
export interface ParagraphCandidates {
  paragraph: TokenizedParagraph;
  names: NameCandidate[];
  anonymous: AnonymousCandidate[];
  roles: RoleCandidate[];
}

/** A resolved mention of an actor, inclusive token indexes in its paragraph. */
export interface Mention {
  paragraph: number;
  first: number;
  last: number;
  actor: string;
  kind: ActorKind;
  inQuote: boolean;
  /** How the mention names the actor. */
  via: 'name' | 'surname' | 'role' | 'anonymous';
  /** A role noun ("the club") resolved by salience: among several organisations, the one that was a sentence's subject (`isSentenceSubject`). */
  salient?: true;
  /** A role noun with words of the organisation's own name before it ("the select committee", `modified-back-reference.ts`). */
  modified?: true;
  /** "the MPs" standing for the parliamentary committee they sit on (`committee-members.ts`). */
  members?: true;
  /** "the environment select committee said" naming a body no name gives before: the words are the body's name (`speaking-body.ts`). */
  bodyWords?: true;
  /** "the government said it would “act”" naming, by its noun alone, the body no name gives before (`speaks-a-quote.ts`). */
  bodyAlone?: true;
  /** "the prime minister's office said": an office owned by a post, named by those words (`post-office.ts`). */
  postOffice?: true;
  /** A crowd named by a plural common noun ("lenders have said", `find-plural-speakers.ts`). */
  crowd?: true;
}

/** The actors of an article and every mention of them in text order. */
export interface ResolvedActors {
  actors: Actor[];
  mentions: Mention[];
}

/**
 * The mentions of `resolved` grouped by actor id, in text order: what a stage that judges an actor by all its mentions
 * (venues, programmes) reads.
 *
 * @param resolved The actors and mentions of the earlier stages.
 * @example
 * mentionsByActor({ actors: [hall], mentions: [m1, m2] }).get(hall.id) // => [m1, m2] when both name the hall
 */
export function mentionsByActor(resolved: ResolvedActors): Map<string, Mention[]> {
  const byActor = new Map<string, Mention[]>();
  for (const m of resolved.mentions) {
    const list = byActor.get(m.actor);
    if (list) list.push(m);
    else byActor.set(m.actor, [m]);
  }
  return byActor;
}

/**
 * The actors and mentions of `resolved` without the actors whose ids are in `dropped`, nor their mentions: what every
 * stage that drops actors (settings, work titles, bare heads, venues …) returns.
 *
 * @param resolved The actors and mentions of the earlier stages.
 * @param dropped The ids of the actors to remove.
 * @example
 * withoutActors({ actors: [hall, mayor], mentions: [m1, m2] }, new Set([hall.id])) // => { actors: [mayor], mentions: [m2] }
 */
export function withoutActors(resolved: ResolvedActors, dropped: ReadonlySet<string>): ResolvedActors {
  return { actors: resolved.actors.filter((a) => !dropped.has(a.id)), mentions: resolved.mentions.filter((m) => !dropped.has(m.actor)) };
}

interface Draft {
  key: string;
  kind: ActorKind;
  name: string;
  aliases: Set<string>;
  roles: string[];
  country?: string;
  affiliation?: string;
  head?: string;
  /** Nouns that introduced an organisation's name ("magazine" in "US magazine Mobile Weekly"). */
  nouns?: Set<string>;
  /** From an honorific or a gendered noun before the full name ("Mrs", "her husband,"). */
  gender?: 'male' | 'female';
  /** The article calls this person by the bare surname ("Osbourne said"), not only by a first name ("his wife Sharon"). */
  calledBySurname?: true;
  /** Introduced as a knight, dame or peer ("Sir Ian Blair"): never "Mr Blair" (`plain-courtesy-namesakes.ts`). */
  styled?: boolean;
  mentions: Mention[];
}

const SUBJECT_SKIP: ReadonlySet<string> = new Set(betweenSubjectAndVerbJson.mentionSubject);

/**
 * Resolves the candidates of a whole article into actors and mentions.
 *
 * @param candidates Per paragraph, the name, anonymous-source and role candidates.
 * @param organizationWords Folded names the article shows to be organisations (from `findOrganizationWords` and `findOrganizationNames`).
 * @returns Actors (id = slug of the display name, unique in the article) and mentions in text order.
 * @example
 * // “Mr Macron” and “French President Emmanuel Macron” in one article:
 * resolveMentions(candidates).actors[0]
 * // => { id: 'emmanuel-macron', name: 'Emmanuel Macron', kind: 'person', aliases: ['Mr Macron'], roles: ['French President'], country: 'France', … }
 */
export function resolveMentions(candidates: readonly ParagraphCandidates[], organizationWords: ReadonlySet<string> = new Set()): ResolvedActors {
  const drafts = new Map<string, Draft>();
  const bySurname = new Map<string, Draft[]>();
  // Family-name-first names ("Mao Ning" → "Mao") and British "Sir Keir" use the first word.
  const byFirstName = new Map<string, Draft[]>();
  const mentions: Mention[] = [];

  const draftFor = (key: string, kind: ActorKind, name: string): Draft => {
    let draft = drafts.get(key);
    if (!draft) {
      draft = { key, kind, name, aliases: new Set(), roles: [], mentions: [] };
      drafts.set(key, draft);
    }
    return draft;
  };
  const mention = (draft: Draft, paragraph: number, first: number, last: number, inQuote: boolean, via: Mention['via'], surface: string, alias = true): void => {
    const m: Mention = { paragraph, first, last, actor: draft.key, kind: draft.kind, inQuote, via };
    draft.mentions.push(m);
    mentions.push(m);
    if (alias && surface !== draft.name) draft.aliases.add(surface);
  };
  const addAttributes = (draft: Draft, c: { roles?: string[]; country?: string; affiliation?: string; nouns?: string[] }): void => {
    for (const role of c.roles ?? []) if (!draft.roles.includes(role)) draft.roles.push(role);
    for (const noun of c.nouns ?? []) (draft.nouns ??= new Set()).add(noun);
    if (c.country) draft.country ??= c.country;
    if (c.affiliation) draft.affiliation ??= c.affiliation;
  };

  // Pass 1: full names, so that surnames anywhere in the article can find them.
  const particleNames = new Set<NameCandidate>();
  for (const { paragraph, names } of candidates) {
    for (const c of names) {
      if (c.kind !== 'person' || organizationWords.has(foldText(c.surface))) continue;
      const words = c.surface.split(/\s+/);
      if (startsWithParticle(words)) {
        particleNames.add(c);
        continue;
      }
      // "Lord Nicholls of Foyle": a peer's surname is the word after the title, the place no surname, the title no first name.
      const peer = peerShortForm(c.surface);
      const surname = foldText(peer ? words[1]! : words.at(-1)!);
      const key = `person:${foldText(words[0]!)} ${surname}`;
      const display = peer || words.length <= 2 ? words.join(' ') : words.filter((w, i) => i === 0 || i === words.length - 1 || !/^\p{Lu}\.$/u.test(w)).join(' ');
      const existed = drafts.has(key);
      const draft = draftFor(key, 'person', display);
      if (!existed) {
        bySurname.set(surname, [...(bySurname.get(surname) ?? []), draft]);
        const firstName = foldText(words[0]!);
        if (!peer) byFirstName.set(firstName, [...(byFirstName.get(firstName) ?? []), draft]);
      }
      addAttributes(draft, c);
      draft.gender ??= genderBefore(paragraph, c);
      if (isStyledTitle(c.honorific)) draft.styled = true;
      mention(draft, paragraph.index, c.first, c.last, c.inQuote, 'name', c.surface);
    }
  }

  // "Sky" beside "Sky Movies" and "Sky News": a first word that opens a body's name too is no one's first name alone.
  const bodyFirstWords = firstWordsOfBodies(candidates);
  // "Prince Charles … Charles Kennedy": a given name a royal title puts before is a royal's, no first name of another.
  const royalGivenNames = givenNamesAfterRoyalTitles(candidates);
  // Pass 2: everything else, in text order.
  for (const { paragraph, names, anonymous } of candidates) {
    for (const c of names) {
      if (c.kind === 'person' && c.first < c.last && organizationWords.has(foldText(c.surface))) {
        // "Allied Domecq shares rose": a name of a person's shape that the article shows to be an organisation's.
        const organization = draftFor(`organization:${foldText(c.surface)}`, 'organization', c.surface);
        mention(organization, paragraph.index, c.first, c.last, c.inQuote, 'name', c.surface);
        continue;
      }
      if (c.kind === 'person' && !particleNames.has(c)) continue;
      if (c.kind === 'surname' || c.kind === 'person') {
        // A bare surname, or one written with its particle ("Van den Berghe", "El Haddad").
        const surname = foldText(lastWord(c.surface));
        const known = bySurname.get(surname) ?? (byFirstName.get(surname)?.length === 1 && !bodyFirstWords.has(surname) && !royalGivenNames.has(surname) ? byFirstName.get(surname) : undefined);
        let draft: Draft | undefined;
        // "search engine firm Google … Google said": one word the article already named as an organisation is that organisation.
        // "the Federal Reserve … the Fed said": so is a clipped first word of one, after "the".
        const organization = c.kind === 'surname' && !c.titled && !known ? (drafts.get(`organization:${foldText(c.surface)}`) ?? clippedOrganization(drafts, paragraph, c)) : undefined;
        if (organization) {
          mention(organization, paragraph.index, c.first, c.last, c.inQuote, 'name', c.surface);
          continue;
        }
        if (known && known.length > 0) draft = pickNamesake(namesakesForCourtesy(known, c.honorific), c, paragraph);
        else if (c.onlyIfKnown) continue;
        else if (c.kind === 'surname' && !c.titled && (organizationWords.has(foldText(c.surface)) || speaksOfItself(paragraph, c.last))) {
          // "Microsoft has said it will replace …": a name that calls itself "it" is an organisation, and so is a
          // word the article shows to be one anywhere ("a Woolworths spokesperson").
          const organizationDraft = draftFor(`organization:${foldText(c.surface)}`, 'organization', c.surface);
          addAttributes(organizationDraft, c);
          mention(organizationDraft, paragraph.index, c.first, c.last, c.inQuote, 'name', c.surface);
          continue;
        }
        else if (c.kind === 'person' || c.titled || ((isSpeechSubject(paragraph, c.first, c.last) || isInvertedSpeaker(paragraph, c) || isSpeakerOfBody(paragraph, c)) && !isPluralNoun(c)) || isIntroducedAsPerson(paragraph, c) || (!c.inQuote && isListedWithPeople(paragraph, c, names, organizationWords))) {
          draft = draftFor(`person:${surname}`, 'person', c.surface);
          if (!bySurname.has(surname)) bySurname.set(surname, [draft]);
        }
        if (!draft) continue;
        addAttributes(draft, c);
        mention(draft, paragraph.index, c.first, c.last, c.inQuote, 'surname', c.surface);
        if (draft.kind === 'person' && foldText(lastWord(draft.name)) === surname) draft.calledBySurname = true;
        if (c.honorific) draft.aliases.add(`${c.honorific} ${c.surface}`);
        continue;
      }
      const name = c.canonical ?? withoutThe(c.surface);
      // "Department of Energy" and "Energy Department" are one actor (the short form is its key), named as the article
      // first writes it, as news keys name it; the other form is an alias.
      const reordered = c.canonical !== undefined && MINISTRY_OF.test(c.surface) && MINISTRY_END.test(c.canonical);
      const draft = draftFor(`${c.kind}:${foldText(name)}`, c.kind, reordered ? withoutThe(c.surface) : name);
      if (reordered && c.canonical !== draft.name) draft.aliases.add(c.canonical!);
      addAttributes(draft, c);
      mention(draft, paragraph.index, c.first, c.last, c.inQuote, 'name', c.surface);
    }
    for (const a of anonymous) {
      if (a.backReference) {
        const draft = lastAnonymous(mentions, drafts, a.head, a.paragraph, a.first);
        if (draft) mention(draft, a.paragraph, a.first - 1, a.last, a.inQuote, 'anonymous', draft.name);
        continue;
      }
      // "lenders have said": a crowd is a group, as news keys kind it.
      const draft = draftFor(`anonymous:${a.key}`, a.crowd ? 'group' : 'anonymous', a.surface);
      draft.head = a.head;
      addAttributes(draft, a);
      mention(draft, a.paragraph, a.first, a.last, a.inQuote, 'anonymous', a.surface);
      if (a.crowd) mentions.at(-1)!.crowd = true;
    }
  }
  mergeAcronyms(drafts, mentions);

  // Pass 3: roles standing for a person the article introduced with that role.
  const people = [...drafts.values()].filter((d) => d.kind === 'person' && (d.roles.length > 0 || SOVEREIGN_TITLES.has(foldText(d.name).split(/\s+/)[0]!)));
  const organizations = [...drafts.values()].filter((d) => d.kind === 'organization');
  // Bodies named only by the words of a speaking-body noun: no antecedent of another noun ("the company" is not "the government").
  const wordBodies = new Set<Draft>();
  const paragraphByIndex = new Map(candidates.map((c) => [c.paragraph.index, c.paragraph]));
  const before = (d: Draft, r: RoleCandidate): boolean => d.mentions.some((m) => m.paragraph < r.paragraph || (m.paragraph === r.paragraph && m.last < r.first));
  // An organisation's folded words, worked out once: every role of the article reads every organisation's name.
  const nameWords = new Map<Draft, readonly string[]>();
  const words = (o: Draft): readonly string[] => {
    let found = nameWords.get(o);
    if (!found) nameWords.set(o, (found = foldText(o.name).split(/\s+/)));
    return found;
  };
  for (const { roles } of candidates) {
    for (const r of roles) {
      if (r.inQuote) continue;
      if (r.members) {
        // "The MPs found …": the one parliamentary committee named before.
        const committees = organizations.filter((o) => before(o, r) && isParliamentaryCommittee(words(o)));
        if (committees.length === 1) {
          mention(committees[0]!, r.paragraph, r.first, r.last, r.inQuote, 'role', r.surface, false);
          mentions.at(-1)!.members = true;
        }
        continue;
      }
      if (r.organization) {
        const speaks = isSpeechSubject(paragraphByIndex.get(r.paragraph)!, r.first, r.last);
        // "the government was looking at …": a speaking-body noun that is no back reference is a body only as a speaker.
        if (!ORG_BACK_REFERENCES.has(r.head) && !PUBLICATION_NOUNS.has(r.head) && !speaks) continue;
        // "the authority said": the organisation named last whose name holds the word.
        // "US magazine Mobile Weekly … said the magazine": or the one the noun introduced.
        // With an owner ("Day's animal foundation"), a name holding both words may come later in the article.
        const named = organizations.filter((o) => (r.owner !== undefined || before(o, r)) && (words(o).includes(r.head) || o.nouns?.has(r.head) === true) && (r.owner === undefined || words(o).includes(r.owner)) && (r.modifiers ?? []).every((w) => words(o).includes(w)));
        const only = named.length > 0 || PUBLICATION_NOUNS.has(r.head) || TYPED_BACK_REFERENCES.has(r.head) || !ORG_BACK_REFERENCES.has(r.head) || r.owner !== undefined || r.modifiers !== undefined ? undefined : onlyOrganizationBefore(organizations.filter((o) => !wordBodies.has(o)), r, paragraphByIndex, mentions);
        // "said the radio station" after "Radio 1": the one organisation nearby whose name holds the modifiers.
        const byModifiers = named.length > 0 || r.owner !== undefined || TYPED_BACK_REFERENCES.has(r.head) || !ORG_BACK_REFERENCES.has(r.head) ? undefined : onlyOrganizationBefore(organizations.filter((o) => !wordBodies.has(o) && namedByModifiers(words(o), r)), r, paragraphByIndex, mentions);
        let last = named.length > 0 ? pickRecent(named, r.paragraph, r.first) : (only?.draft ?? (byModifiers?.salient === false ? byModifiers.draft : undefined));
        // "the environment select committee said" with no such committee named before: the words name the body.
        const paragraph = paragraphByIndex.get(r.paragraph)!;
        const bodyName = last ? undefined : speakingBodyName(r, speaks, speaks && speaksAQuote(paragraph, r.first, r.last));
        if (bodyName) {
          last = draftFor(`organization:${foldText(bodyName)}`, 'organization', bodyName);
          if (!organizations.includes(last)) organizations.push(last);
          wordBodies.add(last);
        }
        if (last) mention(last, r.paragraph, r.first, r.last, r.inQuote, 'role', r.surface.replace(/^the\s+/i, ''));
        if (last && only?.salient) mentions.at(-1)!.salient = true;
        if (last && r.modifiers && !bodyName) mentions.at(-1)!.modified = true;
        if (bodyName && r.postOffice) mentions.at(-1)!.postOffice = true;
        else if (bodyName && !r.modifiers?.length) mentions.at(-1)!.bodyAlone = true;
        else if (bodyName) mentions.at(-1)!.bodyWords = true;
        continue;
      }
      const fits = people.filter((p) => roleFits(p, r) && (qualifierFits(p, r, paragraphByIndex) || sameBodyBefore(p, r, organizations, paragraphByIndex)));
      // A role before the name is resolved only when exactly one person in the whole article fits it.
      // Looking ahead only for a specific role ("the Danish prime minister") and a name a few paragraphs on.
      const soon = (p: Draft): boolean => (r.country !== undefined || r.qualifier !== undefined) && p.mentions.some((m) => m.paragraph >= r.paragraph && m.paragraph <= r.paragraph + 3);
      const fitting = fits.some((p) => before(p, r)) ? fits.filter((p) => before(p, r)) : fits.filter(soon);
      if (fitting.length !== 1) continue;
      // "the Defence Secretary said": a role is no name of the person; it stays a mention. Only "the Queen" names its one
      // holder, when the article gave her that title.
      const role = r.surface.replace(/^the\s+/i, '');
      const title = foldText(role);
      const holds = SOVEREIGN_TITLES.has(title) && fitting[0]!.roles.some((held) => foldText(held).split(/\s+/).at(-1) === title);
      mention(fitting[0]!, r.paragraph, r.first, r.last, r.inQuote, 'role', role, holds);
    }
  }

  mentions.sort((a, b) => a.paragraph - b.paragraph || a.first - b.first);
  const ids = assignIds(drafts);
  for (const m of mentions) m.actor = ids.get(m.actor)!;
  const actors: Actor[] = [];
  for (const d of drafts.values()) {
    if (d.mentions.length === 0) continue;
    // Keys in the order of the schema's output (optional ones only when set), without spreading.
    const actor = { id: ids.get(d.key)!, name: d.name, kind: d.kind, aliases: [...d.aliases].filter((a) => a !== d.name), roles: d.roles } as Actor;
    if (d.country) actor.country = d.country;
    if (d.affiliation) actor.affiliation = d.affiliation;
    actor.mentions = d.mentions
      .map((m) => {
        const tokens = paragraphByIndex.get(m.paragraph)!.tokens;
        return { paragraph: m.paragraph, start: tokens[m.first]!.start, end: tokens[m.last]!.end };
      })
      .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    actors.push(actor);
  }
  return { actors, mentions };
}

/**
 * "Network Rail has suspended services. In a statement, the company said": the organisation a
 * generic noun stands for when no name holds the word — the only one named earlier in the same
 * paragraph, else the only one named in the paragraph before. Bodies of another kind are no
 * candidates ("the company" after "a Harbour Medical Journal article" looks on to the paragraph
 * before). Two or more candidates: the SALIENT one, when exactly one of them is the subject of its
 * sentence ("Ashford United have signed a striker from Benfica. ⏎ … the club said": Ashford
 * United, see `isSentenceSubject`); else none. When neither paragraph names anyone, the two before
 * that may, but only by salience: the organisation there must be a sentence's subject.
 */
function onlyOrganizationBefore(organizations: readonly Draft[], r: RoleCandidate, paragraphByIndex: ReadonlyMap<number, TokenizedParagraph>, mentions: readonly Mention[]): { draft: Draft; salient: boolean } | undefined {
  for (const paragraph of [r.paragraph, r.paragraph - 1, r.paragraph - 2, r.paragraph - 3]) {
    // Past the paragraph before, only across paragraphs that name nobody.
    if (paragraph < r.paragraph - 1 && mentions.some((m) => m.paragraph === paragraph + 1 && !m.inQuote)) return undefined;
    const named = (o: Draft): Mention[] => o.mentions.filter((m) => m.paragraph === paragraph && !m.inQuote && (paragraph < r.paragraph || m.last < r.first));
    const found = organizations.filter((o) => named(o).length > 0 && !isOtherKindOfBody(o, r.head));
    if (found.length === 1 && paragraph >= r.paragraph - 1) return { draft: found[0]!, salient: false };
    if (found.length > 0) {
      const tokens = paragraphByIndex.get(paragraph);
      const subjects = tokens ? found.filter((o) => named(o).some((m) => isSentenceSubject(tokens, m.first, m.last))) : [];
      return subjects.length === 1 ? { draft: subjects[0]!, salient: true } : undefined;
    }
  }
  return undefined;
}

/**
 * "the committee" after "the Economic Research Council": a noun naming a kind of body never stands
 * for a body whose name says it is another kind. Nor does any noun but a publication's stand for a
 * publication ("the company" after "a Harbour Medical Journal article").
 *
 * @example
 * isOtherKindOfBody({ name: 'Economic Research Council', … }, 'committee') // => true
 * isOtherKindOfBody({ name: 'Acme Bank', … }, 'company') // => false
 * isOtherKindOfBody({ name: 'Harbour Medical Journal', … }, 'company') // => true
 */
function isOtherKindOfBody(organization: Draft, head: string): boolean {
  const words = foldText(organization.name).split(/\s+/);
  if (!PUBLICATION_NOUNS.has(head) && words.some((w) => PUBLICATION_NOUNS.has(w))) return true;
  if (!ORG_BODY_KINDS.has(head)) return false;
  return !words.includes(head) && words.some((w) => ORG_BODY_KINDS.has(w));
}

/**
 * The first words (folded) of the names of two or more capitalised words that the article gives to a body
 * ("sky" for "Sky News", "kestrel" for "Kestrel Networks"): the word alone ("Sky said") is no person's first name
 * ("Sky Movies" read as a person's), but the body's brand or parent.
 */
function firstWordsOfBodies(candidates: readonly ParagraphCandidates[]): Set<string> {
  const firsts = new Set<string>();
  for (const { names } of candidates) {
    for (const c of names) {
      if (c.kind !== 'organization') continue;
      const words = c.surface.split(/\s+/);
      // "Arapaho tribal historic preservation office" adds no name to "Arapaho".
      if (words.length >= 2 && /^\p{Lu}/u.test(words[1]!)) firsts.add(foldText(words[0]!));
    }
  }
  return firsts;
}

/**
 * Folded words written alone right after a royal title ("Prince Charles", "King Harald"), less those that open a full
 * name written after the same kind of title ("Princess Ubolratana Mahidol"): given names of a royal, not the first
 * name of a full name elsewhere in the article ("Charles Kennedy").
 */
function givenNamesAfterRoyalTitles(candidates: readonly ParagraphCandidates[]): Set<string> {
  const alone = new Set<string>();
  const inFull = new Set<string>();
  for (const { paragraph, names } of candidates) {
    for (const c of names) {
      if (c.kind !== 'surname' && c.kind !== 'person') continue;
      if (!GIVEN_NAME_TITLES.has(paragraph.tokens[c.first - 1]?.lower ?? '')) continue;
      const word = foldText(c.surface.split(/\s+/)[0]!);
      if (c.first === c.last) alone.add(word);
      else inFull.add(word);
    }
  }
  for (const word of inFull) alone.delete(word);
  return alone;
}

/** Of several people with one surname, the one named last before this point (else the first). */
function pickRecent(known: readonly Draft[], paragraph: number, token: number): Draft {
  if (known.length === 1) return known[0]!;
  let best: Draft = known[0]!;
  let bestAt = -1;
  for (const d of known) {
    for (const m of d.mentions) {
      const at = m.paragraph * 1e6 + m.first;
      if (at < paragraph * 1e6 + token && at > bestAt) {
        bestAt = at;
        best = d;
      }
    }
  }
  return best;
}

/** True when a speech verb follows the word ("Peskov said", "Peskov has also said"). */
function isSpeechSubject(paragraph: TokenizedParagraph, first: number, last: number): boolean {
  const before = paragraph.tokens[first - 1];
  // "in Paris maintain"; a noun for a person's post or staff before the name is its role ("team member Rahayu said").
  if (before && before.word && !before.cap && !['and', 'but', 'while', 'as', 'when', 'after', 'that', 'then', 'so'].includes(before.lower) && !TITLE_HEAD_WORDS.has(before.lower) && !STAFF_NOUNS.has(before.lower)) return false;
  let k = last + 1;
  while (paragraph.tokens[k] && SUBJECT_SKIP.has(paragraph.tokens[k]!.lower)) k++;
  const next = paragraph.tokens[k];
  return Boolean(next && SPEECH_VERBS.has(next.lower) && !next.lower.endsWith('ing'));
}

/**
 * "“It is late,” said Rahayu.", "The plan, added Rahayu, is …": one word right after a verb of saying (not of telling)
 * that follows a quotation or a comma, and that closes its clause, is who speaks — as "Rahayu said" is (isSpeechSubject).
 *
 * @example
 * isInvertedSpeaker(paragraphOf('“No,” said Rahayu.'), candidateOf('Rahayu')) // => true
 * isInvertedSpeaker(paragraphOf('He said Rahayu was right.'), candidateOf('Rahayu')) // => false
 */
function isInvertedSpeaker(paragraph: TokenizedParagraph, c: NameCandidate): boolean {
  if (c.first !== c.last) return false;
  const { tokens } = paragraph;
  if (!followsQuotedSpeech(tokens, c.first)) return false; // not "“…,” she told Wikinews."
  const after = tokens[c.last + 1];
  return after === undefined || ['.', ',', ';', '!', '?'].includes(after.text);
}

/**
 * "Thandar of the Institute for Fiscal Research said", "Rahayu of the Hajo assembly said": one word, then "of" and a
 * body named in at most six words, then the verb of saying — the person who speaks for the body.
 *
 * @example
 * isSpeakerOfBody(paragraphOf('Thandar of the Hajo assembly said it was late.'), candidateOf('Thandar')) // => true
 */
function isSpeakerOfBody(paragraph: TokenizedParagraph, c: NameCandidate): boolean {
  const { tokens } = paragraph;
  if (c.first !== c.last || tokens[c.last + 1]?.text !== 'of') return false;
  let k = c.last + 2;
  if (tokens[k]?.lower === 'the') k++;
  if (!tokens[k]?.cap) return false;
  for (const end = k + 6; k < end && tokens[k]?.word && !SPEECH_VERBS.has(tokens[k]!.lower); k++);
  const verb = tokens[k];
  return verb !== undefined && !verb.cap && SPEECH_VERBS.has(verb.lower) && !verb.lower.endsWith('ing');
}

/**
 * "Microsoft has said it will …", "Sony said its sales …": the name right before a speech verb
 * whose reported clause opens with "it" or "its", as a person's never does.
 *
 * @example
 * speaksOfItself(paragraphOf('Microsoft has said it will replace the cables.'), 0) // => true
 */
function speaksOfItself(paragraph: TokenizedParagraph, last: number): boolean {
  const { tokens } = paragraph;
  let k = last + 1;
  while (tokens[k] && SUBJECT_SKIP.has(tokens[k]!.lower)) k++;
  const verb = tokens[k];
  if (!verb || !SPEECH_VERBS.has(verb.lower) || verb.lower.endsWith('ing')) return false;
  k++;
  if (tokens[k]?.lower === 'that') k++;
  const next = tokens[k];
  return next !== undefined && next.quote < 0 && (next.text === 'it' || next.text === 'its');
}

/** "said Maricel, 43, a teacher", "Rosario, a 71-year-old grandmother", "Anne, who runs a cafe", "Michelle, a mother of twins,": a person known by one name. */
function isIntroducedAsPerson(paragraph: TokenizedParagraph, c: NameCandidate): boolean {
  if (c.first !== c.last) return false;
  // "His wife Mary said", "Munk's daughter Anna": a name right after a possessive and a noun for a relative.
  const relation = paragraph.tokens[c.first - 1];
  const owner = paragraph.tokens[c.first - 2];
  if (relation && relation.word && !relation.cap && KIN_AND_GENDER_NOUNS.has(relation.lower) && owner && (OWNER_WORDS.has(owner.lower))) return true;
  if (isGivenAsName(paragraph, c.first) || isRelativeInApposition(paragraph, c)) return true;
  // "Fourteen-year-old Zoe, on the top deck, said": an age before the name, which ends its phrase (not "the 35-year-old Cobh runner").
  const after = paragraph.tokens[c.last + 1];
  if (relation?.lower.endsWith('-year-old') && !(after?.word && !after.cap)) return true;
  return AGE_APPOSITIVE.test(paragraph.text.slice(paragraph.tokens[c.last]!.end, paragraph.tokens[c.last]!.end + 24)) || isKinAppositive(paragraph, c.last);
}

/** Auxiliaries that may follow a clipped name as its subject ("the Fed has", "the Fed did not"). */
const CLIPPED_NAME_VERBS: ReadonlySet<string> = new Set(verbFormsJson.auxiliaries);
/** The fewest letters a clipped name keeps of the word it clips ("Fed" of "Federal"). */
const MIN_CLIPPED_LETTERS = 3;

/**
 * "The Federal Reserve raised rates. … the Fed said": one capitalised word after "the" that is the start of the first
 * word of the name of one organisation the article named before (a name of two words or more; the word is shorter and
 * no common word that a title capitalises, such as "Sun" or "Star"), followed by its verb or ending its phrase ("the
 * Euro sign" qualifies a noun), is that organisation's clipped name.
 */
function clippedOrganization(drafts: ReadonlyMap<string, Draft>, paragraph: TokenizedParagraph, c: NameCandidate): Draft | undefined {
  if (c.first !== c.last || paragraph.tokens[c.first - 1]?.lower !== 'the') return undefined;
  // "the Euro sign": a word before a noun it qualifies is no name of its own; a name is followed by its verb or ends its phrase.
  const next = paragraph.tokens[c.last + 1];
  if (next?.word && !next.cap && next.lower !== "'s" && !SPEECH_VERBS.has(next.lower) && !CLIPPED_NAME_VERBS.has(next.lower) && !/ed$/.test(next.lower)) return undefined;
  const clip = foldText(c.surface);
  if (clip.length < MIN_CLIPPED_LETTERS || COMMON_WORDS.has(clip)) return undefined;
  let found: Draft | undefined;
  for (const draft of drafts.values()) {
    if (draft.kind !== 'organization') continue;
    const words = foldText(withoutCountry(draft.name.replace(/^the\s+/i, '').split(/\s+/)).join(' ')).split(/\s+/);
    if (words.length < 2 || words[0]!.length <= clip.length || !words[0]!.startsWith(clip)) continue;
    if (found && found !== draft) return undefined;
    found = draft;
  }
  return found;
}

/** The most words a country's name before an organisation's takes ("United States Federal Reserve"). */
const MAX_COUNTRY_WORDS = 2;

/**
 * "US Federal Reserve" → "Federal Reserve": the words of a name without the country that opens it, so that "the Fed"
 * clips the body's own first word; a name that is only a country and one word keeps its words.
 */
function withoutCountry(words: readonly string[]): readonly string[] {
  for (let n = MAX_COUNTRY_WORDS; n >= 1; n--) {
    if (words.length - n >= 2 && COUNTRY_NAMES.has(words.slice(0, n).join(' '))) return words.slice(n);
  }
  return words;
}

/** How many lower-case words may stand between the article of an appositive and its noun for a person ("a single mother"). */
const MAX_KIN_MODIFIERS = 2;

/**
 * "Michelle, a mother of twins, said", "Dev, an elderly widower,": an appositive right after one word that opens with "a"
 * or "an" and whose noun, after at most two lower-case words, is one for a relative or for a man or a woman, ending the
 * appositive or followed by "of".
 */
function isKinAppositive(paragraph: TokenizedParagraph, last: number): boolean {
  const { tokens } = paragraph;
  if (tokens[last + 1]?.text !== ',' || !['a', 'an'].includes(tokens[last + 2]?.lower ?? '')) return false;
  for (let k = last + 3; k <= last + 3 + MAX_KIN_MODIFIERS; k++) {
    const t = tokens[k];
    if (!t?.word || t.cap || t.quote >= 0) return false;
    // The noun ends the appositive or takes "of" ("a mother of twins"); a pronoun is no noun ("a choice leaving her").
    if (KIN_AND_GENDER_NOUNS.has(t.lower) && !GENDERED_PRONOUNS.has(t.lower)) return [',', 'of', '.'].includes(tokens[k + 1]?.lower ?? '');
  }
  return false;
}

/** Pronouns among the words that tell a gender: no noun of an appositive. */
const GENDERED_PRONOUNS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);

/**
 * "using the pseudonym Katya", "identified only as Karim", "gave her name as Mei", "a student named Lin": the word is
 * given as someone's name.
 */
function isGivenAsName(paragraph: TokenizedParagraph, k: number): boolean {
  const { tokens } = paragraph;
  const before = tokens[k - 1];
  if (!before?.word || before.cap) return false;
  // "a university student named Lin said": only after a noun for one unnamed person, never "a ship named Endeavour".
  if (NAMING_AFTER_PERSON_NOUN.has(before.lower)) {
    const noun = tokens[k - 2];
    return noun !== undefined && noun.word && !noun.cap && UNNAMED_PERSON_NOUNS.has(noun.lower);
  }
  if (NAMING_NOUNS.has(before.lower)) return ['the', 'a', 'an', 'her', 'his', 'their'].includes(tokens[k - 2]?.lower ?? '') || NAMING_NOUNS.has(tokens[k - 2]?.lower ?? '');
  return before.lower === 'as' && NAMING_BEFORE_AS.has(tokens[k - 2]?.lower ?? '');
}

/**
 * "his wife, Sandra, said", "with her son, Tom.": one word set off by commas right after an owner and a noun for a
 * relative is that relative's name; a comma or the sentence's end must close it.
 */
function isRelativeInApposition(paragraph: TokenizedParagraph, c: NameCandidate): boolean {
  const { tokens } = paragraph;
  if (tokens[c.first - 1]?.text !== ',') return false;
  const relation = tokens[c.first - 2];
  const owner = tokens[c.first - 3];
  if (!relation?.word || relation.cap || !KIN_AND_GENDER_NOUNS.has(relation.lower)) return false;
  if (!owner || !OWNER_WORDS.has(owner.lower)) return false;
  const after = tokens[c.last + 1];
  return after === undefined || after.text === ',' || after.text === '.';
}

const AGE_APPOSITIVE = /^,\s*(?:\d{1,3}\s*,|an?\s+\d{1,3}-year-old\b|who\b)/;

/** "Neighbours said", "Diplomats said": a capital that only starts the sentence, on a plural noun, is no surname. */
function isPluralNoun(c: NameCandidate): boolean {
  return c.sentenceInitial && c.first === c.last && /[^s']s$/.test(c.surface);
}

/**
 * The anonymous source a bare "the source" / "this official" points back to: the last one with that head in the two
 * paragraphs before, or else, further back, the article's only one with that head so far ("an unnamed source" …
 * four paragraphs of its words … "[The source] also remarked"); two of them that far back leave it to no one.
 */
function lastAnonymous(mentions: readonly Mention[], drafts: ReadonlyMap<string, Draft>, head: string, paragraph: number, token: number): Draft | undefined {
  const earlier = new Set<Draft>();
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.kind !== 'anonymous') continue;
    if (m.paragraph > paragraph || (m.paragraph === paragraph && m.first >= token)) continue;
    const draft = drafts.get(m.actor);
    if (draft?.head !== head) continue;
    if (m.paragraph >= paragraph - 2) return draft;
    earlier.add(draft);
  }
  return earlier.size === 1 ? [...earlier][0] : undefined;
}

/** "EU" and "European Union" are one actor when the acronym spells the name's initials. */
function mergeAcronyms(drafts: Map<string, Draft>, mentions: Mention[]): void {
  const orgs = [...drafts.values()].filter((d) => d.kind === 'organization');
  const byInitials = new Map<string, Draft>();
  // Initials two names spell ("NRC": the Northern Rail Company and the National Railway Council) stand for neither.
  const shared = new Set<string>();
  for (const d of orgs) {
    const words = d.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    const initials = words.map((w) => w[0]).join('');
    if (words.length >= 2 && byInitials.has(initials) && byInitials.get(initials) !== d) shared.add(initials);
    if (words.length >= 2) byInitials.set(initials, d);
    // "SEC" for the "US Securities Exchange Commission": the initials without a leading country.
    const country = words.length >= 3 && (COUNTRY_NAMES.has(words[0]!) ? 1 : COUNTRY_NAMES.has(`${words[0]} ${words[1]}`) ? 2 : 0);
    if (country && words.length - country >= 2 && !byInitials.has(words.slice(country).map((w) => w[0]).join(''))) byInitials.set(words.slice(country).map((w) => w[0]).join(''), d);
  }
  for (const d of orgs) {
    if (!/^[\p{Lu}.]{2,7}$/u.test(d.name)) continue;
    const target = byInitials.get(d.name.replace(/\./g, ''));
    if (!target || target === d || shared.has(d.name.replace(/\./g, ''))) continue;
    target.aliases.add(d.name);
    for (const m of d.mentions) {
      m.actor = target.key;
      target.mentions.push(m);
    }
    d.mentions = [];
    drafts.delete(d.key);
  }
  void mentions;
}

/** The gender shown by an honorific or a gendered noun right before a name ("Mrs Tracey Dunmore", "Her husband, Gary Dunmore"). */
function genderBefore(paragraph: TokenizedParagraph, c: NameCandidate): 'male' | 'female' | undefined {
  const words = [c.honorific?.toLowerCase()];
  let k = c.first - 1;
  if (paragraph.tokens[k]?.text === ',') k--;
  words.push(paragraph.tokens[k]?.lower);
  for (const w of words) {
    if (!w || w === 'his' || w === 'her' || w === 'he' || w === 'she') continue;
    if (MALE_CUES.has(w)) return 'male';
    if (FEMALE_CUES.has(w)) return 'female';
  }
  return undefined;
}

/**
 * Of several people sharing a surname: the one an honorific points to ("Mrs Dunmore"); else, of those named in full
 * before this point (no one when none was: `namesakes-named-before.ts`), the only one, else the one the article already
 * calls by the bare surname (a first name alone does not count), else the one named last, unless that one was just
 * brought in as another's relative ("his daughter NAME"): then the one named first.
 */
function pickNamesake(known: readonly Draft[], c: NameCandidate, paragraph: TokenizedParagraph): Draft | undefined {
  if (known.length === 1) return known[0]!;
  const gender = genderBefore(paragraph, c);
  if (gender) {
    const same = known.filter((d) => d.gender === gender);
    if (same.length === 1) return same[0]!;
    const others = known.filter((d) => d.gender === undefined);
    if (same.length === 0 && others.length === 1) return others[0]!;
  }
  if (known.some((d) => d.kind !== 'person')) {
    const bySurname = known.filter((d) => d.mentions.some((m) => m.via === 'surname'));
    return bySurname.length === 1 ? bySurname[0]! : pickRecent(known, paragraph.index, c.first);
  }
  // "Rosa Clune, whose son Dan … Ms Clune's claim … Dan Clune": only someone already named in full.
  const introduced = namesakesNamedBefore(known, paragraph.index, c.first);
  if (introduced.length <= 1) return introduced[0];
  const recent = pickRecent(introduced, paragraph.index, c.first);
  // "His wife Sharon … Osbourne said": a first name alone does not make its bearer the one the surname stands for.
  const bySurname = introduced.filter((d) => d.calledBySurname);
  if (bySurname.length === 1) return bySurname[0]!;
  if (bySurname.length > 1) return recent;
  // Before anyone is called by the bare surname, the one named last ("Tom Hart disagreed. Hart said"), unless that one
  // was just brought in as another's relative ("Ginger Baker … his daughter Nettie Baker. Baker was"): then the one
  // the article named first.
  const here = recent.mentions.filter((m) => m.paragraph === paragraph.index && m.first < c.first).at(-1);
  return here && introducedAsRelative(paragraph, here.first) ? firstNamed(introduced) : recent;
}

/** "his daughter NAME", "her husband, NAME": a name right after a possessive and a kin or gendered noun. */
function introducedAsRelative(paragraph: TokenizedParagraph, first: number): boolean {
  const { tokens } = paragraph;
  let k = first - 1;
  if (tokens[k]?.text === ',') k--;
  const owner = tokens[k - 1]?.lower;
  const noun = tokens[k]?.lower ?? '';
  return KIN_AND_GENDER_NOUNS.has(noun) && (owner === 'his' || owner === 'her' || owner === 'their');
}

/** Of several drafts, the one with the earliest mention in the article. */
function firstNamed(known: readonly Draft[]): Draft {
  let best: Draft = known[0]!;
  let bestAt = Infinity;
  for (const d of known) {
    for (const m of d.mentions) {
      const at = m.paragraph * 1e6 + m.first;
      if (at < bestAt) {
        bestAt = at;
        best = d;
      }
    }
  }
  return best;
}

/** The last word of a name as `split(/\s+/)` gives it; one look at each character when the name is one word. */
function lastWord(surface: string): string {
  for (let i = 0; i < surface.length; i++) if (charClass(surface.charCodeAt(i)) & SPACE) return surface.split(/\s+/).at(-1)!;
  return surface;
}

/** A name without a leading "the" (`replace(/^the\s+/i, '')`); only a "t" or "T" can start one. */
/** "Department of Energy", "Ministry of Foreign Affairs": a body's name in the form its short name reorders. */
const MINISTRY_OF = /\b(?:Ministry|Department) of\b/;
/** "Energy Department", "Foreign Ministry": the short form. */
const MINISTRY_END = /\b(?:Ministry|Department)$/;

function withoutThe(surface: string): string {
  return (surface.charCodeAt(0) | 0x20) === 0x74 ? surface.replace(/^the\s+/i, '') : surface;
}

/** "Van den Berghe", "El Haddad": a surname with its particle, not a first name and a surname (words of the name as split at white space). */
function startsWithParticle(words: readonly string[]): boolean {
  return words.length >= 2 && words.length <= 3 && NAME_PARTICLES.has(foldText(words[0]!));
}

/** "the Harlow manager" fits a person whose name came right after "Harlow" ("Harlow Athletic manager Sean Brennan"). */
function qualifierFits(person: Draft, role: RoleCandidate, paragraphs: ReadonlyMap<number, TokenizedParagraph>): boolean {
  if (!role.qualifier) return true;
  const qualifier = foldText(role.qualifier);
  if (person.roles.some((r) => foldText(r).includes(qualifier)) || (person.affiliation && foldText(person.affiliation).includes(qualifier))) return true;
  return person.mentions.some((m) => {
    const tokens = paragraphs.get(m.paragraph)?.tokens;
    if (!tokens || m.via !== 'name') return false;
    for (let k = m.first - 1; k >= Math.max(0, m.first - 6); k--) if (tokens[k]!.lower === qualifier) return true;
    return false;
  });
}

/**
 * "the Liberal Democrat leader" fits "Lib Dem leader Charles Kennedy": the qualifier is a name of an
 * organisation of the article, and a mention of that organisation came within six tokens before the
 * person's name.
 */
function sameBodyBefore(person: Draft, role: RoleCandidate, organizations: readonly Draft[], paragraphs: ReadonlyMap<number, TokenizedParagraph>): boolean {
  if (!role.qualifier) return false;
  const qualifier = foldText(role.qualifier);
  const body = organizations.find((o) => foldText(o.name) === qualifier || [...o.aliases].some((a) => foldText(a) === qualifier));
  if (!body) return false;
  // Only role words between them ("Lib Dem leader Charles Kennedy"; not "Labour's attack on Tory leader NAME").
  const onlyRoleWords = (tokens: readonly Token[], from: number, to: number): boolean => {
    for (let k = from; k < to; k++) if (!tokens[k]!.word || (tokens[k]!.cap && !TITLE_HEAD_WORDS.has(tokens[k]!.lower))) return false;
    return true;
  };
  return person.mentions.some((m) => {
    const tokens = paragraphs.get(m.paragraph)?.tokens;
    return tokens !== undefined && m.via === 'name' && body.mentions.some((b) => b.paragraph === m.paragraph && b.last < m.first && b.last >= m.first - 6 && onlyRoleWords(tokens, b.last + 1, m.first));
  });
}

const OUT_OF_OFFICE: ReadonlySet<string> = new Set(roleWordsJson.outOfOffice);

function roleFits(person: Draft, role: RoleCandidate): boolean {
  // "the Tory leader" fits the Conservative leader named before even when the article gave no country for him: the party says it.
  const sameAffiliation = role.affiliation !== undefined && person.affiliation === role.affiliation;
  if (role.country && person.country !== role.country && !sameAffiliation) return false;
  // A person introduced without an institution ("the bloc's top diplomat, NAME") may be named by one later ("the EU's top diplomat").
  if (role.affiliation && person.affiliation !== undefined && person.affiliation !== role.affiliation) return false;
  // "Pope Francis … the Pope said", "King Rama … a statement from the king": a sovereign's title kept in the name is its role.
  if (SOVEREIGN_TITLES.has(role.head) && !role.qualifier && foldText(person.name).split(/\s+/)[0] === role.head) return true;
  return person.roles.some((text) => {
    const all = foldText(text).split(/\s+/);
    // "Governor of Kogi State": the head comes before "of" and its domain.
    const words = all.includes('of') && TITLE_HEAD_WORDS.has(all[all.indexOf('of') - 1] ?? '') ? all.slice(0, all.indexOf('of')) : all;
    const heads = words.filter((w) => TITLE_HEAD_WORDS.has(w));
    const head = heads.at(-1);
    if (!head) return false;
    // "the shadow home secretary" is not "the Home Secretary"; "the former president" not "the president".
    const roleWords = foldText(role.surface).split(/\s+/);
    if (words.some((w) => OUT_OF_OFFICE.has(w) && !roleWords.includes(w))) return false;
    // "the shadow chancellor" is not the Chancellor.
    if (roleWords.some((w) => OUT_OF_OFFICE.has(w) && !words.includes(w))) return false;
    // "Vice President": the head with "vice" before it is its own post ("the vice president" fits it, "the president" does not).
    const full = words.includes('prime') && head === 'minister' ? 'prime minister' : words[words.lastIndexOf(head) - 1] === 'vice' ? `vice ${head}` : head;
    if (GENERIC_TITLES.has(role.head)) return LEADER_TITLES.has(full) && !words.includes('vice') && !words.includes('deputy');
    // "the CBI boss" for the CBI's director general, "the Tesco boss" for its chief executive.
    if (role.head === 'boss') return BOSS_TITLES.has(head) && !words.includes('vice') && !words.includes('deputy');
    // "the Vice President" fits the person given the title "Vice President" (roleHead keeps "vice" with the head).
    if (role.head.startsWith('vice ')) return role.head === `vice ${head}` && words[words.lastIndexOf(head) - 1] === 'vice';
    if (role.head === full) return !words.includes('vice') && !words.includes('deputy');
    return role.head === head && !['prime minister'].includes(full) && words[words.lastIndexOf(head) - 1] !== 'vice';
  });
}

function assignIds(drafts: ReadonlyMap<string, Draft>): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const d of drafts.values()) {
    if (d.mentions.length === 0) continue;
    const base = nameToSlug(d.name);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(d.key, id);
  }
  return ids;
}

/** True when the words of a name end a parliamentary committee's: "committee" last, and a word such as "Commons" or "select". */
function isParliamentaryCommittee(words: readonly string[]): boolean {
  return words.at(-1) === COMMITTEE_HEAD && words.some((w) => PARLIAMENT_WORDS.has(w));
}
