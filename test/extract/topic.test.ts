/**
 * Topic rules of a figure: which cue decides between the counted noun, the clause, the paragraph and the
 * article. Rules are read on marked-up text (cues and the figure given by hand, so each case isolates one
 * rule, whatever the lexicons hold), then on whole sentences through the extractor with the real lexicons.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import {
  articleSubject,
  articleTopic,
  topicAt,
  type CueHit,
  type FigureSpan,
  type Range,
} from '../../lambdas/extract/figures/topic.js';
import { modernToneMarks, writtenWithoutMarks } from '../../lambdas/extract/text/vietnamese.js';
import { TopicSchema, UnitSchema, type Topic } from '../../lambdas/shared/vocabulary.js';
import { documentOf } from '../support/document.js';

interface Marked {
  readonly hits: CueHit[];
  readonly figure: FigureSpan;
  readonly clause: Range;
  readonly paragraph: Range;
}

/**
 * Reads "[topic:word]" as a cue and "<12 words|unit>" as the figure; a sentence ends at ". " and a paragraph at
 * a line break, as the extractor's own clause and paragraph would.
 */
function mark(source: string): Marked {
  const hits: CueHit[] = [];
  let figure: FigureSpan | undefined;
  let opened = -1;
  let text = '';
  const token = /\[(\w+):([^\]]+)\]|<|(?:\|(\w+))?>/g;
  let last = 0;
  for (let m = token.exec(source); m !== null; m = token.exec(source)) {
    text += source.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[1] !== undefined) {
      const start = text.length;
      text += m[2];
      hits.push({ start, end: text.length, topic: TopicSchema.parse(m[1]) });
    } else if (m[0] === '<') {
      opened = text.length;
    } else {
      const unit = m[3] === undefined ? undefined : UnitSchema.parse(m[3]);
      figure = { start: opened, end: text.length, ...(unit ? { unit } : {}) };
    }
  }
  text += source.slice(last);
  if (!figure) throw new Error(`no <figure> in ${source}`);
  const at = figure.start;
  const paragraph = {
    start: text.lastIndexOf('\n', at - 1) + 1,
    end: text.includes('\n', at) ? text.indexOf('\n', at) : text.length,
  };
  const sentenceStart = text.lastIndexOf('. ', at);
  const sentenceEnd = text.indexOf('. ', at);
  const clause = {
    start: Math.max(paragraph.start, sentenceStart < 0 ? 0 : sentenceStart + 2),
    end: Math.min(paragraph.end, sentenceEnd < 0 ? text.length : sentenceEnd + 1),
  };
  return { hits, figure, clause, paragraph };
}

describe('Function: topicAt', () => {
  it.each<[string, string, Topic]>([
    [
      'counted people take an activity told before them',
      'Police held [propaganda:outreach] meetings attended by <6 500 [population:residents]>.',
      'propaganda',
    ],
    [
      'counted people keep their own topic before an activity that follows them',
      '<4 000 [population:residents]> attended the [propaganda:outreach] meetings.',
      'population',
    ],
    [
      'counted people take the subject told before them',
      'A [fire:blaze] broke out at night and <320 [population:workers]> were evacuated.',
      'fire',
    ],
    [
      'counted people keep their own topic before a subject that follows them',
      '<4 000 [population:residents]> came and the police took 7 [traffic:motorbikes].',
      'population',
    ],
    [
      'counted people with nothing else in the clause stay people',
      'The town has <90 000 [population:residents]> and many [population:migrants].',
      'population',
    ],
    [
      'a counted model takes the subject it is for, even after it',
      'The town runs <5 [organization:models]> of [fire:fire] prevention.',
      'fire',
    ],
    [
      'a counted vehicle takes the subject of its clause',
      'Agents seized [drugs:heroin] and <3 [traffic:motorbikes]|vehicle> from the ring.',
      'drugs',
    ],
    [
      'a counted vehicle ignores an activity of its clause',
      'After [propaganda:outreach] meetings the police took <7 [traffic:motorbikes]|vehicle>.',
      'traffic',
    ],
    [
      'a traffic noun that is not a counted vehicle keeps its topic',
      'Agents seized [drugs:heroin] and handed out <300 [traffic:helmets]|other>.',
      'traffic',
    ],
    [
      'a subject head is not overruled by the clause',
      'During the [propaganda:outreach] week agents seized <20 [weapons:guns]>.',
      'weapons',
    ],
    [
      'in the clause a subject beats a nearer population cue',
      'The goal is <100%> by next year: every adult [population:resident] holding an [administration:e-identity].',
      'administration',
    ],
    [
      'in the clause a subject beats a nearer organization cue',
      'In <40 villages> [organization:models] of [fire:fire] safety were set up.',
      'fire',
    ],
    [
      'a clause with a population and a crime cue takes the nearer',
      'They asked the [population:residents] to install [crime:cameras] in <11 wards>.',
      'crime',
    ],
    [
      'a paragraph with only a crime cue falls back to the article subject',
      'Guards caught [smuggling:smugglers] with [smuggling:contraband].\nThe [crime:criminal] police said. The crew had <7 men>.',
      'smuggling',
    ],
    [
      'a paragraph without cues falls back to the article subject',
      '[traffic:Road] [traffic:accidents] fell.\nAt least <5%> fewer than last year.',
      'traffic',
    ],
    [
      'a paragraph with a subject cue keeps it over the article subject',
      '[traffic:Road] [traffic:accidents] fell.\n[fire:Fires] also fell. There were <12> of them.',
      'fire',
    ],
    [
      'a paragraph that also names the article subject takes it over a nearer cue',
      '[administration:Digital] [administration:records] grew.\n[administration:Procedures] went [cyber:online]. In <559 communes> teams helped.',
      'administration',
    ],
    [
      'a paragraph naming nothing before the figure takes the article subject over a later sentence',
      'Police seized [fireworks:firecrackers] and [fireworks:fireworks].\nThey checked <22 shops>. The [administration:administrative] fines were high.',
      'fireworks',
    ],
    [
      'a paragraph naming nothing before the figure takes a later sentence when the article has no subject',
      '[crime:Arrests] rose.\nThey checked <22 shops>. The [administration:administrative] fines were high.',
      'administration',
    ],
    [
      'an article whose cues are mostly crime stays crime',
      '[crime:Arrests] of [crime:thieves], [crime:robbers] and [crime:fraudsters] rose, [drugs:drugs] too.\nThere were <12 cases>.',
      'crime',
    ],
    [
      'a counted weapon keeps weapons beside another subject when its paragraph names arms',
      'They seized 116 kg of [drugs:heroin] and [weapons:guns]: <2 pieces|weapon> and a press.',
      'weapons',
    ],
    [
      'a counted blade (no arms cue) seized in a case takes the case subject',
      'They seized 24 000 [drugs:pills], <1 knife|weapon> and a phone.',
      'drugs',
    ],
    [
      'a counted weapon with no subject in its paragraph follows its clause',
      '[crime:Robbers] were caught with <6 knives|weapon>.',
      'crime',
    ],
    [
      'offenders named by a crime word take the subject of their clause',
      'Police held <57 [crime:criminals]|person> who used [cyber:cyber] tools to cheat banks.',
      'cyber',
    ],
    [
      'cases named by a crime word take the subject of their clause',
      'They found <12 [crime:offences]|case> of [smuggling:contraband] sugar.',
      'smuggling',
    ],
    [
      'counted cameras keep their crime cue',
      'Near the [drugs:drug] hotspots the ward installed <25 [crime:cameras]|camera>.',
      'crime',
    ],
    [
      'counted suspects belong to the article subject their clause names, over a nearer subject',
      '[fireworks:Fireworks] seized.\nA ring in [smuggling:prohibited goods] fell, <two suspects|person> held, 220 kg of [fireworks:fireworks] seized.',
      'fireworks',
    ],
    [
      'counted people are the audience of an activity told before them',
      'Police gave 57 [propaganda:talks] on [drugs:drug] prevention to <13 260 people|person>.',
      'propaganda',
    ],
    [
      'counted suspects are not the residents the clause also calls them',
      '[drugs:Heroin] was found.\nThe <five suspects|person> held on Monday are all [population:residents] of the district.',
      'drugs',
    ],
    [
      'counted suspects with nothing but crime words around belong to the article subject',
      '[cyber:Cyber] ring broken.\n<59 suspects|person> were [crime:arrested] while committing [crime:fraud].',
      'cyber',
    ],
    [
      'a crime word as the counted noun keeps crime over the article subject',
      '[weapons:Weapons] handed in.\nPolice recorded <284 [crime:crimes]|case> last year.',
      'crime',
    ],
    [
      'counted suspects of an article about one subject are its case, whatever their clause passes by',
      '[drugs:Heroin] and [drugs:opium] ring broken.\nPolice stopped <2 suspects|person> driving on the [traffic:highway].',
      'drugs',
    ],
    [
      'counted suspects named by a crime word are the case of an article about one subject',
      '[drugs:Heroin] and [drugs:opium] ring broken.\nOfficers caught <2 [crime:suspects]|person> on the [traffic:highway].',
      'drugs',
    ],
    [
      'offenders named by a smuggling word take the goods the article is about',
      '[drugs:Heroin] and [drugs:opium] seized.\nThey arrested <two [smuggling:couriers]|person> at the gate.',
      'drugs',
    ],
    [
      'in the clause a smuggling cue gives way to the goods it carried',
      'In <3 raids> guards caught men [smuggling:smuggling] 60 000 [drugs:pills].',
      'drugs',
    ],
    [
      'a smuggling cue with no goods in its clause keeps smuggling',
      '[drugs:Heroin] seized.\nIn <3 raids> guards caught men [smuggling:smuggling] sugar.',
      'smuggling',
    ],
    [
      'money in an article about one subject is its case money, not the other subject listed beside it',
      '[drugs:Heroin] and [drugs:opium] seized.\nThey took [drugs:heroin], 20 [weapons:bullets] and <1 billion VND|vnd>.',
      'drugs',
    ],
    [
      'money in an article about one subject still pays for the crime its clause names',
      '[drugs:Heroin] and [drugs:opium] seized.\nThe ward put up 190 [crime:cameras] for <200 million VND|vnd>.',
      'crime',
    ],
    [
      'money in a review without a subject of its own follows its clause',
      '[fire:Fires] and [traffic:accidents] fell.\nThey bought 20 [weapons:guns] for <1 billion VND|vnd>.',
      'weapons',
    ],
    [
      'a cue glued right before the number is its counted noun (unspaced scripts)',
      'Police seized a gun, [weapons:薬莢]<2個>、[crime:容疑者]らによると[drugs:違法薬物].',
      'weapons',
    ],
    [
      'a cue a space before the number is not its counted noun',
      'They found [weapons:guns] <2 bags> of [drugs:heroin].',
      'drugs',
    ],
    [
      'a counted thing with no cue takes the nearer of an activity and a subject',
      'In the [propaganda:campaign] for handing in [weapons:weapons] the police checked <147 agencies>.',
      'weapons',
    ],
    [
      'a counted thing with no cue takes an activity nearer than the subject',
      'On [drugs:drug] prevention the police held [propaganda:talks] in <12 schools>.',
      'propaganda',
    ],
  ])('%s', (_rule, source, expected) => {
    // Prepare
    const { hits, figure, clause, paragraph } = mark(source);

    // Act
    const topic = topicAt(hits, figure, clause, paragraph, articleTopic(hits));

    // Assess
    expect(topic).toBe(expected);
  });
});

describe('Function: articleTopic', () => {
  const hit = (topic: Topic, k: number): CueHit => ({ start: 10 * k, end: 10 * k + 5, topic });
  const of = (...topics: Topic[]): CueHit[] => topics.map((t, k) => hit(t, k));
  const offence = (k: number): CueHit => ({ ...hit('crime', k), kind: 'offence' });
  const agency = (topic: Topic, k: number, lead = false): CueHit => ({
    ...hit(topic, k),
    kind: 'agency',
    ...(lead ? { lead } : {}),
  });

  it.each<[string, CueHit[], Topic]>([
    ['no cues: crime', [], 'crime'],
    ['a subject with more cues than crime', of('smuggling', 'smuggling', 'crime', 'smuggling'), 'smuggling'],
    ['a subject with as many cues as crime', of('drugs', 'crime', 'drugs', 'crime'), 'drugs'],
    [
      'a subject with a third of the crime cues',
      of('crime', 'cyber', 'crime', 'crime', 'crime', 'crime', 'cyber', 'crime'),
      'cyber',
    ],
    [
      'a review spread over several subjects has none of its own',
      of('traffic', 'traffic', 'fire', 'administration', 'drugs', 'crime'),
      'crime',
    ],
    ['crime with more than three times the subject', of('crime', 'crime', 'fire', 'crime', 'crime'), 'crime'],
    [
      'a cue in the lead weighs double',
      [
        { ...hit('fire', 0), lead: true },
        hit('traffic', 1),
        hit('crime', 2),
        hit('crime', 3),
        hit('crime', 4),
      ],
      'fire',
    ],
    [
      'one lead cue weighs as much as two in the body (a tie: crime)',
      [{ ...hit('weapons', 0), lead: true }, hit('drugs', 1), hit('drugs', 2)],
      'crime',
    ],
    ['two subjects tied', of('fire', 'traffic', 'crime'), 'crime'],
    ['the subject ahead of another', of('fireworks', 'weapons', 'fireworks', 'crime'), 'fireworks'],
    [
      'activities and counted kinds do not count',
      of('propaganda', 'awards', 'population', 'organization'),
      'crime',
    ],
    ['a subject beats activities', of('propaganda', 'propaganda', 'propaganda', 'cyber'), 'cyber'],
    [
      'an offence is a subject: a brawl on a road is a crime story',
      [{ ...hit('traffic', 0), lead: true }, offence(1), offence(2), offence(3), hit('crime', 4)],
      'crime',
    ],
    ['a subject ahead of an offence', of('drugs', 'drugs', 'drugs').concat(offence(4)), 'drugs'],
    [
      'a police unit gives way to the subject the article names',
      [agency('traffic', 0, true), agency('traffic', 1, true), hit('smuggling', 2), hit('smuggling', 3)],
      'smuggling',
    ],
    ['a police unit gives way to an offence', [agency('traffic', 0, true), offence(1)], 'crime'],
    [
      'a police unit names the subject of an article that names no other',
      [agency('fire', 0, true), hit('crime', 1), hit('propaganda', 2)],
      'fire',
    ],
  ])('%s', (_case, hits, expected) => {
    // Act
    const topic = articleTopic(hits);

    // Assess
    expect(topic).toBe(expected);
  });

  it.each<[string, CueHit[], boolean]>([
    ['offences leading make a crime story', [offence(0), offence(1), hit('weapons', 2)], true],
    ['a review with no subject is no crime story', of('crime', 'crime', 'fire', 'traffic'), false],
    ['a subject leading is no crime story', [offence(0), hit('drugs', 1), hit('drugs', 2)], false],
  ])('articleSubject: %s', (_case, hits, expected) => {
    // Act
    const { crimeStory } = articleSubject(hits);

    // Assess
    expect(crimeStory).toBe(expected);
  });

  it("topicAt: a crime story's offenders are its own, whatever arms their clause names", () => {
    // Prepare: "… a brawl … Armed with pistols, 13 people were arrested."
    const hits: CueHit[] = [offence(0), offence(1), hit('weapons', 3)];
    const figure = { start: 40, end: 49, unit: 'person' as const };
    const clause = { start: 28, end: 80 };
    const { topic: main, crimeStory } = articleSubject(hits);

    // Act
    const topic = topicAt(hits, figure, clause, { start: 0, end: 100 }, main, crimeStory);

    // Assess
    expect(topic).toBe('crime');
  });

  it('gives the same answer when asked again for the same article', () => {
    // Prepare
    const hits = of('drugs', 'drugs', 'crime');

    // Act
    const first = articleTopic(hits);
    const second = articleTopic(hits);

    // Assess
    expect([first, second]).toEqual(['drugs', 'drugs']);
  });
});

describe('Function: extractFigures (topic rules on sentences)', () => {
  it.each<[string, string, number, Topic]>([
    [
      'en',
      'The police held 30 awareness meetings in the villages, attended by nearly 2,000 residents.',
      2000,
      'propaganda',
    ],
    [
      'fr',
      'La police a tenu 30 réunions de sensibilisation, avec la participation de 2 000 habitants.',
      2000,
      'propaganda',
    ],
    ['de', 'Nach dem Brand in der Halle wurden 250 Arbeiter in Sicherheit gebracht.', 250, 'fire'],
    ['en', 'The unit seized 4 kg of heroin and 5 motorbikes used by the couriers.', 5, 'drugs'],
    [
      'en',
      'Border guards found 2 tonnes of smuggled fuel and contraband sugar on a boat.\nThe 9 sailors on board had no papers.',
      9,
      'smuggling',
    ],
    [
      'cs',
      'Celníci zadrželi 3 tuny pašovaného cukru a padělané zboží.\nNa lodi bylo 9 námořníků bez dokladů.',
      9,
      'smuggling',
    ],
  ])('%s: %s', (language, text, value, expected) => {
    // Prepare
    const doc = documentOf(text, language);

    // Act
    const figure = extractFigures(doc, []).find((f) => f.value === value);

    // Assess
    expect(figure?.topic).toBe(expected);
  });
});

describe('Function: modernToneMarks', () => {
  it.each([
    ['hoá đơn', 'hóa đơn'],
    ['thuỷ sản', 'thủy sản'],
    ['Hoà Bình', 'Hòa Bình'],
    ['khoẻ', 'khỏe'],
    // Not a pair whose mark moves: "qu" is a consonant, and a vowel or consonant after the pair keeps it.
    ['quý', 'quý'],
    ['ngoài', 'ngoài'],
    ['hoàng', 'hoàng'],
  ])('%s → %s, offsets kept', (text, expected) => {
    // Act
    const modern = modernToneMarks(text);

    // Assess
    expect([modern, modern.length]).toEqual([expected, text.length]);
  });
});

describe('Function: writtenWithoutMarks', () => {
  it.each<[string, boolean]>([
    ['Cong an tinh bat giu 3 doi tuong van chuyen ma tuy tai Lang Son.', true],
    ['Cong an tinh bat giu 3 doi tuong van chuyen ma tuy tai thanh pho Đà Nẵng va Quang Nam.', true],
    ['Công an tỉnh bắt giữ 3 đối tượng vận chuyển ma túy.', false],
    // The ratio's edge: one marked letter in 15 letters is marked text, in 16 it is not; digits, spaces and
    // punctuation are no letters, and a letter beyond the BMP is one letter.
    ['đ abcde fghij 1234 klmn.', false],
    ['đ abcde fghij 1234 klmno.', true],
    ['đ abcde fghij klm\u{1D400}', false],
    ['đ abcde fghij klm\u{1D400}n', true],
  ])('%s: %s', (text, expected) => {
    // Act
    const unmarked = writtenWithoutMarks(text);

    // Assess
    expect(unmarked).toBe(expected);
  });
});
