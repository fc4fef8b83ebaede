import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { franc } from 'franc-min';
import { expressions } from 'franc-min/expressions.js';
import { detectLanguage, ISO639_3_TO_1 } from '../../lambdas/extract/language/index.js';
import { closestProfile, isClearlyLatin } from '../../lambdas/extract/language/trigram.js';
import { seeded } from '../support/random.js';

const CANDIDATES = Object.keys(ISO639_3_TO_1);
const SEEDS = new URL('../../seeds/', import.meta.url);

describe('Function: detectLanguage', () => {
  it.each([
    [
      'fr',
      "La police provinciale a arrêté trois suspects qui transportaient de la drogue à travers la frontière. L'enquête se poursuit et les autorités appellent les habitants à signaler tout comportement suspect.",
    ],
    [
      'pl',
      'Policja wojewódzka zatrzymała trzech podejrzanych, którzy przewozili narkotyki przez granicę. Śledztwo jest w toku, a władze apelują do mieszkańców o zgłaszanie wszelkich podejrzanych zachowań.',
    ],
    [
      'en',
      'The provincial police arrested three suspects who were carrying drugs across the border. The investigation is ongoing and the authorities urge residents to report any suspicious behaviour.',
    ],
    [
      'de',
      'Die Provinzpolizei hat drei Verdächtige festgenommen, die Drogen über die Grenze transportierten. Die Ermittlungen dauern an, und die Behörden bitten die Bewohner, verdächtiges Verhalten zu melden.',
    ],
    [
      'es',
      'La policía provincial detuvo a tres sospechosos que transportaban drogas a través de la frontera. La investigación continúa y las autoridades piden a los vecinos que denuncien cualquier comportamiento sospechoso.',
    ],
    [
      'it',
      'La polizia provinciale ha arrestato tre sospetti che trasportavano droga attraverso il confine. Le indagini sono in corso e le autorità invitano i cittadini a segnalare qualsiasi comportamento sospetto.',
    ],
    [
      'cs',
      'Krajská policie zadržela tři podezřelé, kteří převáželi drogy přes hranice. Vyšetřování pokračuje a úřady vyzývají obyvatele, aby hlásili jakékoli podezřelé chování.',
    ],
    [
      'pt',
      'A polícia provincial prendeu três suspeitos que transportavam drogas através da fronteira. A investigação continua e as autoridades pedem aos moradores que denunciem qualquer comportamento suspeito.',
    ],
    [
      'nl',
      'De provinciale politie heeft drie verdachten gearresteerd die drugs over de grens vervoerden. Het onderzoek loopt nog en de autoriteiten vragen bewoners om verdacht gedrag te melden.',
    ],
    [
      'vi',
      'Công an tỉnh đã bắt giữ ba đối tượng vận chuyển ma túy qua biên giới. Cơ quan điều tra đang tiếp tục làm rõ và đề nghị người dân báo tin về mọi hành vi đáng ngờ.',
    ],
  ])('detects %s', (expected, text) => {
    // Act
    const language = detectLanguage(text);

    // Assess
    expect(language).toBe(expected);
  });

  it.each([
    ['a Vietnamese fragment', 'Đại tá Lê', 'vi'],
    ['digits only', '2024', 'en'],
    ['an empty string', '', 'en'],
  ])('always gives a best guess for %s', (_label, text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

describe('Function: closestProfile', () => {
  it.each([
    ['fr', 'Les gendarmes ont saisi deux voitures volées près du marché, selon le parquet de la ville.'],
    [
      'de',
      'Nach Angaben der Behörden wurden gestern zwei gestohlene Autos in der Nähe des Marktes gefunden.',
    ],
    ['es', 'Según la fiscalía, los agentes encontraron ayer dos coches robados cerca del mercado municipal.'],
    ['pl', 'Według prokuratury funkcjonariusze znaleźli wczoraj dwa skradzione samochody w pobliżu targu.'],
    [
      'vi',
      'Theo cơ quan chức năng, hôm qua lực lượng chức năng đã thu giữ hai chiếc xe bị đánh cắp gần chợ.',
    ],
    ['punctuation inside', 'Vụ án (số 12/2024) – «nghiêm trọng»; 3,5 kg ma túy!'],
    ['too short for trigrams', 'ab'],
  ])('ranks like franc itself (%s)', (_label, text) => {
    // Act
    const ours = closestProfile(text, CANDIDATES);

    // Assess
    expect(ours).toBe(franc(text, { only: CANDIDATES, minLength: 0 }));
  });

  it('agrees with franc on 1,500 samples cut, spliced and shuffled from the seeds, and on exact ties', () => {
    // Prepare: slices of the seeds at random offsets and lengths, word salads mixing their languages and
    // splices of two languages, where profiles are near each other and a wrong shortcut would show.
    const texts = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(new URL(f, SEEDS), 'utf8'));
    const words = texts.join(' ').split(/\s+/);
    const random = seeded(20261123);
    const samples: string[] = [];
    const piece = (length: number): string => {
      const text = texts[Math.floor(random() * texts.length)]!;
      const at = Math.floor(random() * text.length);
      return text.slice(at, at + length);
    };
    const salad = (count: number): string =>
      Array.from({ length: count }, () => words[Math.floor(random() * words.length)]).join(' ');
    while (samples.length < 1500) {
      const kind = samples.length % 3;
      const sample =
        kind === 0
          ? piece(3 + Math.floor(random() * 2100))
          : kind === 1
            ? salad(1 + Math.floor(random() * 300))
            : // One language for the first dozens of trigrams, another for the rest.
              piece(40 + Math.floor(random() * 200)) + ' ' + piece(Math.floor(random() * 400));
      if (sample.trim().length >= 3) samples.push(sample.slice(0, 2048));
    }
    // Trigrams in no profile: every distance is equal and the tie goes to the profile franc lists first.
    samples.push('qqqq zzzz xxxx', 'ŋŋŋ ŧŧŧ');

    // Act
    // (detectLanguage only asks closestProfile about text that is clearly Latin.)
    const latin = samples.filter((sample) => isClearlyLatin(sample));
    const disagreements = latin.filter(
      (sample) => closestProfile(sample, CANDIDATES) !== franc(sample, { only: CANDIDATES, minLength: 3 }),
    );

    // Assess
    expect(latin.length).toBeGreaterThan(1400);
    expect(disagreements).toEqual([]);
  });
});

describe('Function: isClearlyLatin', () => {
  it('counts no ASCII or Latin letter as another script, so "Latin" is never a wrong guess', () => {
    // Prepare: every code unit the Latin table below U+3000 or ASCII covers
    const latin = new RegExp(expressions['Latin']!.source, 'u');
    const covered: string[] = [];
    for (let c = 0; c < 0x3000; c++) {
      if (c < 0x80 || (!(c >= 0xd800 && c <= 0xdfff) && latin.test(String.fromCharCode(c))))
        covered.push(String.fromCharCode(c));
    }

    // Act
    const clashes = Object.entries(expressions)
      .filter(([script]) => script !== 'Latin')
      .flatMap(([script, re]) =>
        covered.filter((ch) => new RegExp(re.source, 'u').test(ch)).map((ch) => script + ':' + ch),
      );

    // Assess
    expect(clashes).toEqual([]);
  });

  it.each([
    ['Latin text', 'Công an tỉnh', true],
    ['Cyrillic text', 'Полиция провинции', false],
    ['mixed, mostly Cyrillic', 'Police полиция провинции', false],
    ['digits only', '2024', false],
  ])('%s', (_label, text, expected) => {
    expect(isClearlyLatin(text)).toBe(expected);
  });
});
