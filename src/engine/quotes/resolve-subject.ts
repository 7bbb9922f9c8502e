/**
 * Stage 2 of attribution: a mention chosen by a sieve becomes an actor. Names, surnames, roles and
 * anonymous sources were linked to their actor by the actor stages (`Mention.via` says how);
 * pronouns are resolved here, to the nearest fitting actor named before them.
 */
import type { Resolution } from '../schema.ts';
import type { Mention, TokenizedParagraph } from '../actors/index.ts';
import { DOCUMENT_NOUNS, EPITHET_HEADS, ORG_BACK_REFERENCES, HONORIFICS, LEAD_ROLES, ORG_PRONOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, RELATION_NOUNS, SENTENCE_ADVERBS, SPEAKS_FOR_HEADS, SPEECH_VERBS, TITLE_HEAD_WORDS, TITLE_MODIFIERS } from '../actors/load-lexicons.ts';
import type { MentionIndex, Subject } from './cue-types.ts';
import { memberOfGroupBefore, ONE_OF_THEM } from './resolve-member-of-group.ts';
import { epithetGender, genderOfWord, isPossessor, type Gender } from './find-genders.ts';
import { isSentenceSubject } from '../actors/find-sentence-subject.ts';
import { namesBoundByPronoun } from './names-bound-by-pronoun.ts';
import { dropDescriptorWords } from '../actors/strip-descriptors.ts';
import prepositionsJson from '../lexicons/prepositions.json' with { type: 'json' };
import determinersJson from '../lexicons/determiners.json' with { type: 'json' };
import clauseOpenersJson from '../lexicons/clause-openers.json' with { type: 'json' };
import verbFormsJson from '../lexicons/verb-forms.json' with { type: 'json' };
import roleWordsJson from '../lexicons/role-words.json' with { type: 'json' };
import unnamedSubjectsJson from '../lexicons/unnamed-subjects.json' with { type: 'json' };
import participlesJson from '../lexicons/irregular-participles.json' with { type: 'json' };
import betweenSubjectAndVerbJson from '../lexicons/between-subject-and-verb.json' with { type: 'json' };

/** A speaker and how its mention was resolved. */
export interface ResolvedSpeaker {
  speaker: string;
  resolution: Resolution;
}

/** What stage 2 reads: the article's paragraphs and mentions, and the genders worked out once. */
export interface ResolveContext {
  paragraphs: readonly TokenizedParagraph[];
  index: readonly MentionIndex[];
  gendersOf: () => ReadonlyMap<string, Gender>;
  /** The last attributed quote before a point, within two paragraphs (lines that are only quotes not counted): its speaker (the person the text is about) and where it ends. */
  lastSpeakerBefore?: (position: number, token: number) => { speaker: string; position: number; token: number } | undefined;
}

/** Stands for an epithet in the pronoun resolver: a person of either gender. */
const EPITHET = 'the person';
const isPersonWord = (pronoun: string): boolean => PERSON_PRONOUNS.has(pronoun) || pronoun === EPITHET;

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
    if (organization === null) return undefined;
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
    // "A spokeswoman for NAME said … ⏎ She added": the pronoun speaks for the organisation too.
    const spokenFor = context.index.flatMap((entry) => entry.list).find((m) => m.actor === speaker && m.via === 'anonymous');
    const organization = spokenFor ? organizationSpokenFor(context, spokenFor) : undefined;
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
    return organization ? { speaker: organization, resolution: 'spokesperson-to-organization' } : { speaker, resolution: 'pronoun-to-antecedent' };
  }
  if (subject.type === 'document') {
    const owner = resolveSubject(context, { type: 'mention', mention: subject.owner });
    return owner && { speaker: owner.speaker, resolution: 'document-to-owner' };
  }
  if (subject.type === 'epithet') {
    // "The lawyer added": a functional role is an epithet only after a lead that gave the role without a name.
    const office = leadRoleOf(context.paragraphs[subject.paragraph]!, subject.token);
    if (office && !leadGaveRole(context, office, subject.paragraph, subject.token)) return undefined;
    // Resolved as "he or she" would be: the person the nearest sentence before is about ("the actress": she).
    const speaker = resolvePronoun(context, EPITHET, subject.paragraph, subject.token, 0, epithetGender(context.paragraphs[subject.paragraph]!, subject.token));
    return speaker === null ? undefined : { speaker, resolution: 'epithet-to-person' };
  }
  return undefined;
}

/**
 * The organisation an anonymous spokesperson speaks for: the capitalised words of the mention
 * ("a Cabinet Office spokeswoman", "a spokesperson for Human Rights Watch") are the name of an
 * organisation the article mentions. A source that is not a spokesperson ("a NATO official")
 * speaks for itself. A spokesperson of a body the article names nowhere else as an actor
 * ("a Woolworths spokesperson" where "Woolworths" was not recognised) speaks for nobody the
 * digest can name: null, and the quote is withheld rather than given to "Woolworths spokesperson".
 *
 * @param context The article's paragraphs and mentions.
 * @param mention The subject's mention.
 * @returns The organisation's actor id; null for an organisation named but not found; undefined when the mention names none.
 * @example
 * // "… the IAAF said. … said an IAAF spokesman." → 'iaaf'
 * organizationSpokenFor(context, mentionOf('an IAAF spokesman')) // => 'iaaf'
 * organizationSpokenFor(context, mentionOf('a Zenfold spokesman')) // => null   (no organisation "Zenfold" among the mentions)
 */
export function organizationSpokenFor(context: ResolveContext, mention: Mention, followBare = true): string | null | undefined {
  if (mention.via !== 'anonymous') return undefined;
  const { paragraphs, index } = context;
  const surface = (position: number, m: Mention): string[] => paragraphs[position]!.tokens.slice(m.first, m.last + 1).filter((t) => t.word).map((t) => t.text);
  const position = index.findIndex((entry) => entry.list.includes(mention));
  if (position < 0) return undefined;
  const words = dropDescriptorWords(surface(position, mention));
  if (!words.some((w) => SPEAKS_FOR_HEADS.has(w.toLowerCase()))) return undefined;
  const name = words.filter((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && DETERMINERS.has(w.toLowerCase()))).join(' ');
  if (name === '') return followBare ? bodyOfBareSpokesperson(context, mention, position) : undefined;
  for (let p = 0; p < index.length; p++) {
    for (const m of index[p]!.list) if (m.kind === 'organization' && surface(p, m).join(' ') === name) return m.actor;
  }
  // "a spokesman for Prime Minister NAME", "a White House spokesman": a name the article knows as another kind of actor keeps the source.
  const named = new Set(name.split(' '));
  const known = index.some((entry, p) => entry.list.some((m) => m !== mention && m.via !== 'anonymous' && surface(p, m).some((w) => named.has(w))));
  return known ? undefined : null;
}

/**
 * The body a spokesperson named by the noun alone ("The spokesperson added", "A spokesman said") speaks for: the body
 * of another naming of the same source ("an Interpol spokesperson stated …" ⏎ "The spokesperson added" → Interpol);
 * else, when the spokesperson opens its sentence, the organisation that is the subject of the sentence right before,
 * which names no person and no other body ("But the Home Office defended the measures. A spokesman said: …").
 */
function bodyOfBareSpokesperson(context: ResolveContext, mention: Mention, position: number): string | undefined {
  const { paragraphs, index } = context;
  for (const entry of index) {
    for (const m of entry.list) {
      if (m === mention || m.actor !== mention.actor || m.via !== 'anonymous') continue;
      const body = organizationSpokenFor(context, m, false);
      if (typeof body === 'string') return body;
    }
  }
  const paragraph = paragraphs[position]!;
  const sentence = paragraph.tokens[mention.first]!.sentence;
  if (mention.first - clauseStart(paragraph, sentence) > 1 || namesItsSide(paragraph, mention)) return undefined;
  const p = sentence > 0 ? position : position - 1;
  if (p < 0) return undefined;
  const before = paragraphs[p]!;
  const s = sentence > 0 ? sentence - 1 : before.sentenceStarts.length - 1;
  const named = index[p]!.list.filter((m) => !m.inQuote && before.tokens[m.first]!.sentence === s);
  const subject = named[0];
  if (!subject || subject.kind !== 'organization' || subject.first - clauseStart(before, s) > 3 || isPossessor(before, subject)) return undefined;
  return named.some((m) => m.kind === 'person' || m.kind === 'anonymous' || (m.kind === 'organization' && m.actor !== subject.actor)) ? undefined : subject.actor;
}

/**
 * "A government spokesperson", "a police spokesman": a word before the head that says whose voice it is, so the body
 * named in the sentence before is not the one spoken for; "a senior spokesman" (a title word) says nothing of that.
 */
function namesItsSide(paragraph: TokenizedParagraph, mention: Mention): boolean {
  for (let k = mention.first; k <= mention.last; k++) {
    const t = paragraph.tokens[k]!;
    if (!t.word) continue;
    if (SPEAKS_FOR_HEADS.has(t.lower)) return false;
    if (!DETERMINERS.has(t.lower) && !TITLE_MODIFIERS.has(t.lower)) return true;
  }
  return false;
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
  if (mention.via === 'role' && mention.salient) return 'noun-to-salient-organization';
  if (mention.via === 'role') return mention.kind === 'person' ? 'role-to-person' : 'noun-to-organization';
  if (mention.via === 'anonymous') return 'anonymous-source';
  return 'full-name';
}

/** The words of the office of an epithet's head when it is a lead role ("the lawyer" → lawyer, solicitor, barrister). */
function leadRoleOf(paragraph: TokenizedParagraph, the: number): ReadonlySet<string> | undefined {
  for (let k = the + 1; k <= the + 5 && paragraph.tokens[k]?.word; k++) {
    const office = LEAD_ROLES.get(paragraph.tokens[k]!.lower);
    if (office) return office;
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
 * The actor a pronoun stands for: the nearest earlier sentence (this paragraph and the two
 * before) naming an actor of the fitting kind outside quotes; if it names several, its subject.
 */
function resolvePronoun(context: ResolveContext, pronoun: string, position: number, token: number, depth = 0, gender: Gender = 'unknown', note: SalienceNote = {}, addressed: ReadonlySet<string> = NO_ACTORS): string | null {
  const { paragraphs, index } = context;
  const genders = isPersonWord(pronoun) ? context.gendersOf() : new Map<string, Gender>();
  const wanted: Gender = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : gender;
  const genderFits = (actor: string): boolean => {
    const gender = genders.get(actor) ?? 'unknown';
    return wanted === 'unknown' || gender === 'unknown' || gender === wanted;
  };
  const fits = (m: Mention): boolean => {
    if (m.inQuote) return false;
    if (isPersonWord(pronoun)) {
      if (!genderFits(m.actor)) return false;
      if (m.kind === 'anonymous') {
        // "One of the victims" is one person; so is "the head of the police's internal investigators" (its noun is before "of").
        const tokens = paragraphs.find((p) => p.index === m.paragraph)?.tokens;
        return tokens?.[m.first]?.lower === 'one' || !/s$/.test(tokens?.[nounOfMention(tokens, m)]?.lower ?? 's');
      }
      // "@fan_22 … he said": a handle opens its author's own post, where "he" or "she" is someone else.
      return m.kind === 'person' && !isHandle(paragraphs.find((p) => p.index === m.paragraph), m);
    }
    if (PLURAL_PRONOUNS.has(pronoun)) return m.kind === 'group' || (m.kind === 'anonymous' && /s$/.test(paragraphs[position]?.tokens[m.last]?.lower ?? ''));
    if (ORG_PRONOUNS.has(pronoun)) return m.kind === 'organization';
    return false;
  };
  // "In a statement Google said …" ⏎ "It said: “…”": an organisation's pronoun opening a paragraph looks at the last sentence of the one before
  // (not at an owner there: "… on the council's work the committee said" ⏎ "It said" is the committee's, not the council's).
  const orgOpening = ORG_PRONOUNS.has(pronoun) && paragraphs[position]?.tokens[token]?.sentence === 0;
  const maxBack = isPersonWord(pronoun) ? 2 : orgOpening ? 1 : 0;
  // "Speaking to Ann Rowe of PBS, he said": the people of the opening phrase the pronoun is the subject of are not what it stands for.
  // "He told Sturgeon: …": the person the pronoun's own verb addresses is someone else, also for the epithet or pronoun it leads to.
  const objects = isPersonWord(pronoun) && depth === 0 ? objectOfPronounsVerb(paragraphs[position]!, index[position]!, token) : addressed;
  // "… he took issue with Perry Christie's brother": nobody named later in the pronoun's own clause is what it stands for.
  const bound = (pronoun === 'he' || pronoun === 'she') && depth === 0 ? namesBoundByPronoun(paragraphs[position]!, index[position]!, token) : NO_ACTORS;
  const listeners = unite(isPersonWord(pronoun) && depth === 0 ? unite(openingPhraseActors(paragraphs[position]!, index[position]!, token), objects) : objects, bound);
  const lowest = isPersonWord(pronoun) ? earliestParagraphBack(context, position, maxBack, pronoun) : orgOpening ? earliestParagraphNamingSomething(context, position) : position - maxBack;
  const nearest = (): { actor: string | null; p?: number; sentence?: number } | undefined => {
    for (let p = position; p >= 0 && p >= lowest; p--) {
      const paragraph = paragraphs[p]!;
      const lastOfParagraph = paragraph.sentenceStarts.length - 1;
      // A possessor in the pronoun's own sentence is not its antecedent ("Asked about Mrs Dunmore’s complaint, he said").
      const mentions = index[p]!.list.filter(
        (m) =>
          fits(m) &&
          !listeners.has(m.actor) &&
          (p < position
            ? !orgOpening || (paragraph.tokens[m.first]!.sentence === lastOfParagraph && !isPossessor(paragraph, m))
            : m.last < token && !(isPossessor(paragraph, m) && paragraph.tokens[m.first]!.sentence === paragraph.tokens[token]!.sentence)),
      );
      if (mentions.length === 0) {
        // "The writer was known for his research." ⏎ "“…,” he once said.": a sentence about an epithet's person continues that person.
        const epithet = isPersonWord(pronoun) && depth < 3 ? epithetSubjectBefore(paragraph, p === position ? token : paragraph.tokens.length) : -1;
        if (epithet >= 0) return { actor: resolvePronoun(context, EPITHET, p, epithet, depth + 1, wanted, note, objects) };
        continue;
      }
      const lastSentenceIndex = paragraph.tokens[mentions.at(-1)!.first]!.sentence;
      // "At a conference hosted by NAME, he said …" ⏎ "“Q,” he told it.": the same pronoun as the subject after the opening clause.
      const chained = depth < 3 ? samePronounAfter(paragraph, pronoun, mentions.at(-1)!.last, p === position ? token : paragraph.tokens.length) : -1;
      if (chained >= 0) return { actor: resolvePronoun(context, pronoun, p, paragraph.sentenceStarts[lastSentenceIndex] ?? 0, depth + 1, gender, note, objects) };
      // Names inside an opening participle clause are not the subject ("Speaking after Jane Doe, the minister said").
      const start = clauseStart(paragraph, lastSentenceIndex);
      const inClause = mentions.filter((m) => paragraph.tokens[m.first]!.sentence === lastSentenceIndex && m.first >= start);
      // "… since he was pardoned by Trump.": the agent of a passive is not what the next pronoun is about.
      const notAgents = inClause.filter((m) => paragraph.tokens[m.first - 1]?.lower !== 'by');
      const inSentence = notAgents.length > 0 ? notAgents : inClause;
      // "And he said there was one figure he would love to play - Ian Paisley." ⏎ "He said …": the sentence's subject is
      // the same pronoun, so the names after it are its objects; the pronoun goes on to what that one stood for.
      const subjectPronoun = pronounOpening(paragraph, start);
      if (subjectPronoun >= 0 && paragraph.tokens[subjectPronoun]!.lower === pronoun && inSentence.every((m) => m.first > subjectPronoun)) {
        return { actor: depth < 3 ? resolvePronoun(context, pronoun, p, subjectPronoun, depth + 1, gender, note, objects) : null };
      }
      // "His last film starred Tom Vance and Dean Moss.": a sentence about what "his" or "her" owns names its objects, not
      // its subject; it is about the person that possessive stands for ("His wife, Mary, said" owns a person: Mary speaks).
      const possessive = paragraph.tokens[start];
      if (isPersonWord(pronoun) && possessive?.quote === -1 && (possessive.lower === 'his' || possessive.lower === 'her') && inSentence.length > 0 && !ownsPersonAfter(paragraph, start, inSentence[0]!.first)) {
        const owner: Gender = possessive.lower === 'his' ? 'male' : 'female';
        if (wanted !== 'unknown' && wanted !== owner) return { actor: null };
        return { actor: depth < 3 ? resolvePronoun(context, owner === 'male' ? 'he' : 'she', p, start, depth + 1, 'unknown', note, objects) : null };
      }
      const actors = new Set(inSentence.map((m) => m.actor));
      if (actors.size === 0) {
        // "According to Muyembe, many people stay away. “…,” he told the press": the source of the sentence's claim.
        const afterAccordingTo = (m: Mention): boolean => {
          let k = m.first - 1;
          while (k > 0 && HONORIFICS.has(paragraph.tokens[k]!.lower)) k--; // "According to Dr. NAME"
          return paragraph.tokens[k]?.lower === 'to' && paragraph.tokens[k - 1]?.lower === 'according';
        };
        const source = mentions.find((m) => paragraph.tokens[m.first]!.sentence === lastSentenceIndex && m.first < start && afterAccordingTo(m));
        return { actor: source ? source.actor : null, ...(source ? { p, sentence: lastSentenceIndex } : {}) };
      }
      // "Mrs Marsh's daughter, Linda, said …": the possessor of a person is not what the next pronoun is about ("Macron's comments" still is).
    if (actors.size === 1 && inSentence.every((m) => isPossessor(paragraph, m) && ownsPerson(paragraph, m))) return { actor: null };
    // "The Football Association fined the club." ⏎ "“We will appeal,” it said.": another body the article does not name is what "it" may be.
    if (actors.size === 1 && ORG_PRONOUNS.has(pronoun) && unnamedBodyAfter(paragraph, inSentence.at(-1)!.last, lastSentenceIndex, index[p]!)) return { actor: null };
    // "Halden said Corvo's bid would fail." ⏎ "“…,” it said.": the one body that fits comes after the verb of another actor
    // named first, the sentence's subject, which "it" stands for (a subject the actor stages read as another kind): unclear.
    if (actors.size === 1 && ORG_PRONOUNS.has(pronoun) && subjectBeforeVerb(paragraph, index[p]!, start, inSentence[0]!)) return { actor: null };
    // "Wednesday, Bloomberg endorsed his rival, Joe Biden." ⏎ "“…,” he said.": the one person that fits is the object of a
    // verb whose subject is a body (a name the actor stages may have read wrongly): who "he" is stays unclear.
    // Salience: when that body's name is the surname of a person the article names ("Bloomberg" for Michael Bloomberg)
    // and "he" fits that person, the subject was the person, read wrongly as a body: "he" continues the subject.
    if (actors.size === 1 && isPersonWord(pronoun) && objectOfAnotherSubject(paragraph, index[p]!, start, inSentence[0]!)) {
      const namesake = personNamedLikeSubject(context, p, start, inSentence[0]!, genderFits);
      if (namesake !== undefined) note.salient = true;
      return namesake === undefined ? { actor: null } : { actor: namesake, p, sentence: lastSentenceIndex };
    }
    // "[The source] also remarked that Father Dee has made “…”." ⏎ "“…,” he declared.": the one person is talked about in
    // the quoted words of an unnamed speaker, who may be "he" as well.
    if (actors.size === 1 && isPersonWord(pronoun) && namedInUnnamedSpeakersQuote(paragraph, index[p]!, start, inSentence[0]!)) return { actor: null };
    // "The band's spokesman said … based on doctors' advice to Mills." ⏎ "“…,” he said.": the sentence's subject is an
    // unnamed person and the one name that fits comes after its verb; "he" continues the subject (an epithet's person,
    // else nobody the resolver can name), not the object.
    if (actors.size === 1 && isPersonWord(pronoun) && pronoun !== EPITHET) {
      const head = unnamedPersonSubject(paragraph, start, inSentence[0]!.first);
      // A spokesperson subject whose own quote in the sentence was attributed ("The club's spokesman said it was “…”") speaks for that speaker.
      const quoted = head >= 0 && SPEAKS_FOR_HEADS.has(paragraph.tokens[head]!.lower) ? speakerOfSentence(context, p, lastSentenceIndex, position, token) : undefined;
      if (quoted !== undefined && quoted !== inSentence[0]!.actor) return { actor: quoted, p, sentence: lastSentenceIndex };
      if (head >= 0) return { actor: EPITHET_HEADS.has(paragraph.tokens[head]!.lower) && depth < 3 ? resolvePronoun(context, EPITHET, p, start, depth + 1, wanted, note, objects) : null };
    }
    if (actors.size === 1) return { actor: inSentence[0]!.actor, p, sentence: lastSentenceIndex };
      // "… Dmitriy Bogdanov won last week, but McIlroy is unfazed": two subjects; the pronoun after them is unclear.
      // "… while Interior Minister NAME wrote …": the role words before the second subject do not hide the contrast.
      // "Bogdanov claimed the race was his, but McIlroy is unfazed. He admitted …": the subject of the clause after the
      // conjunction is the one the story turns to (the last such, when it is one person; else unclear).
      const contrasted = inSentence.filter((m, i) => i > 0 && m.actor !== inSentence[0]!.actor && CONTRASTING.has(paragraph.tokens[beforeRole(paragraph, m.first)]?.lower ?? ''));
      if (contrasted.length > 0) {
        const turn = contrasted.at(-1)!;
        const later = inSentence.filter((m) => m.first > turn.first && m.actor !== turn.actor);
        // An epithet ("the champion") says more than who the sentence turned to: between contrasted people it stays unclear.
        return later.length === 0 && pronoun !== EPITHET ? { actor: turn.actor, p, sentence: lastSentenceIndex } : { actor: null };
      }
      // "“…,” said Ken Doi, chief of Sonex. ⏎ “…,” he added.": the sentence quotes someone; the one it names as the speaker is its subject.
      if (isPersonWord(pronoun)) {
        const quoted = speakerOfSentence(context, p, lastSentenceIndex, position, token);
        if (quoted !== undefined && actors.has(quoted) && genderFits(quoted)) return { actor: quoted, p, sentence: lastSentenceIndex };
      }
      // Salience: "Moore's film was hurt by its release, says Tim Dams, an editor." ⏎ "“…,” he said.": a person after a speech
      // verb that closes the sentence after a comma ("…, Tim Dams said.") is the subject of its main clause ("Tim Dams says
      // …"); the pronoun continues that person. The other people of the sentence are in what that person reports: a
      // possessor, a name after a preposition, or the subject of the reported clause ("Mr Howard will host …, Liam Fox said").
      if (isPersonWord(pronoun) && pronoun !== EPITHET) {
        const teller = invertedTeller(paragraph, inSentence);
        if (teller && genderFits(teller.actor) && inSentence.every((m) => m.actor === teller.actor || m.first < teller.first)) {
          return { actor: teller.actor, p, sentence: lastSentenceIndex };
        }
      }
      // The sentence's subject: its first mention that is not a possessor ("Monroe’s manager, Carla Reyes, said").
      let first = inSentence.find((m) => !isPossessor(paragraph, m));
      if (!first) return { actor: null };
      // "Telegraph executive Murdoch MacLennan said": an affiliation before a role gives way to the person named after it.
      // Salience: not a person who is the sentence's subject, with a verb after it ("Mr Brown accused shadow chancellor
      // Oliver Letwin of …" ⏎ "He said": Brown); the role is then the object's ("shadow chancellor"), and the subject is what "he" continues.
      const after = inSentence.find((m) => m.first > first!.last);
      if (after && after.kind === 'person' && after.first - first.last <= 4 && isRoleBetween(paragraph, first.last, after.first) && !(first.kind === 'person' && isSentenceSubject(paragraph, first.first, first.last, CLAUSE_OPENERS))) first = after;
      const possessorFirst = first !== inSentence[0] && isPossessor(paragraph, inSentence[0]!) && inSentence[0]!.first - start <= 1;
      // "Mr Campbell's e-mail, which …, suggested they get Trevor Beattie …" ⏎ "In it, he said: …": the sentence is about
      // the writer of the document it opens with, not the people the document names.
      if (possessorFirst && ownsDocument(paragraph, inSentence[0]!)) return { actor: inSentence[0]!.actor, p, sentence: lastSentenceIndex };
      // "PBS revealed that in December, Crown Prince NAME accepted …": the subject of what a body reports.
      const reported = isPersonWord(pronoun) ? reportedClauseStart(paragraph, index[p]!, start, first.first) : undefined;
      if (reported !== undefined && first.first - reported <= 4 && !verbBefore(paragraph, reported, first.first)) return { actor: first.actor, p, sentence: lastSentenceIndex };
      // "Police are questioning Tom Roe over the death of Ian Bell.": a name after a verb is an object, not the subject.
      if (first.first - start <= 4 && verbBefore(paragraph, start, first.first)) return { actor: null };
      if (first.first - start <= 4 || (possessorFirst && first.first - start <= 8)) return { actor: first.actor, p, sentence: lastSentenceIndex };
      // "The book was filmed in 1970, starring NAME and NAME." ⏎ "The writer was known for …": the people named are not the
      // sentence's subject, so an epithet goes on to the person the article is about (below); a pronoun stays unclear.
      return pronoun === EPITHET ? undefined : { actor: null };
    }
    return undefined;
  };
  const found = nearest();
  if (found) {
    // "One of the victims decided …. She said": someone unnamed brought in after the person found.
    if (found.actor !== null && found.p !== undefined && isPersonWord(pronoun)) {
      const paragraph = paragraphs[found.p]!;
      const end = (paragraph.sentenceStarts[found.sentence! + 1] ?? paragraph.tokens.length) - 1;
      if (introducesPerson(paragraphs, index, { position: found.p, token: end }, position, token, wanted)) return null;
    }
    return found.actor;
  }
  if (!isPersonWord(pronoun)) return null;
  // "The writer was known for …" with nobody named nearby: in an article about one person, that person.
  if (pronoun === EPITHET) {
    const main = mainPerson(context, position, token);
    if (main !== undefined && genderFits(main)) return main;
  }
  // Nobody named nearby: the person who spoke last, when the pronoun fits them ("…,” he said." ⏎ "The world champion says …").
  // Someone unnamed of that gender brought in nearby ("One woman, who lives opposite, …"): nobody can be told.
  if (introducesPerson(paragraphs, index, { position: Math.max(0, lowest), token: -1 }, position, token, wanted)) return null;
  const recent = context.lastSpeakerBefore?.(position, token);
  if (recent && genderFits(recent.speaker) && !listeners.has(recent.speaker) && index.some((list) => list.list.some((m) => m.actor === recent.speaker && m.kind === 'person'))) return recent.speaker;
  // Else the only person of the pronoun's gender named earlier in the article.
  const earlier = new Set<string>();
  for (let p = 0; p <= position; p++) {
    for (const m of index[p]!.list) if (m.kind === 'person' && !m.inQuote && (p < position || m.last < token) && genderFits(m.actor) && !listeners.has(m.actor) && !isHandle(paragraphs[p], m)) earlier.add(m.actor);
  }
  return earlier.size === 1 ? [...earlier][0]! : null;
}

const NO_ACTORS: ReadonlySet<string> = new Set();

/** Prepositions whose opening phrase has the main clause's subject for its own ("In a letter to NAME, he …", "Unlike NAME, she …"). */
const SUBJECT_SHARING_OPENERS: ReadonlySet<string> = new Set(prepositionsJson.sharingTheSubject);

/**
 * The actors named in the opening phrase of a pronoun's sentence when that pronoun is the subject
 * right after it: an opening participle clause ("Speaking to Ann Rowe of PBS, he said …", "Asked
 * about Tom Dee, she said …") or a prepositional phrase that shares its subject ("In a letter to Tom
 * Dee, he wrote …"). Such a person is spoken to or about, never the speaker. Not a subordinate
 * clause, which has a subject of its own ("When Tom Dee arrived, he said …" may mean Tom Dee).
 *
 * @param paragraph The pronoun's paragraph.
 * @param mentions Its mentions.
 * @param pronoun The pronoun's token.
 * @example
 * openingPhraseActors(paragraphOf('Speaking to Ann Rowe of PBS, he said'), mentions, 7) // => Set { 'ann-rowe' }
 */
export function openingPhraseActors(paragraph: TokenizedParagraph, mentions: MentionIndex, pronoun: number): ReadonlySet<string> {
  const { tokens, sentenceStarts } = paragraph;
  const sentence = tokens[pronoun]?.sentence;
  if (sentence === undefined) return NO_ACTORS;
  const start = clauseStart(paragraph, sentence);
  const opening = sentenceStarts[sentence] ?? 0;
  if (start === opening || pronounOpening(paragraph, start) !== pronoun) return NO_ACTORS;
  const first = tokens[opening]!;
  const participle = /^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(first.text);
  if (!participle && !SUBJECT_SHARING_OPENERS.has(first.lower)) return NO_ACTORS;
  return new Set(mentions.list.filter((m) => m.first >= opening && m.last < start && !m.inQuote).map((m) => m.actor));
}

/** Both sets of actors (the first itself when the second is empty). */
function unite(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> {
  return b.size === 0 ? a : new Set([...a, ...b]);
}

/** At most this many lower-case words between a pronoun and the person its verb addresses ("he told", "she wrote to"). */
const MAX_VERB_WORDS = 2;

/**
 * The person named right after a subject pronoun's verb ("He told Sturgeon: …", "She wrote to Okafor: …"): the one
 * spoken to, who is never what the pronoun stands for, whether or not the text gives that person's gender.
 *
 * @param paragraph The pronoun's paragraph.
 * @param mentions Its mentions.
 * @param pronoun The pronoun's token.
 * @example
 * objectOfPronounsVerb(paragraphOf('He told Sturgeon: “No.”'), mentions, 0) // => Set { 'nicola-sturgeon' }
 */
export function objectOfPronounsVerb(paragraph: TokenizedParagraph, mentions: MentionIndex, pronoun: number): ReadonlySet<string> {
  const { tokens } = paragraph;
  const object = mentions.list.find((m) => m.first > pronoun && m.first <= pronoun + MAX_VERB_WORDS + 1 && !m.inQuote && m.kind === 'person');
  if (!object || object.first === pronoun + 1) return NO_ACTORS;
  for (let k = pronoun + 1; k < object.first; k++) {
    const t = tokens[k]!;
    if (!t.word || t.text !== t.lower) return NO_ACTORS;
  }
  return new Set([object.actor]);
}

/** "The spokesperson said": a capital determiner opening a sentence names nothing. */
const DETERMINERS: ReadonlySet<string> = new Set(determinersJson.articles);

/**
 * The speaker of the last attributed quote before a pronoun when that quote lies in a given sentence
 * ("“…,” said Ken Doi, chief of Sonex, said last year." names two people but quotes one of them).
 */
function speakerOfSentence(context: ResolveContext, p: number, sentence: number, position: number, token: number): string | undefined {
  const recent = context.lastSpeakerBefore?.(position, token);
  if (!recent || recent.position !== p) return undefined;
  return context.paragraphs[p]!.tokens[recent.token]?.sentence === sentence ? recent.speaker : undefined;
}

/** How many paragraphs naming nobody a pronoun may look past ("Consumer borrowing rose in January."). */
const MAX_PARAGRAPHS_NAMING_NOBODY = 2;
/** How far back a chain of paragraphs opening with the same pronoun ("He said …" ⏎ "He also stressed …") may reach. */
const MAX_CHAIN = 6;

/**
 * The earliest paragraph a person pronoun looks at: `maxBack` paragraphs before its own, not
 * counting lines that are only quotes, paragraphs that open with the same pronoun outside quotes
 * (they continue the person the pronoun is looking for: "Mr Balls said …" ⏎ "He said …" ⏎ "He also
 * stressed …") nor, up to two, paragraphs that name no person and quote nobody ("Consumer
 * borrowing rose in January."); never more than six paragraphs back.
 *
 * @example
 * // "Mr Balls, …, had suggested …" ⏎ "He said …" ⏎ "He also stressed …" ⏎ "Expectations rose." ⏎ "Borrowing rose." ⏎ "“…,” he told a lunch."
 * earliestParagraphBack(context, 5, 2, 'he') // => 0
 */
/** "@fan_22": a social-media handle, the author of the post it opens; "he" or "she" there, or after it, is someone else. */
function isHandle(paragraph: TokenizedParagraph | undefined, m: Mention): boolean {
  return paragraph?.tokens[m.first]?.text === '@';
}

function earliestParagraphBack(context: ResolveContext, position: number, maxBack: number, pronoun: string): number {
  const { paragraphs, index } = context;
  let budget = maxBack;
  let namingNobody = 0;
  let p = position - 1;
  for (; p >= 0 && p >= position - MAX_CHAIN && budget > 0; p--) {
    const paragraph = paragraphs[p]!;
    const names = index[p]!.list.some((m) => !m.inQuote && ((m.kind === 'person' && !isHandle(paragraph, m)) || m.kind === 'anonymous'));
    const quotes = paragraph.quotes.length > 0;
    const chained = !names && !quotes && paragraph.sentenceStarts.some((start) => paragraph.tokens[pronounOpening(paragraph, start)]?.lower === pronoun);
    // Lines that are only quotes: their speaker is decided after, from the lines around them.
    if (chained || !paragraph.tokens.some((t) => t.word && t.quote < 0)) continue;
    if (!names && !quotes && !paragraph.tokens.some((t) => t.quote < 0 && PERSON_PRONOUNS.has(t.lower)) && namingNobody < MAX_PARAGRAPHS_NAMING_NOBODY) {
      namingNobody++;
      continue;
    }
    budget--;
  }
  return p + 1;
}

/**
 * For "it said" opening a paragraph: the paragraph before, or the one before that when the
 * paragraph between names nobody and quotes nobody and the one before it ends reporting speech
 * ("The firm said …" ⏎ "The recall affects most consoles." ⏎ "In a statement, it added: …").
 *
 * @example
 * earliestParagraphNamingSomething(context, 6) // => 4 when paragraph 5 names no actor
 */
function earliestParagraphNamingSomething(context: ResolveContext, position: number): number {
  const before = position - 1;
  if (before < 1) return before;
  const silent = context.paragraphs[before]!.quotes.length === 0 && !context.index[before]!.list.some((m) => !m.inQuote);
  if (!silent) return before;
  // Only when that paragraph's last sentence reports speech ("The firm said …"): "it added" continues it.
  const { tokens, sentenceStarts } = context.paragraphs[before - 1]!;
  const last = sentenceStarts.length - 1;
  return tokens.some((t) => t.sentence === last && t.quote < 0 && SPEECH_VERBS.has(t.lower)) ? before - 1 : before;
}

/**
 * The token of "the" opening the last sentence before `before` whose subject is an epithet
 * ("The writer was known for …", "The champion, 25, then won …"); -1 if that sentence opens otherwise.
 *
 * @example
 * epithetSubjectBefore(tokenizeText(0, 'The writer was known for his research.', []), 9) // => 0
 */
function epithetSubjectBefore(paragraph: TokenizedParagraph, before: number): number {
  const { tokens, sentenceStarts } = paragraph;
  const sentence = before >= tokens.length ? sentenceStarts.length - 1 : tokens[before]!.sentence - (before === sentenceStarts[tokens[before]!.sentence] ? 1 : 0);
  if (sentence < 0) return -1;
  const start = clauseStart(paragraph, sentence);
  if (tokens[start]?.lower !== 'the' || tokens[start]!.quote >= 0) return -1;
  for (let k = start + 1; k <= start + 4 && tokens[k]?.word && !tokens[k]!.cap; k++) {
    if (!EPITHET_HEADS.has(tokens[k]!.lower)) continue;
    const next = tokens[k + 1];
    return next && (next.text === ',' || (next.word && !next.cap && next.lower !== "'s")) ? start : -1;
  }
  return -1;
}

/**
 * The person an article is about, when one is: named outside quotes, before a point, more than
 * twice as often as anyone else and at least three times ("Airport author Arthur Hailey … Hailey's
 * first novel … Hailey's best-loved work"). Undefined when no one stands out so.
 */
function mainPerson(context: ResolveContext, position: number, token: number): string | undefined {
  const counts = new Map<string, number>();
  context.index.forEach((entry, p) => {
    if (p > position) return;
    for (const m of entry.list) if (m.kind === 'person' && !m.inQuote && (p < position || m.last < token)) counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
  });
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] >= MAIN_PERSON_MENTIONS && first[1] > 2 * (second?.[1] ?? 0) ? first[0] : undefined;
}

const MAIN_PERSON_MENTIONS = 3;

const CONTRASTING: ReadonlySet<string> = new Set(clauseOpenersJson.contrastingOrBut);

/** Conjunctions that may open a sentence before its subject ("And he said …"). */
const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(clauseOpenersJson.conjunctions);

/**
 * The index of the pronoun that is the subject of a clause starting at `start` ("And he said …"),
 * after at most an opening conjunction; -1 when the clause opens otherwise.
 *
 * @example
 * pronounOpening(paragraphOf('And he said that …'), 0) // => 1
 */
function pronounOpening(paragraph: TokenizedParagraph, start: number): number {
  const { tokens } = paragraph;
  let k = start;
  if (OPENING_CONJUNCTIONS.has(tokens[k]?.lower ?? '')) k++;
  const t = tokens[k];
  return t && t.quote < 0 && PERSON_PRONOUNS.has(t.lower) ? k : -1;
}

/** The token before a name and the capitalised role words in front of it ("while Interior Minister NAME" → "while"). */
function beforeRole(paragraph: TokenizedParagraph, first: number): number {
  const { tokens } = paragraph;
  let k = first - 1;
  let titled = false;
  while (k >= 0 && k >= first - 4 && tokens[k]!.word && tokens[k]!.cap) {
    if (TITLE_HEAD_WORDS.has(tokens[k]!.lower)) titled = true;
    k--;
  }
  return titled ? k : first - 1;
}

/** "Mr Campbell's e-mail", "the minister's letter": what the possessor owns is a document (the word right after "'s"). */
function ownsDocument(paragraph: TokenizedParagraph, m: Mention): boolean {
  return DOCUMENT_NOUNS.has(paragraph.tokens[m.last + 2]?.lower ?? '');
}

/**
 * True when another actor is named between the clause start and `object`, with a verb between them: that actor is the
 * sentence's subject and `object` is not ("Halden said Corvo's bid would fail", "The agency fined Corvo"; not "“…,” said
 * the magazine", where nobody comes before).
 */
function subjectBeforeVerb(paragraph: TokenizedParagraph, mentions: MentionIndex, start: number, object: Mention): boolean {
  const subject = mentions.list.find((m) => !m.inQuote && m.actor !== object.actor && m.first >= start && m.last < object.first);
  return subject !== undefined && paragraph.tokens[subject.first]!.sentence === paragraph.tokens[object.first]!.sentence && verbBefore(paragraph, subject.last + 1, object.first);
}

/** True when "the" + a body noun ("the club", "the company") that is no mention follows a point in its sentence, outside quotes. */
function unnamedBodyAfter(paragraph: TokenizedParagraph, after: number, sentence: number, mentions: MentionIndex): boolean {
  const { tokens } = paragraph;
  for (let k = after + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (t.quote < 0 && t.lower === 'the' && ORG_BACK_REFERENCES.has(tokens[k + 1]?.lower ?? '') && !tokens[k + 1]!.cap && !mentions.startAt.has(k) && !mentions.startAt.has(k + 1)) return true;
  }
  return false;
}

const AUXILIARIES: ReadonlySet<string> = new Set(verbFormsJson.auxiliaries);
/** "said", "told": a finite speech verb, which no opening participle is followed by. */
const FINITE_SPEECH: ReadonlySet<string> = new Set(verbFormsJson.finiteSpeech);

/**
 * True when a verb lies between a clause start and a name: an auxiliary, a speech verb, or a word
 * in -ing or -ed that is no title word and is followed by no lower-case word ("questioning Tom Roe",
 * "starred Tom Vance"; not "retired teacher Ann Dee", "the embattled leader Tom Dee").
 */
function verbBefore(paragraph: TokenizedParagraph, start: number, name: number): boolean {
  const { tokens } = paragraph;
  for (let k = start; k < name; k++) {
    const t = tokens[k]!;
    if (!t.word || t.cap) continue;
    if (AUXILIARIES.has(t.lower) || SPEECH_VERBS.has(t.lower)) return true;
    const next = tokens[k + 1];
    const modifiesNoun = next !== undefined && next.word && !next.cap && !ARTICLES.has(next.lower);
    if (/(?:ing|ed)$/.test(t.lower) && !TITLE_HEAD_WORDS.has(t.lower) && !TITLE_MODIFIERS.has(t.lower) && !modifiesNoun) return true;
  }
  return false;
}

const ARTICLES: ReadonlySet<string> = new Set(determinersJson.articles);

/**
 * True when the first actor named in a sentence's main clause is a body, not `m`, and is followed
 * right away by its verb, with `m` after that verb ("Wednesday, the same day, Bloomberg endorsed his
 * rival, Joe Biden": Joe Biden is the object, Bloomberg the subject).
 *
 * @example
 * objectOfAnotherSubject(paragraphOf('Wednesday, Bloomberg endorsed his rival, Joe Biden.'), mentions, 0, joeBiden) // => true
 */
function objectOfAnotherSubject(paragraph: TokenizedParagraph, mentions: MentionIndex, start: number, m: Mention): boolean {
  const { tokens } = paragraph;
  const sentence = tokens[m.first]!.sentence;
  const subject = mentions.list.find((s) => !s.inQuote && s.first >= start && tokens[s.first]!.sentence === sentence);
  // Only a body: a person of the other gender as the subject leaves the object as the one "he" or "she" can be.
  if (!subject || subject.actor === m.actor || (subject.kind !== 'organization' && subject.kind !== 'outlet') || subject.last >= m.first) return false;
  const next = tokens[subject.last + 1];
  if (next === undefined || !next.word || next.cap || next.quote >= 0) return false;
  // "Reuters reported that Tom Roe had resigned": the person is the subject of what the body reports.
  if (SPEECH_VERBS.has(next.lower) || tokens[subject.last + 2]?.lower === 'that') return false;
  return /(?:ed|s)$/.test(next.lower) || AUXILIARIES.has(next.lower);
}

/**
 * True when `m` stands after a speech verb and "that" whose clause, from `start`, names nobody before
 * it, and a quotation follows `m` in its sentence ("The source remarked that Father Dee has made “…”"):
 * `m` is what an unnamed speaker talks about, not the one a pronoun after the sentence stands for.
 *
 * @example
 * namedInUnnamedSpeakersQuote(paragraphOf('The source remarked that Father Dee has made “many statements”.'), mentions, 0, dee) // => true
 */
function namedInUnnamedSpeakersQuote(paragraph: TokenizedParagraph, mentions: MentionIndex, start: number, m: Mention): boolean {
  const { tokens } = paragraph;
  const sentence = tokens[m.first]!.sentence;
  let verb = -1;
  for (let k = start; k < m.first; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0) return false;
    if (t.word && !t.cap && SPEECH_VERBS.has(t.lower) && !t.lower.endsWith('ing') && tokens[k + 1]?.lower === 'that') {
      verb = k;
      break;
    }
  }
  if (verb < 0 || mentions.list.some((other) => !other.inQuote && other.first >= start && other.last < verb)) return false;
  for (let k = m.last + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) if (tokens[k]!.quote >= 0) return true;
  return false;
}

const UNNAMED_SUBJECT_HEADS: ReadonlySet<string> = new Set([...unnamedSubjectsJson.heads, ...SPEAKS_FOR_HEADS, ...EPITHET_HEADS]);
const UNNAMED_SUBJECT_OPENERS: ReadonlySet<string> = new Set(unnamedSubjectsJson.openers);
/** Adverbs that may stand between a subject and its verb ("meanwhile", "also", "later"), auxiliaries left to count as the verb. */
const ADVERBS_BEFORE_VERB: ReadonlySet<string> = new Set(betweenSubjectAndVerbJson.mentionSubject.filter((w) => !verbFormsJson.auxiliaries.includes(w)));
const IRREGULAR_PAST: ReadonlySet<string> = new Set(participlesJson.participles);
/** Words after a head noun that continue the noun phrase (or name the person), not a verb. */
const NOT_A_VERB_AFTER_HEAD: ReadonlySet<string> = new Set([...prepositionsJson.afterANoun, "'s", 'who', 'whose', 'which', 'that', 'and', 'or']);

/**
 * The token of the head noun when the clause from `start` opens with an unnamed person ("The band's spokesman", "A
 * senior police officer", "The 25-year-old") followed right away by a lower-case verb, and `name` comes after that verb;
 * -1 otherwise ("The spokesman, Tom Roe, said", "A spokesman for Tom Roe said" name the subject's person).
 *
 * @example
 * unnamedPersonSubject(paragraphOf("The band's spokesman said it was down to advice to Mills."), 0, 11) // => 3
 */
function unnamedPersonSubject(paragraph: TokenizedParagraph, start: number, name: number): number {
  const { tokens } = paragraph;
  if (!UNNAMED_SUBJECT_OPENERS.has(tokens[start]?.lower ?? '') || tokens[start]!.quote >= 0) return -1;
  for (let k = start + 1; k <= start + 6 && k < name; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || (!t.word && t.lower !== "'s" && t.text !== '-')) return -1;
    if (t.cap || !UNNAMED_SUBJECT_HEADS.has(t.lower)) continue;
    // "The band's spokesman meanwhile said": an adverb between the head and its verb is passed over.
    let v = k + 1;
    while (tokens[v]?.word && !tokens[v]!.cap && ADVERBS_BEFORE_VERB.has(tokens[v]!.lower)) v++;
    const verb = tokens[v];
    if (!verb?.word || verb.cap || verb.quote >= 0 || NOT_A_VERB_AFTER_HEAD.has(verb.lower)) return -1;
    // "The regulator's chief executive, NAME, said": a noun after the head ends the phrase later; only a finite verb ends it here.
    if (!(SPEECH_VERBS.has(verb.lower) || AUXILIARIES.has(verb.lower) || IRREGULAR_PAST.has(verb.lower) || /(?:ed|s)$/.test(verb.lower))) continue;
    return name > v ? k : -1;
  }
  return -1;
}

/**
 * Where the clause a body reports begins, when the clause from `start` opens with an organisation
 * or outlet, a speech verb and "that" ("PBS revealed that", "the ministry said that"), and the
 * person at `name` comes after it: right after "that", or after a short opening phrase closed by
 * a comma ("that in December, NAME …"). Undefined otherwise.
 *
 * @example
 * reportedClauseStart(paragraphOf('PBS revealed that in December, Prince Ali accepted the blame.'), mentions, 0, 7) // => 6
 */
function reportedClauseStart(paragraph: TokenizedParagraph, mentions: MentionIndex, start: number, name: number): number | undefined {
  const { tokens } = paragraph;
  const body = mentions.list.find((m) => !m.inQuote && m.first >= start && m.last < name);
  if (!body || (body.kind !== 'organization' && body.kind !== 'outlet') || body.first - start > 6) return undefined;
  const verb = tokens[body.last + 1];
  if (!verb?.word || verb.cap || !SPEECH_VERBS.has(verb.lower) || verb.lower.endsWith('ing') || tokens[body.last + 2]?.lower !== 'that') return undefined;
  let from = body.last + 3;
  for (let k = from; k < name && k <= from + 4; k++) {
    if (tokens[k]!.text === ',') {
      from = k + 1;
      break;
    }
  }
  return from <= name ? from : undefined;
}

/** "His wife, Mary", "Her lawyer Tom Bell": a gendered, relation or title noun between a possessive and the first name. */
function ownsPersonAfter(paragraph: TokenizedParagraph, possessive: number, firstName: number): boolean {
  for (let k = possessive + 1; k < firstName; k++) {
    const lower = paragraph.tokens[k]!.lower;
    if (genderOfWord(lower) || TITLE_HEAD_WORDS.has(lower) || RELATION_NOUNS.has(lower)) return true;
  }
  return false;
}

/** "Marsh's daughter", "Walsh's lawyer", "Huber's longtime partner": what the possessor owns is a person. */
function ownsPerson(paragraph: TokenizedParagraph, m: Mention): boolean {
  const { tokens } = paragraph;
  for (let k = m.last + 2; k <= m.last + 4 && tokens[k]?.word && !tokens[k]!.cap; k++) {
    if (genderOfWord(tokens[k]!.lower) || TITLE_HEAD_WORDS.has(tokens[k]!.lower) || RELATION_NOUNS.has(tokens[k]!.lower)) return true;
  }
  return false;
}


const INDEFINITES: ReadonlySet<string> = new Set(determinersJson.indefinites);

/** Honorifics show the gender of a named person, never bring in an unnamed one. */
const HONORIFICS_OF_GENDER: ReadonlySet<string> = new Set(roleWordsJson.genderedHonorifics);

/**
 * True when, between a point and a pronoun, the text brings in someone unnamed of the pronoun's
 * gender ("One woman, who lives opposite, said …" ⏎ "“…,” she said."): then no earlier person is meant.
 */
function introducesPerson(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[], from: { position: number; token: number }, position: number, token: number, wanted: Gender): boolean {
  for (let p = from.position; p <= position; p++) {
    const { tokens } = paragraphs[p]!;
    const first = p === from.position ? from.token + 1 : 0;
    const last = p === position ? token - 1 : tokens.length - 1;
    const inMention = (k: number): boolean => index[p]!.list.some((m) => m.first <= k && k <= m.last);
    for (let k = first; k <= last; k++) {
      const t = tokens[k]!;
      if (t.quote >= 0 || !t.word || PERSON_PRONOUNS.has(t.lower) || t.lower === 'his' || t.lower === 'her' || HONORIFICS_OF_GENDER.has(t.lower) || inMention(k)) continue;
      const gender = genderOfWord(t.lower);
      // "one woman", "an elderly man" bring someone in; "her father" points at someone known.
      const indefinite = INDEFINITES.has(tokens[k - 1]?.lower ?? '') || (INDEFINITES.has(tokens[k - 2]?.lower ?? '') && tokens[k - 1]!.word && !tokens[k - 1]!.cap);
      if (gender && indefinite && (wanted === 'unknown' || gender === wanted)) return true;
      // "One of the victims decided …" opening a sentence: someone of either gender.
      if (t.lower === 'one' && tokens[k + 1]?.lower === 'of' && (k === 0 || tokens[k - 1]!.sentence !== t.sentence)) return true;
      // "The head of the police's internal investigators told the court …" opening a sentence: an unnamed person of either
      // gender, brought in with the body they lead ("The minister told …" alone points back at someone known).
      if (!t.cap && TITLE_HEAD_WORDS.has(t.lower) && tokens[k + 1]?.lower === 'of' && tokens[k - 1]?.lower === 'the' && (k === 1 || tokens[k - 2]!.sentence !== t.sentence)) return true;
    }
  }
  return false;
}

/**
 * The person a sentence's closing inverted speech verb names ("…, says Tim Dams, the editor.", "…, said Mr Roe."):
 * a verb of saying right after a comma, outside quotes, with the person after it (past an honorific); or the person
 * and verb of saying that close the sentence after a comma ("…, Tory co-chairman Liam Fox said.").
 *
 * @example
 * invertedTeller(paragraphOf('Moore’s film suffered, says Tim Dams.'), mentions) // => the mention of Tim Dams
 */
function invertedTeller(paragraph: TokenizedParagraph, mentions: readonly Mention[]): Mention | undefined {
  const { tokens } = paragraph;
  const tellers = mentions.filter((m) => {
    if (m.kind !== 'person') return false;
    let k = m.first - 1;
    while (k > 0 && HONORIFICS.has(tokens[k]!.lower)) k--;
    const verb = tokens[k];
    if (verb !== undefined && verb.quote < 0 && !verb.cap && SPEECH_VERBS.has(verb.lower) && tokens[k - 1]?.text === ',' && tokens[k - 1]!.quote < 0) return true;
    // "…, Tory co-chairman Liam Fox said.": the name (after a comma and its role words) and its verb close the sentence.
    const after = tokens[m.last + 1];
    const end = tokens[m.last + 2];
    if (after === undefined || after.quote >= 0 || after.cap || !SPEECH_VERBS.has(after.lower) || (end !== undefined && end.sentence === after.sentence && end.text !== '.')) return false;
    while (k > 0 && tokens[k]!.word && tokens[k]!.quote < 0 && (tokens[k]!.cap || TITLE_HEAD_WORDS.has(tokens[k]!.lower) || TITLE_MODIFIERS.has(tokens[k]!.lower))) k--;
    return tokens[k]?.text === ',' && tokens[k]!.quote < 0;
  });
  return tellers.length === 1 ? tellers[0] : undefined;
}

/** Prepositions and subordinators that open a phrase before the main clause. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...clauseOpenersJson.subjectResolution, ...clauseOpenersJson.pronounResolution]);

/** True when only lower-case words lie strictly between two tokens, the last a role ("executive", "chief meteorologist"). */
function isRoleBetween(paragraph: TokenizedParagraph, from: number, to: number): boolean {
  if (to - from < 2) return false;
  for (let k = from + 1; k < to; k++) if (!paragraph.tokens[k]!.word || paragraph.tokens[k]!.cap) return false;
  return TITLE_HEAD_WORDS.has(paragraph.tokens[to - 1]!.lower);
}

/** The same pronoun after a comma, later in the sentence of token `after` and before `before`, outside quotes; -1 if none. */
function samePronounAfter(paragraph: TokenizedParagraph, pronoun: string, after: number, before: number): number {
  const { tokens } = paragraph;
  const sentence = tokens[after]!.sentence;
  for (let k = after + 1; k < before && k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    if (tokens[k]!.quote < 0 && tokens[k]!.lower === pronoun && tokens[k - 1]?.text === ',') return k;
  }
  return -1;
}

/**
 * Where a sentence's main clause starts: after an opening participle clause ("Asked about the
 * plan, Ms Raman said …", "Speaking in Lagos, …") or prepositional or subordinate phrase ("In a
 * statement, …", "When asked, …") when one comes first, else at the sentence start.
 *
 * @param paragraph The paragraph.
 * @param sentence The sentence's index in it.
 * @example
 * clauseStart(tokenizeText(0, 'Asked about it, Ms Raman said no.', []), 0) // => 4
 * clauseStart(tokenizeText(0, 'Boeing did not comment, saying …', []), 0) // => 0   (a name with its verb after it)
 */
export function clauseStart(paragraph: TokenizedParagraph, sentence: number): number {
  const { tokens } = paragraph;
  let start = paragraph.sentenceStarts[sentence] ?? 0;
  // "However, addressing the leaders, NAME proposed:": a sentence adverb and its comma before the opening phrase.
  const adverb = tokens[start]?.cap === true && SENTENCE_ADVERBS.has(tokens[start]!.lower) && tokens[start + 1]?.text === ',';
  if (adverb) start += 2;
  const first = tokens[start];
  if (!first || !first.word) return start;
  // "Boeing did not comment, …", "United said, …": a name ending like a participle, with its verb right after it, is the subject.
  const next = tokens[start + 1]?.lower ?? '';
  const nameWithVerb = first.lower !== 'having' && (AUXILIARIES.has(next) || FINITE_SPEECH.has(next));
  const participle = !nameWithVerb && (adverb ? /^\p{L}\p{Ll}+(?:ed|ing)$/u : /^\p{Lu}\p{Ll}+(?:ed|ing)$/u).test(first.text);
  // "In a statement posted to her account, Ms Vázquez …", "When asked, he …": a longer opening phrase.
  const opener = (first.cap || adverb) && CLAUSE_OPENERS.has(first.lower);
  if (!participle && !opener) return start;
  const end = paragraph.sentenceStarts[sentence + 1] ?? tokens.length;
  for (let k = start + 1; k < Math.min(end, start + (opener ? 20 : 12)); k++) {
    if (tokens[k]!.quote >= 0) return start;
    if (tokens[k]!.text === ',') return k + 1;
  }
  return start;
}

/**
 * The token of an anonymous mention's noun, which carries its number: the word before its first "of" or "for"
 * ("head of the police's internal investigators", "spokeswoman for the growers"), else its last word ("NATO officials").
 */
function nounOfMention(tokens: readonly { lower: string }[], m: Mention): number {
  for (let k = m.first + 1; k < m.last; k++) if (tokens[k]!.lower === 'of' || tokens[k]!.lower === 'for') return k - 1;
  return m.last;
}

/** Marks a pronoun resolved by salience (the subject before, not the nearest fitting mention). */
interface SalienceNote {
  salient?: boolean;
}

/**
 * Salience: the person a body-subject really is. The first actor of the clause from `start` is a body
 * (an organisation or outlet) whose whole name is the surname of one person the article names elsewhere, of
 * the fitting gender, who is not `object` ("Bloomberg endorsed his rival, Joe Biden" with Michael Bloomberg
 * named before): that person, the subject the next "he" continues. Else undefined.
 *
 * @example
 * personNamedLikeSubject(context, 3, 0, joeBiden, fits) // => 'michael-bloomberg'
 */
function personNamedLikeSubject(context: ResolveContext, position: number, start: number, object: Mention, genderFits: (actor: string) => boolean): string | undefined {
  const paragraph = context.paragraphs[position]!;
  const { tokens } = paragraph;
  const sentence = tokens[object.first]!.sentence;
  const subject = context.index[position]!.list.find((s) => !s.inQuote && s.first >= start && tokens[s.first]!.sentence === sentence);
  if (!subject || subject.first !== subject.last) return undefined;
  const name = tokens[subject.first]!.lower;
  const people = new Set<string>();
  context.index.forEach((entry, p) => {
    for (const m of entry.list) {
      if (m.kind !== 'person' || m.actor === object.actor || m.inQuote || m.via === 'anonymous') continue;
      if (context.paragraphs[p]!.tokens[m.last]?.lower === name && m.last > m.first) people.add(m.actor);
    }
  });
  const [person] = people;
  return people.size === 1 && genderFits(person!) ? person : undefined;
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
