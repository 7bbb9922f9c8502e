/**
 * Sieve: a sentence that is only a quote, right after a sentence of its own paragraph that holds no
 * quotation, when everything before it in the paragraph names one actor only and that actor is a
 * person and no pronoun stands for anyone, is that person's — "The hosts had two players sent off, leaving coach Ian Rowe unhappy.
 * “One card was harsh.”"; not when the rest of the paragraph, after the quote, names someone else.
 */
import { PERSON_PRONOUNS } from '../../actors/load-lexicons.ts';
import { mentionResolution } from '../resolve-subject.ts';
import { namesSomeoneElseAfter, type Sieve } from './sieve.ts';
import verbFormsJson from '../../lexicons/verb-forms.json' with { type: 'json' };

/** "Ade was hit", "Ade has been dropped": a sentence about what happens to the person (passive or not), left alone. */
const AUXILIARIES: ReadonlySet<string> = new Set(verbFormsJson.beAndHave);

/**
 * @example
 * // "The hosts had two players sent off, leaving coach Ian Rowe unhappy. “One card was harsh.”" → ian-rowe
 */
export const quoteAfterOnlyPerson: Sieve = {
  rule: 'quote-after-only-person',
  attribute(context, i) {
    const { quotes, index } = context;
    const q = quotes[i]!;
    if (!q.startsSentence || !q.endsSentence || q.sentence === 0) return undefined;
    // Any quotation before it in the paragraph has a speaker of its own, or is no speech: the sentences between are not plain narrative.
    if (quotes.some((r) => r.position === q.position && r.sentence < q.sentence && (r.speaker !== null || r.startsSentence))) return undefined;
    const { tokens } = context.paragraphs[q.position]!;
    const named = index[q.position]!.list.filter((m) => !m.inQuote && m.last < q.openToken && m.kind !== 'place');
    const actors = new Set(named.map((m) => m.actor));
    if (actors.size !== 1 || named[0]!.kind !== 'person' || named.some((m) => tokens[m.last + 1]?.lower === "'s")) return undefined;
    // The person is named in the sentence right before the quote.
    const before = named.find((m) => tokens[m.first]!.sentence === q.sentence - 1);
    if (!before || namesSomeoneElseAfter(context, q, before.actor)) return undefined;
    // "She thanked Jan Kowal warmly. “…”": a pronoun before the quote is someone too, maybe someone else.
    for (let k = 0; k < q.openToken; k++) if (tokens[k]!.quote < 0 && (PERSON_PRONOUNS.has(tokens[k]!.lower) || tokens[k]!.lower === 'his' || tokens[k]!.lower === 'her')) return undefined;
    // "Ade was hit by a bottle. “…”": what happened to the person says nothing of who speaks next.
    if (named.some((m) => AUXILIARIES.has(tokens[m.last + 1]?.lower ?? ''))) return undefined;
    return { speaker: before.actor, resolution: mentionResolution(before), cue: 'floating' };
  },
};
