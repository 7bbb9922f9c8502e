/**
 * The actor a pronoun stands for: the nearest earlier sentence naming an actor of the fitting kind outside
 * quotes, with the salience steps that prefer the subject before.
 */
import type { Mention } from '../../actors/index.ts';
import { EPITHET_HEADS, HONORIFICS, INTRODUCING_NOUNS, ORG_HEADS, ORG_PRONOUNS, PUBLICATION_NOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, SPEAKS_FOR_HEADS, SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import type { TokenizedParagraph } from '../../actors/index.ts';
import { genderOfWord, isPossessor, type Gender } from '../find-genders.ts';
import { isSentenceSubject } from '../../actors/find-sentence-subject.ts';
import { namesBoundByPronoun } from '../names-bound-by-pronoun.ts';
import { namesInFrontedReport } from '../names-in-fronted-report.ts';
import clauseOpenersJson from '../../lexicons/clause-openers.json' with { type: 'json' };
import { beforeRole, invertedTeller, isRoleBetween, namedInUnnamedSpeakersQuote, objectOfAnotherSubject, personByWhoSubject, premodifiedSubject, reportedClauseStart, subjectBeforeVerb, unnamedBodyAfter, unnamedPersonSubject, verbBefore } from './antecedent-clauses.ts';
import { CLAUSE_OPENERS, clauseStart, pronounOpening } from './clause-start.ts';
import { NO_ACTORS, objectOfPronounsVerb, openingPhraseActors, unite } from './excluded-antecedents.ts';
import { participlePhraseActors } from './participle-phrase-without-comma.ts';
import { introducesPerson, nounOfMention, ownsDocument, ownsPerson, ownsPersonAfter, personNamedLikeSubject } from './possessors-and-newcomers.ts';
import { earliestParagraphBack, earliestParagraphNamingSomething, epithetSubjectBefore, epithetSubjectOf, isHandle, mainPerson, samePronounAfter, speakerOfSentence } from './pronoun-window.ts';
import type { ResolveContext } from './resolve-context.ts';
import { documentPronounSpeaker } from './document-pronoun.ts';
import { bodyAsThey } from './body-as-they.ts';
import { objectsBeforeTeller } from './objects-before-teller.ts';
import { inTellerAppositive } from './teller-appositive.ts';
import { namedInSubordinateObject } from './named-in-subordinate-object.ts';
import { subordinateClausePronoun } from './subordinate-clause-pronoun.ts';
import { tellerClosesSentence } from './closing-teller.ts';
import { speaksThroughIndefiniteDocument } from './body-of-speaking-document.ts';

/**
 * True when the clause from `start` opens with an unnamed person whose noun is of the gender other than `wanted` ("The
 * woman"), and the sentence's one person tells it after a comma ("…, her lawyer, Tom Roe, said.").
 */
function reportedOtherGender(paragraph: TokenizedParagraph, inSentence: readonly Mention[], start: number, wanted: Gender): boolean {
  const head = unnamedPersonSubject(paragraph, start, inSentence[0]!.first);
  if (head < 0 || wanted === 'unknown') return false;
  const gender = genderOfWord(paragraph.tokens[head]!.lower);
  return gender !== undefined && gender !== wanted && invertedTeller(paragraph, inSentence) !== undefined;
}

/** Stands for an epithet in the pronoun resolver: a person of either gender. */
export const EPITHET = 'the person';
const isPersonWord = (pronoun: string): boolean => PERSON_PRONOUNS.has(pronoun) || pronoun === EPITHET;

/**
 * The actor a pronoun stands for: the nearest earlier sentence (this paragraph and the two
 * before) naming an actor of the fitting kind outside quotes; if it names several, its subject.
 *
 * @example
 * // Ann Roe runs the shop. ⏎ “We are open,” she said.
 * resolvePronoun(context, 'she', 1, 6) // => 'ann-roe'
 */
export function resolvePronoun(context: ResolveContext, pronoun: string, position: number, token: number, depth = 0, gender: Gender = 'unknown', note: SalienceNote = {}, addressed: ReadonlySet<string> = NO_ACTORS): string | null {
  const { paragraphs, index } = context;
  // "NAME's statement said: “…” It added: “…”": "it" continues the speaking document of the sentence before, not a body named earlier.
  if (pronoun === 'it' && depth === 0) {
    const continued = documentPronounSpeaker(context, position, token);
    if (continued !== undefined) return continued;
  }
  // "When he refused to back Tom Roe, he said: …": the main clause's "he" is the subordinate clause's; resolved there, it
  // passes over the people that clause names after it.
  if ((pronoun === 'he' || pronoun === 'she') && depth === 0) {
    const opening = subordinateClausePronoun(paragraphs[position]!, token);
    if (opening >= 0) {
      const speaker = resolvePronoun(context, pronoun, position, opening, depth, gender, note, addressed);
      // Salience: the person the clause is about, not the nearest one named.
      if (speaker !== null && index[position]!.list.some((m) => m.first > opening && m.last < token && m.kind === 'person' && !m.inQuote && m.actor !== speaker)) note.salient = true;
      return speaker;
    }
  }
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
      // "She told the Jersey Herald …": a newspaper read as a person is no "he" or "she" (publication-read-as-person.ts).
      return m.kind === 'person' && !isHandle(paragraphs.find((p) => p.index === m.paragraph), m) && !context.publicationsAsPersons().has(m.actor);
    }
    if (PLURAL_PRONOUNS.has(pronoun)) return m.kind === 'group' || (m.kind === 'anonymous' && /s$/.test(paragraphs[position]?.tokens[m.last]?.lower ?? ''));
    // "The drive won a CES design award": a body's name after "a"/"an" modifies the noun after it; "it" is not that body.
    if (ORG_PRONOUNS.has(pronoun)) return (m.kind === 'organization' || bodyReadAsPerson(m)) && !afterIndefiniteArticle(paragraphs.find((p) => p.index === m.paragraph), m);
    return false;
  };
  // "“…,” said Seagate. ⏎ “…,” it said.", "Q Magazine praised the album. It also said …": "it" never stands for a person, so a
  // name the actor stages read as a person's that no "he", "she" or honorific ever marks, and that is one word or ends
  // in a noun for a kind of body ("Magazine"), is the body "it" stands for.
  const bodyReadAsPerson = (m: Mention): boolean => {
    if (m.kind !== 'person' || (context.gendersOf().get(m.actor) ?? 'unknown') !== 'unknown') return false;
    const tokens = paragraphs.find((p) => p.index === m.paragraph)?.tokens;
    const last = tokens?.[m.last]?.lower ?? '';
    return !m.actor.includes('-') || (m.last > m.first && (PUBLICATION_NOUNS.has(last) || INTRODUCING_NOUNS.has(last) || ORG_HEADS.has(last)));
  };
  // "In a statement Google said …" ⏎ "It said: “…”": an organisation's pronoun opening a paragraph looks at the last sentence of the one before
  // (not at an owner there: "… on the council's work the committee said" ⏎ "It said" is the committee's, not the council's).
  const orgOpening = ORG_PRONOUNS.has(pronoun) && paragraphs[position]?.tokens[token]?.sentence === 0;
  const maxBack = isPersonWord(pronoun) ? 2 : orgOpening ? 1 : 0;
  // "Speaking to Ann Rowe of PBS, he said": the people of the opening phrase the pronoun is the subject of are not what it stands for.
  // "He told Sturgeon: …": the person the pronoun's own verb addresses is someone else, also for the epithet or pronoun it leads to.
  const objects = isPersonWord(pronoun) && depth === 0 ? objectOfPronounsVerb(paragraphs[position]!, index[position]!, token) : addressed;
  // "… he took issue with Perry Christie's brother": nobody named later in the pronoun's own clause is what it stands for.
  // "Mr Sullivan “made accounting decisions,” he told the court": nor anybody named in the clause its verb reports before it.
  const bound = (pronoun === 'he' || pronoun === 'she') && depth === 0 ? unite(namesBoundByPronoun(paragraphs[position]!, index[position]!, token), namesInFrontedReport(paragraphs[position]!, index[position]!, token)) : NO_ACTORS;
  // "But standing next to Ann Rowe he added": nor anybody named in an opening participle phrase with no comma before the pronoun.
  const opening = isPersonWord(pronoun) && depth === 0 ? unite(openingPhraseActors(paragraphs[position]!, index[position]!, token), participlePhraseActors(paragraphs[position]!, index[position]!, token)) : NO_ACTORS;
  const listeners = unite(isPersonWord(pronoun) && depth === 0 ? unite(opening, objects) : objects, bound);
  // "The image portrayed Mr Howard as a hypnotist, he argued.": the people the words reported before the pronoun only mention.
  const reportedObjects = isPersonWord(pronoun) && pronoun !== EPITHET && depth === 0 ? objectsBeforeTeller(paragraphs[position]!, index[position]!, token, token + 1) : [];
  const lowest = isPersonWord(pronoun) ? earliestParagraphBack(context, position, maxBack, pronoun) : orgOpening ? earliestParagraphNamingSomething(context, position) : position - maxBack;
  // "… the law set when a court ruled that doctors could stop treating Tom Vale. “…,” he said.": a sentence before the
  // pronoun's whose people are named only as objects of a subordinate clause is passed over; "he" is the subject before.
  const passedOver = new Set<string>();
  const deepObjects = (paragraph: TokenizedParagraph, p: number, m: Mention): boolean => {
    if (pronoun !== 'he' && pronoun !== 'she') return false;
    const sentence = paragraph.tokens[m.first]!.sentence;
    if (p === position && sentence >= paragraph.tokens[token]!.sentence) return false;
    if (!namedInSubordinateObject(paragraph, index[p]!, sentence).has(m)) return false;
    passedOver.add(m.actor);
    return true;
  };
  const nearest = (): { actor: string | null; p?: number; sentence?: number } | undefined => {
    for (let p = position; p >= 0 && p >= lowest; p--) {
      const paragraph = paragraphs[p]!;
      const lastOfParagraph = paragraph.sentenceStarts.length - 1;
      // A possessor in the pronoun's own sentence is not its antecedent ("Asked about Mrs Dunmore’s complaint, he said").
      const mentions = index[p]!.list.filter(
        (m) =>
          fits(m) &&
          !listeners.has(m.actor) &&
          !deepObjects(paragraph, p, m) &&
          (p < position
            ? !orgOpening || (paragraph.tokens[m.first]!.sentence === lastOfParagraph && !isPossessor(paragraph, m))
            : m.last < token && !reportedObjects.includes(m) && !(isPossessor(paragraph, m) && paragraph.tokens[m.first]!.sentence === paragraph.tokens[token]!.sentence)),
      );
      // "Cate Blanchett, who won …, said …" ⏎ "Of Hepburn, she said": a subject that "who" marks as a person, though the
      // actor stages read it as a body, after every mention that fits: who "he" or "she" is stays unclear.
      if (isPersonWord(pronoun) && pronoun !== EPITHET) {
        const lastFit = mentions.at(-1)?.first ?? -1;
        if (index[p]!.list.some((m) => m.first > lastFit && (p < position || m.last < token) && personByWhoSubject(paragraph, m))) return { actor: null };
      }
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
      // "The American had cast doubt on Campbell's claims." ⏎ "“…,” he said.": the sentence's subject is an epithet and every
      // name comes after it (an object, a possessor); the pronoun continues the epithet's person, not those names.
      const epithetSubject = isPersonWord(pronoun) && depth < 3 ? epithetSubjectOf(paragraph, lastSentenceIndex) : -1;
      if (epithetSubject >= 0 && inSentence.length > 0 && inSentence.every((m) => m.first > epithetSubject + 1)) {
        return { actor: resolvePronoun(context, EPITHET, p, epithetSubject, depth + 1, wanted, note, objects) };
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
    // else nobody the resolver can name), not the object. Not when that name tells the sentence after a comma and the
    // unnamed person's noun is of the other gender ("The woman waited a year, her lawyer Tom Roe said." ⏎ "“…,” he said."):
    // the woman is then in what the teller reports, and "he" is not her.
    if (actors.size === 1 && isPersonWord(pronoun) && pronoun !== EPITHET && !reportedOtherGender(paragraph, inSentence, start, wanted)) {
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
        // "Weitz said he had visited Pullman, who had told him that … “…”.": a speaker quoted in a relative clause about the
        // object of another person's report is no subject of the sentence; the pronoun continues the reporting subject (below).
        if (quoted !== undefined && actors.has(quoted) && genderFits(quoted) && !quotedInRelativeClause(paragraph, inSentence, quoted, start) && !quotedInReportedClause(paragraph, inSentence, quoted, start)) return { actor: quoted, p, sentence: lastSentenceIndex };
      }
      // Salience: "Moore's film was hurt by its release, says Tim Dams, an editor." ⏎ "“…,” he said.": a person after a speech
      // verb that closes the sentence after a comma ("…, Tim Dams said.") is the subject of its main clause ("Tim Dams says
      // …"); the pronoun continues that person. The other people of the sentence are in what that person reports: a
      // possessor, a name after a preposition, or the subject of the reported clause ("Mr Howard will host …, Liam Fox said").
      // "…, Greer said. The feminist writer said …": an epithet continues that teller too, when the name and its verb end the sentence.
      if (isPersonWord(pronoun)) {
        const teller = invertedTeller(paragraph, inSentence);
        if (teller && (pronoun !== EPITHET || tellerClosesSentence(paragraph, teller)) && genderFits(teller.actor) && inSentence.every((m) => m.actor === teller.actor || m.first < teller.first || inTellerAppositive(paragraph, teller, m))) {
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
      // "But Mr Brown's former adviser NAME, now …, said": a conjunction opening the sentence stands before its subject.
      const subjectStart = paragraph.tokens[start]?.cap && paragraph.tokens[start]!.quote < 0 && OPENING_CONJUNCTIONS.has(paragraph.tokens[start]!.lower) ? start + 1 : start;
      const possessorFirst = first !== inSentence[0] && isPossessor(paragraph, inSentence[0]!) && inSentence[0]!.first - subjectStart <= 1;
      // "Mr Campbell's e-mail, which …, suggested they get Trevor Beattie …" ⏎ "In it, he said: …": the sentence is about
      // the writer of the document it opens with, not the people the document names.
      if (possessorFirst && ownsDocument(paragraph, inSentence[0]!)) return { actor: inSentence[0]!.actor, p, sentence: lastSentenceIndex };
      // "PBS revealed that in December, Crown Prince NAME accepted …": the subject of what a body reports.
      const reported = isPersonWord(pronoun) ? reportedClauseStart(paragraph, index[p]!, start, first.first) : undefined;
      if (reported !== undefined && first.first - reported <= 4 && !verbBefore(paragraph, reported, first.first)) return { actor: first.actor, p, sentence: lastSentenceIndex };
      // "Police are questioning Tom Roe over the death of Ian Bell.": a name after a verb is an object, not the subject.
      if (first.first - start <= 4 && verbBefore(paragraph, start, first.first)) return { actor: null };
      if (first.first - start <= 4 || (possessorFirst && first.first - subjectStart <= 8)) return { actor: first.actor, p, sentence: lastSentenceIndex };
      // "Transport & General Worker's Union general secretary Tony Woodley repeated …": a long body's name and role before the subject.
      if (first.kind === 'person' && premodifiedSubject(paragraph, start, first)) return { actor: first.actor, p, sentence: lastSentenceIndex };
      // "The book was filmed in 1970, starring NAME and NAME." ⏎ "The writer was known for …": the people named are not the
      // sentence's subject, so an epithet goes on to the person the article is about (below); a pronoun stays unclear.
      return pronoun === EPITHET ? undefined : { actor: null };
    }
    return undefined;
  };
  const found = nearest();
  // Salience: the subject before, not the nearest person named.
  if (found?.actor && passedOver.size > 0 && !passedOver.has(found.actor)) note.salient = true;
  if (found) {
    // "One of the victims decided …. She said": someone unnamed brought in after the person found.
    if (found.actor !== null && found.p !== undefined && isPersonWord(pronoun)) {
      const paragraph = paragraphs[found.p]!;
      const end = (paragraph.sentenceStarts[found.sentence! + 1] ?? paragraph.tokens.length) - 1;
      if (introducesPerson(paragraphs, index, { position: found.p, token: end }, position, token, wanted)) return null;
    }
    return found.actor;
  }
  // "The Harbour Trust criticised the plan. They released a statement …": a body that is the one actor of the sentence before.
  if (PLURAL_PRONOUNS.has(pronoun) && depth === 0) {
    const body = bodyAsThey(context, position, token);
    if (body !== undefined) return body;
  }
  if (!isPersonWord(pronoun)) return null;
  // Someone unnamed of that gender brought in nearby ("One woman, who lives opposite, …"): nobody can be told, not even
  // the person the article is about.
  if (introducesPerson(paragraphs, index, { position: Math.max(0, lowest), token: -1 }, position, token, wanted)) return null;
  // "The writer was known for …" with nobody named nearby: in an article about one person, that person.
  if (pronoun === EPITHET) {
    const main = mainPerson(context, position, token);
    if (main !== undefined && genderFits(main)) return main;
  }
  // Nobody named nearby: the person who spoke last, when the pronoun fits them ("…,” he said." ⏎ "The world champion says …").
  const recent = context.lastSpeakerBefore?.(position, token);
  if (recent && genderFits(recent.speaker) && !listeners.has(recent.speaker) && index.some((list) => list.list.some((m) => m.actor === recent.speaker && m.kind === 'person'))) return recent.speaker;
  // Else the only person of the pronoun's gender named earlier in the article.
  const earlier = new Set<string>();
  for (let p = 0; p <= position; p++) {
    for (const m of index[p]!.list) if (m.kind === 'person' && !m.inQuote && (p < position || m.last < token) && genderFits(m.actor) && !listeners.has(m.actor) && !isHandle(paragraphs[p], m)) earlier.add(m.actor);
  }
  return earlier.size === 1 ? [...earlier][0]! : null;
}

const CONTRASTING: ReadonlySet<string> = new Set(clauseOpenersJson.contrastingOrBut);
/** Conjunctions that may open a sentence before its subject ("But Mr Brown's adviser NAME said"). */
const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(clauseOpenersJson.conjunctions);

/**
 * True when every mention of `quoted` in the sentence comes right before ", who" and the sentence opens (at `start`) with
 * another person as its subject, followed by a speech verb: "Weitz said he had visited Pullman, who had told him …".
 */
function quotedInRelativeClause(paragraph: TokenizedParagraph, inSentence: readonly Mention[], quoted: string, start: number): boolean {
  const { tokens } = paragraph;
  const subject = inSentence[0]!;
  if (subject.actor === quoted || subject.kind !== 'person' || subject.first - start > 2 || !isSentenceSubject(paragraph, subject.first, subject.last, CLAUSE_OPENERS)) return false;
  if (!SPEECH_VERBS.has(tokens[subject.last + 1]?.lower ?? '')) return false;
  const own = inSentence.filter((m) => m.actor === quoted);
  return own.length > 0 && own.every((m) => m.first > subject.last && tokens[m.last + 1]?.text === ',' && tokens[m.last + 2]?.lower === 'who');
}

/**
 * True when the sentence opens (after "But"/"And") with another person as its subject and a speech verb right after it,
 * and `quoted` is named only after that verb: "But Mr Howard denied Mr Yeo, his spokesman, said the plans “stink”." ⏎
 * "He also said …": the one quoted speaks inside what the subject reports; the pronoun continues the reporting subject.
 */
function quotedInReportedClause(paragraph: TokenizedParagraph, inSentence: readonly Mention[], quoted: string, start: number): boolean {
  const { tokens } = paragraph;
  const subject = inSentence[0]!;
  let opening = tokens[start]?.cap && OPENING_CONJUNCTIONS.has(tokens[start]!.lower) ? start + 1 : start;
  if (HONORIFICS.has(tokens[opening]?.lower ?? '') && subject.first === opening + 1) opening++;
  if (subject.actor === quoted || subject.kind !== 'person' || subject.first !== opening) return false;
  if (!SPEECH_VERBS.has(tokens[subject.last + 1]?.lower ?? '')) return false;
  const own = inSentence.filter((m) => m.actor === quoted);
  return own.length > 0 && own.every((m) => m.first > subject.last + 1);
}

/** Lower-case words a modifier's noun phrase may hold after the name ("a CES best design award"). */
const MODIFIED_NOUN_WORDS = 4;

/**
 * A mention right after "a" or "an" outside quotes ("a CES award", "an Apple laptop"): a name used as a modifier; not
 * one before a word for someone who speaks for it ("a CPS spokesperson said" is the body's voice).
 */
function afterIndefiniteArticle(paragraph: TokenizedParagraph | undefined, m: Mention): boolean {
  const before = paragraph?.tokens[m.first - 1];
  if (before === undefined || before.quote >= 0 || (before.lower !== 'a' && before.lower !== 'an')) return false;
  // "A Harbour Trust report says …": the body speaks through the document it modifies.
  if (speaksThroughIndefiniteDocument(paragraph!, m)) return false;
  for (let k = m.last + 1; k <= m.last + MODIFIED_NOUN_WORDS; k++) {
    const t = paragraph!.tokens[k];
    if (!t?.word || t.cap) break;
    if (SPEAKS_FOR_HEADS.has(t.lower)) return false;
  }
  return true;
}

/** Marks a pronoun resolved by salience (the subject before, not the nearest fitting mention). */
export interface SalienceNote {
  salient?: boolean;
}
