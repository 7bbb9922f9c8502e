/**
 * `quote-after-reported-speech` when the reported words are about a person named first in them ("NAME said Harry was
 * in a privileged position. “…”", "His agent told the Times that Pullman was happy. “…”"): that person is what was
 * said, no rival speaker of the quote after it (issue 13, round 21, part 13bs). Still withheld when the named person's
 * own words are reported ("said Tom Hall had admitted …") or a person is named elsewhere in the sentence. The sentences
 * are written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null, rule?: string];

const attributions = (article: string): Row[] => quotesOfLines(article).map((q) => (q.rule ? [q.text, q.speaker, q.rule] : [q.text, q.speaker]));

describe('reported speech about a person named first in the reported words, then a quote', () => {
  test.each<[string, string, Row[]]>([
    ['said NAME was …, same line', 'Green leader Moira Dunn said Dean Hollis was out of touch and said he should step back. “There is a limit to public patience.”', [['There is a limit to public patience.', 'Moira Dunn', 'quote-after-reported-speech']]],
    ['told OUTLET that NAME was …, next line', 'Editor Ruth Bell told the Herald newspaper that Okafor was pleased with the cover.\n“Of course the studio wants to sell copies.”', [['Of course the studio wants to sell copies.', 'Ruth Bell', 'quote-after-reported-speech']]],
    ['said that NAME had …', 'Coach Lewis Fenn said that Marsh had trained well all week.\n“He is ready for Saturday.”', [['He is ready for Saturday.', 'Lewis Fenn', 'quote-after-reported-speech']]],
    // Issue 13, round 28, part 13cq: a person the reported words only mention (an object, a possessor) is no rival either.
    ['a person named later in the reported words', 'Coach Lewis Fenn said the squad would miss Dan Marsh on Saturday.\n“It is a big blow.”', [['It is a big blow.', 'Lewis Fenn', 'quote-after-reported-speech']]],
    ['said he had VERBED NAME, same line', 'Club chairman Owen Pryce said he had sacked Dean Ashby on Monday night. “We could not go on like this.”', [['We could not go on like this.', 'Owen Pryce', 'quote-after-reported-speech']]],
    ['said NAME’s NOUN would …', 'Campaigner Nia Lowe said Mr Karimov’s jail term would not silence the movement. “The world is watching this case now.”', [['The world is watching this case now.', 'Nia Lowe', 'quote-after-reported-speech']]],
    ['NAME, who is …, said he had …', 'Sara Quint, who is the league’s chair, said she had warned Mr Doyle twice.\n“He knew the rules and he broke them.”', [['He knew the rules and he broke them.', 'Sara Quint', 'quote-after-reported-speech']]],
    // Issue 13, round 31, part 31c: the same after the listener of "told" ("told OUTLET he had agreed with NAME that …").
    ['told OUTLET he had VERBED with NAME, same line', 'Party leader Owen Pryce told Radio Cymru he had agreed with Ms Lloyd last year that she would stand down. “She has done the job longer than anyone.”', [['She has done the job longer than anyone.', 'Owen Pryce', 'quote-after-reported-speech']]],
    ['told the OUTLET that NAME’s NOUN would …, next line', 'Coach Lewis Fenn told the BBC that Mr Marsh’s injury would keep him out for a month.\n“It is a big blow for us.”', [['It is a big blow for us.', 'Lewis Fenn', 'quote-after-reported-speech']]],
  ])('the teller speaks: %s', (_label, article, rows) => {
    expect(attributions(article)).toEqual(rows);
  });

  test.each<[string, string, Row[]]>([
    ['the named person’s own words are reported', 'Police chief Ann Cole said Tom Hall had admitted the theft.\n“I did it for the money.”', [['I did it for the money.', null]]],
    ['the named person’s words, by "told"', 'Police chief Ann Cole said Tom Hall told officers he was sorry.\n“I regret everything.”', [['I regret everything.', null]]],
    ['a person right after the verb, its object', 'Coach Lewis Fenn thanked Dan Marsh for his years at the club.\n“It is a sad day.”', [['It is a sad day.', null]]],
    ['a person in the reported words with a verb of saying', 'Coach Lewis Fenn said the squad had heard Dan Marsh say he would leave.\n“It is a big blow.”', [['It is a big blow.', null]]],
    ['after the listener no clause opens, another person named', 'Coach Lewis Fenn praised Sky Sports and Dan Marsh and quoted his words.\n“It is a big blow.”', [['It is a big blow.', null]]],
    ['a person after the listener whose own words are reported', 'Police chief Ann Cole told BBC Wales Tom Hall had admitted the theft.\n“I did it for the money.”', [['I did it for the money.', null]]],
    ['a second person named after the first', 'Coach Lewis Fenn said Marsh was fit but Ola Reyes would miss the game.\n“It is a big blow.”', [['It is a big blow.', null]]],
  ])('withheld: %s', (_label, article, rows) => {
    expect(attributions(article)).toEqual(rows);
  });
});
