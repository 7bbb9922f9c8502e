/**
 * Speakers carried to a quote with no cue of its own (the sieves of src/engine/quotes/sieves/ that
 * give a quote the person the text around it is about). News-shaped sentences written for these
 * tests; rows with speaker null show where the sieve must withhold.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null, rule?: string];

/** [text, speaker, rule] per quote of lines (one paragraph each). */
function carriedOf(article: string): Row[] {
  return quotesOfLines(article).map((q) => (q.rule ? [q.text, q.speaker, q.rule] : [q.text, q.speaker]));
}

describe('quote-after-only-person: a quote sentence after a sentence naming one person only', () => {
  test.each<[string, string, Row[]]>([
    [
      'the one person named before it in the paragraph, even as an object',
      'The hosts had two players sent off, leaving coach Ian Rowe unhappy. “One card was harsh. The other was fair.”',
      [['One card was harsh. The other was fair.', 'Ian Rowe', 'quote-after-only-person']],
    ],
    [
      'a title quoted earlier in the paragraph is no speech and does not stop it',
      'At the panel “Starting Out”, painter Ana Ruiz spoke of years without work. “Nobody called me back for a long time.”',
      [['Starting Out', null], ['Nobody called me back for a long time.', 'Ana Ruiz', 'quote-after-only-person']],
    ],
    [
      'a body named too may be the speaker: withheld',
      'The Harlow Tenants Association praised mayor Ian Rowe. “The plan is sound and fair.”',
      [['The plan is sound and fair.', null]],
    ],
    [
      'a possessor is not the speaker: withheld',
      'The hosts beat Tom Bell’s side on Sunday. “One card was harsh.”',
      [['One card was harsh.', null]],
    ],
    [
      'a sentence about what happened to the person: withheld',
      'Striker Ian Rowe played on in the rain. Later Rowe was struck by a coin. “The referee saw nothing.”',
      [['The referee saw nothing.', null]],
    ],
    [
      'a pronoun before the quote may be someone else: withheld',
      'Ann Dee met Ian Rowe.\nShe thanked Ian Rowe at length. “It was a long day.”',
      [['It was a long day.', null]],
    ],
    [
      'two people named: withheld',
      'The hosts had a player sent off, leaving coach Ian Rowe and captain Ann Dee unhappy. “One card was harsh.”',
      [['One card was harsh.', null]],
    ],
    [
      'the person named only in an earlier sentence, not the one before the quote: withheld',
      'Coach Ian Rowe took his side to Leeds. The match was played in heavy rain. “One card was harsh.”',
      [['One card was harsh.', null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(carriedOf(article)).toEqual(expected);
  });
});

describe('first-person-about-one-person: a first-person quote with no cue, in narrative about one person only', () => {
  test.each<[string, string, Row[]]>([
    [
      'a first-person fragment in a sentence whose subject is the person',
      'Ana Ruiz has worked in oils for a decade, her love of it “born in my grandmother’s kitchen”.',
      [['born in my grandmother’s kitchen', 'Ana Ruiz', 'first-person-about-one-person']],
    ],
    [
      'a first-person fragment after "she" in the next sentence of a paragraph about her',
      'Singer Mia Holt was cast in the lead at 19. Then still a student, she took the part, “a chance to face my fears”.',
      [['a chance to face my fears', 'Mia Holt', 'first-person-about-one-person']],
    ],
    [
      'a paragraph about "him" after a paragraph about one man',
      'Tom Bell has farmed by the river for forty years.\nIn March he lost half his herd, days before the sale, calling the flood “the worst I have seen”.',
      [['the worst I have seen', 'Tom Bell', 'first-person-about-one-person']],
    ],
    [
      'a line that is only a first-person quote, after a line about the person with a quoted word',
      'Former minister Ann Dee remembered how a colleague of hers called every woman “love”.\n“When I asked him to stop, he laughed at me.”',
      [['love', null], ['When I asked him to stop, he laughed at me.', 'Ann Dee', 'first-person-about-one-person']],
    ],
    [
      'a first-person fragment after a quote the person’s own cue gave them',
      'Sara Lind made her costume by hand. “It took months,” Lind said. The suit “is so hot that I drink water all day”.',
      [['It took months,', 'Sara Lind', 'said-name-after-quote'], ['is so hot that I drink water all day', 'Sara Lind', 'first-person-about-one-person']],
    ],
    [
      'a quote in the first person plural only: withheld',
      'Ana Ruiz has worked in oils for a decade, a love “born in our grandmother’s kitchen”.',
      [['born in our grandmother’s kitchen', null]],
    ],
    [
      'two people named before it: withheld',
      'Ana Ruiz and Tom Bell have worked in oils for a decade, a love “born in my grandmother’s kitchen”.',
      [['born in my grandmother’s kitchen', null]],
    ],
    [
      'the person’s kin brought in before it: withheld',
      'Ana Ruiz has worked in oils for a decade. Her husband calls it a love “born in my grandmother’s kitchen”.',
      [['born in my grandmother’s kitchen', null]],
    ],
    [
      'a pronoun of the other gender: withheld',
      'Mrs Ana Ruiz has worked in oils for a decade. Then still a student, he saw it as “a chance to face my fears”.',
      [['a chance to face my fears', null]],
    ],
    [
      '"they" may be others: withheld',
      'Ana Ruiz has worked in oils for a decade. They saw it as “a chance to face my fears”.',
      [['a chance to face my fears', null]],
    ],
    [
      'an unnamed speaker with a speech verb of its own: withheld',
      'Ana Ruiz has worked in oils for a decade.\nThe teacher said “I have never seen such a talent.”',
      [['I have never seen such a talent.', null]],
    ],
    [
      'someone else named after it in its paragraph: withheld',
      'Ana Ruiz has worked in oils for a decade, a love “born in my grandmother’s kitchen”. Mayor Tom Bell bought two of the paintings.',
      [['born in my grandmother’s kitchen', null]],
    ],
    [
      'a body named, not a person: withheld',
      'The Harlow Art Society has shown oils for a decade, a love “born in my grandmother’s kitchen”.',
      [['born in my grandmother’s kitchen', null]],
    ],
    [
      'the person named two sentences back, nothing about anyone in between: withheld',
      'Ana Ruiz has worked in oils for a decade. The studio is small. Mornings are “the worst time for my eyes”.',
      [['the worst time for my eyes', null]],
    ],
    [
      'someone unnamed in the paragraph, after a line about the person: withheld',
      'Tom Bell has farmed by the river for forty years.\nA neighbour watched the water rise “over my gate and into the barn”.',
      [['over my gate and into the barn', null]],
    ],
    [
      'someone unnamed beside the person in the paragraph: withheld',
      'Tom Bell lost half his herd in March. One witness saw the water rise “over my gate and into the barn”.',
      [['over my gate and into the barn', null]],
    ],
    [
      'a line of narrative that names nobody, after a line about the person: withheld',
      'Tom Bell has farmed by the river for forty years.\nThe river rose a metre by dawn, “faster than I have ever seen”.',
      [['faster than I have ever seen', null]],
    ],
    [
      'only something done to the person, in the passive: withheld',
      'Tom Bell was jailed for six years in March.\n“I lost my home and my savings.”',
      [['I lost my home and my savings.', null]],
    ],
    [
      'the passive and then an active "he": the person',
      'Tom Bell was jailed for six years in March. In court he sat still, calling the fraud “the worst thing I have done”.',
      [['the worst thing I have done', 'Tom Bell', 'first-person-about-one-person']],
    ],
    [
      'the person named only as the possessor of someone else: withheld',
      'Tom Bell’s widow spoke outside the court on Friday.\n“I have lost my best friend.”',
      [['I have lost my best friend.', null]],
    ],
    [
      'a quote that says "him" of someone who may be the person: withheld',
      'Officers arrested Tom Bell near the station on Friday.\n“I saw him run past my house.”',
      [['I saw him run past my house.', null]],
    ],
    [
      'a quote that says "he" of a man, in a paragraph about a woman (an apposition to her name): the woman',
      'Mrs Ann Dee, a former minister, spent her first week in office alone, a week in which “a clerk told me he would not take orders from me”.',
      [['a clerk told me he would not take orders from me', 'Ann Dee', 'first-person-about-one-person']],
    ],
    [
      'after a quote of one person, another person named before it: withheld',
      'Tom Bell has farmed by the river for forty years. “We will rebuild,” Bell said. Ann Dee is less sure, the flood “the worst I have seen”.',
      [['We will rebuild,', 'Tom Bell', 'said-name-after-quote'], ['the worst I have seen', null]],
    ],
    [
      'a Catalan quote whose "I" is "and": withheld',
      'Poet Tom Bell grew up in exile, the line “I si no el plou, la terra es seca” in his head.',
      [['I si no el plou, la terra es seca', null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(carriedOf(article)).toEqual(expected);
  });
});

describe('quote-cued-by-role-of-lead-person: a cue naming only a role the lead gave, for the one person named', () => {
  test.each<[string, string, Row[]]>([
    [
      'a role in the first line, the name in the next, the role again after the quote',
      'Leeds coach proud after comeback\nTom Varga praised his players after they came from behind to beat Hull.\n“We never stopped believing,” said the head coach.',
      [['We never stopped believing,', 'Tom Varga', 'quote-cued-by-role-of-lead-person']],
    ],
    [
      'the role opening the cue sentence, with a partial quote',
      'Union leader warns of hard choices\nMaria Lenz has urged members to turn out next month.\nThe union leader said the ballot would give a “stark and simple” choice between two futures.',
      [['stark and simple', 'Maria Lenz', 'name-said-partial-quote']],
    ],
    [
      'the role after the quote’s comma',
      'Wales coach hails fightback\nOwen Price paid tribute to his side after the win in Paris.\n“We had to show character,” the national team coach told reporters.',
      [['We had to show character,', 'Owen Price', 'quote-cued-by-role-of-lead-person']],
    ],
    [
      'the role followed by a time phrase',
      'Coach hails young squad\nAnna Holm praised her players after the draw in Oslo.\n“They never gave up,” said the head coach after the game.',
      [['They never gave up,', 'Anna Holm', 'quote-cued-by-role-of-lead-person']],
    ],
    [
      'the role tied to a body by “of”: withheld',
      'Coach hails young squad\nAnna Holm praised her players after the draw in Oslo.\n“They never gave up,” said the coach of the visitors.',
      [['They never gave up,', null]],
    ],
    [
      'no line gave the role without a name: withheld',
      'Tom Varga praised his players after they beat Hull.\n“We never stopped believing,” said the head coach.',
      [['We never stopped believing,', null]],
    ],
    [
      'another person named before: withheld',
      'Leeds coach proud after comeback\nTom Varga praised striker Ian Rowe after the win over Hull.\n“We never stopped believing,” said the head coach.',
      [['We never stopped believing,', null]],
    ],
    [
      'a role that names someone else (the judge): withheld',
      'Judge rejects appeal\nKarl Obi lost his appeal against the fine on Friday.\n“The law is clear,” said the judge.',
      [['The law is clear,', null]],
    ],
    [
      'the person only in a passive sentence: withheld',
      'Coach sacked after defeat\nTom Varga was dismissed by the board on Monday.\n“It was a hard decision,” said the coach.',
      [['It was a hard decision,', null]],
    ],
    [
      'the sentence just before is not about the person: withheld',
      'Leeds coach proud after comeback\nTom Varga praised his players. The rain fell all afternoon.\n“We never stopped believing,” said the head coach.',
      [['We never stopped believing,', null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(carriedOf(article)).toEqual(expected);
  });
});

describe('speaker-as-pronoun-in-quote: a quote that speaks of a person as "he"/"she" is not the one the narrative beside it is about', () => {
  test.each<[string, string, Row[]]>([
    [
      'a line about a woman, then a quote about "she" in nobody’s first person: withheld',
      'Singer Mia Cole became a star in the nineties.\n“In 2001 she sold more records than ever before.”',
      [['In 2001 she sold more records than ever before.', null]],
    ],
    [
      'the same line, the quote in the first person: hers',
      'Singer Mia Cole became a star in the nineties.\n“In 2001 I sold more records than ever before.”',
      [['In 2001 I sold more records than ever before.', 'Mia Cole', 'quote-line-after-subject']],
    ],
    [
      'a beat given as "he" and a quote speaking of "him": one man, not the speaker',
      'Tom Reed played in two bands. He had only toured twice. “The third tour never happened, but we would have loved him there.”',
      [['The third tour never happened, but we would have loved him there.', null]],
    ],
    [
      'a beat given as "she" and a quote speaking of "he": another person, the beat is hers',
      'Ann Lowe watched the final at home. She pauses. “I think he was relieved.”',
      [['I think he was relieved.', 'Ann Lowe', 'beat-before-quote']],
    ],
    [
      'a pronoun after a person the quote names stands for that person',
      'Ana Ruiz is the running mate of Tom Vale. She sent a message to the party.\n“Tell Tom Vale that if he quits, I will quit too.”',
      [['Tell Tom Vale that if he quits, I will quit too.', 'Ana Ruiz', 'quote-line-after-subject']],
    ],
  ])('%s', (_label, article, expected) => {
    expect(carriedOf(article)).toEqual(expected);
  });
});

describe('sole-teller-of-article: a first-person quote in an article told in one voice', () => {
  test.each<[string, string, Row[]]>([
    [
      'a memoir: the one voice the article quotes, across narrative naming others',
      'Ann Roe, the band’s first manager, remembers the tours.\n“I joined the band in 1977 and toured for years,” she said.\nThe album came out that spring and sold well. “We played every night in a new town.”',
      [
        ['I joined the band in 1977 and toured for years,', 'Ann Roe', 'said-name-after-quote'],
        // The nearer sieve (the quote just before, across one plain sentence) names the same voice first.
        ['We played every night in a new town.', 'Ann Roe', 'quote-after-speech-across-narrative'],
      ],
    ],
    [
      'another person given a verb of saying in the narrative: withheld',
      'Ann Roe, the band’s first manager, remembers the tours.\n“I joined the band in 1977 and toured for years,” she said.\nTom Vale, the drummer, once claimed the tours lost money.\nThe band split in 1980.\nThe album came out that spring and sold well. “We played every night in a new town.”',
      [
        ['I joined the band in 1977 and toured for years,', 'Ann Roe', 'said-name-after-quote'],
        ['We played every night in a new town.', null],
      ],
    ],
    [
      'a person cited in passing ("as NAME once declared") is no rival voice',
      'Ann Roe, the band’s first manager, remembers the tours.\n“I joined the band in 1977 and toured for years,” she said.\nWas the band doomed, as former drummer Tom Vale once famously declared?\nThe album came out that spring and sold well. “We played every night in a new town.”',
      [
        ['I joined the band in 1977 and toured for years,', 'Ann Roe', 'said-name-after-quote'],
        ['We played every night in a new town.', 'Ann Roe', 'sole-teller-of-article'],
      ],
    ],
    [
      'a verb of stance in the narrative ("her label, NAME, was hoping") is no rival voice',
      'Ann Roe, the band’s first manager, remembers the tours.\n“I joined the band in 1977 and toured for years,” she said.\nHer label, Acme Records, was hoping for a hit record that year.\nThe album came out that spring and sold well. “We played every night in a new town.”',
      [
        ['I joined the band in 1977 and toured for years,', 'Ann Roe', 'said-name-after-quote'],
        ['We played every night in a new town.', 'Ann Roe', 'sole-teller-of-article'],
      ],
    ],
    [
      'another person saying something about the story ("as well, Tom Vale said") is a rival: withheld',
      'Ann Roe, the band’s first manager, remembers the tours.\n“I joined the band in 1977 and toured for years,” she said.\nThe tours lost money as well, the drummer Tom Vale said.\nThe band split in 1980.\nThe album came out that spring and sold well. “We played every night in a new town.”',
      [
        ['I joined the band in 1977 and toured for years,', 'Ann Roe', 'said-name-after-quote'],
        ['We played every night in a new town.', null],
      ],
    ],
    [
      'a short quote inside a sentence of narrative is no text of the teller: withheld',
      'Ann Roe, the band’s first manager, remembers the tours.\n“I joined the band in 1977 and toured for years,” she said.\nThe album was billed as “our own best record” on every poster.',
      [
        ['I joined the band in 1977 and toured for years,', 'Ann Roe', 'said-name-after-quote'],
        ['our own best record', null],
      ],
    ],
    [
      'a quote whose cue names someone the digest cannot place is another voice: withheld',
      'Ann Roe, the band’s first manager, remembers the tours.\n“I joined the band in 1977 and toured for years,” she said.\n“We never slept,” a roadie recalled.\nThe album came out that spring. “We played every night in a new town.”',
      [
        ['I joined the band in 1977 and toured for years,', 'Ann Roe', 'said-name-after-quote'],
        ['We never slept,', null],
        ['We played every night in a new town.', null],
      ],
    ],
    [
      'a long line of quotation only, in the third person, is the teller’s text too',
      'Ann Roe, the band’s first manager, remembers the tours.\n“I joined the band in 1977 and toured for years,” she said.\nThe album came out that spring. But the singer later became a star in America. “In 1991 he sold more records than ever before. “We saw fans take him into their hearts.”\n“The singer was restless on every tour, and he wrote the best songs of his life on the road.”',
      [
        ['I joined the band in 1977 and toured for years,', 'Ann Roe', 'said-name-after-quote'],
        ['In 1991 he sold more records than ever before.', 'Ann Roe', 'quote-line-after-narrative'],
        ['We saw fans take him into their hearts.', 'Ann Roe', 'quote-reopened'],
        ['The singer was restless on every tour, and he wrote the best songs of his life on the road.', 'Ann Roe', 'sole-teller-of-article'],
      ],
    ],
    [
      'the same line when another person is given a verb of saying in the narrative: withheld',
      'Ann Roe, the band’s first manager, remembers the tours.\n“I joined the band in 1977 and toured for years,” she said.\nTom Vale, the drummer, once claimed the tours lost money.\nThe album came out that spring. But the singer later became a star in America. “In 1991 he sold more records than ever before. “We saw fans take him into their hearts.”\n“The singer was restless on every tour, and he wrote the best songs of his life on the road.”',
      [
        ['I joined the band in 1977 and toured for years,', 'Ann Roe', 'said-name-after-quote'],
        ['In 1991 he sold more records than ever before.', null],
        ['We saw fans take him into their hearts.', null],
        ['The singer was restless on every tour, and he wrote the best songs of his life on the road.', null],
      ],
    ],
    [
      'an interview run together: comment between the answers is no other voice, "So" carries the story on',
      'Ann Roe, the band’s first manager, remembers the tours.\n“I joined the band in 1977 and toured for years,” she said.\nThe band split in 1980.\nThe album came out that spring.\nWhy did the band last? A fair thing to wonder, surely. “The band stayed together because nobody ever got rich from it.”\nSo she is writing a book about those years.',
      [
        ['I joined the band in 1977 and toured for years,', 'Ann Roe', 'said-name-after-quote'],
        ['The band stayed together because nobody ever got rich from it.', 'Ann Roe', 'sole-teller-of-article'],
      ],
    ],
    [
      'a line naming a person by a common noun before the quote may bring in their voice: withheld',
      'Ann Roe, the band’s first manager, remembers the tours.\n“I joined the band in 1977 and toured for years,” she said.\nThe band split in 1980.\nThe album came out that spring.\nOne neighbour was less kind about those years.\n“The noise from that house went on every single night until dawn.”',
      [
        ['I joined the band in 1977 and toured for years,', 'Ann Roe', 'said-name-after-quote'],
        ['The noise from that house went on every single night until dawn.', null],
      ],
    ],
    [
      'a line that gives a document before the quote: withheld',
      'Ann Roe, the band’s first manager, remembers the tours.\n“I joined the band in 1977 and toured for years,” she said.\nThe band split in 1980.\nThe album came out that spring.\nA letter from those years survives in a drawer.\n“The band shall play every night of the tour and share the fees equally.”',
      [
        ['I joined the band in 1977 and toured for years,', 'Ann Roe', 'said-name-after-quote'],
        ['The band shall play every night of the tour and share the fees equally.', null],
      ],
    ],
    [
      '"That" opening the next line points back at the quote that ends its line: withheld',
      'Ann Roe, the band’s first manager, remembers the tours.\n“I joined the band in 1977 and toured for years,” she said.\nThe band split in 1980.\nThe album came out that spring. “The band stayed together because nobody ever got rich from it.”\nThat was the verdict of the label as well.',
      [
        ['I joined the band in 1977 and toured for years,', 'Ann Roe', 'said-name-after-quote'],
        ['The band stayed together because nobody ever got rich from it.', null],
      ],
    ],
    [
      '"So" before a verb of saying opening the next line points back at the quote: withheld',
      'Ann Roe, the band’s first manager, remembers the tours.\n“I joined the band in 1977 and toured for years,” she said.\nThe band split in 1980.\nThe album came out that spring. “The band stayed together because nobody ever got rich from it.”\nSo says the label as well.',
      [
        ['I joined the band in 1977 and toured for years,', 'Ann Roe', 'said-name-after-quote'],
        ['The band stayed together because nobody ever got rich from it.', null],
      ],
    ],
    [
      '"So" going on with the story after the quote points at nothing: the teller\'s',
      'Ann Roe, the band’s first manager, remembers the tours.\n“I joined the band in 1977 and toured for years,” she said.\nThe band split in 1980.\nThe album came out that spring. “The band stayed together because nobody ever got rich from it.”\nSo the tours went on for another ten years.',
      [
        ['I joined the band in 1977 and toured for years,', 'Ann Roe', 'said-name-after-quote'],
        ['The band stayed together because nobody ever got rich from it.', 'Ann Roe', 'sole-teller-of-article'],
      ],
    ],
  ])('%s', (_label, article, expected) => {
    expect(carriedOf(article)).toEqual(expected);
  });
});
