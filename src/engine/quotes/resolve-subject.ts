/**
 * Stage 2 of attribution: a mention chosen by a sieve becomes an actor. Names, surnames, roles and
 * anonymous sources were linked to their actor by the actor stages (`Mention.via` says how);
 * pronouns are resolved here, to the nearest fitting actor named before them (./resolve/resolve-pronoun.ts).
 */
import type { Resolution } from '../schema.ts';
import type { Mention, TokenizedParagraph } from '../actors/index.ts';
import { LEAD_ROLES, OFFICE_EPITHET_HEADS } from '../actors/load-lexicons.ts';
import type { Subject } from './cue-types.ts';
import { memberOfGroupBefore, ONE_OF_THEM } from './resolve-member-of-group.ts';
import { epithetGender, isPossessor } from './find-genders.ts';
import type { ResolveContext, ResolvedSpeaker } from './resolve/resolve-context.ts';
import { EPITHET, type SalienceNote, resolvePronoun } from './resolve/resolve-pronoun.ts';
import { organizationSpokenFor } from './resolve/spokesperson-body.ts';
import { bodyOfInstitutionForm } from './resolve/institution-form-spokesperson.ts';
import { isOfficeEpithet, isQualifiedOffice, officeHolderJustNamed } from './resolve/office-epithet.ts';
import { calledByAnotherOffice } from './resolve/another-office-epithet.ts';
import { seatEpithetSpeaker } from './resolve/seat-epithet.ts';
import { officeHolderBefore, officeOfSomeoneElse } from './resolve/office-of-someone-else.ts';

export type { ResolveContext, ResolvedSpeaker } from './resolve/resolve-context.ts';
export { organizationSpokenFor } from './resolve/spokesperson-body.ts';
export { openingPhraseActors, objectOfPronounsVerb } from './resolve/excluded-antecedents.ts';
export { clauseStart } from './resolve/clause-start.ts';

/**
 * "A Conservative spokeswoman said" where the article names the party "the Tories": the body in the lexicon's other
 * form (`resolve/institution-form-spokesperson.ts`); withheld when the article names no such body.
 *
 * @example
 * institutionFormSpeaker(context, mentionOf('A Conservative spokeswoman')) // => { speaker: 'tory', resolution: 'spokesperson-to-institution-form' }
 */
function institutionFormSpeaker(context: ResolveContext, mention: Mention): ResolvedSpeaker | undefined {
  const body = bodyOfInstitutionForm(context, mention);
  return body === undefined ? undefined : { speaker: body, resolution: 'spokesperson-to-institution-form' };
}

/**
 * Resolves a cue's subject to a speaker.
 *
 * @param context The article's paragraphs, mentions and genders.
 * @param subject The subject a sieve found.
 * @returns The speaker and the resolution step, or undefined when nobody fits.
 * @example
 * // "Mr Beith said" after "Alan Beith, the committee chairman, …"
 * resolveSubject(context, { type: 'mention', mention }) // => { speaker: 'alan-beith', resolution: 'surname-to-full-name' }
 */
export function resolveSubject(context: ResolveContext, subject: Subject): ResolvedSpeaker | undefined {
  if (subject.type === 'mention') {
    const organization = organizationSpokenFor(context, subject.mention);
    if (organization === null) return institutionFormSpeaker(context, subject.mention);
    if (organization) return { speaker: organization, resolution: 'spokesperson-to-organization' };
    return { speaker: subject.mention.actor, resolution: mentionResolution(subject.mention) };
  }
  if (subject.type === 'pronoun' && subject.pronoun === ONE_OF_THEM) {
    const member = memberOfGroupBefore(context, subject.paragraph, subject.token);
    return member === undefined ? undefined : { speaker: member, resolution: 'pronoun-to-antecedent' };
  }
  if (subject.type === 'pronoun') {
    const note: SalienceNote = {};
    const speaker = resolvePronoun(context, subject.pronoun, subject.paragraph, subject.token, 0, 'unknown', note);
    if (speaker === null) return undefined;
    // "OutKast have won three prizes. … “…,” he said.": a band the text gives a plural verb is no "he" or "she"; whoever
    // the pronoun stands for (a member the actor stages missed) stays unclear.
    if ((subject.pronoun === 'he' || subject.pronoun === 'she') && context.pluralActs().has(speaker)) return undefined;
    // "A spokeswoman for NAME said … ⏎ She added": the pronoun speaks for the organisation too.
    const spokenFor = firstAnonymousMention(context, speaker);
    const spokenForBody = spokenFor ? organizationSpokenFor(context, spokenFor) : undefined;
    const byForm = spokenForBody === null && spokenFor ? bodyOfInstitutionForm(context, spokenFor) : undefined;
    const organization = byForm ?? spokenForBody;
    if (organization === null) return undefined;
    // "Michael Dorn asked: “…” The Tory spokesman also criticised …, “…,” he said.": a spokesperson the article never
    // introduced ("a Tory spokesman") but names with "the" after a named person spoke is that person's epithet, not
    // a voice of the party; who it is stays unclear.
    // Salience: when that person is the one whose speech runs on through these lines (nobody else named since their
    // quote, the pronoun fits them), "the Tory spokesman" is that person again; else who it is stays unclear.
    if (organization && spokenFor && isDefinite(context, spokenFor) && namedPersonSpokeBefore(context, subject.paragraph, subject.token)) {
      const runningSpeaker = speakerRunningOn(context, spokenFor, subject.pronoun, subject.paragraph, subject.token);
      return runningSpeaker === undefined ? undefined : { speaker: runningSpeaker, resolution: 'pronoun-to-salient-subject' };
    }
    if (note.salient) return { speaker, resolution: 'pronoun-to-salient-subject' };
    if (byForm) return { speaker: byForm, resolution: 'spokesperson-to-institution-form' };
    return organization ? { speaker: organization, resolution: 'spokesperson-to-organization' } : { speaker, resolution: 'pronoun-to-antecedent' };
  }
  if (subject.type === 'document') {
    const owner = resolveSubject(context, { type: 'mention', mention: subject.owner });
    return owner && { speaker: owner.speaker, resolution: subject.unintroduced ? 'unintroduced-document-to-reporting-body' : 'document-to-owner' };
  }
  if (subject.type === 'epithet') {
    // "The MP for Sittingbourne and Sheppey said": the member for that seat, or the one member introduced; nobody when two could be meant.
    const member = seatEpithetSpeaker(context, subject.paragraph, subject.token);
    if (member === null) return undefined;
    if (member !== undefined && member !== 'office') return { speaker: member, resolution: 'seat-epithet-to-member' };
    // "The lawyer added": a functional role is an epithet only after a lead that gave the role without a name.
    const office = leadRoleOf(context.paragraphs[subject.paragraph]!, subject.token);
    // Resolved as "he or she" would be: the person the nearest sentence before is about ("the actress": she).
    const speaker = resolvePronoun(context, EPITHET, subject.paragraph, subject.token, 0, epithetGender(context.paragraphs[subject.paragraph]!, subject.token));
    // "Mr Blair warned. The prime minister urged …": an office with its own modifier is one post, the person the
    // sentence before opens on, though no lead gave the role without a name.
    const qualified = speaker !== null && isQualifiedOffice(context.paragraphs[subject.paragraph]!, subject.token) && officeHolderJustNamed(context, subject.paragraph, subject.token, speaker);
    if (office && !qualified && !leadGaveRole(context, office, subject.paragraph, subject.token)) return undefined;
    if (speaker === null) return undefined;
    // "The home secretary said …" earlier for the same person: "the prime minister" is someone else.
    if (calledByAnotherOffice(context, subject.paragraph, subject.token, speaker)) return undefined;
    // "BBC political editor NAME said …" or "NAME said the chancellor had failed": an office is not a person the article
    // introduced with another role, a spokesman, or the person who spoke of that office; who it is stays unclear.
    // "According to NAME the prime minister said": then it is the one person the article gave that office before, if any.
    if (isOfficeEpithet(context.paragraphs[subject.paragraph]!, subject.token) && officeOfSomeoneElse(context, subject.paragraph, subject.token, speaker)) {
      const holder = officeHolderBefore(context, subject.paragraph, subject.token, speaker);
      return holder === undefined ? undefined : { speaker: holder, resolution: 'office-epithet-to-holder' };
    }
    // "The culture secretary said": an office names the person the sentence before opens on, or nobody known (unless
    // a lead gave the office without a name, as above).
    if (!office && isOfficeEpithet(context.paragraphs[subject.paragraph]!, subject.token) && !officeHolderJustNamed(context, subject.paragraph, subject.token, speaker)) return undefined;
    // "Tory leader NAME and former Tory leader OTHER met. … the Tory leader said": an office the article gives two people by
    // name before their names says no more than the party; who it is stays unclear.
    if (!office && officeTitledPeople(context, subject.paragraph, subject.token) > 1) return undefined;
    return { speaker, resolution: 'epithet-to-person' };
  }
  return undefined;
}

/** How many people the article names right after the office head of the epithet at `the` ("Tory leader NAME"). */
function officeTitledPeople(context: ResolveContext, position: number, the: number): number {
  const tokens = context.paragraphs[position]!.tokens;
  let head: string | undefined;
  for (let k = the + 1; k <= the + 6 && tokens[k]?.word; k++) {
    if (OFFICE_EPITHET_HEADS.has(tokens[k]!.lower)) {
      head = tokens[k]!.lower;
      break;
    }
  }
  if (head === undefined) return 0;
  const people = new Set<string>();
  context.index.forEach((entry, p) => {
    const words = context.paragraphs[p]?.tokens;
    for (const m of entry.list) if (m.kind === 'person' && words?.[m.first - 1]?.lower === head) people.add(m.actor);
  });
  return people.size;
}

/** True when the mention opens with "the" (or "the" stands right before it): a definite first naming. */
function isDefinite(context: ResolveContext, mention: Mention): boolean {
  const tokens = context.paragraphs.find((p) => p.index === mention.paragraph)?.tokens;
  return tokens?.[mention.first]?.lower === 'the' || tokens?.[mention.first - 1]?.lower === 'the';
}

/** True when a person the article names spoke the last attributed quote before this point. */
function namedPersonSpokeBefore(context: ResolveContext, position: number, token: number): boolean {
  const recent = context.lastSpeakerBefore?.(position, token);
  return recent !== undefined && context.index.some((entry) => entry.list.some((m) => m.actor === recent.speaker && m.kind === 'person' && m.via !== 'anonymous'));
}

/**
 * How a mention names its actor, as a resolution step.
 *
 * @param mention A mention from the actor stages.
 * @example
 * mentionResolution({ via: 'surname', kind: 'person', … }) // => 'surname-to-full-name'
 */
export function mentionResolution(mention: Mention): Resolution {
  if (mention.via === 'surname') return 'surname-to-full-name';
  if (mention.via === 'role' && mention.bodyWords) return 'noun-names-body';
  if (mention.via === 'role' && mention.bodyAlone) return 'noun-alone-names-body';
  if (mention.via === 'role' && mention.postOffice) return 'post-names-office';
  if (mention.via === 'role' && mention.salient) return 'noun-to-salient-organization';
  if (mention.via === 'role' && mention.modified) return 'modified-noun-to-organization';
  if (mention.via === 'role' && mention.members) return 'members-to-committee';
  if (mention.via === 'role') return mention.kind === 'person' ? 'role-to-person' : 'noun-to-organization';
  if (mention.via === 'anonymous' && mention.crowd) return 'plural-group';
  if (mention.via === 'anonymous') return 'anonymous-source';
  return 'full-name';
}

/** The words of the office of an epithet's head when it is a lead role ("the lawyer" → lawyer, solicitor, barrister). */
function leadRoleOf(paragraph: TokenizedParagraph, the: number): ReadonlySet<string> | undefined {
  for (let k = the + 1; k <= the + 5 && paragraph.tokens[k]?.word; k++) {
    const lower = paragraph.tokens[k]!.lower;
    const office = LEAD_ROLES.get(lower);
    if (office) return office;
    // "the Labour peer and former minister": the first head names the epithet.
    if (OFFICE_EPITHET_HEADS.has(lower)) return undefined;
  }
  return undefined;
}

/**
 * True when a sentence before a point, outside quotes, names an office without naming any person
 * ("Kostas Kenteris' lawyer has called for …", "…, the Trade and Industry Secretary has said."):
 * the role the article later calls "the lawyer", "the minister".
 */
function leadGaveRole(context: ResolveContext, office: ReadonlySet<string>, position: number, token: number): boolean {
  const { paragraphs, index } = context;
  for (let p = 0; p <= position; p++) {
    const { tokens } = paragraphs[p]!;
    // A possessor is not the role's holder ("Kostas Kenteris' lawyer").
    const owns = (m: Mention): boolean => isPossessor(paragraphs[p]!, m) || /^['’]$/.test(tokens[m.last + 1]?.text ?? '');
    const people = new Set(index[p]!.list.filter((m) => !m.inQuote && (m.kind === 'person' || m.kind === 'anonymous') && !owns(m)).map((m) => tokens[m.first]!.sentence));
    const end = p === position ? token : tokens.length;
    for (let k = 0; k < end; k++) {
      const t = tokens[k]!;
      if (t.quote < 0 && office.has(t.lower) && !people.has(t.sentence) && !(p === position && t.sentence === tokens[token]?.sentence)) return true;
    }
  }
  return false;
}

/**
 * Salience across quotes: the named person whose speech runs on up to a definite spokesperson ("“…?” he asked. The
 * Tory spokesman also criticised … “…,” he said."): the last attributed quote before the pronoun is that person's,
 * in this paragraph or the one before, the pronoun's gender fits them, and no other person or source is named
 * between that quote and the pronoun but the spokesperson. Undefined otherwise.
 *
 * @example
 * speakerRunningOn(context, toryspokesman, 'he', 3, 40) // => 'michael-dorn'
 */
function speakerRunningOn(context: ResolveContext, spokesperson: Mention, pronoun: string, position: number, token: number): string | undefined {
  const recent = context.lastSpeakerBefore?.(position, token);
  if (!recent || position - recent.position > 1) return undefined;
  const gender = context.gendersOf().get(recent.speaker) ?? 'unknown';
  if ((pronoun === 'he' && gender === 'female') || (pronoun === 'she' && gender === 'male')) return undefined;
  const after = (p: number, k: number): boolean => p > recent.position || (p === recent.position && k > recent.token);
  const before = (p: number, k: number): boolean => p < position || (p === position && k < token);
  for (let p = recent.position; p <= position; p++) {
    for (const m of context.index[p]!.list) {
      if (m === spokesperson || m.inQuote || m.actor === recent.speaker || !after(p, m.first) || !before(p, m.first)) continue;
      if (m.kind === 'person' || m.kind === 'anonymous') return undefined;
    }
  }
  return recent.speaker;
}

/** The article's first mention of an actor as an anonymous source ("a spokeswoman for NAME"), read paragraph by paragraph without joining their lists. */
function firstAnonymousMention(context: ResolveContext, actor: string): Mention | undefined {
  for (const { list } of context.index) {
    const found = list.find((m) => m.actor === actor && m.via === 'anonymous');
    if (found) return found;
  }
  return undefined;
}
