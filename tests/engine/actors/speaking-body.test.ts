/**
 * "The transport select committee said …": a body news copy names only by lower-case words, with no name of it before,
 * is named by those words when it speaks (issue 13, round 38b). A body named before keeps the words, a noun alone ("the
 * committee", "the company") names nothing, and the body so named stands for no other noun. "The government" alone names
 * the government, but only where it speaks a quotation (rounds 45a, 47b): a mere mention, or an act it reports, makes no actor.
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs, byBlankLines, quotesOfTexts, tokenizedParagraphs } from '../../support/engine-stages.ts';
import { speakingBodyName } from '../../../src/engine/actors/speaking-body.ts';
import { speaksAQuote } from '../../../src/engine/actors/speaks-a-quote.ts';
import type { RoleCandidate } from '../../../src/engine/actors/role-candidate.ts';

const role = (surface: string, head: string, extra: Partial<RoleCandidate> = {}): RoleCandidate => ({ paragraph: 0, first: 0, last: 1, head, surface, inQuote: false, organization: true, ...extra });
const quotes = (text: string): [string | null, string | undefined][] => quotesOfTexts(byBlankLines(text)).map((q) => [q.speaker, q.resolution]);

describe('speakingBodyName', () => {
  test.each([
    ['a listed noun alone', role('the committee', 'committee'), true, undefined],
    ['a noun that names its body alone (speakingBodiesAlone), speaking a quotation', role('the government', 'government'), true, 'government'],
    ['a noun that names its body alone, not a speaker', role('the government', 'government'), false, undefined],
    ['with modifiers', role('the transport select committee', 'committee', { modifiers: ['transport', 'select'] }), true, 'transport select committee'],
    ['not a speaker', role('the transport committee', 'committee', { modifiers: ['transport'] }), false, undefined],
    ['a noun that only points back', role('the company', 'company'), true, undefined],
    ['inside a quotation', role('the government', 'government', { inQuote: true }), true, undefined],
    ['with an owner', role("Hale's committee", 'committee', { owner: 'hale' }), true, undefined],
  ])('%s', (_label, candidate, speaks, name) => {
    expect(speakingBodyName(candidate, speaks, speaks)).toBe(name);
  });

  test('a noun that names its body alone names none when it speaks no quotation', () => {
    expect(speakingBodyName(role('the government', 'government'), true, false)).toBeUndefined();
  });
});

describe('speaksAQuote', () => {
  const at = (text: string): boolean => {
    const paragraph = tokenizedParagraphs([text])[0]!;
    const head = paragraph.tokens.findIndex((t) => t.lower === 'government');
    return speaksAQuote(paragraph, head - 1, head);
  };
  test.each([
    ['a quotation after the verb', 'Still, the government said it would “think again” soon.', true],
    ['a quotation after a colon', 'The government said: “We will think again.”', true],
    ['a quotation closed by its comma right before', '“We will think again,” the government said.', true],
    ['a quotation closed right before, the comma outside', '"We will think again", the government said.', true],
    ['no quotation', 'The government said it would think again.', false],
    ['a verb that reports an act', 'The government announced a further £40 million for ferries.', false],
    ['a quotation of another verb of saying', 'The government said Mr Quill told the inquiry it was “unfair”.', false],
    ['a quotation in the next sentence', 'The government said it would act. Critics called it “too little”.', false],
    ['a quotation that ends the sentence before', 'Crews said: “It is too little.” The government has announced a further £40 million.', false],
  ])('%s', (_label, text, expected) => {
    expect(at(text)).toBe(expected);
  });
});

describe('a body named by its noun as a speaker', () => {
  test.each([
    ['after "but"', 'Ministers were criticised over the scheme.\n\nThe auditors called it a failure but the public accounts committee said the pilot had "taught us a lot".', 'public accounts committee'],
    ['says', 'Opposition leaders set out a plan for the clinics.\n\nThe health committee says the plan comes "far too late" to matter.', 'health committee'],
    ['an inverted clause', 'The draft bill could leave walkers open to fines, the transport select committee said in a "strongly worded" report.', 'transport select committee'],
  ])('the words name the body: %s', (_label, text, speaker) => {
    expect(quotes(text).at(-1)).toEqual([speaker, 'noun-names-body']);
  });

  test.each([
    ['with no government named before', 'Opposition leaders set out a plan for the clinics.\n\nThe government says the plan comes "far too late" to matter.'],
    ['after "but"', 'Unions called the reform "a disgrace" but the government said it would "protect jobs" in the end.'],
    ['a quotation before it', 'Ferry crews walked out on Friday.\n\n"We are ready to talk," the government said.'],
  ])('"the government" alone speaking a quotation is the government: %s', (_label, text) => {
    expect(quotes(text).at(-1)).toEqual(['government', 'noun-alone-names-body']);
  });

  test.each([
    ['a mere mention', 'Ferry crews blamed the government for the delays.\n\nTheir leader, Ann Quill, called it "a shambles".'],
    ['a verb of saying that reports an act', 'The government announced a further £40 million for ferries.\n\nCrews called it "too little, too late".'],
    ['a verb of saying with no quotation', 'The government said it would review the timetable.\n\n"It is a shambles," one crew member said.'],
  ])('"the government" alone makes no actor without a quotation to speak: %s', (_label, text) => {
    expect(actorsOfParagraphs(text).map((a) => a.name)).not.toContain('government');
  });

  test('a later "the government" that speaks stands for the one so named', () => {
    const text = 'The government said the plan was "fair".\n\nThe government later said the plan would cost "very little".';
    expect(quotes(text).map((q) => q[0])).toEqual(['government', 'government']);
  });

  test('a later "the committee" stands for the body so named', () => {
    const text = 'The plans need work, the transport select committee said.\n\nBut the committee added that the aims were "broadly right".';
    expect(quotes(text).at(-1)).toEqual(['transport select committee', 'noun-to-organization']);
  });

  test.each([
    ['a government named before', 'The Harland government set out its budget on Monday.\n\nThe government said the cuts were "painful but needed".', 'Harland government'],
  ])('the body named before keeps the words: %s', (_label, text, speaker) => {
    expect(quotes(text).at(-1)?.[0]).toBe(speaker);
  });

  test.each([
    ['not a speaker', 'The government was looking at "how to cut the backlog" of claims.'],
    ['a noun that only points back', 'The company said the figures were "disappointing".'],
    ['the noun alone', 'Opposition leaders set out a plan for the clinics.\n\nThe committee says the plan comes "far too late" to matter.'],
    ['the body so named is no other noun', 'The plan was late, the transport committee said.\n\nThe company said it was "ready to help" anyway.'],
  ])('names nobody: %s', (_label, text) => {
    expect(quotes(text).at(-1)?.[0]).toBeNull();
  });
});
