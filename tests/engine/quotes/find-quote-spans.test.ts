import { describe, expect, test } from 'vitest';
import { findQuoteSpans } from '../../../src/engine/quotes/01-find-quote-spans.ts';

const quoted = (text: string): string[] => findQuoteSpans(text).map((s) => text.slice(s.start, s.end));

describe('findQuoteSpans', () => {
  test.each([
    ['curly double marks', '“We will win,” she said.', ['We will win,']],
    ['straight double marks', '"It\'s over," said Lee.', ["It's over,"]],
    ['angle marks with inner spaces', 'The slogan « Liberté » was painted on walls.', ['Liberté']],
    ['single angle marks', 'They chanted ‹ never again › all night.', ['never again']],
    ['straight single marks in British style', "Jenrick says 'tough love' is needed.", ['tough love']],
    ['curly single marks', 'He called it a ‘farce’ on Monday.', ['farce']],
    ['a quote left open at the end of the paragraph', 'Mayor Anne Hidalgo said: “We will rebuild.', ['We will rebuild.']],
    ['a double quote closed by a single mark', 'It would be a “major escalation’ with Russia, The Telegraph reports.', ['major escalation']],
    ['a double quote closed by an angle mark', 'It called the talks “a very important new element ».', ['a very important new element']],
    ['a double quote opened curly and closed straight', '“In this case, we need to talk," CNN cited him.', ['In this case, we need to talk,']],
    ['a single quote nested in a double one, reported once', 'A source said: “The aim is to say: ‘Don’t do anything stupid.’”', ['The aim is to say: ‘Don’t do anything stupid.’']],
    ['editorial brackets inside a quote', '“They [the rebels] must leave,” he said.', ['They [the rebels] must leave,']],
    ['apostrophes in words and decades are not marks', 'Macron’s critics say the ’90s were different and don’t care.', []],
    ['a plural possessive inside a quote does not close it', '“The allies’ position is clear,” she said.', ['The allies’ position is clear,']],
    ['two quotes in one sentence', '“Yes,” said Ana Silva. “No,” replied Marco Rossi.', ['Yes,', 'No,']],
    ['a second opening mark closes an unclosed first quote', '“We tried, he said. “But the money never came.”', ['We tried, he said.', 'But the money never came.']],
    ['a thin space between an inner closing mark and the outer straight one', '"Then I thought, \'We have a band\'\u2009", she recalled.', ["Then I thought, 'We have a band'"]],
    ['a space before a straight mark and a comma closes the quote', 'He said "we will stay here ", and left.', ['we will stay here']],
    ['straight marks opening paragraphs run together: each opening after a sentence end starts a new quote', 'He replies: "What is the point of that? "That nobody may speak? "It is absurd," he said.', ['What is the point of that?', 'That nobody may speak?', 'It is absurd,']],
    ['straight marks run together: a new quote may open with a number', 'The coach said: "We let the lead slip. "20 minutes of panic cost us. "We go again on Saturday." He left the room.', ['We let the lead slip.', '20 minutes of panic cost us.', 'We go again on Saturday.']],
    ['straight marks run together: a year opening the middle quote', 'She said: "Prices rose all spring. "2023\'s harvest was poor. "Nobody could have planned for it." The shop shut in May.', ['Prices rose all spring.', "2023's harvest was poor.", 'Nobody could have planned for it.']],
    ['British single marks opening paragraphs run together: each opening after a sentence end starts a new quote', 'The coach said: ‘We let it slip. ‘There’s no hiding from that. ‘We go again on Saturday.’ He left.', ['We let it slip.', 'There’s no hiding from that.', 'We go again on Saturday.']],
    ['British single marks: a quote after a question opens anew', '‘Why would we wait? ‘The money is there,’ she said.', ['Why would we wait?', 'The money is there,']],
    ['British single marks: an inner single mark after a word is no new quote', 'He said: ‘They called it ‘madness’, and I agreed.’', ['They called it ‘madness’, and I agreed.']],
    ['British single marks: a plural\'s apostrophe inside a long quote does not close it', '‘We acted on the inspectors’ findings at once. Nobody was hurt,’ the council said.', ['We acted on the inspectors’ findings at once. Nobody was hurt,']],
    ['British single marks: a capitalised name\'s apostrophe inside a quote opened after a comma', 'The senator told reporters, ‘This could mean SARS’ return in the winter. We warned them,’ and left.', ['This could mean SARS’ return in the winter. We warned them,']],
    ['British single marks: a plural\'s apostrophe before a number', 'The union said: ‘We honour the miners’ 100-year fight for safety at work.’ Talks resume today.', ['We honour the miners’ 100-year fight for safety at work.']],
    ['British single marks: a quoted phrase opened after a comma on a lower-case word still ends at a plural\'s mark', 'Her rivals, ‘the old bosses’ of the league, said nothing. ‘We won,’ she said.', ['the old bosses', 'We won,']],
    ['British single marks: a closing mark after a stray space and a comma', '‘It was a bad year for savers, ’ said the bank\'s chief. ‘Next year will be better.’', ['It was a bad year for savers,', 'Next year will be better.']],
    ['British single marks: a nickname closed after a stray space', 'The boxer Joe ‘the Rock ’ Malone retired on Friday.', ['the Rock']],
    ['British single marks: a mark after a space and glued to the next word is no stray-space closer', 'He said: ‘We won ’cause we wanted it more.’', ['We won ’cause we wanted it more.']],
    ['British single marks: a short scare quote ending in s still closes', 'Critics called the ‘fat cats’ greedy, and the ‘fat cats’ said nothing.', ['fat cats', 'fat cats']],
    ['British single marks: no closer after a sentence end, so the mark closes', '‘The rules apply to all players’ agents too’ he said.', ['The rules apply to all players']],
    ['British single marks: a quoted phrase inside a sentence ends at a plural\'s mark', 'She was proud of the ‘fiercest of fighters’ on her side, she said. ‘We won.’', ['fiercest of fighters', 'We won.']],
    ['an apostrophe after an editor\'s bracket does not close a quote', '‘[The council]’s plan is sound,’ she said.', ['[The council]’s plan is sound,']],
    ['a straight mark after a word inside an open quote still nests', 'She said: "He told me "no" and left."', ['He told me "no" and left.']],
    ['marks around nothing but punctuation are ignored', 'He wrote “…” and left.', []],
  ])('finds %s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  test('marks a quote left open as not closed, running to the paragraph end', () => {
    const text = 'He said: “We will rebuild.';
    expect(findQuoteSpans(text)).toEqual([{ open: 9, close: text.length, start: 10, end: text.length, closed: false }]);
  });
});
