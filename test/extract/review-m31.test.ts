/**
 * The session-31 review's inputs (rv31): each negative is a reading a session-30 rule got wrong before the
 * mends; the positives keep what those rules were for.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';

function read(text: string) {
  const result = extractArticle(new TextEncoder().encode(text));
  if (!('article' in result) || !result.article) throw new Error('no article');
  return result.article;
}

/** The figures of a text as [text, approximate] pairs. */
function approximations(text: string): Array<[string, boolean]> {
  return read(text).figures.map((f) => [f.text, f.approximate]);
}

describe('Function: extractArticle ("or more" opening the next count\'s "more than" is no minimum)', () => {
  it.each<[string, Array<[string, boolean]>]>([
    [
      'Police arrested 3 suspects or more than 10 people were questioned in Hanoi.',
      [
        ['3 suspects', false],
        ['10 people', true],
      ],
    ],
    [
      'La police a arrêté 3 suspects ou plus de 10 personnes ont été interrogées à Hanoï.',
      [
        ['3 suspects', false],
        ['10 personnes', true],
      ],
    ],
    [
      'Die Polizei nahm 3 Verdächtige oder mehr als 10 Personen fest in Hanoi.',
      [
        ['3 Verdächtige', false],
        ['10 Personen', true],
      ],
    ],
    [
      'La policía detuvo a 3 sospechosos o más de 10 personas en Hanói.',
      [
        ['3 sospechosos', false],
        ['10 personas', true],
      ],
    ],
    [
      'La polizia ha arrestato 3 sospettati o più di 10 persone ad Hanoi.',
      [
        ['3 sospettati', false],
        ['10 persone', true],
      ],
    ],
    [
      'A polícia prendeu 3 suspeitos ou mais de 10 pessoas em Hanói.',
      [
        ['3 suspeitos', false],
        ['10 pessoas', true],
      ],
    ],
    [
      'De politie arresteerde 3 verdachten of meer dan 10 personen in Hanoi.',
      [
        ['3 verdachten', false],
        ['10 personen', true],
      ],
    ],
    [
      "La police a arrêté 3 suspects ou plus d'une dizaine de personnes à Hanoï.",
      [
        ['3 suspects', false],
        ['une dizaine de personnes', true],
      ],
    ],
    [
      'La policía detuvo a 3 sospechosos o más de diez personas en Hanói.',
      [
        ['3 sospechosos', false],
        ['diez personas', true],
      ],
    ],
    // The minimum itself is still read, also before the material it measures ("or more of heroin").
    [
      'Anyone caught with 100 grams or more of heroin faces death, police in Hanoi said.',
      [['100 grams', true]],
    ],
    [
      'Quem for pego com 100 gramas ou mais de heroína pode ser condenado à morte, disse a polícia de Hanói.',
      [['100 gramas', true]],
    ],
    ['Police said 30 suspects or more were arrested in Hanoi.', [['30 suspects', true]]],
    ['La police a arrêté 30 suspects ou plus à Hanoï.', [['30 suspects', true]]],
    ['De politie arresteerde 30 verdachten of meer in Hanoi.', [['30 verdachten', true]]],
  ])('%s', (text, expected) => {
    expect(approximations(text)).toEqual(expected);
  });
});

describe('Function: extractArticle (opening fire is no fire)', () => {
  it.each<[string, string]>([
    ['uk', 'Поліція повідомила, що нападник відкрив вогонь і поранив 3 людей у Києві.'],
    ['bg', 'Полицията съобщи, че нападателят откри огън и рани 3 души в София.'],
    ['mk', 'Полиција на Скопје соопшти дека напаѓачот отвори оган и рани 3 лица во Скопје.'],
    ['sr', 'Policija je saopštila da je napadač otvorio vatru i ranio 3 osobe u Beogradu.'],
    ['hu', 'A rendőrség szerint a támadó tüzet nyitott és 3 embert megsebesített Budapesten.'],
    ['ro', 'Poliția a anunțat că atacatorul a deschis foc și a rănit 3 persoane în București.'],
    ['ar', 'قالت الشرطة إن المهاجم أطلق النيران وأصاب 3 أشخاص في القاهرة.'],
    [
      'sq',
      'Policia e Tiranës njoftoi se autori hapi zjarr në lagje dhe plagosi 3 persona të tjerë në Tiranë, ndërsa policia kërkon autorin.',
    ],
  ])('[%s] %s', (language, text) => {
    const article = read(text);
    expect(article.language).toBe(language);
    expect(article.figures.map((f) => f.topic)).toEqual(['crime']);
  });

  it('keeps a fire told with the same word', () => {
    const article = read(
      'Поліція повідомила, що у Києві сталася пожежа, вогонь знищив будинок і поранив 3 людей.',
    );
    expect(article.figures.map((f) => f.topic)).toEqual(['fire']);
  });

  it('reads a firearm as a weapon, not a fire (sq "armë zjarri")', () => {
    const article = read('Policia e Tiranës sekuestroi 3 armë zjarri dhe arrestoi 2 të dyshuar në Tiranë.');
    expect(article.figures.map((f) => f.topic)).toEqual(['weapons', 'weapons']);
  });
});

describe('Function: extractArticle (an agency, "badan", is no body burned)', () => {
  it('keeps a percent before the name of an agency (ms)', () => {
    const article = read(
      'Polis menahan 3 suspek dan kes dadah di Johor meningkat 15% menurut badan penguatkuasaan negeri itu.',
    );
    expect(article.language).toBe('ms');
    expect(article.figures.map((f) => f.text)).toEqual(['3 suspek', '15%']);
  });

  it('still drops the share of a body burned (ms, after a word of burns)', () => {
    const article = read(
      'Mangsa melecur 60 peratus badan dalam kebakaran rumah di Johor dan 3 orang lain cedera.',
    );
    expect(article.figures.map((f) => f.text)).toEqual(['3 orang']);
  });
});

describe('Function: extractArticle (a year span joined by a tilde is no count)', () => {
  it.each([
    '公安机关在2020～2023年破获毒品案件15起，抓获嫌疑人30名。',
    'In 2020~2023 police seized 5 kilograms of heroin in Hanoi.',
  ])('%s', (text) => {
    const values = read(text).figures.map((f) => f.value);
    expect(values).not.toContain(2020);
    expect(values).not.toContain(2023);
    expect(values.length).toBeGreaterThan(0);
  });
});
