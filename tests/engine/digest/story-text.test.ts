import { describe, expect, test } from 'vitest';
import { balanceQuotes, hasBalancedQuotes } from '../../../src/engine/digest/balance-quotes.ts';
import { findUniqueClaims } from '../../../src/engine/digest/find-unique-claims.ts';
import { findKeyPoints } from '../../../src/engine/digest/05-find-key-points.ts';
import { writeStoryHeadline } from '../../../src/engine/digest/07-write-story-headline.ts';
import { createTextMemory } from '../../../src/engine/text/text-memory.ts';

const memory = createTextMemory();

describe('balanceQuotes', () => {
  test.each([
    ['a sentence without quotes', 'Nato ruled it out.', 'Nato ruled it out.'],
    ['a closed curly quote', 'He called it “a major escalation”.', 'He called it “a major escalation”.'],
    ['a quote the paragraph closes later', 'Macron said: “We will do everything.', 'Macron said: “We will do everything.”'],
    ['an odd straight mark', 'He said "no.', 'He said "no."'],
    ['German marks', 'Scholz sagte: „Nein“.', 'Scholz sagte: „Nein“.'],
    ['guillemets left open', 'Il a dit : « rien.', 'Il a dit : « rien.»'],
    ['apostrophes and single marks', 'Macron’s plan to stop ‘Russia winning’.', 'Macron’s plan to stop ‘Russia winning’.'],
  ])('%s', (_name, text, expected) => {
    expect(balanceQuotes(text)).toBe(expected);
    expect(hasBalancedQuotes(expected)).toBe(true);
  });

  test.each([
    ['a sentence that starts inside a quote', 'win the war,” he said.'],
    ['a closing guillemet first', 'rien » a-t-il dit.'],
  ])('gives undefined for %s', (_name, text) => {
    expect(balanceQuotes(text)).toBeUndefined();
  });
});

describe('findUniqueClaims', () => {
  const other = (text: string) => ({ article: 1, text });
  test.each([
    [
      'the same fact in other words',
      'Nato countries have ruled out the French President’s suggestion of sending troops from the alliance to Ukraine.',
      'Several NATO countries, including the US, Germany and the UK, have ruled out deploying ground troops to Ukraine.',
    ],
    [
      'a long claim that packs in a fact another source states alone',
      'Emmanuel Macron said there was “no consensus” on sending Western soldiers to Ukraine, as he claimed several EU countries were considering it.',
      'Mr Macron said there was “no consensus” on sending Western soldiers to Ukraine.',
    ],
    [
      'a synonym (consensus, agreement)',
      'Leaders of 20 countries reached no agreement on deploying troops in Ukraine, officials in Paris said.',
      'There was no consensus among the leaders of 20 countries on sending troops to Ukraine, officials said.',
    ],
  ])('drops %s', (_name, claim, elsewhere) => {
    expect(findUniqueClaims([{ article: 0, text: claim }], [other(elsewhere), other('Something else entirely happened.')], 2, memory)).toEqual([]);
  });

  test.each([
    [
      'a fact no other source gives',
      'Ukraine last week lost the key city of Avdiivka in the Donetsk region.',
      'Several NATO countries, including the US, Germany and the UK, have ruled out deploying ground troops to Ukraine.',
    ],
    [
      'a claim sharing only the story’s subject words',
      'The Czech Republic is lobbying for ammunition purchases outside the European Union for Ukraine.',
      'Kremlin spokesman Dmitry Peskov warned of a direct conflict if troops were sent to Ukraine.',
    ],
  ])('keeps %s', (_name, claim, elsewhere) => {
    const claims = [{ article: 0, text: claim }];
    expect(findUniqueClaims(claims, [other(elsewhere)], 2, memory)).toEqual(claims);
  });

  test('never compares a claim with sentences of its own article', () => {
    const claim = { article: 0, text: 'Nato countries have ruled out sending troops to Ukraine.' };
    expect(findUniqueClaims([claim], [claim, { article: 0, text: 'Several Nato countries ruled out deploying troops to Ukraine.' }], 2, memory)).toEqual([claim]);
  });
});

describe('findKeyPoints', () => {
  const source = (slug: string, ...paragraphs: string[]) => ({ slug, paragraphs: paragraphs.map((text, index) => ({ index, text, line: index + 1 })) });

  test('closes a quote that the paragraph leaves open, so every key point has balanced quotation marks', () => {
    const { keyPoints } = findKeyPoints([
      source('a', 'Speaking on Monday evening, Mr Macron said: “We will do everything needed so Russia cannot win the war.'),
      source('b', 'Speaking on Monday evening, Macron said: “We will do everything needed so Russia cannot win this war.'),
    ]);
    expect(keyPoints.map((point) => point.text)).toEqual(['Speaking on Monday evening, Mr Macron said: “We will do everything needed so Russia cannot win the war.”']);
    for (const point of keyPoints) expect(hasBalancedQuotes(point.text)).toBe(true);
  });

  test('prefers the wording that states the fact over one that quotes it', () => {
    const { keyPoints } = findKeyPoints([
      source('a', 'A NATO official said the alliance had “no plans” to deploy combat troops in Ukraine.'),
      source('b', 'A NATO official said that the alliance had no plans to deploy combat troops in Ukraine.'),
    ]);
    expect(keyPoints.map((point) => point.text)).toEqual(['A NATO official said that the alliance had no plans to deploy combat troops in Ukraine.']);
  });

  test('keeps at most five key points', () => {
    const facts = ['Nato ruled out combat troops in Ukraine today', 'Paris hosted twenty European leaders on Monday evening', 'Berlin refused Taurus missiles for Kyiv again', 'Warsaw said Polish soldiers would stay home', 'Madrid rejected the French proposal outright yesterday', 'Rome said Italian support excluded any soldiers'];
    const { keyPoints } = findKeyPoints([source('a', ...facts.map((f) => `${f}, officials said.`)), source('b', ...facts.map((f) => `${f}, officials said.`))]);
    expect(keyPoints).toHaveLength(5);
  });

  test('lists under "only in" no claim that another source reports in other words', () => {
    const { onlyIn } = findKeyPoints([
      source('a', 'Nato countries have ruled out the French President’s suggestion of sending troops from the alliance to Ukraine.', 'Ukraine last week lost the key city of Avdiivka in the Donetsk region.'),
      source('b', 'Several NATO countries, including the US, Germany and the UK, have ruled out deploying ground troops to Ukraine.'),
    ]);
    expect(onlyIn.map((point) => point.text)).toEqual(['Ukraine last week lost the key city of Avdiivka in the Donetsk region.']);
  });
});

describe('writeStoryHeadline', () => {
  const lead = (text: string, title?: string) => ({ ...(title ? { title } : {}), paragraphs: [{ text }] });

  test('takes the wording the sources share rather than the first outlet’s headline', () => {
    const headline = writeStoryHeadline(
      [
        lead('Nato countries have ruled out sending troops to Ukraine.', "World leaders reject Macron’s plan in bid to stop 'Russia winning the war'"),
        lead('Several Nato countries, including Germany, have ruled out sending troops to Ukraine, after Macron said nothing was excluded.'),
        lead('Germany and other Nato countries ruled out sending troops to Ukraine on Tuesday.'),
      ],
      memory,
    );
    expect(headline).toBe('Nato countries have ruled out sending troops to Ukraine');
  });

  test.each([
    ['the clause after ", after"', 'Several Nato countries have ruled out sending ground troops to Ukraine, after Macron said nothing was excluded.', 'Several Nato countries have ruled out sending ground troops to Ukraine'],
    ['a final full stop', 'Nato countries have ruled out sending ground troops to Ukraine.', 'Nato countries have ruled out sending ground troops to Ukraine'],
  ])('cuts %s', (_name, text, expected) => {
    expect(writeStoryHeadline([lead(text), lead(text)], memory)).toBe(expected);
  });

  test('leaves a story of one source to that source’s title', () => {
    expect(writeStoryHeadline([lead('Harbour bridge to close for six months.', 'Harbour bridge to close')], memory)).toBeUndefined();
  });

  test('gives no headline longer than a headline', () => {
    const long = `${'Officials from many European countries met in Paris and discussed '.repeat(3)}the war.`;
    expect(writeStoryHeadline([lead(long), lead(long)], memory)).toBeUndefined();
  });
});

describe('findKeyPoints wording', () => {
  const source = (slug: string, ...paragraphs: string[]) => ({ slug, paragraphs: paragraphs.map((text, index) => ({ index, text, line: index + 1 })) });

  test('does not give a bare quotation, which does not say who spoke, when a sentence names the speaker', () => {
    const { keyPoints } = findKeyPoints([
      source('a', '“We will do anything we can to prevent Russia from winning this war.”'),
      source('b', 'Speaking on Monday evening, Mr Macron said: “We will do anything we can so Russia cannot win the war.'),
    ]);
    expect(keyPoints.map((point) => point.text)).toEqual(['Speaking on Monday evening, Mr Macron said: “We will do anything we can so Russia cannot win the war.”']);
  });
});

describe('findUniqueClaims with figures', () => {
  test.each([
    ['a number and a word', 'The closure will force around 40,000 daily commuters onto ferries.', 'About 40,000 people cross the bridge each day.'],
    ['a distance', 'The closure will force commuters onto ferries and a 25-mile detour.', 'Drivers face a 25-mile detour through Eastvale.'],
  ])('drops a claim sharing %s with another source', (_name, claim, elsewhere) => {
    expect(findUniqueClaims([{ article: 0, text: claim }], [{ article: 1, text: elsewhere }], 2, memory)).toEqual([]);
  });
});

describe('findUniqueClaims on the same event told twice', () => {
  test('drops a claim that another source makes about the same people in other words', () => {
    const claim = 'Shop owners in the old town say the six-month closure of the harbour bridge could push some of them out of business.';
    const elsewhere = 'Local business groups warned the closure could cost shops in the old town millions in lost trade.';
    expect(findUniqueClaims([{ article: 0, text: claim }], [{ article: 1, text: elsewhere }], 2, memory)).toEqual([]);
  });
});

describe('findKeyPoints and quotations', () => {
  const source = (slug: string, ...paragraphs: string[]) => ({ slug, paragraphs: paragraphs.map((text, index) => ({ index, text, line: index + 1 })) });

  test.each([
    ['curly marks', '“The safety of the travelling public has to come first.”'],
    ['straight marks', '"The safety of the travelling public has to come first."'],
  ])('gives no key point for a bare quotation in %s', (_name, text) => {
    expect(findKeyPoints([source('a', text), source('b', text)]).keyPoints).toEqual([]);
  });

  test('keeps a quotation that says who spoke', () => {
    const text = '"We did not take this decision lightly," Helen Okafor, the authority\'s chief executive, said on Friday.';
    expect(findKeyPoints([source('a', text), source('b', text)]).keyPoints.map((point) => point.text)).toEqual([text]);
  });
});
