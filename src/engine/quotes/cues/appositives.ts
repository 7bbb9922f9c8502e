/**
 * The person of an appositive before a speech verb: "NAME, a Kremlin spokesman, said", "France's foreign
 * minister, NAME, said", "NAME of ORG said", "NAME, 67, …", "NAME in Leeds said".
 */
import type { Mention, Token } from '../../actors/index.ts';
import { COUNTRY_DEMONYMS, COUNTRY_NAMES, POST_NOMINALS, SPEECH_VERBS, TITLE_HEAD_WORDS, TITLE_MODIFIERS } from '../../actors/load-lexicons.ts';
import { clauseStart } from '../resolve-subject.ts';
import type { Subject } from '../cue-types.ts';
import betweenSubjectAndVerbJson from '../../lexicons/between-subject-and-verb.json' with { type: 'json' };
import prepositionsJson from '../../lexicons/prepositions.json' with { type: 'json' };
import type { Context } from './cue-context.ts';
import { IRREGULAR_PARTICIPLES } from './passive-voice.ts';
import { opensClauseAfterTitles } from './one-sided-affiliation.ts';
import { isPartOf, speakingMention } from './token-tests.ts';
import { ARTICLES, OWNER_PREPOSITIONS, PREPOSITIONS_BEFORE_OBJECT, PREPOSITIONS_OF_AFFILIATION, RELATIVE_WORDS } from './word-sets.ts';

/**
 * "Mark Roe, a marine ecologist at Acme, who …": the person named right before an appositive that ends at `comma`
 * and opens with an article or a lower-case word (a description, not a second name of a list), with no quote,
 * verb-like clause break or other comma inside it.
 *
 * @example
 * // Mark Roe, a marine ecologist at Acme, who …
 * personBeforeAppositive(context, 9, 0) // => the mention of Mark Roe
 */
export function personBeforeAppositive(context: Context, comma: number, from: number): Mention | undefined {
  const { tokens } = context.paragraph;
  for (let k = comma - 1; k >= Math.max(from, comma - 18); k--) {
    const t = tokens[k]!;
    if (t.quote >= 0 || t.text === ';' || t.text === ':' || RELATIVE_WORDS.has(t.lower) || t.lower === 'who') return undefined;
    if (t.text !== ',') continue;
    const inner = tokens[k + 1];
    const person = context.mentions.endAt.get(k - 1);
    // "Tobias Lee, Sotheby's head of art, who …": a capitalised affiliation opening a role describes the person too.
    // "The show, hosted by NAME and NAME, who …": a participle opens no appositive.
    // ("NAME, managing director of ORG, who …": a title's modifier in -ing or -ed is no participle.)
    const participle = !inner?.cap && !TITLE_MODIFIERS.has(inner?.lower ?? '') && (/(?:ed|ing)$/.test(inner?.lower ?? '') || IRREGULAR_PARTICIPLES.has(inner?.lower ?? ''));
    if (!inner || participle || !(ARTICLES.has(inner.lower) || !inner.cap || isCapitalisedRole(context, k + 1, comma - 1)) || !person || person.kind !== 'person' || isPartOf(context, person)) return undefined;
    return person;
  }
  return undefined;
}

/**
 * "Jan Ellis, 67, who …": the person named before ", AGE" when `age` is the token of the age.
 *
 * @example
 * // Jan Ellis, 67, who …
 * personBeforeAge(context, 3) // => the mention of Jan Ellis
 */
export function personBeforeAge(context: Context, age: number): Mention | undefined {
  const { tokens } = context.paragraph;
  if (!/^\d{1,3}$/.test(tokens[age]?.text ?? '') || tokens[age - 1]?.text !== ',') return undefined;
  const person = context.mentions.endAt.get(age - 2);
  return person && person.kind === 'person' && !person.inQuote ? person : undefined;
}

/**
 * "Doug Hale of Ohio", "Ana Ruiz from Lima": the person named right before "of"/"from" and a run of
 * capitalised words ending at `end` (a place, whether or not the article knows it as one).
 *
 * @example
 * // Doug Hale of Ohio said …
 * personBeforePlace(context, 3, 0) // => the mention of Doug Hale
 */
export function personBeforePlace(context: Context, end: number, from: number): Mention | undefined {
  const { tokens } = context.paragraph;
  let k = end;
  while (k >= from && k > end - 3 && tokens[k]!.word && tokens[k]!.cap) k--;
  if (k === end) return undefined;
  if (tokens[k]?.lower === 'the') k--; // "Suman Haripriya of the Hajo assembly"
  if (tokens[k]?.lower !== 'of' && tokens[k]?.lower !== 'from') return undefined;
  const inside = context.mentions.endAt.get(end);
  if (inside && inside.kind !== 'place' && inside.first > k) return undefined;
  const owner = nameBeforeLetters(context, k - 1);
  return owner && owner.kind === 'person' && owner.via === 'name' ? owner : undefined;
}

/** The mention ending at `k`, or right before letters after a name there ("Tom Hale Jr.", "Ann Roe MP", "Ann Roe, M.D.,"). */
function nameBeforeLetters(context: Context, k: number): Mention | undefined {
  const { tokens } = context.paragraph;
  const named = context.mentions.endAt.get(k);
  if (named) return named;
  if (POST_NOMINALS.has(tokens[k]?.text ?? '')) return context.mentions.endAt.get(k - 1);
  // "Mike Ryan, M.D., of the WHO": the letters set off by commas.
  if (tokens[k]?.text === ',' && POST_NOMINALS.has(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.text === ',') return context.mentions.endAt.get(k - 3);
  return undefined;
}

/**
 * "… of the Northern Arapaho tribal office": a capitalised word at `k`, right before a body's name, that is no
 * mention of its own and has "the" (after "of", "from" or "at") before it: a part of the body's name left out of it.
 */
function strayCapitalBefore(context: Context, k: number): boolean {
  const { tokens } = context.paragraph;
  const t = tokens[k];
  if (!t?.word || !t.cap || context.mentions.endAt.has(k) || context.mentions.startAt.has(k)) return false;
  return tokens[k - 1]?.lower === 'the' && OWNER_PREPOSITIONS.has(tokens[k - 2]?.lower ?? '');
}

/**
 * "Jane Doe of the Carnegie Endowment said": the person, not the organisation after "of".
 *
 * @example
 * // Jane Doe of the Carnegie Endowment said …
 * ownerOf(context, endowment) // => { type: 'mention', mention: ‹Jane Doe› }
 */
export function ownerOf(context: Context, mention: Mention): Subject {
  const { tokens } = context.paragraph;
  if (mention.kind === 'place') {
    const person = personBeforePlace(context, mention.last, 0);
    if (person) return { type: 'mention', mention: person };
  }
  if (mention.kind === 'organization' || mention.kind === 'person') {
    let k = mention.first - 1;
    // "BNP Paribas" read as two names: the whole stands after "of".
    const joined = context.mentions.endAt.get(k);
    if (joined && joined.kind === 'organization') k = joined.first - 1;
    // "Jane Doe of the UK's Food Standards Agency": a capitalised possessor ("the UK's") names where the organisation is.
    if (tokens[k]?.lower === "'s" && tokens[k - 1]?.word && tokens[k - 1]!.cap) {
      k -= 2;
      while (k > mention.first - 6 && tokens[k]?.word && tokens[k]!.cap && !OWNER_PREPOSITIONS.has(tokens[k]!.lower)) k--;
    }
    // "a source within the central Interior Ministry", "NAME of worldwide victim group ORG": up to three lower-case words describe the organisation;
    // "NAME of IT firm ORG", "NAME of US bank ORG": so may one capitalised word that names nothing or a place, before a lower-case one.
    const placeOrNothing = (m: number) => (context.mentions.endAt.get(m)?.kind ?? 'place') === 'place';
    const describes = (t: Token | undefined, m: number) =>
      t !== undefined && t.word && (!t.cap || (placeOrNothing(m) && tokens[m + 1]?.word === true && !tokens[m + 1]!.cap)) && !OWNER_PREPOSITIONS.has(t.lower) && !ARTICLES.has(t.lower);
    for (let n = 0; n < 3 && describes(tokens[k], k); n++) k--;
    // "NAME of the Northern ORG told": one capitalised word that names nothing, right between the article and the body.
    if (k === mention.first - 1 && strayCapitalBefore(context, k)) k--;
    if (ARTICLES.has(tokens[k]?.lower ?? '')) k--;
    if (OWNER_PREPOSITIONS.has(tokens[k]?.lower ?? '')) {
      const owner = nameBeforeLetters(context, k - 1);
      if (owner && (owner.kind === 'person' || owner.kind === 'anonymous')) return { type: 'mention', mention: owner };
    }
  }
  // "The Green League in Leeds, in its statement, said", "NAME in the National Assembly said": the one before "in" speaks, not where it is.
  const inAt = tokens[mention.first - 1]?.lower === 'the' ? mention.first - 2 : mention.first - 1;
  if (tokens[inAt]?.lower === 'in') {
    const body = context.mentions.endAt.get(inAt - 1);
    if (body && (body.kind === 'organization' || body.kind === 'person')) return { type: 'mention', mention: body };
  }
  if (mention.kind === 'organization') {
    const person = personBeforeAffiliation(context, mention);
    if (person) return { type: 'mention', mention: person };
  }
  // "A lawyer for Amy Hart said", "The mother of NAME told": the person is the client or kin of whoever speaks.
  if (mention.kind === 'person' && (tokens[mention.first - 1]?.lower === 'of' || tokens[mention.first - 1]?.lower === 'for')) {
    const noun = tokens[mention.first - 2];
    if (noun?.word && !noun.cap && !context.mentions.endAt.has(mention.first - 2)) return { type: 'none' };
  }
  return { type: 'mention', mention };
}

/**
 * "Colin Asplin, Blackpool Hotel Association said", "Rabbi Marvin Hier, founder of the Simon
 * Wiesenthal Center said": an organisation that ends an appositive left unclosed before the verb
 * is the affiliation of the person named before the comma, who opens the clause.
 */
function personBeforeAffiliation(context: Context, organization: Mention): Mention | undefined {
  const { tokens } = context.paragraph;
  let k = organization.first - 1;
  if (ARTICLES.has(tokens[k]?.lower ?? '')) k--;
  const roleEnd = k;
  // At most eight words of a role ending in a preposition or a noun ("founder of", "a group led by" is not one).
  while (k >= context.sentenceStart && k > roleEnd - 8 && tokens[k]!.word && tokens[k]!.quote < 0 && !SPEECH_VERBS.has(tokens[k]!.lower) && !context.mentions.endAt.has(k)) k--;
  if (tokens[k]?.text !== ',') return undefined;
  if (k < roleEnd && !(TITLE_HEAD_WORDS.has(tokens[k + 1]!.lower) || ARTICLES.has(tokens[k + 1]!.lower))) return undefined;
  const person = context.mentions.endAt.get(k - 1);
  if (!person || person.kind !== 'person' || person.inQuote) return undefined;
  // The person opens the clause: nothing but title words before it since the sentence began or a quotation closed
  // ("Kenyan runner NAME, ORG said": a lower-case role word of a descriptor too).
  let b = person.first - 1;
  while (b >= context.sentenceStart && tokens[b]!.word && (tokens[b]!.cap || TITLE_HEAD_WORDS.has(tokens[b]!.lower)) && tokens[b]!.quote < 0) b--;
  const before = tokens[b];
  if (b >= context.sentenceStart && before && before.quote < 0 && before.text !== ',' && !/^[“”"‘’']$/.test(before.text)) return undefined;
  return person;
}

/**
 * "Dmitry S. Peskov, a Kremlin spokesman, said" → Peskov; "France’s foreign minister, Stéphane Séjourné, said" → Séjourné.
 *
 * @example
 * // Dmitry S. Peskov, a Kremlin spokesman, said …
 * appositiveSubject(context, 7, 0) // => { type: 'mention', mention: ‹Dmitry S. Peskov› }
 */
export function appositiveSubject(context: Context, comma: number, from: number): Subject {
  const { tokens } = context.paragraph;
  // "ORG, a digital-rights group in Washington, said": a place ending the appositive is not the subject.
  // "Scottish Finance Minister, Tom Hale MSP, said": letters after the name stand between it and the closing comma.
  const rightMention = speakingMention(context, comma - 1) ?? personBeforeLetters(context, comma - 1);
  // "…, who both worked for Imus, tweeted": the object of a preposition is not the subject either.
  // "NAME, chief economist at Northbank Markets & Investment Banking, said": the second half of a body's name after "&" is no subject.
  const right = rightMention?.kind === 'place' || PREPOSITIONS_BEFORE_OBJECT.has(context.paragraph.tokens[(rightMention?.first ?? 0) - 1]?.lower ?? '') || (rightMention && isAffiliationObjectMention(context, rightMention)) ? undefined : rightMention;
  let open = -1;
  let commas = 0;
  for (let k = comma - 1; k >= Math.max(from, comma - 18); k--) {
    if (tokens[k]!.text === ',') {
      open = k;
      commas++;
      // "Sen. Dale Whitcomb, R-Wyo., the committee's ranking Republican, called": several appositives.
      const left = mentionBeforeComma(context, k);
      // "NAME, from Acme's Tokyo Laboratories, one of the founders of …, told": a body after a preposition is where the person works.
      if ((left && !isAffiliationObjectMention(context, left, true)) || k - 1 <= from) break;
    }
  }
  if (open > from) {
    // "Oliver Letwin MP, the Tory spokesman, said": letters after the name stand between it and the comma.
    const leftMention = mentionBeforeComma(context, open) ?? (POST_NOMINALS.has(tokens[open - 1]?.text ?? '') ? speakingMention(context, open - 2) : undefined);
    // "Speaking to Agence France-Presse, the president of X, NAME, said": the listener of the opening clause is no subject.
    // "… hosted by Bernard McGuirk and Sid Rosenberg, who both worked for Imus, tweeted": one of a pair, or an agent, is no subject.
    // "And NAME, chief analyst at ORG, said": a conjunction opening the sentence joins it to the one before, not NAME to a name.
    // "the Netherlands, Portugal and the Czech Republic, which …, have announced": past "the" of the last name in a list,
    // when a name ends right before the joiner (", and the Electronic Rights Project, a group …, said" joins clauses).
    const listed = leftMention !== undefined && tokens[leftMention.first - 1]?.lower === 'the' && context.mentions.endAt.get(leftMention.first - 3)?.inQuote === false;
    const joinerAt = listed ? leftMention.first - 2 : (leftMention?.first ?? 0) - 1;
    const joiner = leftMention !== undefined ? tokens[joinerAt] : undefined;
    const opensSentence = joiner !== undefined && joiner.cap && joiner.quote < 0 && joinerAt === context.sentenceStart;
    const coordinated = joiner !== undefined && NOT_ALONE_BEFORE.has(joiner.lower) && !opensSentence;
    const left = (leftMention && leftMention.first < clauseStart(context.paragraph, context.paragraph.tokens[comma]!.sentence)) || coordinated ? undefined : leftMention;
    const inner = tokens[open + 1];
    if (left && left.kind === 'organization' && inner && RELATIVE_WORDS.has(inner.lower) && PREPOSITIONS_OF_AFFILIATION.has(tokens[left.first - 1]?.lower ?? '')) {
      // "NAME, a manager at ORG, which owns shares, said": the relative clause is the organisation's; the appositive before it is the person's.
      const outer = appositiveSubject(context, open, from);
      if (outer.type === 'mention' && outer.mention.kind === 'person') return outer;
    }
    const looksAppositive =
      inner && (commas > 1 || ARTICLES.has(inner.lower) || !inner.cap || inner.lower === 'who' || TITLE_HEAD_WORDS.has(inner.lower) || TITLE_MODIFIERS.has(inner.lower) || isCapitalisedRole(context, open + 1, comma - 1) || isPlacedRole(tokens, open + 1) || (POST_NOMINALS.has(inner.text) && open + 2 === comma));
    // "NAME of Georgia, a waitress at a diner, said", "Rep. NAME of Ohio, the ranking member, said": the place (known or not) is where the person is from.
    const placed = looksAppositive && (!left || left.kind === 'place') ? personBeforePlace(context, open - 1, from) : undefined;
    if (placed) return { type: 'mention', mention: placed };
    if (left && looksAppositive && left.kind !== 'organization' && !(right && right.kind === 'person' && !looksAppositive)) return { type: 'mention', mention: left };
    if (left && looksAppositive && !right) return ownerOf(context, left); // "Michael Siegel of Boston University, co-author of …, declared"
  }
  if (right && right.kind !== 'organization') return { type: 'mention', mention: right };
  // "The chairman of the panel, Ambassador Jon Karlsson of Iceland, warned": the person set off after a role, with where they are from.
  const placedAfterRole = rightMention?.kind === 'place' ? personSetOffBeforePlace(context, comma - 1, from) : undefined;
  if (placedAfterRole) return { type: 'mention', mention: placedAfterRole };
  // "“…,” NAME from the Retail Association, told": an affiliation no comma opens, closed by the comma before the verb.
  if (open <= from && rightMention && (rightMention.kind === 'organization' || rightMention.kind === 'place') && isAffiliationObjectMention(context, rightMention)) {
    const owner = ownerOf(context, rightMention);
    if (owner.type === 'mention' && owner.mention.kind === 'person' && owner.mention !== rightMention && opensClauseAfterTitles(context, owner.mention, from)) return owner;
  }
  return { type: 'none' };
}

/**
 * "…, Ambassador Jon Karlsson of Iceland," : the person of `personBeforePlace` when a comma (past any titles) opens
 * the phrase, so that it is an appositive set off after a role, not the object of a verb or a preposition.
 */
function personSetOffBeforePlace(context: Context, end: number, from: number): Mention | undefined {
  const { tokens } = context.paragraph;
  const person = personBeforePlace(context, end, from);
  if (!person || person.inQuote) return undefined;
  let k = person.first - 1;
  while (k > from && tokens[k]!.cap && (TITLE_HEAD_WORDS.has(tokens[k]!.lower) || TITLE_MODIFIERS.has(tokens[k]!.lower))) k--;
  return k > from && tokens[k]!.text === ',' ? person : undefined;
}

/** The person named right before post-nominal letters at `k` ("Tom Hale MSP", "Ann Roe QC"), if any. */
function personBeforeLetters(context: Context, k: number): Mention | undefined {
  if (!POST_NOMINALS.has(context.paragraph.tokens[k]?.text ?? '')) return undefined;
  const person = speakingMention(context, k - 1);
  return person?.kind === 'person' ? person : undefined;
}

/** "US chief economist at …", "Kenyan senior analyst with …": a country or its demonym, then a lower-case role word. */
function isPlacedRole(tokens: readonly Token[], k: number): boolean {
  const place = tokens[k];
  const role = tokens[k + 1];
  if (!place?.cap || !(COUNTRY_NAMES.has(place.text) || COUNTRY_DEMONYMS.has(place.text))) return false;
  return Boolean(role?.word && !role.cap && (TITLE_HEAD_WORDS.has(role.lower) || TITLE_MODIFIERS.has(role.lower)));
}

/**
 * A name that is the object of a preposition of affiliation, directly or through the names it is joined to:
 * "at Acme", "from Acme's Tokyo Laboratories", "at Northbank Markets & Investment Banking", "of the Red Cross";
 * with `opensAppositive`, only where the preposition opens an appositive after a comma.
 */
function isAffiliationObjectMention(context: Context, mention: Mention, opensAppositive = false): boolean {
  const { tokens } = context.paragraph;
  let k = mention.first - 1;
  for (let hops = 0; hops < 3; hops++) {
    const t = tokens[k];
    if (t?.lower === "'s" || t?.text === '&') {
      const owner = context.mentions.endAt.get(k - 1);
      if (owner) k = owner.first - 1;
      else {
        // an owner the actor stages did not name: its capitalised words
        const end = k - 1;
        k--;
        while (k > end - 4 && tokens[k]?.word && tokens[k]!.cap) k--;
        if (k === end) return false;
      }
      continue;
    }
    break;
  }
  if (tokens[k]?.lower === 'the') k--;
  // opensAppositive: the preposition right after a comma (", from Acme's labs,"), not after a name ("NAME of Acme Police,").
  return ['at', 'of', 'for', 'from'].includes(tokens[k]?.lower ?? '') && tokens[k]!.word && (!opensAppositive || tokens[k - 1]?.text === ',');
}

/**
 * "Tory co-chairman", "CBI director general", "Sotheby's worldwide head of contemporary art": an
 * appositive that opens with a capitalised affiliation and holds a lower-case role word, no
 * person and no speech verb, so it describes the name before it (not a second name of a list).
 * "NUJ General Secretary", "Acme Sales Director": a capitalised title word that ends the appositive is a role too.
 * "and" only between two lower-case words ("Tory shadow work and pensions secretary"): one office, not a list.
 */
function isCapitalisedRole(context: Context, from: number, to: number): boolean {
  const { tokens } = context.paragraph;
  if (to - from > 10) return false;
  let role = false;
  const isTitleWord = (t: Token) => TITLE_HEAD_WORDS.has(t.lower.replace(/^(?:co|vice|deputy|joint|acting|interim|ex)-/, ''));
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    // "Tory shadow work and pensions secretary": "and" between two lower-case words joins the parts of one office, not two names.
    if ((t.lower === 'and' || t.lower === 'or') && !(isLowerWord(tokens[k - 1]) && isLowerWord(tokens[k + 1]) && k > from && k < to)) return false;
    if (t.quote >= 0 || SPEECH_VERBS.has(t.lower)) return false;
    const m = context.mentions.startAt.get(k);
    if (m && m.kind === 'person') return false;
    if (t.word && (!t.cap || k === to) && isTitleWord(t)) role = true;
  }
  return role;
}
const NOT_ALONE_BEFORE: ReadonlySet<string> = new Set(prepositionsJson.notAloneBefore);
/** Auxiliaries and adverbs between a subject and the comma of an aside ("The ministry has, in a statement, called"). */
const BEFORE_COMMA_ASIDE: ReadonlySet<string> = new Set(betweenSubjectAndVerbJson.beforeCommaAside);

/**
 * The mention that can speak right before the comma at `comma`, or before an auxiliary or adverb right before it when
 * the aside after the comma opens with a lower-case word ("The ministry has, in a statement, called …").
 *
 * @example
 * // The Emergencies Ministry has, in a statement, called on drivers …
 * mentionBeforeComma(context, 4) // => the mention of Emergencies Ministry
 */
function mentionBeforeComma(context: Context, comma: number): Mention | undefined {
  const { tokens } = context.paragraph;
  const direct = speakingMention(context, comma - 1);
  if (direct) return direct;
  const between = tokens[comma - 1];
  if (!isLowerWord(between) || !BEFORE_COMMA_ASIDE.has(between!.lower) || !isLowerWord(tokens[comma + 1])) return undefined;
  return speakingMention(context, comma - 2);
}

/** A lower-case word outside quotations. */
const isLowerWord = (t: Token | undefined): boolean => t !== undefined && t.word && !t.cap && t.quote < 0;
