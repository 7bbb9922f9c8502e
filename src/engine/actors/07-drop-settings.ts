/**
 * Stage 7 of actors: drop places that are only the setting of the story ("the race in Finland",
 * "Ethiopia's Tirunesh Dibaba", "Northern Ireland man James McIlroy"), not actors in it ("Finland said", "support for Ukraine").
 */
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import { type Mention, type ResolvedActors, withoutActors } from './06-resolve-mentions.ts';
import { inSeat } from './seat-after-holder.ts';
import { ADMINISTRATIVE_NOUNS, COUNTRY_NAMES, NOT_PLAIN_NOUNS, SPEECH_VERBS, CURRENCY_SIGNS, LOCATIVE_PREPOSITIONS, MOTION_VERBS, LOWER_CASE_BODIES, ORG_BACK_REFERENCES, ORG_HEADS, PERSON_NOUNS_AFTER_PLACE, PLACE_PREPOSITIONS, PLACE_QUALIFIED_NOUNS, QUALIFIED_NOUNS, TITLE_HEAD_WORDS, US_STATES, POSSESSIVE_MARKS } from './load-lexicons.ts';
import prepositionsJson from '../lexicons/prepositions.json' with { type: 'json' };
import roleWordsJson from '../lexicons/role-words.json' with { type: 'json' };

/**
 * Removes every place whose mentions all put it as a setting: after a locative preposition ("in", "at",
 * "from"), after "of" and a word that names no body ("First Minister of Scotland"), in brackets ("Margaret
 * Atwood (Canada)"), as the last part of an address ("Winchester, Hampshire, England"), as the possessor of
 * a name ("Sweden's Carolina Kluft", where the country is a nationality) or of a plain thing ("Britain's economic
 * future", "Australia's youngest store manager"), or right before a noun it only qualifies
 * ("US citizens", "UK voters", "Maidan Wardak province", "US dollars").
 * A place named once in any other way ("Sweden has joined", "troops to Ukraine") stays. A "person" whose
 * full name (or surname led by a particle: "in La Liga") only ever follows "in", "near" or "across" ("in Tel Aviv") or comes before "province", "county" … is a place
 * too, and goes.
 *
 * @param paragraphs The tokenised paragraphs the mentions point into.
 * @param resolved The actors and mentions of stage 6.
 * @returns The same actors and mentions without the settings.
 * @example
 * // "He won in Finland." → Finland is dropped; "Finland said no." → Finland stays.
 */
export function dropSettings(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const acting = new Set<string>();
  const places = new Set<string>();
  for (const m of resolved.mentions) {
    const paragraph = byIndex.get(m.paragraph);
    if (m.kind === 'place') {
      places.add(m.actor);
      if (!paragraph || !isSetting(paragraph, m)) acting.add(m.actor);
    } else if (m.kind === 'person') {
      // "tests in Tel Aviv, Chicago and Athens": a name of several words met only after "in" is a place read as a person.
      places.add(m.actor);
      // "Afghanistan's Maidan Wardak province": so is one met right before a noun for a division of a country.
      // "a win over Maroochydore at Cotton Tree, Australia": so is one after "at" with its country after a comma.
      // "in Saqqara and Tuna el-Gebel": so is one listed after a place that follows "in".
      // "Tony Banks, Labour MP for West Ham": one met only right after "MP for" is a constituency, of one word or more.
      if (paragraph && (m.via === 'name' || m.via === 'surname') && isSeat(paragraph.tokens, m)) continue;
      // "on the bench in La Liga": a surname with its particle ("La", "Le", "El") is read like a full name ("Le Pen said" stays).
      // "visit Pine Columbia, where a factory is opening": a name that a relative "where" follows is a place.
      if (!paragraph || !(m.via === 'name' || m.via === 'surname') || m.first === m.last || !readsAsPlace(paragraph.tokens, m)) acting.add(m.actor);
    }
  }
  const dropped = new Set([...places].filter((id) => !acting.has(id)));
  if (dropped.size === 0) return resolved;
  return withoutActors(resolved, dropped);
}

/**
 * The mention of a name read as a person's stands where only a place does: right after "in", "near", "across" …
 * ("tests in Tel Aviv"), last in a list such a preposition opens ("in Saqqara and Tuna el-Gebel"), right before a noun
 * for a division of a country ("Maidan Wardak province"), after "at" with its country after a comma ("at Cotton Tree,
 * Australia"), before a comma and "where" ("Pine Columbia, where …"), or first in an address that ends at its state or
 * country ("Marlow Falls, Vermont —").
 *
 * @param tokens The tokens of the mention's paragraph.
 * @param m The mention.
 * @example
 * readsAsPlace(tokensOf('tests in Tel Aviv'), { first: 2, last: 3, … }) // => true
 * readsAsPlace(tokensOf('Tel Aviv said'), { first: 0, last: 1, … }) // => false
 */
export function readsAsPlace(tokens: readonly Token[], m: Mention): boolean {
  return PLACE_PREPOSITIONS.has(tokens[m.first - 1]?.lower ?? '') || listedAfterPlaceIn(tokens, m) || isAdministrativeNoun(tokens[m.last + 1]) || isAtAddress(tokens, m) || isWhereClauseHead(tokens, m) || isFirstOfAddress(tokens, m);
}

/**
 * The index of the word before the list a mention ends ("in Australia and New Zealand", "in Peru, Chile or Bolivia"): a
 * later item of a list of names joined by commas, "and" or "or" reads the word before the list's first item; any other
 * mention reads the word right before it.
 */
function beforeList(tokens: readonly Token[], first: number, last: number): number {
  const joiner = tokens[first - 1];
  if (joiner?.lower !== 'and' && joiner?.lower !== 'or' && joiner?.text !== ',') return first - 1;
  const sentence = tokens[first]!.sentence;
  let k = first - 1;
  for (let n = 0; k >= 0 && n < 12 && tokens[k]!.sentence === sentence; n++, k--) {
    const t = tokens[k]!;
    if ((t.word && t.cap) || t.text === ',' || t.lower === 'and' || t.lower === 'or' || t.lower === 'the') continue;
    break;
  }
  const opening = tokens[k + 1];
  if (opening === undefined || !opening.word || !(opening.cap || opening.lower === 'the')) return first - 1;
  // "In Brussels, France and Germany agreed": a list that a verb follows is a subject, not a setting. "in the USA,
  // Peru and Chile.": what follows is read after the list's last item.
  const after = tokens[afterList(tokens, last)];
  return after === undefined || (!after.word && after.lower !== "'s") || ADDRESS_FOLLOWERS.has(after.lower) ? k : first - 1;
}

/**
 * The index of the first token after the list of names whose item ends at `last` ("Peru and Chile ."): the
 * list goes on through commas, "the" and names, and ends with the name after its "and" or "or". Without such an end
 * ("the Executive and Judicial Branches, Ms. Vale has") the token right after the mention.
 */
function afterList(tokens: readonly Token[], last: number): number {
  const sentence = tokens[last]!.sentence;
  let end = -1;
  let joined = false;
  for (let k = last + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (t.word && t.cap) {
      if (joined) end = k;
    } else if (t.lower === 'and' || t.lower === 'or') {
      if (joined) break;
      joined = true;
    } else if (t.text !== ',' && t.lower !== 'the') break;
  }
  return end < 0 ? last + 1 : end + 1;
}

/** "in Saqqara and Tuna el-Gebel": the mention follows "and"/"or" ending a list of names that a locative preposition opens. */
function listedAfterPlaceIn(tokens: readonly Token[], m: Mention): boolean {
  const joiner = tokens[m.first - 1]?.lower;
  if (joiner !== 'and' && joiner !== 'or') return false;
  const k = beforeList(tokens, m.first, m.last);
  return k !== m.first - 1 && PLACE_PREPOSITIONS.has(tokens[tokens[k]?.lower === 'the' ? k - 1 : k]?.lower ?? '');
}

/** "at Cotton Tree, Australia": the mention follows "at" and a comma and a country's name follow it. */
function isAtAddress(tokens: readonly Token[], m: Mention): boolean {
  if (tokens[m.first - 1]?.lower !== 'at' || tokens[m.last + 1]?.text !== ',') return false;
  const one = tokens[m.last + 2];
  const two = tokens[m.last + 3];
  return one !== undefined && (COUNTRY_NAMES.has(one.text) || (two !== undefined && COUNTRY_NAMES.has(`${one.text} ${two.text}`)));
}

/** A country's or a US state's name of one or two words, as written. */
function isRegionName(name: string): boolean {
  return US_STATES.has(name) || COUNTRY_NAMES.has(name);
}

/**
 * "crashed in Marlow Falls, Vermont.", "Pine Ridge, Ohio — The senator said": the mention is the first part of an
 * address, a town whose state or country follows after a comma, and the sentence goes on with punctuation or a
 * preposition. A person is not written with a state after a comma except in a list ("Ann Lee, Georgia Hale and"), where
 * a name or "and" follows; "Rep. Kay Vale, Texas, said" goes on after a comma and "Ann Roe, Puerto Rico's governor,"
 * with an owned noun, and neither is an address.
 */
function isFirstOfAddress(tokens: readonly Token[], m: Mention): boolean {
  if (tokens[m.last + 1]?.text !== ',') return false;
  const one = tokens[m.last + 2];
  const two = tokens[m.last + 3];
  if (one === undefined || !one.word || !one.cap) return false;
  if (two !== undefined && two.word && two.cap) return isRegionName(`${one.text} ${two.text}`) && endsBareAddress(tokens[m.last + 4]);
  return isRegionName(one.text) && endsBareAddress(two);
}

/** "Ann Roe, Puerto Rico's governor, said": a region that owns what follows opens an apposition, not the end of an address. */
function endsBareAddress(token: Token | undefined): boolean {
  return endsAddress(token) && !POSSESSIVE_MARKS.has(token?.lower ?? '');
}

/** "Pine Columbia, where …": a comma and the relative "where" follow the mention. */
function isWhereClauseHead(tokens: readonly Token[], m: Mention): boolean {
  return tokens[m.last + 1]?.text === ',' && tokens[m.last + 2]?.lower === 'where';
}

/** A lower-case noun for a division of a country ("province", "county"). */
function isAdministrativeNoun(token: Token | undefined): boolean {
  return token !== undefined && token.word && !token.cap && ADMINISTRATIVE_NOUNS.has(token.lower);
}

/**
 * A word before "of" that makes the place after it a setting: a lower-case noun ("parts of", "chief executive of")
 * or a title ("First Minister of"), but no noun for a body ("the government of Egypt", "the Parliament of the United Kingdom").
 */
function isSettingNoun(token: Token | undefined): boolean {
  if (token === undefined || !token.word) return false;
  if (ORG_HEADS.has(token.lower) || LOWER_CASE_BODIES.has(token.lower) || ORG_BACK_REFERENCES.has(token.lower)) return false;
  return !token.cap || TITLE_HEAD_WORDS.has(token.lower);
}

/** After the last place of an address: the sentence goes on with punctuation or a preposition, not a verb. */
function endsAddress(token: Token | undefined): boolean {
  // A comma goes on with a list ("Poland, Germany, Sweden … were quick to"), not an address.
  return token === undefined || (!token.word && token.text !== ',') || ADDRESS_FOLLOWERS.has(token.lower);
}

const ADDRESS_FOLLOWERS: ReadonlySet<string> = new Set(prepositionsJson.afterAnAddress);
/** Prepositions that put a place as where or what something is about ("over"). */
const SETTING_OR_TOPIC: ReadonlySet<string> = new Set(prepositionsJson.settingOrTopic);

/** A name in the seat after a word for a seat holder and "for" ("Labour MP for West Ham", "the member for Bolton", "the MP for Sittingbourne and Sheppey"): a constituency. */
function isSeat(tokens: readonly Token[], m: Mention): boolean {
  return inSeat(tokens, m.first, m.last);
}

function isSetting(paragraph: TokenizedParagraph, m: Mention): boolean {
  const { tokens } = paragraph;
  let k = m.first - 1;
  if (tokens[k]?.lower === 'the') k--; // "in the Philippines"
  if (tokens[k] && LOCATIVE_PREPOSITIONS.has(tokens[k]!.lower)) return true;
  // "in Australia and New Zealand": a later item of a list opened by a locative preposition is a setting too. Only
  // there: "the navies of China, India and Russia" names the countries whose navies act.
  let opener = beforeList(tokens, m.first, m.last);
  if (tokens[opener]?.lower === 'the') opener--;
  if (opener !== k && tokens[opener] && LOCATIVE_PREPOSITIONS.has(tokens[opener]!.lower)) return true;
  // "formed over the Bahamas", "concerns over Iraq": where or what something is about.
  if (tokens[k] && SETTING_OR_TOPIC.has(tokens[k]!.lower)) return true;
  // "officers traveled to Canada", "a trip to Peru": a destination ("talks to Canada" keeps it).
  if (tokens[k]?.lower === 'to' && MOTION_VERBS.has(tokens[k - 1]?.lower ?? '')) return true;
  // "MP for Sheffield Hallam": a constituency.
  if (isSeat(tokens, m)) return true;
  // "US$50 billion": the place only qualifies the money.
  if (CURRENCY_SIGNS.has(tokens[m.last + 1]?.text ?? '')) return true;
  // "First Minister of Scotland", "parts of Great Britain": a place after "of" and a word that is no body ("the government of Egypt" acts).
  // After a person's name ("Ulf Kristersson of Sweden") the place is the person's country, which the article may make act.
  if (tokens[k]?.lower === 'of' && tokens[m.last + 1]?.lower !== "'s" && isSettingNoun(tokens[k - 1])) return true;
  // "Margaret Atwood (Canada)": a place in brackets says where someone is from.
  if (tokens[m.first - 1]?.text === '(' && tokens[m.last + 1]?.text === ')') return true;
  // "Winchester, Hampshire, England at about 8am": the last place of an address.
  if (tokens[m.first - 1]?.text === ',' && tokens[m.first - 2]?.cap === true && endsAddress(tokens[m.last + 1])) return true;
  // "Ethiopia's Tirunesh Dibaba": a country before a person's name is a nationality.
  if (tokens[m.last + 1]?.lower === "'s" && tokens[m.last + 2]?.cap === true && tokens[m.last + 3]?.cap === true) return true;
  if (tokens[m.last + 1]?.lower === "'s" || tokens[m.last + 1]?.lower === '’s') {
    const owned = tokens[m.last + 2];
    // "Velmar's asylum system", "Velmar's youngest store manager": a country owning a plain thing only qualifies it, as "a Velmar tycoon" does.
    return owned !== undefined && owned.word && !owned.cap && isPlainNoun(owned, tokens[m.last + 3]);
  }
  // "Northern Ireland man James McIlroy": a place before "man"/"woman" and a name says where the person is from.
  const noun = tokens[m.last + 1];
  if (noun === undefined || !noun.word || noun.cap) return false;
  // "US citizens", "older UK voters", "Maidan Wardak province", "five million US dollars": the place only qualifies the noun.
  if (PLACE_QUALIFIED_NOUNS.has(noun.lower) || QUALIFIED_NOUNS.has(noun.lower) || ADMINISTRATIVE_NOUNS.has(noun.lower)) return true;
  if (PERSON_NOUNS_AFTER_PLACE.has(noun.lower)) return tokens[m.last + 2]?.cap === true;
  // "a US tycoon", "a UK auction", "the Iraq war": any other plain noun the place stands before only qualifies it.
  return isPlainNoun(noun, tokens[m.last + 2]);
}

/** Nouns of a team around someone ("campaign", "administration"): the place before one is a party that acts. */
const TEAM_NOUNS: ReadonlySet<string> = new Set(roleWordsJson.teamNouns);

/**
 * A lower-case word that can only be a noun or an adjective before one: not a verb ("Norway won", "Russia suffers",
 * "Iran denied", "Britain must"), an adverb or a function word ("China also", "Spain and"), and no noun for a body,
 * a post or a team around someone ("US officials", "UK government", "the US administration"), which make the place act.
 * A word followed by a name or a determiner is read as a verb ("England play Italy", "Wales face the"): a noun seldom is,
 * unless it is a hyphenated compound ("UK think-tank Brightline").
 */
function isPlainNoun(noun: Token, after: Token | undefined): boolean {
  const w = noun.lower;
  if (!/^[a-z][a-z-]*$/.test(w) || /(s|ed|ing|ly)$/.test(w)) return false;
  if (NOT_PLAIN_NOUNS.has(w) || SPEECH_VERBS.has(w)) return false;
  if (ORG_HEADS.has(w) || LOWER_CASE_BODIES.has(w) || ORG_BACK_REFERENCES.has(w) || TITLE_HEAD_WORDS.has(w) || TEAM_NOUNS.has(w)) return false;
  // "UK think-tank Brightline": a hyphenated compound is a noun even before a name (a verb seldom is one).
  return after === undefined || !after.word || w.includes('-') || !(after.cap || DETERMINERS.has(after.lower));
}

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those', 'him', 'them', 'it', 'us']);
