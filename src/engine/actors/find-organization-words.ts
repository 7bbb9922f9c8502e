/**
 * Before mentions are resolved: the names an article shows to be organisations anywhere in it
 * ("a Woolworths spokesperson", "chief operating officer of Sony", "store chains Woolworths and Coles"),
 * so that the same word is an organisation wherever it stands ("Woolworths said"), never a person.
 */
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import type { NameCandidate } from './03-classify-name-runs.ts';
import { CLIENT_ROLES, COMMON_WORDS, INTRODUCING_NOUNS, ORG_BACK_REFERENCES, PART_OF_NOUNS, SPEAKS_FOR_HEADS, SPEECH_VERBS, STAFF_NOUNS, TITLE_HEAD_WORDS } from './load-lexicons.ts';
import prepositionsJson from '../lexicons/prepositions.json' with { type: 'json' };
import determinersJson from '../lexicons/determiners.json' with { type: 'json' };
import functionWordsJson from '../lexicons/function-words.json' with { type: 'json' };
import verbFormsJson from '../lexicons/verb-forms.json' with { type: 'json' };
import betweenSubjectAndVerbJson from '../lexicons/between-subject-and-verb.json' with { type: 'json' };
import roleWordsJson from '../lexicons/role-words.json' with { type: 'json' };
import { foldText } from '../text/fold-text.ts';
import { takesPluralVerb } from './plural-verb-names.ts';

/** "best supporting actress for Cate Blanchett": words that open an award's category, whose noun is no post at a body. */
const AWARD_CATEGORY_OPENERS: ReadonlySet<string> = new Set(roleWordsJson.awardCategoryOpeners);

const OF_WORDS: ReadonlySet<string> = new Set(prepositionsJson.roleOf);
/** "A Brandel spokesman": a capital determiner opening the sentence is no part of the name. */
const DETERMINERS: ReadonlySet<string> = new Set(determinersJson.articles);

/**
 * Folded names of several words, read as people's names by their shape, that the article shows to be organisations
 * by the same signs as {@link findOrganizationWords} ("Allied Domecq shares", "energy drink company, Red Bull,",
 * "Dimension Data, a consultancy,"), or by a hyphenated word of ownership before them ("state-owned Saudi Aramco").
 * A name with a title, an honorific or a role is a person's.
 *
 * @param candidates Per paragraph, the paragraph and its classified names.
 * @example
 * // "Shares in Harlan Dorey rose. Harlan Dorey shares fell." → Set { 'harlan dorey' }
 */
export function findOrganizationNames(candidates: readonly { paragraph: TokenizedParagraph; names: readonly NameCandidate[] }[]): Set<string> {
  const found = new Set<string>();
  for (const { paragraph, names } of candidates) {
    const { tokens } = paragraph;
    for (const c of names) {
      if (c.kind !== 'person' || c.titled || c.roles.length > 0 || c.inQuote || c.first === c.last) continue;
      const before = tokens[c.first - 1];
      const introduced = before !== undefined && before.word && !before.cap && (INTRODUCING_NOUNS.has(before.lower) || OWNED.test(before.lower));
      if (introduced || staffAfter(tokens, c.last) || ofBefore(tokens, c.first, c.last) || appositiveAfter(tokens, c.last) || appositiveBefore(tokens, c.first)) found.add(foldText(c.surface));
    }
  }
  return found;
}

/** "state-owned", "publicly-listed", "government-funded": what only an organisation is. */
const OWNED = /-(?:owned|listed|funded)$/;
/** "Anne Maguire and members of her family": words that link the name to another phrase. */
const LINKING_WORDS: ReadonlySet<string> = new Set(functionWordsJson.linking);
/** Words that open a verb's object ("shares his views", "staff the desk"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(determinersJson.openingAnObject);

/**
 * Folded one-word names that the article shows to be organisations: a single capitalised word right before
 * one of an organisation's people or belongings ("Intel researchers", "Sony's profits"; one lower-case word may
 * come between: "a Microsoft security spokesman"), after a title or such a noun and "of", "at" or "for" ("an
 * analyst at Gartner"), in apposition to a kind of organisation ("Technorati, a blog search engine,", "a drugs
 * charity, Addaction,"), or after a noun that introduces an organisation ("retailer Boots"; a plural one
 * introduces each name of its list: "store chains Woolworths and Coles"); and a word that is also a common word
 * ("Facebook") that is the subject of a speech verb, when the article never writes it in lower case and capitalises
 * it inside a sentence.
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @example
 * findOrganizationWords([tokenizeText(0, 'A Harlan spokesperson said so.', [])]) // => Set { 'harlan' }
 */
export function findOrganizationWords(paragraphs: readonly TokenizedParagraph[]): Set<string> {
  const found = new Set<string>();
  const commonSpeakers = new Set<string>();
  for (const { tokens } of paragraphs) {
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      // Cheap exact tests first: a capitalised word on its own, then the lexicons.
      if (!t.cap || !isSingleName(tokens, k)) continue;
      // A common word ("Western officials") needs the stronger sign of speaking.
      if (COMMON_WORDS.has(t.lower)) {
        if (!PLURAL.test(t.lower) && speechSubject(tokens, k)) commonSpeakers.add(t.lower);
        // "Falling sales", "Aviation analyst NAME": a sentence's first word may be capitalised only for that.
      } else if ((staffAfter(tokens, k) && !startsSentence(tokens, k)) || ofBefore(tokens, k) || appositiveAfter(tokens, k) || appositiveBefore(tokens, k) || takesPluralVerb(tokens, k)) found.add(t.lower);
    }
    for (let k = 0; k + 1 < tokens.length; k++) {
      const noun = tokens[k]!;
      if (noun.cap || !noun.word || !INTRODUCING_NOUNS.has(noun.lower) || !isSingleName(tokens, k + 1)) continue;
      found.add(tokens[k + 1]!.lower);
      if (!noun.lower.endsWith('s')) continue;
      // "chains Woolworths, Coles and Aldi"
      for (let m = k + 2; m + 1 < tokens.length && (tokens[m]!.text === ',' || tokens[m]!.lower === 'and') && isSingleName(tokens, m + 1); m += 2) found.add(tokens[m + 1]!.lower);
    }
  }
  if (commonSpeakers.size > 0) for (const word of writtenAsNames(paragraphs, commonSpeakers)) found.add(word);
  return found;
}

/**
 * "Facebook further claimed": of the common words that speak ("facebook", "twitter"), those the article never writes
 * in lower case and capitalises inside a sentence somewhere ("against Facebook"), as "He" or "But" never is.
 */
function writtenAsNames(paragraphs: readonly TokenizedParagraph[], words: ReadonlySet<string>): string[] {
  const lowerCase = new Set<string>();
  const inside = new Set<string>();
  for (const { tokens } of paragraphs) {
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (!t.word || !words.has(t.lower)) continue;
      if (!t.cap) lowerCase.add(t.lower);
      else if (t.quote < 0 && !startsSentence(tokens, k) && !CLAUSE_OPENERS.has(tokens[k - 1]?.text ?? '')) inside.add(t.lower);
    }
  }
  return [...words].filter((w) => !lowerCase.has(w) && inside.has(w));
}

const CLAUSE_OPENERS = new Set([':', '“', '”', '"', '‘', '’', "'", '(', '—', '–', '-']);
const PLURAL = /[^s]s$/;
const FINITE_SPEECH: ReadonlySet<string> = new Set(verbFormsJson.finiteSpeech);
const SUBJECT_ADVERBS: ReadonlySet<string> = new Set(betweenSubjectAndVerbJson.organizationSubject);

/** The word is followed by a speech verb ("Facebook said", "Twitter has also said"). */
function speechSubject(tokens: readonly Token[], k: number): boolean {
  // "on Monday said": after a preposition the word is no subject.
  const before = tokens[k - 1];
  if (before?.word && !before.cap) return false;
  let m = k + 1;
  while (tokens[m] && SUBJECT_ADVERBS.has(tokens[m]!.lower)) m++;
  const verb = tokens[m];
  // A past form or "says": "remarks", "comments" and "claims" are nouns as often as verbs ("the Western remarks").
  return verb !== undefined && verb.word && !verb.cap && SPEECH_VERBS.has(verb.lower) && (verb.lower.endsWith('ed') || FINITE_SPEECH.has(verb.lower));
}

/** A capitalised word with no capitalised word on either side (but a determiner before), outside quotations. */
function isSingleName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !t.word || !t.cap || t.quote >= 0 || !/\p{Ll}/u.test(t.text)) return false;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return !(before?.word && before.cap && !DETERMINERS.has(before.lower)) && !(after?.word && after.cap);
}

/** Nouns for a kind of organisation that head an appositive ("Technorati, a blog search engine,", "a drugs charity, Addaction,"). */
const KIND_NOUNS = new Set([...INTRODUCING_NOUNS, ...ORG_BACK_REFERENCES, 'engine', 'organization', 'organisation', 'body', 'site', 'agency', 'bookmaker']);
/** Words after which a kind noun ends its phrase. */
const PHRASE_ENDS: ReadonlySet<string> = new Set(functionWordsJson.endingAKindPhrase);
const DETERMINERS_OF_KIND: ReadonlySet<string> = new Set(determinersJson.articles);
const PREPOSITIONS: ReadonlySet<string> = new Set(prepositionsJson.afterAKindNoun);

/** "Technorati, a blog search engine, tracks …", "CompTIA, an umbrella organization for …": an appositive headed by a kind of organisation. */
function appositiveAfter(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.text !== ',' || !DETERMINERS_OF_KIND.has(tokens[k + 2]?.lower ?? '')) return false;
  for (let m = k + 3; m <= k + 7 && m < tokens.length; m++) {
    const t = tokens[m]!;
    if (!t.word || TITLE_HEAD_WORDS.has(t.lower) || PHRASE_ENDS.has(t.lower)) return false;
    const next = tokens[m + 1];
    // "NAME, the authority's chief executive": a kind noun that owns something is not the head.
    if (!t.cap && KIND_NOUNS.has(t.lower) && next?.lower !== "'s" && (next === undefined || !next.word || PHRASE_ENDS.has(next.lower))) return true;
  }
  return false;
}

/** "a drugs charity, Addaction, which …", "One news site, Znak.com,": the name in apposition after a kind of organisation. */
function appositiveBefore(tokens: readonly Token[], k: number): boolean {
  const noun = tokens[k - 2];
  if (tokens[k - 1]?.text !== ',' || !noun || !noun.word || noun.cap || !KIND_NOUNS.has(noun.lower)) return false;
  // "a member of the committee, Smith": the noun phrase belongs to no person noun before it.
  for (let m = k - 3; m >= k - 6 && m >= 0; m--) {
    const t = tokens[m]!;
    if (DETERMINERS_OF_KIND.has(t.lower) || t.lower === 'one') return !(PREPOSITIONS.has(tokens[m - 1]?.lower ?? '') && isPersonNoun(tokens[m - 2]));
    // "a deal with energy drink company, Red Bull,": a bare noun phrase after a preposition.
    if (PREPOSITIONS.has(t.lower)) return m < k - 3 && !isPersonNoun(tokens[m - 1]);
    if (!t.word || TITLE_HEAD_WORDS.has(t.lower)) return false;
  }
  return false;
}

/** "member", "head", "chairman": a noun for a person, whose "of the committee" names what the person belongs to. */
function isPersonNoun(token: Token | undefined): boolean {
  return token !== undefined && token.word && (TITLE_HEAD_WORDS.has(token.lower) || PART_OF_NOUNS.has(token.lower) || token.lower === 'member');
}

function startsSentence(tokens: readonly Token[], k: number): boolean {
  for (let m = k - 1; m >= 0; m--) {
    if (tokens[m]!.sentence !== tokens[k]!.sentence) return true;
    if (tokens[m]!.word) return false;
  }
  return true;
}

function staffAfter(tokens: readonly Token[], k: number): boolean {
  let m = k + 1;
  if (tokens[m]?.lower === "'s") m++;
  for (let gap = 0; gap <= 1; gap++, m++) {
    const t = tokens[m];
    if (!t || !t.word || t.cap) return false;
    // "John Smith shares his views": a noun that is also a verb, with its object after it.
    if (STAFF_NOUNS.has(t.lower)) return !OBJECT_OPENERS.has(tokens[m + 1]?.lower ?? '');
    // "Harriet Harman told researchers": the word between is a modifier ("security"), never a verb.
    if (SPEECH_VERBS.has(t.lower) || t.lower.endsWith('ed') || OBJECT_OPENERS.has(t.lower) || LINKING_WORDS.has(t.lower)) return false;
  }
  return false;
}

function ofBefore(tokens: readonly Token[], k: number, last = k): boolean {
  const of = tokens[k - 1];
  const noun = tokens[k - 2];
  // "a spokesperson from Icstis": "from" after a word for who speaks for a body names the body, as "for" does.
  if (of?.text === 'from' && noun?.word && !noun.cap && noun.lower.startsWith('spokes') && SPEAKS_FOR_HEADS.has(noun.lower)) return true;
  if (of === undefined || !OF_WORDS.has(of.text) || noun === undefined || !noun.word || noun.cap || !(STAFF_NOUNS.has(noun.lower) || TITLE_HEAD_WORDS.has(noun.lower))) return false;
  // "a lawyer for Amy Hart": the object of a client role is as often a person as a firm.
  if (CLIENT_ROLES.has(noun.lower)) return false;
  // "best actor for Ivo Kerr", "best supporting actress for Dana Price": an award's category names its winner.
  if (AWARD_CATEGORY_OPENERS.has(tokens[k - 3]?.lower ?? '') || AWARD_CATEGORY_OPENERS.has(tokens[k - 4]?.lower ?? '')) return false;
  // "founder of Jewish human rights group …": a word that goes on with lower-case words describes them.
  const after = tokens[last + 1];
  return after === undefined || !after.word || AFTER_NAME.has(after.lower) || SPEECH_VERBS.has(after.lower);
}

/** Words that may follow a name that ends its phrase ("an analyst at Gartner and …", "officer of Sony, said"). */
const AFTER_NAME: ReadonlySet<string> = new Set(functionWordsJson.afterAName);
