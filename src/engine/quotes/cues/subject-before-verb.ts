/**
 * The subject of a speech verb, walking back from the verb: a name, a pronoun, a role, a document, past
 * appositives, relative clauses, asides and editorial brackets ("NAME, a lawyer, said", "He told reporters").
 */
import type { Mention, Token } from '../../actors/index.ts';
import { DOCUMENT_NOUNS, HONORIFICS, OFFICE_EPITHET_HEADS, POST_NOMINALS, PUBLICATION_NOUNS_AFTER_NAME } from '../../actors/load-lexicons.ts';
import { documentOwner, officeOwner, participialAside } from '../find-document-owner.ts';
import { reportingBodyOfUnintroducedDocument } from './unintroduced-document.ts';
import type { Subject } from '../cue-types.ts';
import { ONE_OF_THEM } from '../resolve-member-of-group.ts';
import betweenSubjectAndVerbJson from '../../lexicons/between-subject-and-verb.json' with { type: 'json' };
import clauseOpenersJson from '../../lexicons/clause-openers.json' with { type: 'json' };
import prepositionsJson from '../../lexicons/prepositions.json' with { type: 'json' };
import quotedAsSayingJson from '../../lexicons/quoted-as-saying.json' with { type: 'json' };
import { appositiveSubject, ownerOf, personBeforeAge, personBeforeAppositive, personBeforePlace } from './appositives.ts';
import type { Context } from './cue-context.ts';
import { ISSUING_VERBS, POSSESSIVE_TO_SUBJECT, documentBefore, documentPhraseBefore, documentPhraseHeading, issuedDocumentBefore, pronounOwnerSubject } from './document-phrases.ts';
import { personBeforeUnclosedAffiliation } from './one-sided-affiliation.ts';
import { personBeforePostNominal } from './post-nominal-aside.ts';
import { personBeforeBarePost, personBeforeUnclosedAppositive } from './post-without-commas.ts';
import { personBeforeOpenRelative, postModifiedSubject, relativeClauseBefore, subjectBeforeParticiple } from './post-modified-subjects.ts';
import { firstConjunctSubject } from './first-conjunct-subject.ts';
import { nameBeforeTheAppositive } from './name-before-the-appositive.ts';
import { objectBeforeParticiple } from './object-before-participle.ts';
import { participleAfterTimePhrase, timePhraseStart } from './time-phrase-before-verb.ts';
import { perceivedObjectBeforeAside } from './perceived-object-before-aside.ts';
import { partitiveAppositive } from './partitive-appositive.ts';
import { personOfPlaceBeforeAppositive } from './person-of-place-before-appositive.ts';
import { sentenceSubject } from './sentence-subject.ts';
import { subjectAfterBut } from './subject-after-but.ts';
import { frontedReportTeller } from '../names-in-fronted-report.ts';
import { MAX_EPITHET_WORDS, epithetAt } from './subject-after-verb.ts';
import { titleHolderAt } from './title-holder.ts';
import { theNounBeforeOfPhrase } from './name-in-of-phrase.ts';
import { asideOpening, isOrganizationNoun, isPronoun, opensClause, passedBeforeVerb, speakingMention } from './token-tests.ts';
import { ARTICLES, OWNER_PREPOSITIONS, PREPOSITIONS_BEFORE_OBJECT } from './word-sets.ts';

const GOING_AS_FAR: ReadonlySet<string> = new Set(betweenSubjectAndVerbJson.goingAsFar);
const SET_OFF_ADVERBS: ReadonlySet<string> = new Set(betweenSubjectAndVerbJson.setOffAdverbs);
const SUBORDINATORS: ReadonlySet<string> = new Set(clauseOpenersJson.subordinators);
/** How far back "the" of an epithet before a verb may stand with punctuation between ("the PM, NAME, said" is read by the name rules). */
const SHORT_EPITHET_TOKENS = 5;
/** Prepositions of a time phrase ("in 1997", "since 2003"). */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(prepositionsJson.openingASentence);

/**
 * The subject of the verb at `verbAt`, walking back from it (never before `from`).
 *
 * @example
 * // Ann Roe, a lawyer, said …
 * subjectBefore(context, 6, 0) // => { type: 'mention', mention: ‹Ann Roe› }
 */
export function subjectBefore(context: Context, verbAt: number, from: number): Subject {
  const { tokens } = context.paragraph;
  const verb = tokens[verbAt]!;
  // "NAME insisted: “…” And continued: “…”": a verb of saying with no subject of its own continues the sentence before.
  const continued = continuedSubject(context, verbAt);
  if (continued) return continued;
  let k = verbAt - 1;
  // "…, falsely claiming", "…, repeatedly saying": an adverb in -ly between the comma and the participle.
  const adverb = verb.lower.endsWith('ing') && tokens[k]?.word === true && !tokens[k]!.cap && tokens[k]!.quote < 0 && /ly$/.test(tokens[k]!.lower) && tokens[k - 1]?.text === ',';
  // "NAME, Ph.D., claiming": the comma closes the person's letters, not a clause.
  const lettered = verb.lower.endsWith('ing') ? personBeforePostNominal(context, k) : undefined;
  if (lettered && k - 3 >= from) return { type: 'mention', mention: lettered };
  // "NAME has written to the watchdog saying: “…”": the one written or spoken to is the listener; the participle is the
  // sentence subject's.
  const listener = verb.lower.endsWith('ing') ? context.mentions.endAt.get(k) : undefined;
  if (listener && listener.first > from) {
    const before = tokens[listener.first - 1]?.lower === 'the' ? listener.first - 2 : listener.first - 1;
    if (tokens[before]?.lower === 'to' && before > from) return sentenceSubject(context);
  }
  // "…, adding", "while saying", "by saying": the subject of the sentence speaks.
  if (adverb || (verb.lower.endsWith('ing') && (tokens[k]?.text === ',' || SUBORDINATORS.has(tokens[k]?.lower ?? '') || tokens[k]?.lower === 'by' || k < from))) {
    // "The row began on air, with NAME walking up to him, saying “…”": the participle shares the subject of the
    // "with" phrase it follows, a person of its own, not the sentence's subject.
    const absolute = tokens[k]?.text === ',' ? withPhraseSubject(context, k, from) : undefined;
    if (absolute) return { type: 'mention', mention: absolute };
    // "The documentary showed NAME, apparently talking about X, telling the meeting": the one shown speaks.
    const shown = tokens[k]?.text === ',' && !adverb ? perceivedObjectBeforeAside(context, k, from) : undefined;
    if (shown) return { type: 'mention', mention: shown };
    // "Mr Dee “made the decisions,” he told the court, saying …": the teller of a fronted report is the main clause's subject.
    const teller = tokens[k]?.text === ',' ? frontedReportTeller(context.paragraph, context.mentions, k) : undefined;
    if (teller) return teller.type === 'mention' ? teller : { type: 'pronoun', pronoun: teller.pronoun, paragraph: context.position, token: teller.token };
    return sentenceSubject(context);
  }
  // "Trump issued a statement at his golf club saying …": a participle after the document the subject put out.
  if (verb.lower.endsWith('ing') && issuedDocumentBefore(tokens, verbAt, from)) return sentenceSubject(context);
  // "NAME also left the party saying …": a participle after the object of a verb in the past is the subject's.
  if (objectBeforeParticiple(context, verbAt, from)) return sentenceSubject(context);
  // "NAME quit last autumn claiming …": a time phrase after a verb in the past is no object; the subject speaks.
  if (participleAfterTimePhrase(tokens, verbAt, from)) return sentenceSubject(context);
  // "NAME was quoted in the Guardian saying", "was quoted by Reuters as saying": the passive subject's words, not the outlet's.
  // "Later, in off-air comments, NAME was heard saying": past a fronted phrase, the person right before the auxiliary.
  const passiveAuxiliary = verb.lower.endsWith('ing') ? quotedAsSaying(tokens, verbAt, from) : undefined;
  if (passiveAuxiliary !== undefined) return passiveSubject(context, passiveAuxiliary);
  // "NAME is alleged to have said", "is understood to have told": past the perfect "to have" to "to", read below.
  if (tokens[k]?.lower === 'have' && tokens[k - 1]?.lower === 'to') k--;
  // "One of them even went as far as to say": past the idiom to the words before "went".
  const far = tokens[k - 1]?.lower === 'as' ? k - 2 : k - 1;
  if (tokens[k]?.lower === 'to' && tokens[far]?.lower === 'far' && (tokens[far - 1]?.lower === 'as' || tokens[far - 1]?.lower === 'so') && GOING_AS_FAR.has(tokens[far - 2]?.lower ?? '')) {
    k = far - 3;
    if (tokens[k]?.lower === 'has' || tokens[k]?.lower === 'have') k--;
  } else if (tokens[k]?.lower === 'to' && tokens[k - 1]?.word) {
    // "declined to say", "went on to add": past "to", a particle and the verb that governs the speech verb.
    k--;
    if (tokens[k]?.lower === 'on' && tokens[k - 1]?.word) k--;
    k--;
  }
  for (;;) {
    // "Tony Blair had in 1997 complained": a year after a preposition before the verb is passed over like an adverb.
    if (k - 1 > from && /^(?:1[89]|20)\d\d$/.test(tokens[k]!.text) && TIME_PREPOSITIONS.has(tokens[k - 1]!.lower) && tokens[k - 1]!.quote < 0) k -= 2;
    // "Ann Roe in July said", "NAME last year described": a time phrase, likewise.
    else if (timePhraseStart(tokens, k, from) !== undefined) k = (timePhraseStart(tokens, k, from) ?? k) - 1;
    // "He, however, admitted", "She did, too, say": a connecting adverb set off by two commas, passed over with them.
    else if (k - 3 >= from && isSetOffAdverb(tokens, k)) k -= 3;
    else if (k >= from && tokens[k]!.word && (passedBeforeVerb(tokens[k]!) || POST_NOMINALS.has(tokens[k]!.text)) && !context.mentions.endAt.has(k)) k--;
    else break;
  }
  // "NAME of the World Health Organization (WHO) told": an abbreviation in brackets before the verb.
  if (tokens[k]?.text === ')' && tokens[k - 2]?.text === '(' && tokens[k - 1]!.word) k -= 3;
  // "[The source] also said", "[He] added": an editor's words in square brackets stand for the subject;
  // "Los Tiempos [es] says": a bracket that names nobody (a language tag) is passed over.
  if (tokens[k]?.text === ']') {
    const open = editorialBracketOpen(tokens, k, from);
    if (open !== undefined) k = context.mentions.endAt.has(k - 1) || isPronoun(tokens[k - 1]!) ? k - 1 : open - 1;
  }
  if (k < from) return { type: 'none' };
  // "Gerry Conlon - who was wrongly convicted - said", "Mr Letwin (pictured) said": the subject is before the aside.
  const asideOpen = asideOpening(tokens, k, from);
  if (asideOpen !== undefined) return subjectBefore(context, asideOpen, from);
  // "the China Daily newspaper said", "Time magazine reported": the publication named right before its noun speaks.
  const publication = publicationBeforeItsNoun(context, k, from);
  if (publication) return { type: 'mention', mention: publication };
  const t = tokens[k]!;
  const direct = speakingMention(context, k);
  // "The Labour MP said": a party or place before an office passed over on the way back from the verb names no
  // speaker; the office is an epithet for the person the text is about, or nobody known.
  if (direct && (direct.kind === 'organization' || direct.kind === 'place') && direct.last === k && OFFICE_EPITHET_HEADS.has(tokens[k + 1]?.lower ?? '')) {
    return (tokens[direct.first - 1]?.lower === 'the' && direct.first - 1 >= from ? epithetAt(context, direct.first - 1, k + 1) : undefined) ?? { type: 'none' };
  }
  // "Mr Brown and Mr Letwin said": two speakers together, neither alone; "Hart's letter to Joe Cole said", "every expert
  // from the IMF to the Audit Office had suggested": the object of a preposition, with or without "the", is not the
  // subject (but "with Zinichev describing …" is the participle's).
  const beforeDirect = direct !== undefined && tokens[direct.first - 1]?.lower === 'the' ? direct.first - 2 : (direct?.first ?? 0) - 1;
  const objectOfPreposition = direct !== undefined && !verb.lower.endsWith('ing') && OBJECT_PREPOSITIONS.has(tokens[beforeDirect]?.lower ?? '');
  if (direct && (isCoordinated(context, direct) || objectOfPreposition)) return { type: 'none' };
  // "The star of Rain Man and Tootsie said": a person's name inside an "of" phrase after "the NOUN" is no subject.
  const ofThe = direct?.kind === 'person' ? theNounBeforeOfPhrase(tokens, direct.first, from) : -1;
  if (ofThe >= 0) return epithetAt(context, ofThe, ofThe + 1) ?? { type: 'none' };
  // "Ann Roe, managing director, of CB Richard Ellis - a property firm - told": a person's name that ends a longer
  // capitalised run after "of"/"from" is the tail of a body's name; the person the appositive before it describes
  // speaks, else nobody here.
  // ("Head of Sales Tom Hale said", with no comma before "of", is a post and its holder.)
  const bodyOf = direct?.kind === 'person' ? prepositionBeforeBodyEndingInName(tokens, direct.first) : -1;
  if (bodyOf >= 0 && tokens[bodyOf - 1]?.text === ',') {
    const described = appositiveSubject(context, bodyOf - 1, from);
    return described?.type === 'mention' && described.mention.kind === 'person' && described.mention.last < bodyOf ? described : { type: 'none' };
  }
  // "Russell Zimmerman per ABC News said": the outlet or agency after "per"/"via" is where the words come from; the
  // person named right before the marker speaks, else nobody here.
  if (direct && SOURCE_MARKERS.has(tokens[direct.first - 1]?.lower ?? '')) {
    const person = speakingMention(context, direct.first - 2);
    return person && person.kind === 'person' ? { type: 'mention', mention: person } : { type: 'none' };
  }
  // "Dr NAME, of the Centre for Transport at the University of Leeds said": an affiliation no comma closes is the person's.
  const unclosed = t.word && t.cap ? personBeforeUnclosedAffiliation(context, k) : undefined;
  if (unclosed !== undefined) return unclosed ? { type: 'mention', mention: unclosed } : { type: 'none' };
  // "Dr NAME games director at content firm ORG told": a post with no commas; the person before it speaks.
  const posted = direct ? personBeforeBarePost(context, direct, from) : undefined;
  if (posted) return { type: 'mention', mention: posted };
  // "NAME, PTC president and media activist said": an appositive no comma closes.
  const apposed = t.word && (!direct || direct.kind === 'organization') ? personBeforeUnclosedAppositive(context, k, from) : undefined;
  if (apposed) return { type: 'mention', mention: apposed };
  if (direct) return ownerOf(context, direct);
  // "Senator NAME of Ohio said": a place (known or not) after "of" or "from" a person is where the person is from;
  // "NAME of the Hajo assembly said": so is a body the article does not know as an organisation.
  if (t.cap && t.word) {
    const person = personBeforePlace(context, k, from);
    if (person) return { type: 'mention', mention: person };
  } else if (isOrganizationNoun(t) && tokens[k - 1]?.cap) {
    const person = personBeforePlace(context, k - 1, from);
    if (person) return { type: 'mention', mention: person };
  }
  // "ORG, a group in Leeds, who met the minister, said": an epithet ending a relative clause is no subject (read below).
  if (!context.mentions.endAt.has(k) && !(t.text === ',' && relativeClauseBefore(context, k, from) !== undefined)) {
    for (let the = k - 1, words = true; the >= Math.max(from, k - MAX_EPITHET_WORDS); the--) {
      words &&= tokens[the]!.word;
      // "The prime minister, NAME, tweeted": past five tokens, only an unbroken run of words is one epithet.
      if (the < k - SHORT_EPITHET_TOKENS && !words) break;
      if (tokens[the]!.lower !== 'the') continue;
      // "Ann Roe, the energy minister, said": the appositive describes the name before it, which speaks.
      const described = nameBeforeTheAppositive(context, the, k, from);
      if (described) return { type: 'mention', mention: described };
      const epithet = epithetAt(context, the, k) ?? titleHolderAt(context, the, k);
      if (epithet) return epithet;
      break;
    }
  }
  if (isPronoun(t)) return { type: 'pronoun', pronoun: t.lower, paragraph: context.position, token: k };
  // "One of them said": a member of the group named before, resolved in stage 2.
  if (t.lower === 'them' && tokens[k - 1]?.lower === 'of' && tokens[k - 2]?.lower === 'one' && k - 2 >= from) return { type: 'pronoun', pronoun: ONE_OF_THEM, paragraph: context.position, token: k - 2 };
  if (t.lower === 'who' || t.lower === 'which') {
    let m = k - 1;
    if (tokens[m]?.text === ',') m--;
    const owner = speakingMention(context, m) ?? personBeforeAge(context, m);
    // "NAME, a professor at ORG, who said": "who" refers to a person, so the relative clause is the person's whose
    // appositive ends in the organisation or place (a "who" right after a body alone stays the body's: "the club, who said").
    // "Senator NAME of Ohio, who said": so is the clause after a person's place, and "NAME of PLACE, the daughter of
    // NAME2 of PLACE, who said" the clause after an appositive describing a person named with their place.
    const person = t.lower === 'who' && owner && (owner.kind === 'organization' || owner.kind === 'place') && tokens[k - 1]?.text === ',' ? (personBeforeAppositive(context, k - 1, from) ?? personOfPlaceBeforeAppositive(context, k - 1, from) ?? personBeforePlace(context, m, from)) : undefined;
    if (person) return { type: 'mention', mention: person };
    if (owner) return { type: 'mention', mention: owner };
    // "Facebook released a statement which read, in part, …": the one who put the document out.
    if (t.lower === 'which' && DOCUMENT_NOUNS.has(tokens[m]?.lower ?? '') && ARTICLES.has(tokens[m - 1]?.lower ?? '') && ISSUING_VERBS.has(tokens[m - 2]?.lower ?? '')) {
      const issuer = sentenceSubject(context);
      if (issuer.type === 'mention' && issuer.mention.last < m - 1) return issuer;
      // "They released a statement which said": a pronoun opening the sentence stands for the issuer named before.
      if (issuer.type === 'pronoun' && issuer.token < m - 1) return issuer;
    }
    // "in the wake of a Law Commission report which branded …": a document phrase that names its owner heads the clause.
    if (t.lower === 'which' && tokens[k - 1]?.text !== ',' && DOCUMENT_NOUNS.has(tokens[m]?.lower ?? '')) return documentPhraseHeading(context, m, from) ?? { type: 'none' };
    return { type: 'none' };
  }
  // "The statement, issued by the ministry on Monday, said", "Acme's lawsuit, filed in May, claims": the document before the aside.
  const aside = participialAside(tokens, context.mentions, k, from);
  const documentBeforeAside = aside && documentPhraseBefore(context, aside.open - 1, from, aside.agent);
  if (documentBeforeAside) return documentBeforeAside;
  // "Haugland's office said": the office speaks for its owner.
  const office = officeOwner(tokens, context.mentions, k);
  if (office && opensClause(tokens, office.first, from)) return { type: 'mention', mention: office };
  // "One of these groups, the Western Front (WF), said": the name set beside the partitive speaks.
  const partitive = partitiveAppositive(context, k, from);
  if (partitive) return { type: 'mention', mention: partitive };
  if (t.text === ',') {
    let relative = relativeClauseBefore(context, k, from);
    // "The actor, whose films include …, who …, said": two clauses about the same head; the subject is before the first.
    for (let earlier = relative; earlier !== undefined; earlier = relativeClauseBefore(context, earlier - 1, from)) relative = earlier;
    // "NAME, 67, who …, said": the person before the age.
    const aged = relative !== undefined ? personBeforeAge(context, relative - 2) : undefined;
    if (aged) return { type: 'mention', mention: aged };
    // "NAME, a lawyer at ORG, who …, said", "NAME, a friend of NAME2, who …, said": whoever the clause is about, the
    // subject of the verb is the person the appositive describes.
    const described = relative !== undefined ? (personBeforeAppositive(context, relative - 1, from) ?? personBeforePlace(context, relative - 2, from)) : undefined;
    if (described) return { type: 'mention', mention: described };
    // "Dr NAME games director at content firm ORG, who …, told": a post with no commas before the clause; the person
    // before the post speaks, not the body that ends it.
    const head = relative !== undefined ? context.mentions.endAt.get(relative - 2) : undefined;
    const posted = head ? personBeforeBarePost(context, head, from) : undefined;
    if (posted) return { type: 'mention', mention: posted };
    if (relative !== undefined) return subjectBeforeRelative(context, k, relative, from);
    return appositiveSubject(context, k, from);
  }
  const document = documentBefore(tokens, k, from);
  if (document !== undefined && tokens[document - 1]?.lower === "'s") {
    // "The bank's statement described …", "Hart's statement on the death read:": whoever owns the statement speaks.
    const owner = speakingMention(context, document - 2);
    if (owner && (document === k || opensClause(tokens, owner.first, from))) return { type: 'mention', mention: owner };
  }
  // "Her letter to the board said …": the owner named by a possessive pronoun that opens the clause.
  const ownerPronoun = document !== undefined ? POSSESSIVE_TO_SUBJECT.get(tokens[document - 1]?.lower ?? '') : undefined;
  if (ownerPronoun && opensClause(tokens, document! - 1, from)) return pronounOwnerSubject(context, ownerPronoun, document! - 1, document!);
  // "The report said …" after "a report by Ofwat": the owner of the document named before.
  if (document !== undefined && tokens[document - 1]?.lower === 'the' && opensClause(tokens, document - 1, from)) {
    const owner = documentOwner(context.paragraphs, context.index, context.position, document);
    if (owner) return { type: 'document', owner, paragraph: context.position, token: document };
    // "The NAO urged … It said … The report said:": a report never introduced is the body's whose findings come before.
    const body = reportingBodyOfUnintroducedDocument(context.paragraphs, context.index, context.position, document);
    if (body) return { type: 'document', owner: body, paragraph: context.position, token: document, unintroduced: true };
  }
  // "RIAA's DMCA notice alleged", "Their statement also read", "A statement released by Erdogan's office said".
  const phrase = documentPhraseBefore(context, k, from);
  if (phrase) return phrase;
  if (t.lower === 'and' || t.lower === 'but') {
    // "X claimed … but his lawyer, NAME, told reporters … and added:": the subject of the clause "but" opens.
    const contrasted = subjectAfterBut(context, k, subjectBefore);
    if (contrasted) return contrasted;
    const shared = sentenceSubject(context);
    // "But the prime minister said he had … and dismissed them as a “…”": the subject of the first verb of the sentence.
    return shared.type === 'none' ? (firstConjunctSubject(context, k, subjectBefore) ?? shared) : shared;
  }
  const participial = subjectBeforeParticiple(context, k, from);
  if (participial) return participial;
  const relative = personBeforeOpenRelative(context, k, from);
  if (relative) return { type: 'mention', mention: relative };
  return postModifiedSubject(context, k, from);
}

/**
 * "the China Daily newspaper", "Time magazine": a lower-case noun for a publication at `k` (publication-nouns-after-name.json)
 * right after an organisation's name that opens the clause (maybe after "the"): the publication is the subject.
 *
 * @example
 * // “…”, the China Daily newspaper said.
 * publicationBeforeItsNoun(context, ‹newspaper›, from) // => the mention of China Daily
 */
function publicationBeforeItsNoun(context: Context, k: number, from: number): Mention | undefined {
  const { tokens } = context.paragraph;
  const noun = tokens[k];
  if (!noun?.word || noun.cap || noun.quote >= 0 || !PUBLICATION_NOUNS_AFTER_NAME.has(noun.lower)) return undefined;
  const m = context.mentions.endAt.get(k - 1);
  if (!m || m.kind !== 'organization' || m.inQuote) return undefined;
  const start = tokens[m.first - 1]?.lower === 'the' ? m.first - 1 : m.first;
  return start >= from && opensClause(tokens, start, from) ? m : undefined;
}

/** "[The source]", "[es]": the "[" at most four words before the "]" at `close`, with only words between. */
function editorialBracketOpen(tokens: readonly Token[], close: number, from: number): number | undefined {
  for (let k = close - 1; k >= Math.max(from, close - 5); k--) {
    if (tokens[k]!.text === '[') return k < close - 1 ? k : undefined;
    if (!tokens[k]!.word) return undefined;
  }
  return undefined;
}

/**
 * The subject of a verb after a relative clause about a person (", who …," ending at `comma`, its relative word at
 * `relative`): the subject the verb would have with the clause left out. "NAME, who …, said" keeps the appositive
 * rules (a pair, a listener); a common noun before "who" is looked for as the subject ("The actor, whose films …,
 * said"); and when neither gives one, the clause's opening comma is read as the close of an appositive before it —
 * "NAME, 45, a builder, who …, added", "NAME, spokesman for ORG, which …, who …, said" read as "NAME, 45, a builder,
 * added". "Who" refers to a person, so a place before it ("ORG, a group in Washington, who …") or a name after a
 * preposition ("NAME, speaking to ORG, who …") is no head of the clause.
 */
function subjectBeforeRelative(context: Context, comma: number, relative: number, from: number): Subject {
  const { tokens } = context.paragraph;
  const head = context.mentions.endAt.get(relative - 2);
  const before = tokens[head?.first === undefined ? -1 : head.first - 1]?.lower ?? '';
  const object = head !== undefined && PREPOSITIONS_BEFORE_OBJECT.has(before) && !OWNER_PREPOSITIONS.has(before);
  if (head && !object && head.kind !== 'place') {
    const appositive = appositiveSubject(context, comma, from);
    // "NAME, who chairs the ORG, who …, said": "who" is the person's, so no body named inside the clauses speaks.
    if (head.kind === 'person' && appositive.type === 'mention' && appositive.mention.first > relative) return { type: 'mention', mention: head };
    // "NAME, who …, who …, said", a long clause: as "NAME said".
    return appositive.type === 'none' ? subjectBefore(context, relative - 1, from) : appositive;
  }
  if (!object) {
    // "NAME of Marriage Equality Coalition Taiwan, who …, said": read without the clause, unless that gives the place.
    const subject = subjectBefore(context, relative - 1, from);
    if (subject.type !== 'none' && !(subject.type === 'mention' && subject.mention.kind === 'place')) return subject;
  }
  return subjectBefore(context, relative, from);
}

/** Lower-case words a common noun's phrase may hold between its determiner and a participle ("with the former editor"). */
const MAX_NOUN_WORDS = 3;

/**
 * "with the editor describing", "with a former aide saying": "with", a determiner and one to three lower-case words
 * ending at `end` (no pronoun, no mention), right before a participle.
 *
 * @example
 * // "NPR reported the claims, with the editor describing “…”", `end` the token "editor"
 * withUnnamedSubject(context, end, sentenceStart); // true: the participle has an unnamed subject of its own
 */
export function withUnnamedSubject(context: Context, end: number, from: number): boolean {
  const k = unnamedNounPhraseStart(context, end, from);
  return k >= 0 && context.paragraph.tokens[k - 1]?.lower === 'with' && k - 1 >= from;
}

/**
 * The determiner of a common noun's phrase ending at `end`: a determiner and one to three lower-case words (no
 * pronoun, no mention, nothing quoted), not before `from`; -1 if the words there are no such phrase.
 *
 * @example
 * // "He said the angry man shouted: “…”", `end` the token "man"
 * unnamedNounPhraseStart(context, end, sentenceStart); // the index of "the"
 */
export function unnamedNounPhraseStart(context: Context, end: number, from: number): number {
  const { tokens } = context.paragraph;
  let k = end;
  while (k >= from && k > end - MAX_NOUN_WORDS && tokens[k]!.word && !tokens[k]!.cap && tokens[k]!.quote < 0 && !isPronoun(tokens[k]!) && !context.mentions.endAt.has(k) && !ARTICLES.has(tokens[k]!.lower)) k--;
  return k !== end && k >= from && ARTICLES.has(tokens[k]?.lower ?? '') ? k : -1;
}

/** Capitalised words of a body's name that may stand before a person's name ending it ("CB Richard Ellis"). */
const MAX_BODY_WORDS_BEFORE_NAME = 3;

/**
 * "of CB Richard Ellis", "from the Wall Street Smith Barney": the index of "of"/"from" before one to three capitalised
 * words (outside quotes, with "the" allowed after the preposition) that run on into the name at `first`; -1 if none.
 */
function prepositionBeforeBodyEndingInName(tokens: readonly Token[], first: number): number {
  let k = first - 1;
  while (k >= 0 && k > first - 1 - MAX_BODY_WORDS_BEFORE_NAME && tokens[k]!.word && tokens[k]!.cap && tokens[k]!.quote < 0) k--;
  if (k === first - 1) return -1;
  if (tokens[k]?.lower === 'the') k--;
  return tokens[k]?.lower === 'of' || tokens[k]?.lower === 'from' ? k : -1;
}

/** Prepositions whose object, right before a speech verb, is not its subject ("a letter to NAME said"). */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(prepositionsJson.afterASpeechVerb);
const SOURCE_MARKERS: ReadonlySet<string> = new Set(prepositionsJson.sourceMarkers);

/** "Mr Brown and Mr Letwin", "Brit Hume and Chris Wallace": a mention joined by "and"/"&" to a person or organisation named right before it; a place also to a place, past "the" ("Portugal and the Czech Republic"). */
function isCoordinated(context: Context, m: Mention): boolean {
  const { tokens } = context.paragraph;
  let k = m.first - 1;
  // "Mr Brown and Mr Letwin": an honorific outside the mention.
  while (k >= 0 && tokens[k]!.word && HONORIFICS.has(tokens[k]!.lower)) k--;
  // "the Netherlands, Portugal and the Czech Republic have announced": "the" of a country's name after the joiner.
  if (tokens[k]?.lower === 'the' && m.kind === 'place') k--;
  const joiner = tokens[k]?.lower;
  if (joiner !== 'and' && joiner !== '&') return false;
  const other = context.mentions.endAt.get(k - 1);
  // A list of countries acts together as a list of people or bodies does: no one of them speaks alone.
  const kinds = m.kind === 'place' ? ['person', 'organization', 'place'] : ['person', 'organization'];
  return other !== undefined && kinds.includes(other.kind) && !other.inQuote;
}

const QUOTING_VERBS: ReadonlySet<string> = new Set(quotedAsSayingJson.verbs);
const QUOTING_AUXILIARIES: ReadonlySet<string> = new Set(quotedAsSayingJson.auxiliaries);
const QUOTING_PREPOSITIONS: ReadonlySet<string> = new Set(quotedAsSayingJson.prepositions);

/**
 * The index of the auxiliary of the passive "was quoted (in|by OUTLET) (as)" or "was heard" frame that the participle at
 * `verbAt` closes: words only, at most eight of them between "quoted" and the participle, the outlet's phrase opened by
 * a preposition right after "quoted"; undefined when there is no such frame.
 *
 * @example
 * // Mr Rudd was quoted in the Times saying: …
 * quotedAsSaying(tokens, 7, 0) // => 2
 */
function quotedAsSaying(tokens: readonly Token[], verbAt: number, from: number): number | undefined {
  let k = verbAt - 1;
  if (tokens[k]?.lower === 'as') k--;
  for (let q = k; q >= Math.max(from, k - 8); q--) {
    const t = tokens[q]!;
    if (!t.word || t.quote >= 0) return undefined;
    if (!QUOTING_VERBS.has(t.lower)) continue;
    if (!QUOTING_AUXILIARIES.has(tokens[q - 1]?.lower ?? '')) return undefined;
    return q === k || QUOTING_PREPOSITIONS.has(tokens[q + 1]?.lower ?? '') ? q - 1 : undefined;
  }
  return undefined;
}

/**
 * The subject of a passive frame whose auxiliary stands at `auxiliary`: the sentence's subject, or, when a long
 * fronted phrase hides it, a person named right before the auxiliary ("Later, in off-air comments, NAME was heard").
 *
 * @example
 * // Later in unguarded comments in a studio, Mr Tallis was heard saying …
 * passiveSubject(context, 11) // => { type: 'mention', mention: ‹Mr Tallis› }
 */
function passiveSubject(context: Context, auxiliary: number): Subject {
  const subject = sentenceSubject(context);
  if (subject.type !== 'none') return subject;
  const person = context.mentions.endAt.get(auxiliary - 1);
  return person && person.kind === 'person' && !person.inQuote ? { type: 'mention', mention: person } : subject;
}

/** At most this many tokens from "with" to the comma that closes its phrase ("with NAME walking up to the minister,"). */
const MAX_WITH_PHRASE_TOKENS = 14;

/**
 * The person named right after "with" in the phrase that the comma at `comma` closes, when a verb in -ing follows the
 * name ("…, with Jane Tully walking up to the minister, saying …"): the subject of that absolute phrase, which a
 * participle after the comma shares. No comma or quotation inside the phrase; undefined otherwise.
 *
 * @example
 * // The row began on air, with Jane Tully walking up to him, saying "…"
 * withPhraseSubject(context, 14, 0) // => the mention of Jane Tully
 */
export function withPhraseSubject(context: Context, comma: number, from: number): Mention | undefined {
  const { tokens } = context.paragraph;
  for (let k = comma - 1; k >= from && k >= comma - MAX_WITH_PHRASE_TOKENS; k--) {
    const t = tokens[k]!;
    if (t.quote >= 0 || t.text === ',') return undefined;
    if (t.lower !== 'with' || t.cap) continue;
    const m = context.mentions.startAt.get(k + 1);
    const participle = m ? tokens[m.last + 1] : undefined;
    return m && m.kind === 'person' && !m.inQuote && participle?.word && !participle.cap && participle.quote < 0 && participle.lower.endsWith('ing') && m.last + 1 < comma ? m : undefined;
  }
  return undefined;
}

/** Conjunctions that may open a sentence whose verb has no subject of its own ("And continued: …"). */
const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(clauseOpenersJson.conjunctions);
/** At most this many lower-case words (adverbs) between the conjunction and the verb ("And then added: …"). */
const MAX_CONTINUATION_ADVERBS = 2;

/**
 * The subject of the sentence before, when the sentence of the verb of saying at `verbAt` has none: it opens with a
 * conjunction, maybe an adverb or two, then the verb (a finite one, not in -ing) and a colon or comma ("Ms Holt
 * insisted: “…” And continued: “…”"). Only within one paragraph; undefined otherwise.
 *
 * @example
 * // Ms Holt insisted: "We will win." And continued: "We always do."
 * continuedSubject(context, 11) // => the mention of Ms Holt
 */
export function continuedSubject(context: Context, verbAt: number): Subject | undefined {
  const { tokens, sentenceStarts } = context.paragraph;
  const verb = tokens[verbAt]!;
  const start = context.sentenceStart;
  const opener = tokens[start]!;
  if (verb.lower.endsWith('ing') || !/^[:,]$/.test(tokens[verbAt + 1]?.text ?? '') || !opener.cap || opener.quote >= 0 || !OPENING_CONJUNCTIONS.has(opener.lower)) return undefined;
  if (verbAt - start - 1 > MAX_CONTINUATION_ADVERBS) return undefined;
  for (let k = start + 1; k < verbAt; k++) if (!tokens[k]!.word || tokens[k]!.cap || tokens[k]!.quote >= 0) return undefined;
  const sentence = verb.sentence;
  if (sentence === 0) return undefined;
  const previousStart = sentenceStarts[sentence - 1] ?? 0;
  const previous = sentenceSubject({ ...context, sentenceStart: previousStart, sentenceEnd: start - 1 });
  return previous.type === 'mention' || previous.type === 'pronoun' ? previous : undefined;
}

/**
 * True when token `k` is the closing comma of a connecting adverb set off between a subject and its verb
 * ("He, however, admitted"; `setOffAdverbs` in `between-subject-and-verb.json`), all outside quotations.
 */
function isSetOffAdverb(tokens: readonly Token[], k: number): boolean {
  const adverb = tokens[k - 1];
  const opening = tokens[k - 2];
  return tokens[k]!.text === ',' && tokens[k]!.quote < 0 && adverb !== undefined && adverb.word && !adverb.cap && adverb.quote < 0 && SET_OFF_ADVERBS.has(adverb.lower) && opening?.text === ',' && opening.quote < 0;
}
