/**
 * The owner of a document that a definite noun refers back to: "The report said …" after "a report by
 * Ofwat", "The filing warned …" after "the company's annual filing", "The proclamation said …" after
 * "President Cole signed a proclamation", "said the statement" after "In a statement, the party said …", "The lawsuit said …" (or "the complaint", "the legal submission": the
 * words for a court filing name one suit) after "Actor Ann Roe is suing Acme". The nearest earlier mention of the same document noun decides:
 * one that names its owner (by an agent, a possessor or the subject of a verb that puts it out) gives it;
 * one that is itself "the NOUN" with no owner is passed over; any other ("a report", "his report") ends
 * the search with no owner, so that a document of one body is never given to another named nearby.
 */
import { afterDescriptor } from '../actors/strip-descriptors.ts';
import { SPEECH_VERBS } from '../actors/load-lexicons.ts';
import type { Mention, Token, TokenizedParagraph } from '../actors/index.ts';
import type { MentionIndex } from './cue-types.ts';
import documentOwnersJson from '../lexicons/document-owners.json' with { type: 'json' };
import calendarWordsJson from '../lexicons/calendar-words.json' with { type: 'json' };
import issuingVerbsJson from '../lexicons/issuing-verbs.json' with { type: 'json' };
import speechVerbsJson from '../lexicons/speech-verbs.json' with { type: 'json' };
import participlesJson from '../lexicons/irregular-participles.json' with { type: 'json' };
import functionWordsJson from '../lexicons/function-words.json' with { type: 'json' };
import { isParticiplePhraseAfterAgent } from './participle-phrase-after-agent.ts';

const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(documentOwnersJson.agentPrepositions);
const BACK_REFERENCES: ReadonlySet<string> = new Set(documentOwnersJson.backReferences);
const INTRODUCERS: ReadonlySet<string> = new Set(documentOwnersJson.introducers);
const OWNER_KINDS: ReadonlySet<string> = new Set(documentOwnersJson.ownerKinds);
const ISSUING_VERBS: ReadonlySet<string> = new Set(issuingVerbsJson.verbs);
const ACTING_FOR: ReadonlySet<string> = new Set(documentOwnersJson.actingFor);
const SAMENESS: ReadonlySet<string> = new Set(documentOwnersJson.sameness);
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(participlesJson.participles);
const GOVERNING_NOUNS: ReadonlySet<string> = new Set(documentOwnersJson.governingNouns);
const NOUN_VERBS: ReadonlyMap<string, string> = new Map(Object.entries(documentOwnersJson.nounVerbs));
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(speechVerbsJson.documents);
const LEGAL_DOCUMENTS: ReadonlySet<string> = new Set(documentOwnersJson.legalDocuments);
const SUING_VERBS: ReadonlySet<string> = new Set(documentOwnersJson.suingVerbs);
const SUING_AUXILIARIES: ReadonlySet<string> = new Set(documentOwnersJson.suingAuxiliaries);
/** Determiners that open a document phrase with no owner of its own ("a statement", "the notice"). */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', ...documentOwnersJson.backReferences]);
/** Possessive pronouns before a document noun, and the subject pronoun of their owner. */
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it']]);
/** An acronym that may qualify a document noun ("RIAA's DMCA notice", "the EU Commission's GDPR ruling"). */
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;
/** How many paragraphs back the document may have been introduced. */
const MAX_PARAGRAPHS_BACK = 6;
/** How many lower-case modifiers may stand between an owner and the noun ("the company's most recent annual filing"). */
const MAX_MODIFIERS = 4;

/**
 * The mention that owns the document named by the noun at `token` of paragraph `position`.
 *
 * @param paragraphs The tokenised paragraphs.
 * @param index Their mentions.
 * @param position The paragraph of the back reference.
 * @param token Its document noun.
 * @returns The owner's mention, or undefined when no earlier mention of the document names one.
 * @example
 * // "Ofwat published a report on Tuesday. ⏎ The report said …"
 * documentOwner(paragraphs, index, 1, 1)?.actor // => 'ofwat'
 */
export function documentOwner(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[], position: number, token: number): Mention | undefined {
  const noun = paragraphs[position]?.tokens[token]?.lower;
  if (noun === undefined) return undefined;
  const issuedAs = NOUN_VERBS.get(noun);
  // "Ann Roe is suing the club. … The lawsuit said …": one suit, whichever word for a court filing names it.
  const legal = LEGAL_DOCUMENTS.has(noun);
  const sameDocument = (word: string): boolean => word === noun || (legal && LEGAL_DOCUMENTS.has(word));
  let k = token - 1;
  for (let p = position; p >= Math.max(0, position - MAX_PARAGRAPHS_BACK); p--, k = Number.POSITIVE_INFINITY) {
    const { tokens } = paragraphs[p]!;
    for (k = Math.min(k, tokens.length - 1); k >= 0; k--) {
      const t = tokens[k]!;
      // "…”, Xinhua reported. ⏎ The same report states …": the subject of the verb that put the document out.
      if (t.lower === issuedAs && t.quote < 0) {
        const issuer = index[p]!.endAt.get(k - 1);
        if (issuer && OWNER_KINDS.has(issuer.kind) && !issuer.inQuote) return issuer;
      }
      // "Actor Ann Roe is suing Acme": the one who sues owns the suit, past an auxiliary before the verb.
      if (legal && SUING_VERBS.has(t.lower) && t.quote < 0) {
        const issuer = index[p]!.endAt.get(k - 1) ?? (SUING_AUXILIARIES.has(tokens[k - 1]?.lower ?? '') ? index[p]!.endAt.get(k - 2) : undefined);
        if (issuer && OWNER_KINDS.has(issuer.kind) && !issuer.inQuote) return issuer;
      }
      if (!sameDocument(t.lower) || t.quote >= 0) continue;
      const owner = ownerAt(tokens, index[p]!, k) ?? agentNamedElsewhere(paragraphs, index, p, k) ?? speakerInDocument(tokens, index[p]!, k) ?? speakerAfterFrontedDocument(paragraphs[p]!, index[p]!, k);
      if (owner) return OWNER_KINDS.has(owner.kind) || isGovernmentOf(tokens, owner) ? owner : undefined;
      if (!BACK_REFERENCES.has(tokens[k - 1]?.lower ?? '') && !isSameness(tokens, k - 1)) return undefined;
    }
  }
  return undefined;
}

/** Words before a document noun after "said in" ("said in a statement", "said in its statement"). */
const IN_DOCUMENT_DETERMINERS: ReadonlySet<string> = new Set(documentOwnersJson.inDocumentDeterminers);

/**
 * "Acme said in a statement": the subject of a speech verb right before "in a/its NOUN" at `noun`, which owns that
 * document, so that a later "The statement said" is Acme's. The subject is a name (or a noun the actor stages
 * read as one, "the club") ending right before the verb, or right before "also"/"later".
 */
function speakerInDocument(tokens: readonly Token[], mentions: MentionIndex, noun: number): Mention | undefined {
  if (!IN_DOCUMENT_DETERMINERS.has(tokens[noun - 1]?.lower ?? '') || tokens[noun - 2]?.lower !== 'in') return undefined;
  const verb = tokens[noun - 3];
  if (!verb?.word || verb.cap || !SPEECH_VERBS.has(verb.lower) || verb.quote >= 0) return undefined;
  const subject = mentions.endAt.get(noun - 4) ?? (SUBJECT_ADVERBS.has(tokens[noun - 4]?.lower ?? '') ? mentions.endAt.get(noun - 5) : undefined);
  return subject && !subject.inQuote ? subject : undefined;
}
/**
 * "In a statement, Acme said …": the subject of the clause that a fronted "In a/its NOUN," opens, when a speech verb
 * follows it (past "also"/"later"), owns that document, so that a later "said the statement" is Acme's. The phrase
 * opens its sentence; the subject is a name (or a noun the actor stages read as one, "the party") right after the comma.
 */
function speakerAfterFrontedDocument(paragraph: TokenizedParagraph, mentions: MentionIndex, noun: number): Mention | undefined {
  const { tokens } = paragraph;
  if (!IN_DOCUMENT_DETERMINERS.has(tokens[noun - 1]?.lower ?? '') || tokens[noun - 2]?.lower !== 'in' || tokens[noun + 1]?.text !== ',') return undefined;
  if (noun - 2 !== (paragraph.sentenceStarts[tokens[noun]!.sentence] ?? 0)) return undefined;
  const subject = mentions.startAt.get(noun + 2) ?? (tokens[noun + 2]?.lower === 'the' ? mentions.startAt.get(noun + 3) : undefined);
  if (!subject || subject.inQuote) return undefined;
  let k = subject.last + 1;
  if (SUBJECT_ADVERBS.has(tokens[k]?.lower ?? '')) k++;
  const verb = tokens[k];
  return verb?.word && !verb.cap && verb.quote < 0 && SPEECH_VERBS.has(verb.lower) ? subject : undefined;
}

/** Adverbs between a subject and its verb ("Acme also said in a statement"). */
const SUBJECT_ADVERBS: ReadonlySet<string> = new Set(documentOwnersJson.subjectAdverbs);

/**
 * "The government of American Samoa": a place named after a noun for its government and "of", which stands
 * for the government.
 *
 * @param tokens The paragraph's tokens.
 * @param place The place's mention.
 * @returns True when the place is named as its government.
 * @example
 * // "The government of Samoa issued a statement" → true for the mention "Samoa"
 */
export function isGovernmentOf(tokens: readonly Token[], place: Mention): boolean {
  return place.kind === 'place' && tokens[place.first - 1]?.lower === 'of' && GOVERNING_NOUNS.has(tokens[place.first - 2]?.lower ?? '');
}

/**
 * The kinds of owner "its" and "their" may stand for through the document named before: an organisation, or a
 * place named as its government. "his" and "her" are left to the pronoun resolution, which knows gender.
 */
const PRONOUN_OWNER_KINDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['it', new Set(['organization', 'place'])], ['they', new Set(['organization', 'place'])],
]);

/**
 * "X issued a statement … Their statement also read": the owner of the document a possessive pronoun's noun
 * refers back to (`documentOwner`), when it fits the pronoun ("its" and "their" an organisation or a place's
 * government).
 *
 * @param paragraphs The tokenised paragraphs.
 * @param index Their mentions.
 * @param position The paragraph of the pronoun.
 * @param noun The document noun after it.
 * @param pronoun The subject pronoun the possessive stands for ("they" for "their").
 * @returns The owner, or undefined when the document named before has none that fits.
 * @example
 * // "Hasbro issued a statement. ⏎ Its statement said …"
 * pronounDocumentOwner(paragraphs, index, 1, 1, 'it')?.actor // => 'hasbro'
 */
export function pronounDocumentOwner(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[], position: number, noun: number, pronoun: string): Mention | undefined {
  const owner = documentOwner(paragraphs, index, position, noun);
  return owner && PRONOUN_OWNER_KINDS.get(pronoun)?.has(owner.kind) ? owner : undefined;
}

/** "the same report": a word of sameness after a back reference, before the noun. */
function isSameness(tokens: readonly Token[], k: number): boolean {
  return SAMENESS.has(tokens[k]?.lower ?? '') && BACK_REFERENCES.has(tokens[k - 1]?.lower ?? '');
}


/**
 * The agent a document phrase names after its noun at `noun`: "a statement from the Harbour Trust",
 * "a decree signed by the Pope", "a report by telecoms giant BT", "a statement released by Erdogan's office" (the owner of an office
 * that puts out its documents speaks). `last` is the agent phrase's last token.
 */
function agentAfter(tokens: readonly Token[], mentions: MentionIndex, noun: number): { mention: Mention; last: number } | undefined {
  let k = noun + 1;
  // "a statement on Monday by", "a tweet late on Tuesday from": a time phrase between the noun and its agent.
  k = pastTimePhrase(tokens, k);
  // "released by", "signed by": a participle of a verb that puts the document out.
  if (ISSUING_VERBS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'by') k++;
  if (!AGENT_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return undefined;
  k++;
  // "a report by UK-based NGO Ofwat", "a statement from the NGO X": the agent after a descriptor.
  const the = tokens[k]?.lower === 'the' ? 1 : 0;
  const named = afterDescriptor(tokens, k + the);
  // "a report by telecoms giant BT": the agent's name after a few lower-case words that describe it.
  const described = named > k + the ? named : pastDescribingWords(tokens, mentions, k + the);
  if (described > k + the) k = described;
  const agent = mentions.startAt.get(k) ?? (tokens[k]?.lower === 'the' ? mentions.startAt.get(k + 1) : undefined);
  if (!agent || agent.first > k + 1) return undefined;
  const last = tokens[agent.last + 1]?.lower === "'s" && ACTING_FOR.has(tokens[agent.last + 2]?.lower ?? '') ? agent.last + 2 : agent.last;
  return { mention: agent, last };
}

/** How many lower-case words may describe an agent before its name ("by telecoms giant BT", "from oil firm Shell"). */
const MAX_DESCRIBING_WORDS = 3;
/** Function words, which join phrases rather than describe a name ("by experts at Acme" names the experts). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(functionWordsJson.nameRun);

/**
 * The first token of the name after one to three lower-case words at `k` that describe it ("telecoms giant BT",
 * "oil firm Shell"), or `k` when none stand there or no name follows them. A function word ("experts at Acme") or a
 * participle ("a group led by Acme") ends the words, which are then no description of the name.
 */
function pastDescribingWords(tokens: readonly Token[], mentions: MentionIndex, k: number): number {
  let m = k;
  const describes = (t: Token | undefined): boolean => t !== undefined && t.word && !t.cap && t.quote < 0 && !FUNCTION_WORDS.has(t.lower) && !/(?:ed|ing)$/.test(t.lower) && !SPEECH_VERBS.has(t.lower);
  while (m < k + MAX_DESCRIBING_WORDS && describes(tokens[m])) m++;
  return m > k && tokens[m]?.cap && mentions.startAt.has(m) ? m : k;
}

/** Days and months ("on Monday", "on 3 May"). */
const CALENDAR: ReadonlySet<string> = new Set(calendarWordsJson.classify);
/** Parts of a day after a day's name ("on Monday night"). */
const DAY_PARTS: ReadonlySet<string> = new Set(documentOwnersJson.dayParts);
/** Words that alone say when ("yesterday", "today"). */
const WHEN_WORDS: ReadonlySet<string> = new Set(documentOwnersJson.whenWords);

/**
 * The token after a time phrase starting at `k` ("on Monday", "late on Tuesday night", "on 3 May", "yesterday"),
 * or `k` when none starts there.
 */
function pastTimePhrase(tokens: readonly Token[], k: number): number {
  if (WHEN_WORDS.has(tokens[k]?.lower ?? '')) return k + 1;
  let m = k;
  if (tokens[m]?.lower === 'late' || tokens[m]?.lower === 'early' || tokens[m]?.lower === 'earlier') m++;
  if (tokens[m]?.lower !== 'on') return k;
  m++;
  if (/^\d{1,2}$/.test(tokens[m]?.text ?? '')) m++;
  if (!CALENDAR.has(tokens[m]?.lower ?? '') || !tokens[m]!.cap) return k;
  m++;
  if (/^\d{1,2}$/.test(tokens[m]?.text ?? '')) m++;
  if (DAY_PARTS.has(tokens[m]?.lower ?? '')) m++;
  return m;
}

/** The owner a document phrase names itself (`documentPhraseAt`). */
export type PhraseOwner =
  /** "RIAA's notice", "a statement released by Erdogan's office": a mention, as possessor or agent. */
  | { type: 'mention'; mention: Mention }
  /** "their statement": the owner a possessive pronoun stands for. */
  | { type: 'pronoun'; pronoun: string; token: number; noun: number }
  /** "the same report": the owner of the document named before (`documentOwner`). */
  | { type: 'back-reference'; noun: number };

/** How many lower-case words may stand between a determiner and the body named as a document's modifier ("a recent WHO report"). */
const MAX_BODY_MODIFIER_OPENERS = 2;
/** How many modifiers may stand between a document phrase's opening and its noun ("RIAA's DMCA take-down notice"). */
const MAX_PHRASE_MODIFIERS = 3;

/**
 * A document phrase that runs from `first` to `last` and names whose document it is: a possessor ("RIAA's
 * DMCA notice", "the bank's latest statement"), a possessive pronoun ("Their statement"), an agent after the
 * noun ("a statement from the Harbour Trust", "The decree signed by Pope Francis", "a statement released by
 * Erdogan's office"), or none but "the"/"the same" before the noun, whose owner is looked for before.
 * The possessor comes before an agent: "RIAA's notice published by GitHub" is RIAA's. `asideAgent` is the agent of
 * a participle set off by commas after the phrase ("The statement, issued by the ministry on Monday, said"), which
 * comes before a back reference.
 *
 * @param tokens The paragraph's tokens.
 * @param mentions Its mentions.
 * @param first The phrase's first token.
 * @param last The token the phrase must end at.
 * @returns The owner, or undefined when the words are not a document phrase ending at `last` or name no owner.
 * @example
 * // "RIAA's DMCA notice alleged …"
 * documentPhraseAt(tokens, mentions, 0, 3) // => { type: 'mention', mention: RIAA }
 */
export function documentPhraseAt(tokens: readonly Token[], mentions: MentionIndex, first: number, last: number, asideAgent?: Mention): PhraseOwner | undefined {
  let k = first;
  let owner: PhraseOwner | undefined;
  const possessor = mentions.startAt.get(k) ?? (tokens[k]?.lower === 'the' ? mentions.startAt.get(k + 1) : undefined);
  if (possessor && tokens[possessor.last + 1]?.lower === "'s") {
    // A possessor named by a name, not by a common noun ("the court's summary") that may stand for another body.
    const named = tokens.slice(possessor.first, possessor.last + 1).some((t) => t.cap && t.lower !== 'the');
    if (!OWNER_KINDS.has(possessor.kind) || !named) return undefined;
    owner = { type: 'mention', mention: possessor };
    k = possessor.last + 2;
  } else if (POSSESSIVE_PRONOUNS.has(tokens[k]?.lower ?? '')) {
    owner = { type: 'pronoun', pronoun: POSSESSIVE_PRONOUNS.get(tokens[k]!.lower)!, token: k, noun: -1 };
    k++;
  } else if (DETERMINERS.has(tokens[k]?.lower ?? '')) {
    k++;
    // "The Kremlin statement", "a WHO statement": a body named as a modifier of the document noun owns it, after
    // up to two lower-case words that say which ("a recent WHO report", "the latest Harbour Institute survey").
    let m = k;
    while (m < k + MAX_BODY_MODIFIER_OPENERS && isModifier(tokens[m]!) && !tokens[m]!.cap && !FUNCTION_WORDS.has(tokens[m]!.lower)) m++;
    const modifier = mentions.startAt.get(m);
    if (modifier && OWNER_KINDS.has(modifier.kind) && DOCUMENT_NOUNS.has(tokens[modifier.last + 1]?.lower ?? '') && tokens.slice(modifier.first, modifier.last + 1).every((t) => t.cap)) {
      owner = { type: 'mention', mention: modifier };
      k = modifier.last + 1;
    }
  } else return undefined;
  const determiner = first;
  if (isSameness(tokens, k)) k++;
  for (let n = 0; n < MAX_PHRASE_MODIFIERS && k < last && isModifier(tokens[k]!) && (!mentions.startAt.has(k) || tokens[k]!.cap); n++) k++;
  const noun = k;
  if (!DOCUMENT_NOUNS.has(tokens[noun]?.lower ?? '') || tokens[noun]!.quote >= 0) return undefined;
  if (owner?.type === 'pronoun') owner.noun = noun;
  if (noun === last) {
    if (owner) return owner;
    if (asideAgent) return { type: 'mention', mention: asideAgent };
    return BACK_REFERENCES.has(tokens[determiner]!.lower) ? { type: 'back-reference', noun } : undefined;
  }
  const agent = agentAfter(tokens, mentions, noun);
  // "a statement from Acme explaining the decision": a participle phrase after the agent keeps it the owner.
  if (!agent || (agent.last !== last && !isParticiplePhraseAfterAgent(tokens, mentions, agent.last + 1, last))) return undefined;
  return owner ?? { type: 'mention', mention: agent.mention };
}

/** How many tokens a participial aside after a document phrase may take ("issued by the Harbour Trust on Monday"). */
const MAX_ASIDE = 12;

/**
 * The participial aside between commas that ends at the comma `close`: "…, issued by the ministry on Monday, said",
 * "…, filed in May, claims". Its opening comma, and the agent after the participle ("by the ministry") when it names one.
 */
export function participialAside(tokens: readonly Token[], mentions: MentionIndex, close: number, from: number): { open: number; agent?: Mention } | undefined {
  if (tokens[close]?.text !== ',') return undefined;
  for (let open = close - 2; open > from && open >= close - MAX_ASIDE; open--) {
    const t = tokens[open]!;
    if (t.quote >= 0 || mentions.endAt.get(open)?.kind === 'person') return undefined;
    if (t.text !== ',') continue;
    const participle = tokens[open + 1]!;
    if (!participle.word || participle.cap || !(ISSUING_VERBS.has(participle.lower) || /ed$/.test(participle.lower) || IRREGULAR_PARTICIPLES.has(participle.lower))) return undefined;
    // "seen by the BBC", "commissioned by the council": only a verb that puts the document out makes its agent the owner.
    if (tokens[open + 2]?.lower !== 'by' || !ISSUING_VERBS.has(participle.lower)) return { open };
    const agent = mentions.startAt.get(open + 3) ?? (tokens[open + 3]?.lower === 'the' ? mentions.startAt.get(open + 4) : undefined);
    return agent && OWNER_KINDS.has(agent.kind) ? { open, agent } : { open };
  }
  return undefined;
}

/**
 * "Haugland's office said": the owner named before an office that speaks for it (`actingFor`), when the
 * owner is named by a name.
 */
export function officeOwner(tokens: readonly Token[], mentions: MentionIndex, office: number): Mention | undefined {
  if (!ACTING_FOR.has(tokens[office]?.lower ?? '') || tokens[office - 1]?.lower !== "'s") return undefined;
  const owner = mentions.endAt.get(office - 2);
  if (!owner || !OWNER_KINDS.has(owner.kind) || owner.inQuote) return undefined;
  return tokens.slice(owner.first, owner.last + 1).some((t) => t.cap && t.lower !== 'the') ? owner : undefined;
}

/** A word that may qualify a document noun: a lower-case word ("take-down", "latest") or an acronym ("DMCA"). */
function isModifier(t: Token): boolean {
  return t.word && t.quote < 0 && !DOCUMENT_NOUNS.has(t.lower) && (!t.cap || ACRONYM.test(t.text));
}

/** How many capitalised words an agent's name may have when it is looked up by its words. */
const MAX_NAME_WORDS = 5;

/**
 * "a report by Ofwat" where the actor stages left this "Ofwat" unmarked: the agent's capitalised words
 * are the whole of a name (or surname) the article marks elsewhere, always for the same actor.
 */
function agentNamedElsewhere(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[], position: number, noun: number): Mention | undefined {
  const { tokens } = paragraphs[position]!;
  if (!AGENT_PREPOSITIONS.has(tokens[noun + 1]?.lower ?? '')) return undefined;
  const words: string[] = [];
  // "a report by UK-based NGO Ofwat": the name after a descriptor.
  for (let k = afterDescriptor(tokens, noun + 2); tokens[k]?.word && tokens[k]!.cap && words.length <= MAX_NAME_WORDS; k++) words.push(tokens[k]!.text);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return undefined;
  const name = words.join(' ');
  let found: Mention | undefined;
  for (let p = 0; p < paragraphs.length; p++) {
    for (const m of index[p]!.list) {
      if ((m.via !== 'name' && m.via !== 'surname') || m.inQuote || !OWNER_KINDS.has(m.kind)) continue;
      const surface = paragraphs[p]!.tokens.slice(m.first, m.last + 1).map((t) => t.text).join(' ');
      if (surface !== name) continue;
      // The same words for two actors ("Smith" for two Smiths): nobody can be told.
      if (found && found.actor !== m.actor) return undefined;
      found ??= m;
    }
  }
  return found;
}

/** The owner the mention of a document at `noun` names: its agent, its possessor, or the subject of the verb that put it out. */
function ownerAt(tokens: readonly Token[], mentions: MentionIndex, noun: number): Mention | undefined {
  // "a report by Ofwat", "a statement from the Harbour Trust", "a statement released by Erdogan's office"
  const agent = agentAfter(tokens, mentions, noun);
  if (agent) return agent.mention;
  let k = noun - 1;
  for (let n = 0; n < MAX_MODIFIERS && tokens[k]?.word && !tokens[k]!.cap && tokens[k]!.lower !== "'s" && !INTRODUCERS.has(tokens[k]!.lower) && !ISSUING_VERBS.has(tokens[k]!.lower); n++) k--;
  // "the company's annual filing"
  if (tokens[k]?.lower === "'s") return mentions.endAt.get(k - 1);
  // "Cole signed a proclamation", "Ofwat published its report"
  if (INTRODUCERS.has(tokens[k]?.lower ?? '') && ISSUING_VERBS.has(tokens[k - 1]?.lower ?? '')) return mentions.endAt.get(k - 2);
  return undefined;
}
