/**
 * Deterministic synthetic news articles for benchmarks: many stories, each reported by several outlets,
 * with people, organisations and countries quoted in the usual news patterns, and some page furniture.
 */
import countries from 'world-countries/countries.json' with { type: 'json' };

/** One generated article: a file name and its text. */
export interface GeneratedArticle {
  file: string;
  text: string;
}

/**
 * A small, fast, seeded pseudo-random generator (mulberry32).
 *
 * @example
 * const next = seededRandom(42); next() // => 0.6011… (always the same for seed 42)
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ana', 'Bo', 'Car', 'Da', 'El', 'Fe', 'Gi', 'Ha', 'Io', 'Ja', 'Ka', 'Le', 'Mi', 'No', 'Ol', 'Pa', 'Ra', 'Si', 'Ta', 'Vi'];
const FIRST_END = ['na', 'ris', 'mon', 'lia', 'vid', 'ssa', 'tor', 'ra', 'nes', 'lo', 'rina', 'ko'];
const LAST = ['Har', 'Bel', 'Cor', 'Dun', 'Esk', 'Fal', 'Gor', 'Hol', 'Ivan', 'Jor', 'Kel', 'Lind', 'Mor', 'Nor', 'Ost', 'Pell', 'Quin', 'Ros', 'Sten', 'Tor', 'Ul', 'Vas', 'Wel', 'Yar'];
const LAST_END = ['ford', 'mann', 'ova', 'sen', 'ley', 'ini', 'ski', 'berg', 'wood', 'ez', 'aki', 'dottir', 'ton', 'ich'];
const ROLES = ['Prime Minister', 'Foreign Minister', 'Finance Minister', 'President', 'Defence Secretary', 'Health Minister', 'Opposition leader', 'Mayor'];
const ORG_WORDS = ['Northfield', 'Meridian', 'Harbour', 'Granite', 'Silver Lake', 'Eastgate', 'Riverside', 'Summit', 'Beacon', 'Westmoor'];
const ORG_HEADS = ['Institute', 'Council', 'Bank', 'Foundation', 'Association', 'Agency', 'Group', 'Union'];
const TOPICS = [
  ['port', 'strike', 'dockworkers', 'wages', 'shipping', 'cargo'],
  ['election', 'ballot', 'turnout', 'coalition', 'campaign', 'voters'],
  ['drought', 'reservoirs', 'farmers', 'harvest', 'rationing', 'rainfall'],
  ['vaccine', 'clinics', 'doses', 'trial', 'hospital', 'patients'],
  ['bridge', 'cables', 'engineers', 'traffic', 'repairs', 'commuters'],
  ['tariffs', 'exports', 'steel', 'negotiators', 'quotas', 'markets'],
  ['wildfire', 'evacuations', 'firefighters', 'hectares', 'villages', 'smoke'],
  ['inflation', 'rates', 'prices', 'households', 'borrowing', 'savings'],
  ['rail', 'timetable', 'delays', 'passengers', 'signals', 'tracks'],
  ['summit', 'ceasefire', 'talks', 'envoys', 'border', 'sanctions'],
];
const OUTLETS = ['Daily Courier', 'Morning Ledger', 'Evening Standard Post', 'The Observer Times', 'Coastal Herald', 'Capital Wire'];
const VERBS = ['said', 'told reporters', 'added', 'warned', 'insisted', 'said in a statement'];
const COUNTRY_NAMES = (countries as { name: { common: string }; demonyms?: { eng?: { m?: string } } }[])
  .filter((c) => c.demonyms?.eng?.m)
  .map((c) => ({ name: c.name.common, demonym: c.demonyms!.eng!.m! }));

/** Options for {@link generateArticles}. */
export interface GenerateOptions {
  /** How many articles. */
  n: number;
  /** Random seed. Default 2024. */
  seed?: number;
  /** Articles per story on average. Default 5. */
  perStory?: number;
}

/**
 * Generates `n` articles in about `n / perStory` stories. The same options give the same articles.
 *
 * @example
 * generateArticles({ n: 2 }).map((a) => a.file) // => ['bench-00000.md', 'bench-00001.txt']
 */
export function generateArticles(options: GenerateOptions): GeneratedArticle[] {
  const random = seededRandom(options.seed ?? 2024);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const personName = () => `${pick(FIRST)}${pick(FIRST_END)} ${pick(LAST)}${pick(LAST_END)}`;
  const storyCount = Math.max(1, Math.round(options.n / (options.perStory ?? 5)));
  const placeName = () => `${pick(['Port ', 'Lake ', 'New ', 'San ', ''])}${pick(LAST)}${pick(['ia', 'ville', 'holm', 'ara', 'burg', 'ston'])}`;
  const stories = Array.from({ length: storyCount }, (_, i) => {
    const country = pick(COUNTRY_NAMES);
    const theme = pick(TOPICS);
    const place = placeName();
    return {
      place,
      topic: [...theme.filter(() => random() < 0.6), place, `${place} ${pick(['district', 'valley', 'harbour', 'province'])}`].slice(-6),
      country,
      day: new Date(Date.UTC(2023, 0, 1) + i * 86_400_000 * 0.7),
      people: Array.from({ length: 4 }, () => ({ name: personName(), role: `${country.demonym} ${pick(ROLES)}` })),
      org: `${random() < 0.5 ? place : pick(ORG_WORDS)} ${pick(ORG_HEADS)}`,
      number: 2 + Math.floor(random() * 900),
    };
  });
  const articles: GeneratedArticle[] = [];
  for (let i = 0; i < options.n; i++) {
    const story = stories[i % storyCount]!;
    const [a, b, c, d] = [...story.topic, story.place, story.place, story.place, story.place] as [string, string, string, string];
    const [p1, p2, p3] = story.people as [{ name: string; role: string }, { name: string; role: string }, { name: string; role: string }];
    const surname = (p: { name: string }) => p.name.split(' ')[1]!;
    const date = new Date(story.day.getTime() + Math.floor(random() * 3) * 86_400_000).toISOString().slice(0, 10);
    const headline = `${story.country.name} ${pick(['faces', 'braces for', 'debates', 'reacts to'])} ${a} ${b} as ${c} ${pick(['grow', 'mount', 'ease'])}`;
    const paragraphs = [
      `The ${a} ${b} in ${story.place}, ${story.country.name}, entered its ${pick(['second', 'third', 'fourth'])} day on ${pick(['Monday', 'Tuesday', 'Friday'])}, with ${story.number} ${c} affected, officials said.`,
      `${p1.role} ${p1.name} said the government would "do what is needed" to resolve the ${b}.`,
      `"We cannot allow the ${d} to suffer any longer," ${surname(p1)} ${pick(VERBS)}. "Every day of delay costs the country."`,
      `The ${story.org} said in a statement that ${pick(['talks', 'negotiations', 'inspections'])} would resume next week.`,
      `${p2.name}, ${p2.role.toLowerCase().startsWith('a') ? 'an' : 'a'} ${p2.role}, disagreed. "This is ${pick(['a mistake', 'not the answer', 'too little, too late'])}," ${pick(['he', 'she'])} said.`,
      `According to ${p3.name}, the ${c} had warned of the risks ${pick(['months', 'weeks', 'years'])} ago.`,
      `A senior official, speaking on condition of anonymity, said the ${story.org} had "no plans" to intervene.`,
      `${pick(['Analysts', 'Economists', 'Observers'])} said the ${b} could cost ${story.number * 3} million over the year.`,
      `${p1.name} is expected to meet ${surname(p2)} again on ${pick(['Thursday', 'Sunday', 'Wednesday'])}. "We will listen, but we will not back down," ${surname(p1)} added.`,
    ];
    const extra = Math.floor(random() * 4);
    for (let k = 0; k < extra; k++) paragraphs.push(`The ${pick(story.topic)} ${pick(['figures', 'reports', 'plans'])} were ${pick(['published', 'disputed', 'revised'])} by the ${story.org} on ${pick(['Monday', 'Tuesday'])}.`);
    const outlet = pick(OUTLETS);
    const byline = `By ${personName()}`;
    if (i % 5 === 1) {
      const text = [headline, '', byline, '', `${date.slice(8, 10)} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`, '', ...paragraphs.flatMap((p) => [p, '']), 'Read more: Other news from the region', ''].join('\n');
      articles.push({ file: `bench-${String(i).padStart(5, '0')}.txt`, text });
    } else {
      const front = ['---', `title: "${headline}"`, `outlet: "${outlet}"`, `author: "${byline.slice(3)}"`, `published: ${date}`, '---', ''];
      articles.push({ file: `bench-${String(i).padStart(5, '0')}.md`, text: [...front, ...paragraphs.flatMap((p) => [p, ''])].join('\n') });
    }
  }
  return articles;
}
