/**
 * Place classes of session 37 (pp37), on sentences written for this test:
 * - a dateline that names a city by a national figure's name alone ("Ho Chi Minh, 4 May –", "Ho Chi Minh
 *   (VNA) –") names the city, in any language read with word tokens (it fr en pl es); a headline about the man
 *   ("Ho Chi Minh – ein Leben …") or his years in brackets ("Ho Chi Minh (1890–1969)") names no place;
 * - so does a one-word city's name that names no province ("Vinh, 4 maggio –", "Vinh (VNA) –"), read bare as
 *   no place; a person's name and age ("Vinh, 34, told police") or a headline ("Vinh: …") still name none;
 * - a type word a name takes after it, joined by a preposition to the next name ("Le Thuy district of Quang Binh
 *   province", "Xa commune of Dien Bien district"), is the first name's: the next is read by its own type word
 *   (en), not as a district or commune named like a province; "the district of Quang Binh" alone stays the
 *   district of that name.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import { PRIMARY } from '../support/primary-choice.js';

/** The provinces, localities (slug@province) and the primary province the engine reads in `text`. */
function placesOf(text: string): { provinces: string[]; localities: string[]; primary: string | null } {
  const r = extractArticle(Buffer.from(text), { primary: PRIMARY });
  if (!r.ok) throw new Error(r.rejection.message);
  return {
    provinces: r.article.provinces.map((p) => p.slug),
    localities: r.article.localities.map((l) => `${l.slug}@${l.province.slug}`),
    primary: r.article.primaryProvince?.slug ?? null,
  };
}

const FIGURE_DATELINES: Array<[string, string]> = [
  [
    'it',
    'Ho Chi Minh, 12 mar – Un incendio è scoppiato in un magazzino di tessuti nella notte. I vigili del fuoco hanno lavorato per tre ore e nessuno è rimasto ferito.',
  ],
  [
    'fr',
    "Ho Chi Minh, 4 mai – Un incendie s'est déclaré dans un entrepôt de tissus pendant la nuit. Les pompiers ont travaillé trois heures et personne n'a été blessé.",
  ],
  [
    'en',
    'Ho Chi Minh, 4 May – A fire broke out at a textile warehouse overnight. Firefighters worked for three hours and nobody was hurt.',
  ],
  [
    'pl',
    'Ho Chi Minh, 3 marca (PAP) – Policja zatrzymała dwóch mężczyzn podejrzanych o kradzież motocykli w nocy.',
  ],
  [
    'es',
    'Ho Chi Minh (VNA) – La policía detuvo a dos hombres sospechosos de robar motocicletas durante la noche.',
  ],
];

const FIGURE_HEADLINES: Array<[string, string]> = [
  [
    'de',
    'Ho Chi Minh – ein Leben für die Unabhängigkeit\n\nDer Revolutionär wurde im Jahr 1890 geboren und verbrachte viele Jahre im Ausland.',
  ],
  [
    'de',
    'Ho Chi Minh (1890–1969) war ein vietnamesischer Revolutionär.\n\nEr lebte viele Jahre im Ausland und kehrte 1941 zurück.',
  ],
];

const ONE_WORD_DATELINES: Array<[string, string]> = [
  [
    'it',
    'Vinh, 4 maggio – La polizia ha arrestato due uomini sospettati di aver rubato motociclette durante la notte.',
  ],
  ['en', 'Vinh (VNA) – Police arrested two men suspected of stealing motorbikes overnight.'],
];

const ONE_WORD_NOT_DATELINES: Array<[string, string]> = [
  ['en', 'Vinh, 34, told police he had found the bag near the market and handed it in the same day.'],
  [
    'en',
    'Vinh: the port city rebuilt after the war\n\nThe city was almost entirely destroyed and rebuilt with help from abroad.',
  ],
];

describe('pp37: a one-word city in a dateline', () => {
  it.each(ONE_WORD_DATELINES)('%s: names its province', (_lang, text) => {
    // Act
    const { provinces, primary } = placesOf(text);
    // Assess
    expect(provinces).toEqual(['nghe-an']);
    expect(primary).toBe('nghe-an');
  });

  it.each(ONE_WORD_NOT_DATELINES)('%s: a name and age or a headline names no place', (_lang, text) => {
    // Act
    const { provinces } = placesOf(text);
    // Assess
    expect(provinces).toEqual([]);
  });
});

describe('pp37: a national figure’s name in a dateline', () => {
  it.each(FIGURE_DATELINES)('%s: names the city the wire filed from', (_lang, text) => {
    // Act
    const { provinces, primary } = placesOf(text);
    // Assess
    expect(provinces).toEqual(['ho-chi-minh']);
    expect(primary).toBe('ho-chi-minh');
  });

  it.each(FIGURE_HEADLINES)('%s: a headline about the man names no place', (_lang, text) => {
    // Act
    const { provinces } = placesOf(text);
    // Assess
    expect(provinces).toEqual([]);
  });
});

describe('pp37: a type word that belongs to the name before it', () => {
  it('en: "X district of Y province" reads Y as the province', () => {
    // Act
    const { provinces, localities } = placesOf(
      'Police in Le Thuy district of Quang Binh province arrested two men for stealing motorbikes. Both admitted the offence.',
    );
    // Assess
    expect(provinces).toEqual(['quang-binh']);
    expect(localities).toEqual(['le-thuy@quang-binh']);
  });

  it('en: "X district of Y province" with a district named like a province', () => {
    // Act
    const { provinces, localities } = placesOf(
      'Officers of Quang Ninh district of Quang Binh province seized 3 kg of firecrackers from a truck on Monday.',
    );
    // Assess
    expect(provinces).toEqual(['quang-binh']);
    expect(localities).toEqual(['quang-ninh@quang-binh']);
  });

  it('en: "X commune of Y district" reads Y as the district', () => {
    // Act
    const { localities } = placesOf(
      'Border guards found 40 bags of pills in a backpack in Muong Nha commune of Dien Bien district on Friday.',
    );
    // Assess
    expect(localities).toContain('dien-bien@dien-bien');
  });

  it('en: "the district of Y" alone is still the district named Y', () => {
    // Act
    const { localities } = placesOf('Police in the district of Quang Binh arrested two men on Monday night.');
    // Assess
    expect(localities).toEqual(['quang-binh@ha-giang']);
  });

  it("ru: a type word with no preposition stays the next name's", () => {
    // Act
    const { provinces } = placesOf(
      'Полиция уезда Лекуи провинции Куангбинь задержала двух мужчин за кражу мотоциклов.',
    );
    // Assess
    expect(provinces).toEqual(['quang-binh']);
  });
});
