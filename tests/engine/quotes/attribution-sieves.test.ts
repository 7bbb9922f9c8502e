/**
 * Each attribution rule on sentences shaped like real news (written for these tests): the speaker
 * it chooses, the rule it records, and how the mention was resolved. Rows that must stay without
 * a speaker show what each rule must not do.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null, rule?: string, resolution?: string];

/** [text, speaker, rule, resolution] per quote of lines (one paragraph each). */
function attributionsOf(article: string): Row[] {
  return quotesOfLines(article).map((q) => (q.rule ? [q.text, q.speaker, q.rule, q.resolution] : [q.text, q.speaker]));
}

describe('findQuotes: the rule and resolution of every attribution', () => {
  test.each<[string, string, Row[]]>([
    // cue rules of the quote's own sentence
    ['said-name-after-quote', '“We will appeal,” said Martin Okoye.', [['We will appeal,', 'Martin Okoye', 'said-name-after-quote', 'full-name']]],
    ['name-said-before-quote', 'Ruth Calder said: “The figures are a disgrace.”', [['The figures are a disgrace.', 'Ruth Calder', 'name-said-before-quote', 'full-name']]],
    ['name-said-partial-quote', 'Ruth Calder said the figures were “a disgrace”.', [['a disgrace', 'Ruth Calder', 'name-said-partial-quote', 'full-name']]],
    ['according-to', '“Prices will fall,” according to analyst Tom Briers.', [['Prices will fall,', 'Tom Briers', 'according-to', 'full-name']]],
    ['surname-to-full-name', 'Health Secretary Patricia Hewlett spoke on Monday.\n“We have made a firm commitment,” Ms Hewlett said.', [['We have made a firm commitment,', 'Patricia Hewlett', 'said-name-after-quote', 'surname-to-full-name']]],
    ['pronoun-to-antecedent', 'Coach Arsène Baptiste watched the match.\n“It was a poor night,” he said.', [['It was a poor night,', 'Arsène Baptiste', 'said-name-after-quote', 'pronoun-to-antecedent']]],
    ['noun-to-organization', 'Calderdale Council closed the road.\n“Safety comes first,” the council said.', [['Safety comes first,', 'Calderdale Council', 'said-name-after-quote', 'noun-to-organization']]],
    // the mention a cue points at
    ['the agent of a passive speech verb', 'The mayor, Dan Okri, was described by the Fire Brigades Union as “a friend of firefighters”.', [['a friend of firefighters', 'Fire Brigades Union', 'name-said-partial-quote', 'full-name']]],
    ['the person before "of" and a possessor\'s organisation', 'Tom Ridley of the UK\'s National Farmers Alliance said, "Prices have never been this low."', [['Prices have never been this low.', 'Tom Ridley', 'name-said-before-quote', 'full-name']]],
    ['the person before "of" and three words describing the organisation', 'To this, Mary Okafor of regional charity group Clean Rivers Trust said, "The rules are too weak."', [['The rules are too weak.', 'Mary Okafor', 'name-said-before-quote', 'full-name']]],
    ['an organisation with a possessor and no person before it speaks for itself', 'Officials of the UK\'s National Farmers Alliance said, "Prices have never been this low."', [['Prices have never been this low.', 'National Farmers Alliance', 'name-said-before-quote', 'full-name']]],
    ['a Spanish speech verb after a Spanish quotation', '“La ley llega demasiado tarde”, dijo Marta Quiroga en la radio.', [['La ley llega demasiado tarde', 'Marta Quiroga', 'said-name-after-quote', 'full-name']]],
    ['a Spanish speech verb ending the sentence after two quotations', '“Nadie nos escuchó” y que “la espera fue muy larga”, recordó Marta Quiroga.', [['Nadie nos escuchó', 'Marta Quiroga', 'same-sentence-as-quote', 'previous-quote-speaker'], ['la espera fue muy larga', 'Marta Quiroga', 'said-name-after-quote', 'full-name']]],
    ['a Spanish speech verb with no subject names nobody', 'The hearing ended early.\n“No es justo”, afirmó.', [['No es justo', null]]],
    ['an organisation before "in" and the body it sits in', 'The Aam Janta Party in Goa Legislative Assembly, in its statement, said he was a "true gentleman".', [['true gentleman', 'Aam Janta Party', 'name-said-partial-quote', 'full-name']]],
    ['a person before "in the" and the body they sit in', 'Ruth Abara in the National Assembly said, "The roads are finished."', [['The roads are finished.', 'Ruth Abara', 'name-said-before-quote', 'full-name']]],
    ['the agent of a speech verb\'s participle after a noun', 'The ship sailed on, in a pattern described by Coast Monitor as "erratic and hard to predict".', [['erratic and hard to predict', 'Coast Monitor', 'name-said-partial-quote', 'full-name']]],
    ['the agent after "as said by" following a quotation', '"We are exhausted and we need help now" as said by the boy\'s father, Pablo Ibarra, on several occasions.', [['We are exhausted and we need help now', 'Pablo Ibarra', 'said-name-after-quote', 'full-name']]],
    ['a participle with no named agent names nobody', 'The plan, described by some as "a gamble", passed on Monday.', [['a gamble', null]]],
    ['a speaker who called by phone still speaks', 'Ann Hobbs called by phone to say the road was "closed for good".', [['closed for good', 'Ann Hobbs', 'name-said-partial-quote', 'full-name']]],
    [
      'a colon line that quotes "her words": the one other person of the sentence, not its subject',
      'Blogger Nadia Farouk praised Lena Ostrova\'s courage and quoted her words:\n"You owe the families an apology."',
      [['You owe the families an apology.', 'Lena Ostrova', 'said-colon-line-before', 'full-name']],
    ],
    [
      'a participle after the document the subject put out: the subject speaks',
      'Mayor Lena Okoro lost the vote.\nLater, Okoro issued a statement at the town hall in Port Ellis saying, "The count is far from over."',
      [['The count is far from over.', 'Lena Okoro', 'name-said-before-quote', 'surname-to-full-name']],
    ],
    ['a participle after a document nobody here put out names nobody', 'Mayor Lena Okoro lost the vote.\nLater, a letter from the town hall in Port Ellis arrived saying, "The count is far from over."', [['The count is far from over.', null]]],
    [
      'referred to X as "Q": the one who named it',
      'Radio host Dan Merrick was dropped in 2009 by two stations after he referred to the city council as "a pack of clowns." He later apologised.',
      [['a pack of clowns.', 'Dan Merrick', 'name-said-partial-quote', 'pronoun-to-antecedent']],
    ],
    ['referred to a report that said "Q": not a naming, the report is no speaker here', 'Radio host Dan Merrick referred to a report that called the council "a pack of clowns."', [['a pack of clowns.', null]]],
    ['quoted "her words" with nobody else in the sentence names nobody', 'Blogger Nadia Farouk quoted her words:\n"You owe the families an apology."', [['You owe the families an apology.', null]]],
    [
      'quoted "her words" after two other people names nobody',
      'Blogger Nadia Farouk praised Lena Ostrova and Mia Kell and quoted her words:\n"You owe the families an apology."',
      [['You owe the families an apology.', null]],
    ],
    ['citing "NAME\'s words that": the owner of the words', 'Rail unions have agreed to talks with Transport Secretary Mark Hollis.\nThe union backed the deal, citing Mark Hollis\'s words that "nobody will lose their job".', [['nobody will lose their job', 'Mark Hollis', 'name-said-partial-quote', 'full-name']]],
    ['a colon line that quotes someone else gives no speaker to its subject', 'The Riverside Tenants Association continues quoting the boy\'s parents:\n"We are exhausted and we need help now."', [['We are exhausted and we need help now.', null]]],
    ['a speaker before an aside between dashes that names someone else', 'Speaker Tom Baird commented on the matter — which the Harbour Board noted as an unusual step — "This is a plain abuse of the rules."', [['This is a plain abuse of the rules.', 'Tom Baird', 'name-said-before-quote', 'full-name']]],
    ['the person after a possessor and a role', '“We miss him,” writes Okafor’s longtime band mate Ruth Ibe on Facebook.', [['We miss him,', 'Ruth Ibe', 'said-name-after-quote', 'full-name']]],
    ['not the listener of an opening clause', 'Speaking to Radio Kent, the head of the Kent Farmers Union, Gail Moss, said, “Prices are too low.”', [['Prices are too low.', 'Gail Moss', 'name-said-before-quote', 'full-name']]],
    ['a person of an organisation with a long appositive', 'Professor Anil Desai of Leeds University, co-author of a study published in the Lancet on Friday, called the link “striking”.', [['striking', 'Anil Desai', 'name-said-partial-quote', 'full-name']]],
    ['NAME, a capitalised affiliation and a role, said:', 'Hanna Berger, Christie’s European head of design, said: “The sale exceeded every estimate.”', [['The sale exceeded every estimate.', 'Hanna Berger', 'name-said-before-quote', 'full-name']]],
    ['NAME, PARTY co-chairman, said', 'Owen Pryce, Tory co-chairman, said the campaign showed “a lack of nerve”.', [['a lack of nerve', 'Owen Pryce', 'name-said-partial-quote', 'full-name']]],
    ['not a list of names before the verb', 'Owen Pryce, Tory leader Ann Holt and others said the plan was “a mess”.', [['a mess', null]]],
    ['“revealed that”: a speech verb', 'Broadcaster Ruth Alder also revealed that the young minister was “shy and very polite”.', [['shy and very polite', 'Ruth Alder', 'name-said-partial-quote', 'full-name']]],
    ['“confessed”: a speech verb', 'Coach Tom Ince confessed: “We were lucky to win.”', [['We were lucky to win.', 'Tom Ince', 'name-said-before-quote', 'full-name']]],
    ['a study that revealed something is no speaker', 'Research carried out last year revealed that most voters saw the tax as “unfair”.', [['unfair', null]]],
    ['“said the ROLE of BODY, NAME”', '“It will be a tragedy,” said the chairman of the Commons transport committee, Labour MP Louise Ellman.', [['It will be a tragedy,', 'Louise Ellman', 'said-name-after-quote', 'full-name']]],
    ['“said the head of ORG, NAME”: the person, not the organisation', '“Prices are too low,” said the head of the Kent Farmers Union, Gail Moss, on Monday.', [['Prices are too low,', 'Gail Moss', 'said-name-after-quote', 'full-name']]],
    ['“said the ROLE of BODY, which …”: nobody named beside the role', '“It will be a tragedy,” said the chairman of the Commons transport committee, which meets on Monday.', [['It will be a tragedy,', null]]],
    ['a speaker set between commas after the verb, before the quote', 'Writer Curt Hale spoke at the fair.\nThe rules get tested in the courts which, said Mr Hale, “is part of the whole messy process.”', [['is part of the whole messy process.', 'Curt Hale', 'name-said-partial-quote', 'surname-to-full-name']]],
    ['“The idea, says ORG, is …”: an organisation between commas', 'The idea, says Network Rail, is to build “a railway for the century”.', [['a railway for the century', 'Network Rail', 'name-said-partial-quote', 'full-name']]],
    ['not the listener between commas', 'The price, told Ann Bell, was “far too high”.', [['far too high', null]]],
    ['a relative clause left open before the verb', 'Karl Obi, who has chaired the transport committee since May said: “The line must be finished.”', [['The line must be finished.', 'Karl Obi', 'name-said-before-quote', 'full-name']]],
    ['“NAME, AGE, who …, said”', 'Local resident Jan Ellis, 67, who crosses the bridge daily, said she was “furious”.', [['furious', 'Jan Ellis', 'name-said-partial-quote', 'full-name']]],
    ['“NAME, AGE, who cited …:”: nobody cited, so the person who cites speaks', 'Another was tour guide Owen Platt, 24, who cited only his years of rugby: “You help your mates.”', [['You help your mates.', 'Owen Platt', 'name-said-before-quote', 'full-name']]],
    ['“who cited NAME”: the one cited still speaks', 'The paper, which cited agency head Lena Ford: “Costs have doubled.”', [['Costs have doubled.', 'Lena Ford', 'name-said-before-quote', 'full-name']]],
    ['name-said-ending-sentence', 'Prof Joni Lee led the study.\nThis was because women would not “put up with” the old attitudes, Prof Lee said.', [['put up with', 'Joni Lee', 'name-said-ending-sentence', 'surname-to-full-name']]],
    ['name-said-ending-sentence: a pronoun and a time after the verb', 'Defence minister Kyra Olsen met her Turkish counterpart.\nThe border is the “main difference” between the two, she added on Monday.', [['main difference', 'Kyra Olsen', 'name-said-ending-sentence', 'pronoun-to-antecedent']]],
    ['name-said-ending-sentence: not when the sentence goes on after the attribution', 'Prof Joni Lee led the study.\nWomen would not “put up with” it, Prof Lee said, and the Speaker agreed.', [['put up with', null]]],
    ['not the speaker of the sentence: the subject of the verb right before the quote (commentators, an anonymous source)', 'Mayor Ian Holt spoke on Friday.\nThe plan, which critics called “a gimmick”, was approved, Mr Holt said.', [['a gimmick', 'critics', 'name-said-partial-quote', 'anonymous-source']]],
    ['two speakers together are neither alone', 'Commentators such as Brit Hale and Chris Wall described the speech as “flat”.', [['flat', null]]],
    ['two speakers with honorifics together', 'Gordon Brent and Oliver Lett clashed.\nMr Brent and Mr Lett said they were “confident” of victory.', [['confident', null]]],
    ['NAME MP, the ROLE, said: the person, not the party of the role', 'Oliver Lett MP, the Tory spokesman, said: “We will cut waste.”', [['We will cut waste.', 'Oliver Lett', 'name-said-before-quote', 'full-name']]],
    ['an aside between dashes before the verb', 'Gordon Brent - who has been chancellor since 1997 - said: “I am proud of the record.”', [['I am proud of the record.', 'Gordon Brent', 'name-said-before-quote', 'full-name']]],
    ['an aside between dashes naming another person', 'Gordon Brent - who took over from Ken Clarke in 1997 - said: “I am proud of the record.”', [['I am proud of the record.', 'Gordon Brent', 'name-said-before-quote', 'full-name']]],
    ['“said NAME’s lawyer”: not the person whose lawyer speaks', 'Singer Amy Hart is in dispute with Joe Cole.\n“We will sue,” said Cole’s lawyer.', [['We will sue,', null]]],
    ['“NAME was told:”: the one told is no speaker', 'Singer Amy Hart is in dispute with Joe Cole.\nAmy Hart was told: “Your contract is void.”', [['Your contract is void.', null]]],
    ['“recalled her father telling her:”: the father speaks, unnamed', 'Singer Amy Hart spoke about her childhood.\nAmy Hart recalled her father telling her: “Never give up.”', [['Never give up.', null]]],
    ['“NAME’s letter to NAME2 said:”: not the one written to', 'Singer Amy Hart is in dispute with Joe Cole.\nAmy Hart’s letter to Joe Cole said: “I quit.”', [['I quit.', null]]],
    ['“with NAME describing …”: the participle’s subject', 'Work stopped, with Ivan Petrov describing the site as “too dangerous”.', [['too dangerous', 'Ivan Petrov', 'name-said-partial-quote', 'full-name']]],
    ['named-in-next-sentence: “The warning came from NAME.”', '“Stay indoors.” The warning came from police chief Ann Wu.', [['Stay indoors.', 'Ann Wu', 'named-in-next-sentence', 'full-name']]],
    ['named-in-next-sentence: “Those were the words of NAME.”', '“Clear the streets or clear off.” Those were the words of Mayor Dan Ross.', [['Clear the streets or clear off.', 'Dan Ross', 'named-in-next-sentence', 'full-name']]],
    ['named-in-next-sentence: not “the case of NAME”', '“Nothing was proved.” That was the case of Dan Ross.', [['Nothing was proved.', null]]],
    ['““Q,” was the message from NAME.”', '“Stay indoors,” was the message from police chief Ann Wu.', [['Stay indoors,', 'Ann Wu', 'said-name-after-quote', 'full-name']]],
    ['not ““Q,” was the case of NAME.”', '“Nothing was proved,” was the case of Dan Ross.', [['Nothing was proved,', null]]],
    ['“ORG released a statement which read, in part,”', 'The Harbour Trust released a statement which read, in part, “We regret the delay to the works.”', [['We regret the delay to the works.', 'Harbour Trust', 'name-said-before-quote', 'full-name']]],
    ['not the subject of a sentence that only received the statement', 'The Harbour Trust received a letter which said “the delay is a scandal”.', [['the delay is a scandal', null]]],
    ['name-then-quoted-predicate', 'Information commissioner Richard Thomas “totally condemned” the deletion of e-mails.', [['totally condemned', 'Richard Thomas', 'name-then-quoted-predicate', 'full-name']]],
    ['name-then-quoted-predicate: not a name inside a phrase, but the speaker after', 'The plan by Richard Thomas “totally failed”, critics said.', [['totally failed', 'critics', 'said-name-after-quote', 'anonymous-source']]],
    ['“A lawyer for NAME said”: not the client', 'Singer Amy Hart is in dispute with Joe Cole.\nA lawyer for Amy Hart said: “She is heartbroken.”', [['She is heartbroken.', null]]],
    ['“The mother of NAME told”: not the kin', 'Singer Amy Hart is in dispute with Joe Cole.\nThe mother of Amy Hart told the BBC: “She is heartbroken.”', [['She is heartbroken.', null]]],
    ['“said a lawyer for NAME”: not the client', 'Singer Amy Hart is in dispute with Joe Cole.\n“She is heartbroken,” said a lawyer for Amy Hart.', [['She is heartbroken,', null]]],
    ['“said the chairman of ORG” with nobody named after the body: not the body', '“Fares must fall,” said the chairman of Harbour Rail, which runs the line.', [['Fares must fall,', null]]],
    ['“, writing” after an opening phrase without a comma: the subject after the phrase', 'Judge Tarvo Lind ruled on Monday.\nIn the filing itself Lind also made this point, writing “We are cooperating.”', [['We are cooperating.', 'Tarvo Lind', 'name-said-before-quote', 'surname-to-full-name']]],
    ['“, adding” after an opening phrase of time without a comma', 'Coach Ann Wu spoke on Monday.\nAt the hearing Ann Wu admitted the fault, adding “We lost our heads.”', [['We lost our heads.', 'Ann Wu', 'name-said-before-quote', 'full-name']]],
    ['not a name inside the opening phrase (“In a letter to NAME the union …”)', 'Coach Ann Wu spoke on Monday.\nIn a letter to Ann Wu the union made its case, writing “We are cooperating.”', [['We are cooperating.', null]]],
    ['“NAME’s statement on …, read:”: the owner of the document, past a short phrase', 'Singer Ann Wu died on Monday.\nThe Wu family’s statement on her death read: “She loved her fans.”', [['She loved her fans.', null]]],
    ['“NAME’s statement on the death read:”', 'Coach Ann Wu resigned on Monday.\nAnn Wu’s statement on the decision read: “I gave it my all.”', [['I gave it my all.', 'Ann Wu', 'name-said-before-quote', 'full-name']]],
    ['“Her letter to the board said …”: the owner named by a possessive pronoun', 'Coach Ann Wu resigned on Monday.\nHer letter to the board said the club had been “a second home”.', [['a second home', 'Ann Wu', 'name-said-partial-quote', 'pronoun-to-antecedent']]],
    ['not the owner of a document named inside the phrase (“The reply to NAME’s letter said”)', 'Coach Ann Wu resigned on Monday.\nThe reply to her letter on the decision said it was “regrettable”.', [['regrettable', null]]],
    ['“One of the children said,”: one unnamed person of a family', 'The couple raised nine children on a farm.\nOne of the children said, “We never went to school.”', [['We never went to school.', 'One of the children', 'name-said-before-quote', 'anonymous-source']]],
    ['“said the lawyer of NAME, NAME2”: the lawyer named', 'Singer Amy Hart is in dispute with Joe Cole.\n“He is wrong,” said the lawyer of Joe Cole, Ian Rowe.', [['He is wrong,', 'Ian Rowe', 'said-name-after-quote', 'full-name']]],
    ['a person after a newspaper and a role', 'The fall is steep, according to Fiji Times editor Sala Vunivalu, who called it “a warning”.', [['a warning', 'Sala Vunivalu', 'name-said-partial-quote', 'full-name']]],
    [
      'a pronoun continuing the same pronoun after an opening clause',
      'Indian finance minister Arjun Mehra spoke in London.\nAt a dinner hosted by Chancellor George Platt on Friday, he said rates should float.\n“Fixed rates hurt,” he told the dinner.',
      [['Fixed rates hurt,', 'Arjun Mehra', 'said-name-after-quote', 'pronoun-to-antecedent']],
    ],
    ['a pronoun after ORG ROLE NAME', 'Herald executive Colin Baird said more pages would come.\n“Quality is vital,” he said.', [['Quality is vital,', 'Colin Baird', 'said-name-after-quote', 'pronoun-to-antecedent']]],
    ['“went on to add”: the subject before the governing verb', 'Pollster Kate Rimmer went on to add, “Nobody saw it coming.”', [['Nobody saw it coming.', 'Kate Rimmer', 'name-said-before-quote', 'full-name']]],
    ['“according to him”', 'Army spokesman Idris Bello spoke on radio.\nAccording to him, the raid had help from “people inside the town”.', [['people inside the town', 'Idris Bello', 'according-to', 'pronoun-to-antecedent']]],
    ['“by saying”: the subject of the sentence', 'Senator Amy Voss ended the debate by saying “enough is enough”.', [['enough is enough', 'Amy Voss', 'name-said-partial-quote', 'full-name']]],
    ['“reads a statement”: the statement’s organisation', '“We are heartbroken,” reads a statement from the Rugby Football Union.', [['We are heartbroken,', 'Rugby Football Union', 'said-name-after-quote', 'full-name']]],
    ['subject-colon-quote', 'Chilean President Rosa Araya rejected Lula’s proposal: “The region decides for itself.”', [['The region decides for itself.', 'Rosa Araya', 'subject-colon-quote', 'full-name']]],
    ['“said one of their lawyers, NAME”', '“A ruling is due in March,” said one of their lawyers, Petros Alexiou.', [['A ruling is due in March,', 'Petros Alexiou', 'said-name-after-quote', 'full-name']]],
    ['epithet-to-person after the quote', 'Team member Holly Yates said the squad would cope.\n“It would be great to have her,” said the European cross-country champion.', [['It would be great to have her,', 'Holly Yates', 'said-name-after-quote', 'epithet-to-person']]],
    ['epithet-to-person before the quote', 'Jason Garland won the 60m in Leipzig.\nThe world indoor champion said: “I nearly went home.”', [['I nearly went home.', 'Jason Garland', 'name-said-before-quote', 'epithet-to-person']]],
    ['anonymous-source: an undescribed spokeswoman who speaks', 'A spokeswoman said the tour was at a “very early stage”.', [['very early stage', 'spokeswoman', 'name-said-partial-quote', 'anonymous-source']]],
    ['a partial quote, a comma, then said NAME', 'Grace Odum runs the fund.\nThe sector is “fantastically rich”, said Ms Odum, citing new firms.', [['fantastically rich', 'Grace Odum', 'said-name-after-quote', 'surname-to-full-name']]],
    ['NAME of a two-word firm', 'Analyst Nick Van der Berg of BNP Paribas called the results “modest”.', [['modest', 'Nick Van der Berg', 'name-said-partial-quote', 'full-name']]],
    ['a show in two names as an affiliation', 'Dan Cole and Ann Lee host the show.\n“We loved it,” said Cole and Lee executive producer Mia Hart.', [['We loved it,', 'Mia Hart', 'said-name-after-quote', 'full-name']]],
    ['the subject after an opening prepositional phrase', 'In a post on her campaign site, Mayor Lena Ruiz thanked voters, writing, “We did this together.”', [['We did this together.', 'Lena Ruiz', 'name-said-before-quote', 'full-name']]],
    ['according to an eyewitness', 'According to eyewitness Tom Akers, “it exploded within seconds.”', [['it exploded within seconds.', 'Tom Akers', 'according-to', 'full-name']]],
    ['said-colon-line-before without a speech verb: the line’s subject after its role', 'Party chairman Mark Reddy gave this view in Ballot News comments:\n“We reject the ruling.”', [['We reject the ruling.', 'Mark Reddy', 'said-colon-line-before', 'full-name']]],
    ['an anonymous source described after its head', 'A source within the Interior Ministry reportedly said “the figures are hidden”.', [['the figures are hidden', 'source within the Interior Ministry', 'name-said-partial-quote', 'anonymous-source']]],
    ['NAME speaking to X called it “Q”', 'Greek minister Nikos Dimas speaking to a Brussels think tank called the deal “void”.', [['void', 'Nikos Dimas', 'name-said-partial-quote', 'full-name']]],
    ['a pronoun after a passive agent', 'Adviser Rob Kerr was on stage while Ann Stone flew over.\nThis was the first time Kerr made a speech since he was pardoned by Stone. He said “That was cool.”', [['That was cool.', 'Rob Kerr', 'name-said-before-quote', 'pronoun-to-antecedent']]],
    ['“the Court” capitalised alone, back to the court named before', 'The Supreme Court of Ghana ruled on Monday.\nThe opinion of the Court, released on Tuesday, read in part, “The oath is void.”', [['The oath is void.', 'Supreme Court of Ghana', 'name-said-before-quote', 'noun-to-organization']]],
    ['a colon after a sentence naming a passive agent', 'The Defence Ministry defended the strike, which was approved by President Ana Costa, as lawful: “We acted in self-defence.”', [['We acted in self-defence.', 'Defence Ministry', 'subject-colon-quote', 'full-name']]],
    ['verbs of praise and attack: the subject speaks', 'Mayor Ian Boyd lauded the nurse as a “quiet hero”.', [['quiet hero', 'Ian Boyd', 'name-said-partial-quote', 'full-name']]],
    ['a surname that is also a word after its full name', 'Rapper Kanye West held a rally.\nThe next day West accused his wife of trying to “lock me up”.', [['lock me up', 'Kanye West', 'name-said-partial-quote', 'surname-to-full-name']]],
    ['according to a memo posted by NAME', 'According to a memo posted online by Senator Rosa Vidal, the hearing was off because the governor did “not recognise the Senate”.', [['not recognise the Senate', 'Rosa Vidal', 'according-to', 'full-name']]],
    ['a then-title before the name', 'In a post before being sworn in, then-Secretary Ana Ortiz accepted the role, writing, “We need stability.”', [['We need stability.', 'Ana Ortiz', 'name-said-before-quote', 'full-name']]],
    ['the campaign named after a person, not the person', 'Joe Biden spoke in Ohio.\nThe Biden campaign hit back, accusing the president of “lying”.', [['lying', 'Biden campaign', 'name-said-partial-quote', 'full-name']]],
    ['name-after-question', '“Where was the referee?” Colin Marsh asked.', [['Where was the referee?', 'Colin Marsh', 'name-after-question', 'full-name']]],
    ['named-in-next-sentence', '“Clear the streets or clear off.” That was the message from pensioner Derek Holm.', [['Clear the streets or clear off.', 'Derek Holm', 'named-in-next-sentence', 'full-name']]],
    ['beat-before-quote', 'Singer Nina Okoro met fans.\nShe pauses. “I think I am ready.”', [['I think I am ready.', 'Nina Okoro', 'beat-before-quote', 'pronoun-to-antecedent']]],
    [
      'beat-before-quote: a long quote opening its sentence, words after it with no speech verb',
      'Singer Nina Okoro met fans.\nTired of touring, she left the band in 2011. “This is not what I wanted to become a singer for. I asked them for a smaller stage” to play on every night. “I had no say at all.”',
      [
        ['This is not what I wanted to become a singer for. I asked them for a smaller stage', 'Nina Okoro', 'beat-before-quote', 'pronoun-to-antecedent'],
        ['I had no say at all.', 'Nina Okoro', 'next-sentence-after-quote', 'previous-quote-speaker'],
      ],
    ],
    ['beat-before-quote: a short fragment opening its sentence is no beat', 'Singer Nina Okoro met fans.\nShe left the band in 2011. “Creative differences” were blamed by the label.', [['Creative differences', null]]],
    ['role-to-person', 'German Chancellor Friedrich Marz met the press.\n“Europe must act,” the German leader said.', [['Europe must act,', 'Friedrich Marz', 'said-name-after-quote', 'role-to-person']]],
    ['epithet-to-person: a nation’s noun', 'Andy Mullan reached the final in Paris.\n“I am delighted,” said the Scot on Sunday.', [['I am delighted,', 'Andy Mullan', 'said-name-after-quote', 'epithet-to-person']]],
    ['epithet-to-person: “The Frenchman added:” is no person named Frenchman', 'Arsenal boss Arsene Vidal was unhappy.\n“We lost,” said Vidal.\nThe Frenchman added: “We must react.”', [['We lost,', 'Arsene Vidal', 'said-name-after-quote', 'surname-to-full-name'], ['We must react.', 'Arsene Vidal', 'name-said-before-quote', 'epithet-to-person']]],
    ['“she” after “One of the victims …”: that one person', 'Prosecutor Kay Mello said the men were cruel.\nOne of the victims asked to be named. She said she wanted to show others “there is no shame”.', [['there is no shame', 'One of the victims', 'name-said-partial-quote', 'pronoun-to-antecedent']]],
    ['a company whose name ends like a participle is the subject of the participle after its clause', 'Boeing did not give details, telling reporters the company “regrets the delay”.', [['regrets the delay', 'Boeing', 'name-said-partial-quote', 'full-name']]],
    ['a council whose name starts like a participle is the subject of the participle after its clause', 'Stirling Council has closed the road, saying repairs were “urgent”.', [['urgent', 'Stirling Council', 'name-said-partial-quote', 'full-name']]],
    ['“Having said that,” still opens a participle clause', 'Having said that, Anna Berg called the plan “dead on arrival”.', [['dead on arrival', 'Anna Berg', 'name-said-partial-quote', 'full-name']]],
    ['“One of them said” after unnamed sources in the plural: that group', 'Two Nordic diplomats said a deal could reach EU leaders this week. One of them said the last draft was “nearly there”.', [['nearly there', 'Nordic diplomats', 'name-said-partial-quote', 'pronoun-to-antecedent']]],
    ['“One of them went as far as to say” after one member of a group: that member', 'The couple raised nine children on a farm.\nOne of the children said, “We never went to school.” This person also said the farm was home.\nOne of them even went as far as to say, “I would go back tomorrow.”', [['We never went to school.', 'One of the children', 'name-said-before-quote', 'anonymous-source'], ['I would go back tomorrow.', 'One of the children', 'name-said-before-quote', 'pronoun-to-antecedent']]],
    ['“One of them said” after a sentence naming a person and a group: nobody', 'Mayor Ruth Okafor and three aides met the strikers. One of them said the offer was “final”.', [['final', null]]],
    ['“One of them said” after a sentence naming two groups: nobody', 'Two Nordic diplomats said senior Finnish officials had stalled the deal. One of them said the draft was “nearly there”.', [['nearly there', null]]],
    ['“One of them said” after a sentence naming only one person: nobody', 'Coach Petra Lind watched the trials. One of them said the pace was “brutal”.', [['brutal', null]]],
    ['“One of the victims said”: an anonymous source', 'One of the victims said the men treated them as “toys”.', [['toys', 'One of the victims', 'name-said-partial-quote', 'anonymous-source']]],
    // sieves for quotes whose own sentence names nobody
    [
      'same-sentence-as-quote',
      'It was “a scandal” and “a waste of money,” said Olive Hart.',
      [
        ['a scandal', 'Olive Hart', 'same-sentence-as-quote', 'previous-quote-speaker'],
        ['a waste of money,', 'Olive Hart', 'said-name-after-quote', 'full-name'],
      ],
    ],
    [
      'next-sentence-after-quote',
      '“We lost,” said Dev Mistry. “Next year will be different.”',
      [
        ['We lost,', 'Dev Mistry', 'said-name-after-quote', 'full-name'],
        ['Next year will be different.', 'Dev Mistry', 'next-sentence-after-quote', 'previous-quote-speaker'],
      ],
    ],
    [
      'next-sentence-after-quote: after a short opening phrase of time',
      'Singer Rosa Lind talked about how the band had been overlooked “for years.” During the tour, “I felt like a queen at the ball.”',
      [
        ['for years.', 'Rosa Lind', 'name-said-partial-quote', 'full-name'],
        ['I felt like a queen at the ball.', 'Rosa Lind', 'next-sentence-after-quote', 'previous-quote-speaker'],
      ],
    ],
    [
      'next-sentence-after-quote: not when the opening phrase names someone',
      'Singer Rosa Lind talked about how the band had been overlooked “for years.” At the show, Tom Vale said, “I felt like a king.”',
      [
        ['for years.', 'Rosa Lind', 'name-said-partial-quote', 'full-name'],
        ['I felt like a king.', 'Tom Vale', 'name-said-before-quote', 'full-name'],
      ],
    ],
    [
      'next-sentence-after-quote: not after a longer clause with a subject of its own',
      'Singer Rosa Lind talked about how the band had been overlooked “for years.” In the end the crowd chanted, “More!”',
      [
        ['for years.', 'Rosa Lind', 'name-said-partial-quote', 'full-name'],
        ['More!', null],
      ],
    ],
    [
      'quote-reopened',
      'Minister Hana Sato said: “We will build the line. We will open it by 2030.\n“And we will pay for it ourselves.”',
      [
        ['We will build the line. We will open it by 2030.', 'Hana Sato', 'name-said-before-quote', 'full-name'],
        ['And we will pay for it ourselves.', 'Hana Sato', 'quote-reopened', 'previous-quote-speaker'],
      ],
    ],
    [
      'quote-line-after-quote',
      '“We lost,” said Dev Mistry.\n“Next year will be different.”',
      [
        ['We lost,', 'Dev Mistry', 'said-name-after-quote', 'full-name'],
        ['Next year will be different.', 'Dev Mistry', 'quote-line-after-quote', 'previous-quote-speaker'],
      ],
    ],
    [
      'quote-line-after-quote: not past another name given after the quote in its own line',
      '“We lost,” said Dev Mistry.\n“Next year will be different.” Club chairman Alan Brooke was less sure.',
      [
        ['We lost,', 'Dev Mistry', 'said-name-after-quote', 'full-name'],
        ['Next year will be different.', null],
      ],
    ],
    [
      'quote-line-after-quote: not after a line that turns to someone else with “but”',
      '“We will win,” Mark Pell said, but his lawyer Ian Rowe disagreed.\n“It is hopeless.”',
      [
        ['We will win,', 'Mark Pell', 'said-name-after-quote', 'full-name'],
        ['It is hopeless.', null],
      ],
    ],
    [
      'next-sentence-after-quote: not after a “but” that turns to someone else',
      '“We will win,” Mark Pell said, but his lawyer Ian Rowe disagreed. “It is hopeless.”',
      [
        ['We will win,', 'Mark Pell', 'said-name-after-quote', 'full-name'],
        ['It is hopeless.', null],
      ],
    ],
    [
      'same-sentence-as-quote: not for a quote with a speech verb of its own whose subject is unnamed',
      'Ben Ade was sent off.\nThe referee said Ade had “lost his head” and Carl Moss called the decision “a joke”.',
      [
        ['lost his head', null],
        ['a joke', 'Carl Moss', 'name-said-partial-quote', 'full-name'],
      ],
    ],
    [
      'quote-line-after-subject: not after a line that happens to its subject (an irregular participle)',
      'Striker Ben Ade scored twice.\nBen Ade was sent off in the second half.\n“It was never a red card.”',
      [['It was never a red card.', null]],
    ],
    [
      'beat-before-quote: not after a sentence that happens to its subject',
      'Striker Ben Ade scored twice.\nAde was hit by a bottle. “It was never a red card.”',
      [['It was never a red card.', null]],
    ],
    [
      'quote-line-after-quote: not when the speaker’s own people are named after the quote',
      'Campaigner Joe Lin opposed the plan: “It will close the library.”\n“Where will children read?” Lin’s supporters chanted.',
      [
        ['It will close the library.', 'Joe Lin', 'subject-colon-quote', 'full-name'],
        ['Where will children read?', null],
      ],
    ],
    [
      'same-sentence-as-quote: the next quote’s speaker named before both still speaks both',
      'Councillor Jan De Smet of the Flemish nationalist N-VA called the policy “ideological” and accused the mayor of “governing for cyclists”.',
      [
        ['ideological', 'Jan De Smet', 'same-sentence-as-quote', 'previous-quote-speaker'],
        ['governing for cyclists', 'Jan De Smet', 'name-said-partial-quote', 'full-name'],
      ],
    ],
    [
      'quote-line-after-quote: the same speaker named again after the quote',
      '“We lost,” said Dev Mistry.\n“Next year will be different.” Mistry was in tears.',
      [
        ['We lost,', 'Dev Mistry', 'said-name-after-quote', 'full-name'],
        ['Next year will be different.', 'Dev Mistry', 'quote-line-after-quote', 'previous-quote-speaker'],
      ],
    ],
    [
      'quote-closed-on-next-line',
      'Finance minister Ravi Pillai spoke in London.\n“Some countries have tried fixed rates.\nI do not wish to judge them,” he told the meeting.',
      [['Some countries have tried fixed rates.', 'Ravi Pillai', 'quote-closed-on-next-line', 'pronoun-to-antecedent']],
    ],
    [
      'a quote closed on the next line by a cue that names nobody the digest can place: no line before stands in for it',
      'Author Tomas Reyes has died aged 84.\n“He had a wonderful life.\nHis greatest wish was to see his name on a book,” said his wife.',
      [['He had a wonderful life.', null]],
    ],
    ['said his wife, NAME: the person named beside the relative', 'Author Tomas Reyes has died aged 84.\n“He had a wonderful life,” said his wife, Sheila Reyes.', [['He had a wonderful life,', 'Sheila Reyes', 'said-name-after-quote', 'full-name']]],
    ['said his wife, with no name: nobody the digest can place', 'Author Tomas Reyes has died aged 84.\n“He had a wonderful life,” said his wife.', [['He had a wonderful life,', null]]],
    [
      'a quote closed on the next line by "he said": that cue decides, as before',
      'Author Tomas Reyes spoke to students in 2001.\n“I had a wonderful life.\nMy greatest wish was to see my name on a book,” he said.',
      [['I had a wonderful life.', 'Tomas Reyes', 'quote-closed-on-next-line', 'pronoun-to-antecedent']],
    ],
    [
      'quote-after-reported-speech, same line',
      'The wind made the crossing hard, Lucien Marchal said, adding that it took stamina. “My legs were burning.”',
      [['My legs were burning.', 'Lucien Marchal', 'quote-after-reported-speech', 'full-name']],
    ],
    [
      'quote-after-reported-speech, next line',
      'Union leader Gwen Probert said members would strike.\n“We have been left no choice.”',
      [['We have been left no choice.', 'Gwen Probert', 'quote-after-reported-speech', 'full-name']],
    ],
    [
      'quote-after-reported-speech: a person named only inside a relative clause about the speaker',
      'Dr Rhian Moss, who led the survey with Owen Tudor and a team of nurses, said she was alarmed.\n“We expected a few cases, not hundreds.”',
      [['We expected a few cases, not hundreds.', 'Rhian Moss', 'quote-after-reported-speech', 'full-name']],
    ],
    [
      'an editor\'s subject in square brackets before the verb',
      'The paper quotes an unnamed official and explains the delay.\n[The official] also remarked that the mayor had made "many false claims".',
      [['many false claims', 'unnamed official', 'name-said-partial-quote', 'anonymous-source']],
    ],
    ['a language tag in square brackets between the subject and the verb', 'Bolivian blogger Ana Quispe [es] says the law is "a step back".', [['a step back', 'Ana Quispe', 'name-said-partial-quote', 'full-name']]],
    [
      'quote-after-reported-speech: characters named in brackets after the speaker (her works) are no other speaker',
      'Comic artist Dana Pruitt (Lois Lane, Rocket Girl) told of starting over after art school. “Nobody hired me for two years.”',
      [['Nobody hired me for two years.', 'Dana Pruitt', 'quote-after-reported-speech', 'full-name']],
    ],
    [
      'quote-after-reported-speech: a person named after the brackets still counts',
      'Comic artist Dana Pruitt (Rocket Girl) spoke of starting over with her editor, Mark Reyes. “Nobody hired me for two years.”',
      [['Nobody hired me for two years.', null]],
    ],
    [
      'quote-after-reported-speech: not when the other person is named outside that clause',
      'Dr Rhian Moss, who led the survey, thanked Owen Tudor and said she was alarmed.\n“We expected a few cases, not hundreds.”',
      [['We expected a few cases, not hundreds.', null]],
    ],
    [
      'quote-after-reported-speech: a relative clause left open before the verb, and the listener of “tells”',
      'TV host Ruth Alder, who presents the breakfast show every day tells Ken Loach that she despaired of him.\n“He looked as if he would kick your cat.”',
      [['He looked as if he would kick your cat.', 'Ruth Alder', 'quote-after-reported-speech', 'full-name']],
    ],
    [
      'quote-after-reported-speech: the listener of “told” is no rival speaker',
      'Union leader Gwen Probert told Ken Loach the members would strike.\n“We have been left no choice.”',
      [['We have been left no choice.', 'Gwen Probert', 'quote-after-reported-speech', 'full-name']],
    ],
    [
      'quote-after-reported-speech: but a person named elsewhere in the sentence still is',
      'Union leader Gwen Probert told reporters that Ken Loach had backed the strike.\n“We have been left no choice.”',
      [['We have been left no choice.', null]],
    ],
    [
      'quote-line-before-quote',
      'Athletes were told on Friday.\n“The suspension is lifted.”\n“She has explained her absence,” said federation chief Joseph Keter.',
      [
        ['The suspension is lifted.', 'Joseph Keter', 'quote-line-before-quote', 'previous-quote-speaker'],
        ['She has explained her absence,', 'Joseph Keter', 'said-name-after-quote', 'full-name'],
      ],
    ],
    [
      'quote-line-before-quote: a run of quote lines before the cued one',
      'The novelist was known for years of research.\n“I have never been able to write quickly.”\n“I am too self-critical for that.”\n“I am never satisfied,” Arthur Haley once said.',
      [
        ['I have never been able to write quickly.', 'Arthur Haley', 'quote-line-before-quote', 'previous-quote-speaker'],
        ['I am too self-critical for that.', 'Arthur Haley', 'quote-line-after-quote', 'previous-quote-speaker'],
        ['I am never satisfied,', 'Arthur Haley', 'said-name-after-quote', 'full-name'],
      ],
    ],
    [
      'quote-line-before-quote: not a run broken by a line of narrative',
      '“I have never been able to write quickly.”\nHe wrote at night.\n“I am never satisfied,” Arthur Haley once said.',
      [
        ['I have never been able to write quickly.', null],
        ['I am never satisfied,', 'Arthur Haley', 'said-name-after-quote', 'full-name'],
      ],
    ],
    [
      'quote-line-before-quote: after a line of narration that quotes a few words in passing',
      'The painter worked from "what the eye keeps" and spent months on each canvas.\n“I cannot paint fast.”\n“I hate every first draft,” Lena Varga once said.',
      [
        ['what the eye keeps', null],
        ['I cannot paint fast.', 'Lena Varga', 'quote-line-before-quote', 'previous-quote-speaker'],
        ['I hate every first draft,', 'Lena Varga', 'said-name-after-quote', 'full-name'],
      ],
    ],
    [
      'quote-line-before-quote: not after a line ending with words quoted in passing',
      'Protesters carried banners reading "hands off our homes".\n“No surrender.”\n“We will win,” Mark Pell said.',
      [
        ['hands off our homes', null],
        ['No surrender.', null],
        ['We will win,', 'Mark Pell', 'said-name-after-quote', 'full-name'],
      ],
    ],
    [
      'quote-line-before-quote: not after a line with a quote of its own',
      'A poster at the rally read: “No cuts here.”\n“No surrender.”\n“We will win,” Mark Pell said.',
      [
        ['No cuts here.', null],
        ['No surrender.', null],
        ['We will win,', 'Mark Pell', 'said-name-after-quote', 'full-name'],
      ],
    ],
    [
      'quote-left-open-before-quote',
      'Frank Oduya runs the lab.\n“What we want is outside-in thinking.\n“We are building a new drive,” said Mr Oduya.',
      [
        ['What we want is outside-in thinking.', 'Frank Oduya', 'quote-left-open-before-quote', 'previous-quote-speaker'],
        ['We are building a new drive,', 'Frank Oduya', 'said-name-after-quote', 'surname-to-full-name'],
      ],
    ],
    [
      'quote-line-after-narrative',
      '“Farmers gave it life,” said Mr Carlos Ruiz.\nThe training sessions were full every week.\n“Young people came first.”',
      [
        ['Farmers gave it life,', 'Carlos Ruiz', 'said-name-after-quote', 'full-name'],
        ['Young people came first.', 'Carlos Ruiz', 'quote-line-after-narrative', 'previous-quote-speaker'],
      ],
    ],
    [
      'quote-line-after-speech-and-narrative',
      'Cinema group head Nadia Ross said the new copies would be perfect.\nEvery film will be sent encrypted to stop piracy.\n“Audiences will see a sharper picture.”',
      [['Audiences will see a sharper picture.', 'Nadia Ross', 'quote-line-after-speech-and-narrative', 'full-name']],
    ],
    [
      'translation-of-quote: the English translation after a Spanish quote by NAME',
      '“La situación de nuestras familias es muy difícil y nadie nos escucha”, dijo Marta Quiroga.\nThe Harbour Gazette printed the remarks in English the next day.\n“The situation of our families is very difficult and nobody listens to us”',
      [
        ['La situación de nuestras familias es muy difícil y nadie nos escucha', 'Marta Quiroga', 'said-name-after-quote', 'full-name'],
        ['The situation of our families is very difficult and nobody listens to us', 'Marta Quiroga', 'translation-of-quote', 'previous-quote-speaker'],
      ],
    ],
    [
      'translation-of-quote: a Spanish quote before its translation by NAME',
      'The website quotes the farmers:\n“La situación de nuestras familias es muy difícil y nadie nos escucha”\nIn English, “the situation of our families is very difficult and nobody listens to us,” as said by Marta Quiroga.',
      [
        ['La situación de nuestras familias es muy difícil y nadie nos escucha', 'Marta Quiroga', 'translation-of-quote', 'previous-quote-speaker'],
        ['the situation of our families is very difficult and nobody listens to us,', 'Marta Quiroga', 'said-name-after-quote', 'full-name'],
      ],
    ],
    [
      'translation-of-quote: not an English quote of another length',
      '“La situación de nuestras familias es muy difícil y nadie nos escucha”, dijo Marta Quiroga.\nThe Harbour Gazette printed the remarks in English the next day.\n“Prices have fallen for three years and the banks will not lend to anyone in this valley any more”',
      [
        ['La situación de nuestras familias es muy difícil y nadie nos escucha', 'Marta Quiroga', 'said-name-after-quote', 'full-name'],
        ['Prices have fallen for three years and the banks will not lend to anyone in this valley any more', null],
      ],
    ],
    [
      'quote-line-after-speech-and-narrative: not across a line that names someone',
      'Cinema group head Nadia Ross said the new copies would be perfect.\nThe Odeon chain will pay for the projectors.\n“Audiences will see a sharper picture.”',
      [['Audiences will see a sharper picture.', null]],
    ],
    [
      'quote-line-after-speech-and-narrative: not across a line that reports speech, whose speaker (commentators) takes it',
      'Cinema group head Nadia Ross said the new copies would be perfect.\nCritics said the plan would cost too much.\n“Audiences will not notice.”',
      [['Audiences will not notice.', 'Critics', 'quote-after-reported-speech', 'anonymous-source']],
    ],
    [
      'an epithet after a quote, nobody named since: the last speaker',
      'Sprinter Kim Colley will run in Leeds.\n“I want to win,” he said.\n“The crowd was great.”\nThe world champion says he is in good shape.\n“The home pair will be tough.”',
      [
        ['I want to win,', 'Kim Colley', 'said-name-after-quote', 'pronoun-to-antecedent'],
        ['The crowd was great.', 'Kim Colley', 'quote-line-after-quote', 'previous-quote-speaker'],
        ['The home pair will be tough.', 'Kim Colley', 'quote-after-reported-speech', 'epithet-to-person'],
      ],
    ],
    [
      'a pronoun after “one of them” inside a sentence still finds the person',
      'Lighthouse keeper Eileen Marr retired in 1998.\nMarr is blunt. When engineers came, she says, one of them told her to rest.\n“I told him where to go,” she says.',
      [['I told him where to go,', 'Eileen Marr', 'said-name-after-quote', 'pronoun-to-antecedent']],
    ],
    [
      'quote-line-after-subject, present perfect (not passive)',
      'Professor Ines Duarte runs a school lab.\nHowever, Ms Duarte has adapted the idea to her own town.\n“The children love it.”',
      [['The children love it.', 'Ines Duarte', 'quote-line-after-subject', 'surname-to-full-name']],
    ],
    [
      'quote-line-after-subject',
      'Sprinter Marcus Greer took bronze in Athens.\nBut Greer believes he lost the title in the heats.\n“I was saving energy in my semi-final.”',
      [['I was saving energy in my semi-final.', 'Marcus Greer', 'quote-line-after-subject', 'surname-to-full-name']],
    ],
    // issue 13, round 2
    [
      'a possessor opening a show’s title stays a person',
      'Comedian Rita Vale died on Monday.\nShe hosted the talk show Rita Vale’s Late Hour for years.\n“I never planned any of it,” Vale said in 1990.',
      [['I never planned any of it,', 'Rita Vale', 'said-name-after-quote', 'surname-to-full-name']],
    ],
    ['“quoted NAME, ROLE, as saying”: the one quoted speaks', 'The Marine Safety Trust quoted Ian Marsh, a former fire chief, as saying “the alarms failed”.', [['the alarms failed', 'Ian Marsh', 'name-said-partial-quote', 'full-name']]],
    ['NAME of a state the article does not know: the person', 'Republican committee member Dan Hale of Ohio said on Twitter, “Nobody is conducting a formal inquiry.”', [['Nobody is conducting a formal inquiry.', 'Dan Hale', 'name-said-before-quote', 'full-name']]],
    ['NAME of a country: the person, not the country', 'Senator Lisa Brandt of Georgia said the vote was “a sham”.', [['a sham', 'Lisa Brandt', 'name-said-partial-quote', 'full-name']]],
    [
      'a colon, the quote, then “said NAME”: the one named after the quote',
      'The World Food Programme urged governments to act: “Every country can still change course,” said Amara Diallo, its executive director.',
      [['Every country can still change course,', 'Amara Diallo', 'said-name-after-quote', 'full-name']],
    ],
    [
      'role-to-person: “the Bishop” after “The Bishop of X, the Rt Rev Dr NAME”',
      'The Bishop of Carlisle, the Rt Rev Dr Alan Pryce, called the report “thin”.\nIn a letter to the Cumbrian Times, the Bishop said: “The evidence is weak.”',
      [['thin', 'Alan Pryce', 'name-said-partial-quote', 'full-name'], ['The evidence is weak.', 'Alan Pryce', 'name-said-before-quote', 'role-to-person']],
    ],
    [
      'noun-to-organization: “said the magazine” for the name the noun introduced',
      'The Walkman was voted the best gadget ever by US magazine Pocket Tech.\nThe list runs to 100 items.\n“We wanted things people carry,” said the magazine.',
      [['We wanted things people carry,', 'Pocket Tech', 'said-name-after-quote', 'noun-to-organization']],
    ],
    [
      'noun-to-organization: “the charity” for the name the noun introduced, paragraphs later',
      'The appeal was launched by the charity Kindred Path in May.\nDonations doubled in June.\nSchools joined in July.\n“We are overwhelmed,” the charity said.',
      [['We are overwhelmed,', 'Kindred Path', 'said-name-after-quote', 'noun-to-organization']],
    ],
    [
      'a one-word name already known as an organisation stays the organisation',
      'Online retailer Zalvo has opened a store in Leeds.\nZalvo said the store was “only the start”.',
      [['only the start', 'Zalvo', 'name-said-partial-quote', 'full-name']],
    ],
    [
      'pronoun-to-antecedent: “It said:” opening a paragraph, after a sentence whose subject is an organisation',
      'Shoppers complained about the new app.\nIn a statement Zalvo Group said the app was still on trial.\nIt said: “Nobody has to use it.”',
      [['Nobody has to use it.', 'Zalvo Group', 'name-said-before-quote', 'pronoun-to-antecedent']],
    ],
    ['“TITLE of PLACE NAME”: the place completes the title, not the name', '“We owe them everything,” tweeted Mayor of Leeds Amina Rahl.', [['We owe them everything,', 'Amina Rahl', 'said-name-after-quote', 'full-name']]],
    [
      '“TITLE of COUNTRY NAME” then the title alone',
      'President of Chile Mateo Ibarra spoke in Lima.\n“The talks failed,” the President said.',
      [['The talks failed,', 'Mateo Ibarra', 'said-name-after-quote', 'role-to-person']],
    ],
    ['“said ORG, CAMPUS’s ROLE, NAME”: the person, not the organisation', '“She was the finest mind I knew,” said University of Wales, Bangor’s vice-chancellor, Ravi Mehta.', [['She was the finest mind I knew,', 'Ravi Mehta', 'said-name-after-quote', 'full-name']]],
    ['“NAME talked of …”: talking as a verb of saying', 'Coach Rhea Mond talked of the squad’s “hunger for another title”.', [['hunger for another title', 'Rhea Mond', 'name-said-partial-quote', 'full-name']]],
    [
      '“ROLE of ORG and ROLE of ORG, NAME, called it “Q1” and said “Q2””: the person in apposition',
      'The then-manager of Harbour Publicity and Chair of Coast Tourism Partnership, Alan Reese, called it “a sad day” and said “the town will miss it.”',
      [['a sad day', 'Alan Reese', 'name-said-partial-quote', 'full-name'], ['the town will miss it.', 'Alan Reese', 'name-said-partial-quote', 'full-name']],
    ],
    [
      '“Q,” said the ROLE of ORG, ROLE NAME: the person the role is in apposition to, not the organisation',
      '“It will be a tragedy,” said the chairman of the Harbour Transport Committee, Liberal MP Dora Quayle.',
      [['It will be a tragedy,', 'Dora Quayle', 'said-name-after-quote', 'full-name']],
    ],
    [
      'a body named in lower case after its capitals speaks: “…, the Commons transport committee added”',
      'Drivers are in “acute shortage”, the Commons transport committee added.\n\nThe committee said: “Ministers must act.”',
      [['acute shortage', 'Commons transport committee', 'said-name-after-quote', 'full-name'], ['Ministers must act.', 'Commons transport committee', 'name-said-before-quote', 'noun-to-organization']],
    ],
    ['a nation within a state: “Northern Ireland” whole, not “Ireland”', 'Northern Ireland has told people to “think twice” before travelling.', [['think twice', 'Northern Ireland', 'name-said-partial-quote', 'full-name']]],
    ['“wrote student protester NAME”: everyday role nouns before a name', '“Every concession comes with a tighter grip,” wrote student protester Lena Moss on Twitter.', [['Every concession comes with a tighter grip,', 'Lena Moss', 'said-name-after-quote', 'full-name']]],
    ['“NAME of the X assembly said”: the person, past a body the article does not know', 'Rana Dasgupta of the Hajo assembly said “cow dung cures the virus.”', [['cow dung cures the virus.', 'Rana Dasgupta', 'name-said-partial-quote', 'full-name']]],
    ['“NAME of the ORG (ABBR) told the press …: “Q””: past the bracketed abbreviation', 'Ana Lodi of the International Red Cross (ICRC) told the press the aid was late: “Lives are at stake.”', [['Lives are at stake.', 'Ana Lodi', 'name-said-before-quote', 'full-name']]],
    [
      'pronoun-to-antecedent: “he” after a sentence opening “According to NAME,”',
      'Dr Paul Okeke runs the clinic.\nAccording to Okeke, few patients come back. “Once they are cured,” he told the press, “they trust us.”',
      [['Once they are cured,', 'Paul Okeke', 'said-name-after-quote', 'pronoun-to-antecedent'], ['they trust us.', 'Paul Okeke', 'name-said-partial-quote', 'pronoun-to-antecedent']],
    ],
    ['“However, addressing X, NAME proposed: “Q””: a sentence adverb before the opening phrase', 'However, addressing the summit, Ravi Chakra proposed: “Every leader should try it.”', [['Every leader should try it.', 'Ravi Chakra', 'subject-colon-quote', 'full-name']]],
    ['“NAME elaborated, “Q””: elaborating as a verb of saying', 'President Ana Velez elaborated, “A present state protects its citizens.”', [['A present state protects its citizens.', 'Ana Velez', 'name-said-before-quote', 'full-name']]],
    [
      'pronoun-to-antecedent: after two subjects contrasted by “but”, the one the sentence turns to',
      'Runner Ivan Sokolov won last week, but Tom Reilly is unfazed.\nHe said: “I am in form.”',
      [['I am in form.', 'Tom Reilly', 'name-said-before-quote', 'pronoun-to-antecedent']],
    ],
    [
      'pronoun-to-antecedent: after “while” and a title, the second subject',
      'President Jan Novak said the fire was “a tragedy” while Interior Minister Adam Hruby ordered checks. He tweeted, “We must learn from this.”',
      [['a tragedy', 'Jan Novak', 'name-said-partial-quote', 'full-name'], ['We must learn from this.', 'Adam Hruby', 'name-said-before-quote', 'pronoun-to-antecedent']],
    ],
    [
      'noun-to-organization: “NAME’s animal trust said” for the organisation named with both words, even later',
      'Actor Rita Vale died on Monday.\nVale’s animal trust said she had been in “excellent health”.\nIn 1978 she founded the Rita Vale Animal Trust.',
      [['excellent health', 'Rita Vale Animal Trust', 'name-said-partial-quote', 'noun-to-organization']],
    ],
    [
      'a person known by one name after “his wife”',
      'Oceanographer Walter Brink died on Friday.\nHis wife Ilse said “He never stopped working.”',
      [['He never stopped working.', 'Ilse', 'name-said-before-quote', 'surname-to-full-name']],
    ],
    [
      'pronoun-to-antecedent: “According to Dr. NAME,” with an honorific, then “He said”',
      'According to Dr. Lena Ortiz, the outbreak is “unprecedented.” She said, “No other virus has spread so fast.”',
      [['unprecedented.', 'Lena Ortiz', 'according-to', 'full-name'], ['No other virus has spread so fast.', 'Lena Ortiz', 'name-said-before-quote', 'pronoun-to-antecedent']],
    ],
    [
      'spokesperson-to-organization: “a NAME spokeswoman” speaks for the organisation named in the article',
      'The Home Office changed the visa rules.\nA Home Office spokeswoman said the change was “long planned”.',
      [['long planned', 'Home Office', 'name-said-partial-quote', 'spokesperson-to-organization']],
    ],
    [
      'spokesperson-to-organization: “a spokesman for ORG”, then “He added”',
      'Amnesty International criticised the law.\nA spokesman for Amnesty International said it was “a step back”.\nHe added: “Nobody should be held without charge.”',
      [['a step back', 'Amnesty International', 'name-said-partial-quote', 'spokesperson-to-organization'], ['Nobody should be held without charge.', 'Amnesty International', 'name-said-before-quote', 'spokesperson-to-organization']],
    ],
    [
      'anonymous-source: an official of an organisation speaks for himself',
      'Nato met in Brussels.\n“The talks went well,” said a Nato official.',
      [['The talks went well,', 'Nato official', 'said-name-after-quote', 'anonymous-source']],
    ],
    [
      'the person before “, ORG said” (an appositive left unclosed), and the quote lines after',
      'Dana Whitlow, Harbourside Traders Association said: “We are losing customers.”\n“Nobody listens to us.”',
      [['We are losing customers.', 'Dana Whitlow', 'name-said-before-quote', 'full-name'], ['Nobody listens to us.', 'Dana Whitlow', 'quote-line-after-quote', 'previous-quote-speaker']],
    ],
    [
      'the person before “, founder of ORG said” after the quote',
      'Ministers must act on “the shameful waiting lists”, Dr Priya Nair, founder of health charity the Kidney Care Trust said.',
      [['the shameful waiting lists', 'Priya Nair', 'said-name-after-quote', 'full-name']],
    ],
    [
      'the person after “ORG’s PLACE leader”',
      'The Welsh Liberal Party’s Cardiff leader Owen Pryce wrote to the minister calling the plan “a betrayal”.',
      [['a betrayal', 'Owen Pryce', 'name-said-partial-quote', 'full-name']],
    ],
    [
      'epithet-to-person past a relative clause naming other people (“the singer, whose hits include …, said”)',
      'Mr Lund said the tour would raise funds.\nThe Grammy-winning singer, whose hits include Blue Harbour, Rosa Dell and Night Train: Rick Tate, said: “The hall made me.”\n“I owe it everything.”',
      [['The hall made me.', 'Lund', 'name-said-before-quote', 'epithet-to-person'], ['I owe it everything.', 'Lund', 'quote-line-after-quote', 'previous-quote-speaker']],
    ],
    [
      'noun-to-organization: a generic noun after the only organisation named, whatever its kind',
      'Shares in Harland Bank fell on Monday.\n“Trading will resume,” the company said.',
      [['Trading will resume,', 'Harland Bank', 'said-name-after-quote', 'noun-to-organization']],
    ],
    [
      'pronoun-to-antecedent: “He said” after a sentence whose subject is “he” and whose object is a man’s name',
      'Director Sam Okafor spoke at the launch.\nAnd he said there was one man he would love to film - Tom Reilly.\nHe said the boxer was “a born performer”.',
      [['a born performer', 'Sam Okafor', 'name-said-partial-quote', 'pronoun-to-antecedent']],
    ],
    [
      'pronoun-to-antecedent: “The minister told …” points back at the person named before',
      'Labour minister Patricia Holt spoke in Leeds.\nThe minister told delegates the gap was “a scandal”.\n“We will close it,” she said.',
      [['a scandal', 'Patricia Holt', 'name-said-partial-quote', 'role-to-person'], ['We will close it,', 'Patricia Holt', 'said-name-after-quote', 'pronoun-to-antecedent']],
    ],
    [
      'according-to: an outlet that relays what a named person in the clause after it said',
      'Finance Minister Joan Okoro spoke in Lagos on Monday.\nAccording to Reuters, Ms Okoro voiced doubts about the plan; “It cannot work.”',
      [['It cannot work.', 'Joan Okoro', 'according-to', 'surname-to-full-name']],
    ],
    [
      'according-to: an outlet relaying a spokesperson, who speaks for the organisation',
      'According to the BBC, a spokesman for the Home Office expressed regret; “We acted too late.”',
      [['We acted too late.', 'Home Office', 'according-to', 'spokesperson-to-organization']],
    ],
    ['according-to: an outlet with no subject after it is the source', 'Sales were, according to Reuters, “the best in years”.', [['the best in years', 'Reuters', 'according-to', 'full-name']]],
    [
      'a quote followed by “, while NAME … called it “…””: the clause after “while” cues the next quote, not this one',
      'In a release the chain called the demand “unprecedented”, while fellow trader Ann Kemp, in a post on Tuesday, called it “unexpected”.',
      [['unprecedented', null], ['unexpected', 'Ann Kemp', 'name-said-partial-quote', 'full-name']],
    ],
    [
      'same-sentence-as-quote: two quotes joined by “but” are one speaker’s',
      'Critic Lena Dorn reviewed the film.\nShe called it a “great thriller” but “lousy history”.',
      [['great thriller', 'Lena Dorn', 'name-said-partial-quote', 'pronoun-to-antecedent'], ['lousy history', 'Lena Dorn', 'same-sentence-as-quote', 'previous-quote-speaker']],
    ],
    [
      'anonymous-source: a panel that speaks together, “wrote the judges”, then “The judges called”',
      'The prize went to Ruth Ebo.\n“A bold and funny debut,” wrote the judges.\nThe judges called the winning biography “a work of real scholarship”.',
      [['A bold and funny debut,', 'judges', 'said-name-after-quote', 'anonymous-source'], ['a work of real scholarship', 'judges', 'name-said-partial-quote', 'anonymous-source']],
    ],
    [
      'noun-to-organization: a one-word name that calls itself “it” is an organisation, then “The company said”',
      'Zentrix has said it will recall two million chargers.\nThe company said the step was “purely precautionary”.',
      [['purely precautionary', 'Zentrix', 'name-said-partial-quote', 'noun-to-organization']],
    ],
    [
      'quote-after-reported-speech: reported speech ending “…, said Mr NAME.”, then a quote line',
      'Information commissioner Helen Marsh spoke on Monday.\nFiles can be kept, but what matters is their content, said Ms Marsh.\n“If in doubt, keep it.”',
      [['If in doubt, keep it.', 'Helen Marsh', 'quote-after-reported-speech', 'surname-to-full-name']],
    ],
    [
      'noun-to-organization: “the magazine specified”',
      'US magazine Gadget Weekly ranked the devices.\nThe magazine specified that entries had to be “a self-contained apparatus”.',
      [['a self-contained apparatus', 'Gadget Weekly', 'name-said-partial-quote', 'noun-to-organization']],
    ],
    [
      'pronoun-to-antecedent: “He added:” after quote-only lines, the last speaker before them',
      'Minister Alan Reed spoke first.\nBut MP Tom Hale, who chairs the committee, warned of costs.\nHe said: “The first sale was a fiasco.”\n“Every office had a finger in the pie.”\n“The process was muddled.”\nHe added: “Luck saved the deal.”',
      [
        ['The first sale was a fiasco.', 'Tom Hale', 'name-said-before-quote', 'pronoun-to-antecedent'],
        ['Every office had a finger in the pie.', 'Tom Hale', 'quote-line-after-quote', 'previous-quote-speaker'],
        ['The process was muddled.', 'Tom Hale', 'quote-line-after-quote', 'previous-quote-speaker'],
        ['Luck saved the deal.', 'Tom Hale', 'name-said-before-quote', 'pronoun-to-antecedent'],
      ],
    ],
    [
      '“She also said” after “The head of ORG told”: the unnamed head, not the lawyer named before',
      'Lawyer Ana Ruiz told reporters the verdict was fair.\nThe head of the city’s fraud unit told the court that files were lost. She also said: “Nobody checked the accounts.”',
      [['Nobody checked the accounts.', 'head of the city’s fraud unit', 'name-said-before-quote', 'pronoun-to-antecedent']],
    ],
  ])('%s', (_rule, article, expected) => {
    expect(attributionsOf(article)).toEqual(expected);
  });

  test.each<[string, string, Row[]]>([
    ['reported speech naming a second person', 'Ewa Brandt thanked Piotr Nowak warmly.\n“It was a long day.”', [['It was a long day.', null]]],
    ['a line about something that happened to a person', 'Daniel Roe was arrested in 2019.\n“He was a danger to everyone.”', [['He was a danger to everyone.', null]]],
    ['a line whose subject is a company', 'Tesco cut its prices on Monday.\n“Customers deserve better.”', [['Customers deserve better.', null]]],
    ['a quote-only line with words after the quote', 'Jane Doe was at home.\n“Help!” Neighbours heard the shout.', [['Help!', null]]],
    ['a colon after a sentence naming two people', 'Judge Ann Reyes showed juror Tim Holt the note: “Meet me at six.”', [['Meet me at six.', null]]],
    ['a colon after a sentence about a place', 'Kenya closed its border: “No entry until further notice.”', [['No entry until further notice.', null]]],
    ['a nation’s noun is no epithet when a noun follows it', 'Envoy Sam Reed met officials.\n“We are concerned,” the American embassy said.', [['We are concerned,', null]]],
    ['a functional role is no epithet', 'Dean Marsh was jailed for six years.\n“You showed no remorse,” the judge said.', [['You showed no remorse,', null]]],
    ['an epithet with two people named before', 'Ana Lopes beat Maria Cruz in the final, but Cruz was happy.\n“I am proud,” the champion said.', [['I am proud,', null]]],
    ['quote-line-after-narrative across a line naming someone', '“Farmers gave it life,” said Mr Carlos Ruiz.\nThe Lima City Council paid for the centre.\n“Young people came first.”', [['Farmers gave it life,', 'Carlos Ruiz', 'said-name-after-quote', 'full-name'], ['Young people came first.', null]]],
    ['the last speaker is not meant after an unnamed person of that gender', 'Denise Holt spoke outside her home.\n“They took my boy,” she said.\nOne woman, who lives opposite, saw the attack.\n“There was blood everywhere,” she said.', [['They took my boy,', 'Denise Holt', 'said-name-after-quote', 'pronoun-to-antecedent'], ['There was blood everywhere,', null]]],
    ['“she” after “NAME’s daughter, Linda, said”: the daughter named in apposition, not the possessor', 'Edna Marsh, 84, was hurt.\nMrs Marsh’s daughter, Linda, said the family was relieved.\n“Mum is not the same,” she said.', [['Mum is not the same,', 'Linda', 'said-name-after-quote', 'pronoun-to-antecedent']]],
    ['a quote line after a passive with an adverb', 'Dean Walsh, 31, admitted assault.\nWalsh was also banned from contacting Mrs Edna Marsh.\n“He will never come near her again.”', [['He will never come near her again.', null]]],
    ['a quote line after unnamed reported speech', '“You preyed on her,” Judge Peter Kell told Walsh.\nThe victim told police she woke to find a man in her room.\n“I thought I was going to die.”', [['You preyed on her,', 'Peter Kell', 'said-name-after-quote', 'full-name'], ['I thought I was going to die.', null]]],
    ['some of an organisation’s people are not the organisation', 'Members of the House of Lords protested by shouting “shame on you!” at the minister.', [['shame on you!', null]]],
    ['an account hosted by two people, who worked for a third, tweeted', 'Host Don Ivers died on Friday.\nThe account for The Bill and Sam Show, hosted by Bill Ryan and Sam Cole, who both worked for Ivers, tweeted: “A legend.”', [['A legend.', null]]],
    ['a quote line the next line points back at', 'Tom Reyes has run the shop for 30 years.\n“Business has never been worse.”\nThat is the view of trader Jane Doe.', [['Business has never been worse.', null]]],
    ['a passive speech verb without its agent', 'Ms Ngata was described as “a fierce critic”.', [['a fierce critic', null]]],
    ['the listener of “told” is not the speaker', '“We are ready,” the captain told Radio Kent.', [['We are ready,', null]]],
    ['“the magazine” with no publication named: not the company before it', 'Apple Computer made the laptop.\n“It changed everything,” said the magazine.', [['It changed everything,', null]]],
    ['“It said:” opening a paragraph whose previous one ends without an organisation', 'Zalvo Group opened a store.\nShoppers queued for hours. Prices were low.\nIt said: “We are pleased.”', [['We are pleased.', null]]],
    ['a pronoun after contrasted subjects and a third person named after them', 'Ivan Sokolov won, but Tom Reilly is unfazed by coach Dan Price.\nHe said: “I am in form.”', [['I am in form.', null]]],
    ['“NAME’s company said” with no organisation named with NAME: not the other company', 'Ben Ode left Hale Group in May.\nOde’s company said it was “a fresh start”.', [['a fresh start', null]]],
    ['“NAME met ORG”: an organisation after a person who does not open the clause', 'On Monday Jane Okoro met Mike Dunn, Parkside Residents Group said: “We were not invited.”', [['We were not invited.', 'Parkside Residents Group', 'name-said-before-quote', 'full-name']]],
    ['a relative clause naming a person is skipped, and the noun before it is no speaker', 'The Lyric Theatre needs repairs.\nThe building, whose patrons include Rick Tate and Jo Marr, said to be unsafe: “Close it now.”', [['Close it now.', null]]],
    ['“the committee” is not the only organisation named before when that is a council', 'Ministers cut the budget of the Arts Funding Council.\nIn a review of its work the committee said: “The cuts go too far.”', [['The cuts go too far.', null]]],
    ['“It said” opening a paragraph after a sentence where the organisation is only an owner', 'MPs examined the budget.\nOn the Arts Funding Council’s plans the panel said little.\nIt said: “The money is not there.”', [['The money is not there.', null]]],
    ['“According to OUTLET,” then a subject the article does not name', 'According to the BBC, the former envoy expressed regret; “We acted too late.”', [['We acted too late.', null]]],
    ['a panel not the subject of a speech verb', 'The judges, who included two novelists, praised her writing.\n“A bold and funny debut.”', [['A bold and funny debut.', null]]],
    ['a one-word name that says “it” of something else is no organisation for “the company”', 'Okafor said his firm will recall the chargers.\nThe company said the step was “purely precautionary”.', [['purely precautionary', null]]],
  ])('no speaker: %s', (_name, article, expected) => {
    expect(attributionsOf(article)).toEqual(expected);
  });
});
