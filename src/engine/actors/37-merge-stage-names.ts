/**
 * Stage 37 of actors: a performer's stage name and real name are one person. "The Vandal, whose real name is Tom
 * Reed, said", "Tom Reed, better known as The Vandal", "9 Volt (real name Ana Ruiz)": the person the real name makes
 * is also named by the stage name, wherever the article writes it — even a stage name the name finder does not read as
 * a name, one that opens with digits ("9 Volt", "2Pac") or with "The" and a common word ("The Vandal").
 */
import type { Actor } from '../schema.ts';
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import type { Mention, ResolvedActors } from './06-resolve-mentions.ts';
import { renameActor } from './rename-actor.ts';
import stageNamesJson from '../lexicons/stage-names.json' with { type: 'json' };

const REAL_NAME_BEFORE: readonly (readonly string[])[] = stageNamesJson.realNameBefore;
const STAGE_NAME_BEFORE: readonly (readonly string[])[] = stageNamesJson.stageNameBefore;
const STAGE_NAME_OPENERS: ReadonlySet<string> = new Set(stageNamesJson.stageNameOpeners);
/** A word that opens with digits: "9", "2Pac", "3D". */
const DIGIT_LED = /^\d/;

/** A stage name the article gives for one person: its words as written, and the person's actor. */
interface StageName {
  words: string[];
  /** The stage name as written ("Jay-Z", "9 Volt"). */
  text: string;
  actor: Actor;
  /** The actor the stage name already made, if the name finder read it as a name. */
  stageActor?: string;
}

/**
 * Gives a person the stage name the article pairs with their real name: the stage name becomes an alias, each place
 * it is written a mention of the person, and an actor it already made is merged in. The person is then named by the
 * form the article writes most (the stage name on a tie goes to the real name). With no such pair nothing changes.
 *
 * @param paragraphs The tokenised paragraphs the mentions point into.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same, with the stage names merged.
 * @example
 * // "9 Volt, whose real name is Ana Ruiz, sang. 9 Volt said it was fun. 9 Volt left."
 * // → one person "9 Volt", alias "Ana Ruiz", with a mention at each "9 Volt".
 */
export function mergeStageNames(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  const pairs = findStageNames(paragraphs, resolved);
  if (pairs.length === 0) return resolved;
  const merged = new Set<string>();
  for (const pair of pairs) {
    const { actor } = pair;
    if (pair.stageActor && pair.stageActor !== actor.id) {
      merged.add(pair.stageActor);
      for (const m of resolved.mentions) if (m.actor === pair.stageActor) {
        m.actor = actor.id;
        m.kind = actor.kind;
      }
      const from = resolved.actors.find((a) => a.id === pair.stageActor);
      for (const alias of [from?.name, ...(from?.aliases ?? [])]) if (alias && alias !== actor.name && !actor.aliases.includes(alias)) actor.aliases.push(alias);
    }
    const added = stageMentions(paragraphs, resolved.mentions, pair);
    resolved.mentions.push(...added);
    const stage = pair.text;
    const stageCount = resolved.mentions.filter((m) => m.actor === actor.id && surface(paragraphs, m) === stage).length;
    const nameCount = resolved.mentions.filter((m) => m.actor === actor.id && surface(paragraphs, m) === actor.name).length;
    if (stageCount > nameCount && actor.name !== stage) renameActor(actor, stage);
    else if (stage !== actor.name && !actor.aliases.includes(stage)) actor.aliases.push(stage);
  }
  resolved.mentions.sort((a, b) => a.paragraph - b.paragraph || a.first - b.first);
  for (const actor of resolved.actors) {
    actor.mentions = resolved.mentions.filter((m) => m.actor === actor.id).map((m) => {
      const tokens = paragraphs.find((p) => p.index === m.paragraph)!.tokens;
      return { paragraph: m.paragraph, start: tokens[m.first]!.start, end: tokens[m.last]!.end };
    });
  }
  return { actors: resolved.actors.filter((a) => !merged.has(a.id)), mentions: resolved.mentions };
}

/**
 * The stage names the article pairs with a person's real name, in either order.
 *
 * @param paragraphs The tokenised paragraphs.
 * @param resolved The actors and mentions found so far.
 * @example
 * // "Tom Reed, better known as The Vandal, spoke."
 * findStageNames(paragraphs, resolved) // => [{ words: ['The', 'Vandal'], actor: <Tom Reed> }]
 */
export function findStageNames(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): StageName[] {
  const byId = new Map(resolved.actors.map((a) => [a.id, a]));
  const pairs: StageName[] = [];
  for (const { index, tokens, text } of paragraphs) {
    const mentionAt = (pick: (m: Mention) => boolean): Mention | undefined => resolved.mentions.find((m) => m.paragraph === index && (m.via === 'name' || m.via === 'surname') && pick(m));
    const written = (words: readonly Token[]): string => text.slice(words[0]!.start, words.at(-1)!.end);
    for (let k = 1; k < tokens.length; k++) {
      const open = tokens[k]!.text;
      if (open !== ',' && open !== '(') continue;
      const real = phraseAt(tokens, k + 1, REAL_NAME_BEFORE);
      if (real > 0) {
        const person = mentionAt((m) => m.first === k + 1 + real && m.kind === 'person');
        const close = tokens[(person?.last ?? -2) + 1]?.text;
        if (!person || (open === '(' ? close !== ')' : close !== ',' && close !== '.')) continue;
        const stage = stageBefore(tokens, k, mentionAt((m) => m.last === k - 1));
        const actor = byId.get(person.actor);
        if (stage && actor) pairs.push({ words: stage.words.map((t) => t.text), text: written(stage.words), actor, stageActor: stage.actor });
        continue;
      }
      const known = phraseAt(tokens, k + 1, STAGE_NAME_BEFORE);
      if (open !== ',' || known === 0) continue;
      const person = mentionAt((m) => m.last === k - 1 && m.kind === 'person');
      const at = k + 1 + known;
      const stage = stageAfter(tokens, at, mentionAt((m) => m.first === at));
      const actor = person && byId.get(person.actor);
      if (stage && actor) pairs.push({ words: stage.words.map((t) => t.text), text: written(stage.words), actor, stageActor: stage.actor });
    }
  }
  return pairs.filter((p) => p.stageActor !== p.actor.id);
}

/** The length of the phrase of `phrases` that starts at `at`, or 0. */
function phraseAt(tokens: readonly Token[], at: number, phrases: readonly (readonly string[])[]): number {
  for (const phrase of phrases) if (phrase.every((w, i) => tokens[at + i]?.lower === w)) return phrase.length;
  return 0;
}

/** A word that may stand in a stage name: a capital or a word that opens with digits. */
function isStageWord(token: Token | undefined, quote: Token['quote']): boolean {
  return token !== undefined && token.word && token.quote === quote && (token.cap || DIGIT_LED.test(token.text));
}

/**
 * The stage name that ends right before the comma at `k`: the name a mention ends there ("Drake"), or the run of
 * capitals back to a word that opens with digits ("9 Volt") or to "The" ("The Vandal").
 */
function stageBefore(tokens: readonly Token[], k: number, mention: Mention | undefined): { words: Token[]; actor?: string } | undefined {
  const quote = tokens[k - 1]?.quote ?? -1;
  for (let from = k - 1; from >= Math.max(0, k - 3) && isStageWord(tokens[from], quote); from--) {
    const token = tokens[from]!;
    if (DIGIT_LED.test(token.text) || (STAGE_NAME_OPENERS.has(token.lower) && from < k - 1)) return { words: tokens.slice(from, k) };
  }
  if (mention && mention.kind === 'person') return { words: tokens.slice(mention.first, k), actor: mention.actor };
  return undefined;
}

/** The stage name that opens at `at`: a mention's name, or "The" or a word that opens with digits and the capitals after it. */
function stageAfter(tokens: readonly Token[], at: number, mention: Mention | undefined): { words: Token[]; actor?: string } | undefined {
  const first = tokens[at];
  if (!first || !isStageWord(first, first.quote)) return undefined;
  if (DIGIT_LED.test(first.text) || STAGE_NAME_OPENERS.has(first.lower)) {
    let last = at;
    while (last < at + 3 && tokens[last + 1]?.cap && isStageWord(tokens[last + 1], first.quote)) last++;
    if (last === at && !/\p{L}/u.test(first.text)) return undefined;
    return { words: tokens.slice(at, last + 1) };
  }
  return mention?.kind === 'person' ? { words: tokens.slice(mention.first, mention.last + 1), actor: mention.actor } : undefined;
}

/**
 * New mentions of the person at each place the stage name is written whole: not inside a longer name (a capital right
 * before or after: "The Vandal Awards"), and not where a mention already stands.
 */
function stageMentions(paragraphs: readonly TokenizedParagraph[], mentions: readonly Mention[], pair: StageName): Mention[] {
  const added: Mention[] = [];
  const n = pair.words.length;
  for (const { index, tokens } of paragraphs) {
    for (let k = 0; k + n <= tokens.length; k++) {
      if (!pair.words.every((w, i) => tokens[k + i]!.text === w)) continue;
      const last = k + n - 1;
      const after = tokens[last + 1];
      if (after?.word && after.cap) continue;
      if (mentions.some((m) => m.paragraph === index && m.first <= last && m.last >= k)) continue;
      added.push({ paragraph: index, first: k, last, actor: pair.actor.id, kind: pair.actor.kind, inQuote: tokens[k]!.quote >= 0, via: 'name' });
    }
  }
  return added;
}

/** The words of a mention as written. */
function surface(paragraphs: readonly TokenizedParagraph[], m: Mention): string {
  const { tokens, text } = paragraphs.find((p) => p.index === m.paragraph)!;
  return text.slice(tokens[m.first]!.start, tokens[m.last]!.end);
}
