/**
 * The corpus scorer itself (src/cli/score-quotes.ts): what it counts as right, wrong and
 * junk, so that a figure the corpus test asserts cannot pass for the wrong reason.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { junkReason, readKey, scoreQuotes, scoreToFigures, type ExpectedArticle, type PredictedArticle } from '../../../src/cli/score-quotes.ts';

const person = (name: string, aliases: string[] = []) => ({ name, kind: 'person', aliases });

describe('scoreQuotes', () => {
  const key: ExpectedArticle = {
    style: 'test',
    actors: [
      { name: 'Ann Lee', kind: 'person' },
      { name: 'Joe Smith', kind: 'person' },
      { name: 'Rolling Stone', kind: 'organization' },
      { name: 'parent', kind: 'anonymous', aliases: ['one parent'] },
    ],
    quotes: [
      { text: 'It went well,', speaker: 'Ann Lee' },
      { text: 'It is a disgrace,', speaker: 'parent', alt: ['one parent'] },
      { text: 'the Lady of the Lamp', speaker: null, optional: true, note: 'a nickname' },
      { text: 'put her feet up at last', speaker: 'engineer', optional: true, note: 'an anonymous engineer' },
    ],
    not_actors: ['Rat Alley'],
  };
  const text = 'Joe Smith met Ann Lee. “It went well,” she said. “It is a disgrace,” said one parent. Rolling Stone wrote it up. Rat Alley is a road.';
  const score = (predicted: Partial<PredictedArticle>) => scoreQuotes(key, { quotes: [], actors: [], ...predicted }, text);

  test.each([
    ['a right speaker', { text: 'It went well,', speaker: 'Ann Lee' }, { correct: 1, wrongSpeakers: 0 }],
    ['a right speaker by surname alone', { text: 'It went well', speaker: 'Ms Lee' }, { correct: 1, wrongSpeakers: 0 }],
    ['an anonymous speaker by its alternative name', { text: 'It is a disgrace,', speaker: 'one parent' }, { correct: 1, wrongSpeakers: 0 }],
    ['a wrong speaker', { text: 'It went well,', speaker: 'Joe Smith' }, { correct: 0, wrongSpeakers: 1 }],
    ['no speaker (a gap, not a wrong speaker)', { text: 'It went well,', speaker: null }, { correct: 0, wrongSpeakers: 0 }],
    ['an invented quote with a speaker', { text: 'Something nobody said', speaker: 'Ann Lee' }, { correct: 0, wrongSpeakers: 1 }],
    ['an optional quote given to someone the key rules out', { text: 'put her feet up at last', speaker: 'Ann Lee' }, { correct: 0, wrongSpeakers: 1 }],
    ['an optional quote with no speaker in the key, given one', { text: 'the Lady of the Lamp', speaker: 'Ann Lee' }, { correct: 0, wrongSpeakers: 0 }],
  ])('counts %s', (_name, quote, expected) => {
    expect(score({ quotes: [quote] })).toMatchObject(expected);
  });

  test('counts an actor found with another kind, under any of its names', () => {
    const s = score({ actors: [person('Ann Lee'), person('Joe Smith'), person('Rolling Stone'), { name: 'parent', kind: 'anonymous', aliases: [] }] });
    expect([s.foundActors, s.wrongKinds]).toEqual([4, 1]);
  });

  test('counts a speaker right under any name the key gives its actor', () => {
    const groupKey: ExpectedArticle = { style: 'test', actors: [{ name: 'Protesters', kind: 'group', aliases: ['Some of the protesters'] }], quotes: [{ text: 'We will be back', speaker: 'Protesters' }] };
    const right = scoreQuotes(groupKey, { quotes: [{ text: 'We will be back', speaker: 'Some of the protesters' }], actors: [] }, 'Some of the protesters said “We will be back”.');
    const wrong = scoreQuotes(groupKey, { quotes: [{ text: 'We will be back', speaker: 'Some of the police' }], actors: [] }, 'Some of the police said “We will be back”.');
    expect([right.correct, right.wrongSpeakers, wrong.correct, wrong.wrongSpeakers]).toEqual([1, 0, 0, 1]);
  });

  test('counts a name the key lists in not_actors as junk', () => {
    expect(score({ actors: [person('Rat Alley')] }).junkActors).toBe(1);
  });

  test('never counts as junk an actor the key lists, even one named by a common word', () => {
    const bodyKey: ExpectedArticle = { style: 'test', actors: [{ name: 'government', kind: 'organization' }], quotes: [] };
    const listed = scoreQuotes(bodyKey, { quotes: [], actors: [{ name: 'government', kind: 'organization', aliases: [] }] }, 'The government said it was “a bit late”.');
    const unlisted = scoreQuotes({ ...bodyKey, actors: [] }, { quotes: [], actors: [{ name: 'government', kind: 'organization', aliases: [] }] }, 'The government said it was “a bit late”.');
    expect([listed.junkActors, unlisted.junkActors]).toEqual([0, 1]);
  });

  test('gives figures of 1 when there is nothing to count', () => {
    expect(scoreToFigures(scoreQuotes({ style: 'test', actors: [], quotes: [] }, { quotes: [], actors: [] }, ''))).toMatchObject({ detectPrecision: 1, detectRecall: 1, actorRecall: 1 });
  });
});

describe('junkReason', () => {
  test.each([
    ['an ordinary word opening a quote', { name: 'World Health Organization', kind: 'organization', aliases: ['Who'] }, '“Who is meant to mind my two?” she asked. Nobody knew who.', 'an ordinary word that opens a sentence taken as a name'],
    ['an adjective opening a quote, used in lower case too', person('Extraordinary'), 'She wrote: "Extraordinary claims need extraordinary checking."', 'an ordinary word that opens a sentence taken as a name'],
    ['a common word', person('However'), 'However, it rained.', 'a common word taken as a name'],
    ['a common word naming no institution', { name: 'Labour', kind: 'organization', aliases: [] }, 'Voters backed Labour in May.', 'a common word taken as a name'],
    ['an institution named by a common word', { name: 'Labour', kind: 'organization', aliases: ['Labour Party'], canonical: 'Labour Party' }, 'Voters backed Labour in May.', null],
    ['a first name opening a sentence (a resident who gave only a first name)', person('Jim'), 'Jim, 54, said he had waited an hour.', null],
    ['a country the text names only by its adjective', { name: 'Greece', kind: 'place', aliases: [] }, 'Greek ship owners said nothing.', null],
    ['a group described, not named', { name: 'Liberals', kind: 'group', aliases: [] }, 'Liberals were pleased.', null],
    ['a name used inside a sentence', person('Rosa Delgado', ['Delgado']), 'Council member Rosa Delgado said no.', null],
  ])('tells %s', (_name, actor, text, expected) => {
    expect(junkReason(actor, text, [])).toBe(expected);
  });
});

describe('readKey', () => {
  const dir = mkdtempSync(join(tmpdir(), 'keys-'));
  const write = (name: string, key: unknown) => {
    const file = join(dir, `${name}.expected.json`);
    writeFileSync(file, JSON.stringify(key));
    return file;
  };

  test.each([
    ['an optional quote without a reason', { style: 's', actors: [], quotes: [{ text: 'q', speaker: null, optional: true }] }, /optional quote “q” has no reason\. Fix:/],
    ['an unknown field', { style: 's', actors: [], quotes: [{ text: 'q', speaker: null, optinal: true }] }, /quotes\.0: .*optinal/],
    ['an unknown figure in a floor', { style: 's', actors: [], quotes: [], floor: { attributedf1: 0.9 } }, /floor/],
    ['an unknown actor kind', { style: 's', actors: [{ name: 'A', kind: 'company' }], quotes: [] }, /actors\.0\.kind/],
  ])('rejects %s with the file and a fix', (name, key, message) => {
    const file = write(name.replace(/\W+/g, '-'), key);
    expect(() => readKey(file)).toThrow(message);
    expect(() => readKey(file)).toThrow(file);
  });

  test('reads a key whose optional quote has its reason in the key’s notes', () => {
    const file = write('notes', { style: 's', notes: 'the title is optional', actors: [], quotes: [{ text: 'q', speaker: null, optional: true }] });
    expect(readKey(file).quotes).toHaveLength(1);
  });
});
