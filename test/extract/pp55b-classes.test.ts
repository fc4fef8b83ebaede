/**
 * Classes of session 55's second-round places helper (pp55b), on sentences written for this test:
 * - a page that prints its body twice, or pastes a paragraph again, names its provinces no more often for it:
 *   the primary province is weighed on each distinct line once (text/repeated-lines.ts, places/index.ts). A
 *   list of provinces each named once in one sentence (a flood's national round-up), or a road's two ends,
 *   is no story's place; printed twice, each name was counted twice and the first of the list (or the road's
 *   start) became the primary province. en, fr, es, de, ru, zh;
 * - negatives: a province named again in a different paragraph still counts twice (en, de, zh); a short line
 *   ("Photo: VNA") said twice is no repeat; the first copy of a line is never one.
 * Figures are left alone: the gold lists a figure printed twice twice, and the figures stage reads both.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import { repeatedLines } from '../../lambdas/extract/text/repeated-lines.js';
import { PRIMARY } from '../support/primary-choice.js';

/** The primary province's slug the whole engine gives `text` (null: none). */
function articlePrimary(text: string): string | null {
  const result = extractArticle(new TextEncoder().encode(text), { primary: PRIMARY });
  if (!result.ok) throw new Error(result.rejection.message);
  return result.article.primaryProvince?.slug ?? null;
}

/** A headline and its paragraph, the paragraph printed twice. */
const twice = (headline: string, paragraph: string) => `${headline}\n${paragraph}\n${paragraph}`;

const PRINTED_TWICE: [language: string, shape: string, text: string][] = [
  [
    'en',
    'round-up',
    twice(
      'Floods in the centre',
      'Floods caused by heavy rain and cold air have hit central Vietnam, including Quang Binh, Quang Tri, Thua Thien Hue and Da Nang, the national disaster committee said.',
    ),
  ],
  [
    'ru',
    'round-up',
    twice(
      'Наводнения в центре страны',
      'Наводнения, вызванные ливнями и холодным воздухом, затронули центральные районы Вьетнама, в том числе Куангбинь, Куангчи, Тхыатхьен-Хюэ и Дананг, сообщил национальный комитет.',
    ),
  ],
  [
    'zh',
    'round-up',
    twice(
      '越南中部洪灾',
      '据越南自然灾害防治工作组消息,受冷空气影响,包括广平省、广治省、承天顺化省以及岘港市等地在内的越南中部地区出现洪涝灾害。',
    ),
  ],
  [
    'en',
    'road',
    twice(
      'New expressway planned',
      'The government plans to build a new expressway from Can Tho to Ca Mau, cutting the journey by two hours, the transport ministry said on Monday.',
    ),
  ],
  [
    'fr',
    'road',
    twice(
      'Nouvelle autoroute',
      'Le gouvernement prévoit de construire une nouvelle autoroute de Can Tho à Ca Mau, qui réduira le trajet de deux heures, a annoncé lundi le ministère des Transports.',
    ),
  ],
  [
    'es',
    'road',
    twice(
      'Nueva autopista',
      'El gobierno planea construir una nueva autopista de Can Tho a Ca Mau que acortará el viaje en dos horas, informó el lunes el Ministerio de Transporte.',
    ),
  ],
  [
    'de',
    'road',
    twice(
      'Neue Schnellstraße',
      'Die Regierung will eine neue Schnellstraße von Can Tho nach Ca Mau bauen, die Fahrzeit soll sich damit um zwei Stunden verkürzen, teilte das Verkehrsministerium mit.',
    ),
  ],
];

/** A province named again in a paragraph of its own: two mentions, and the story's place. */
const NAMED_AGAIN: [language: string, text: string, primary: string][] = [
  [
    'en',
    "New expressway planned\nThe government plans to build a new expressway from Can Tho to Ca Mau, cutting the journey by two hours, the transport ministry said on Monday.\nCa Mau province will clear the land for the road from May, the chairman of the Ca Mau People's Committee said.",
    'ca-mau',
  ],
  [
    'de',
    'Neue Schnellstraße\nDie Regierung will eine neue Schnellstraße von Can Tho nach Ca Mau bauen, die Fahrzeit soll sich damit um zwei Stunden verkürzen, teilte das Verkehrsministerium mit.\nDie Provinz Ca Mau stellt dafür ab Mai das Bauland bereit, sagte der Vorsitzende des Volkskomitees von Ca Mau.',
    'ca-mau',
  ],
  [
    'zh',
    '越南中部洪灾\n据越南自然灾害防治工作组消息,受冷空气影响,包括广平省、广治省、承天顺化省以及岘港市等地在内的越南中部地区出现洪涝灾害。\n广平省已有3人死亡,当地政府正在组织紧急疏散居民,并向受灾群众发放粮食和饮用水。',
    'quang-binh',
  ],
];

describe('Function: findPlaces (pp55b classes)', () => {
  it.each(PRINTED_TWICE)(
    '%s %s printed twice names no primary province, as one copy does',
    (_l, _s, text) => {
      const once = text.slice(0, text.lastIndexOf('\n'));
      expect(articlePrimary(once)).toBeNull();
      expect(articlePrimary(text)).toBeNull();
    },
  );

  it.each(NAMED_AGAIN)(
    '%s: a province named again in another paragraph counts twice (negative)',
    (_l, text, primary) => {
      expect(articlePrimary(text)).toBe(primary);
    },
  );
});

describe('Function: repeatedLines', () => {
  const long = 'Police in Lang Son seized two tonnes of smuggled sugar on Monday.';

  it('marks the second copy of a long line, at its offsets, and never the first', () => {
    const body = `Title\n${long}\nPhoto: VNA\n${long}\n`;
    const second = body.lastIndexOf(long);
    expect(repeatedLines(body)).toEqual([{ start: second, end: second + long.length, text: long }]);
  });

  it('reads a copy with other spaces around it as the same line', () => {
    expect(repeatedLines(`${long}\n  ${long} `)).toHaveLength(1);
  });

  it('leaves a short line said twice and two different lines alone (negative)', () => {
    expect(repeatedLines(`Photo: VNA\n${long}\nPhoto: VNA\n${long.replace('Monday', 'Tuesday')}`)).toEqual(
      [],
    );
  });
});
