/**
 * A report that names only a well-known landmark (a national park, a cave, a mountain pass, a peak, a port) and no
 * province: the province comes from the landmark's entry in the gazetteer supplement (data/supplement.json, and
 * data/names-in-scripts.json for the scripts without Latin letters). Invented sentences, several languages.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';

function primaryOf(text: string): string | undefined {
  const r = extractArticle(new TextEncoder().encode(text));
  if (!r.ok) throw new Error(r.rejection.message);
  return r.article.primaryProvince?.slug;
}

const CASES: readonly (readonly [string, string])[] = [
  [
    'quang-binh',
    'A tour bus overturned on Sunday near Phong Nha-Ke Bang, killing three passengers and injuring twelve others, police said.',
  ],
  [
    'quang-binh',
    'Cel puţin trei turişti au fost răniţi sâmbătă în parcul naţional Phong Nha - Kẻ Bàng, după ce o barcă s-a răsturnat pe râu.',
  ],
  [
    'quang-binh',
    'Туристический автобус перевернулся в воскресенье недалеко от национального парка Фонгня-Кебанг, погибли три человека.',
  ],
  [
    'quang-binh',
    '日曜日、フォンニャ＝ケバン国立公園の近くで観光バスが横転し、乗客3人が死亡、12人が負傷したと警察が発表した。',
  ],
  [
    'quang-binh',
    '일요일 퐁냐께방 국립공원 근처에서 관광버스가 전복돼 승객 3명이 숨지고 12명이 다쳤다고 경찰이 밝혔다.',
  ],
  ['quang-binh', '周日，一辆旅游大巴在丰芽-格邦国家公园附近翻车，造成3名乘客死亡、12人受伤，警方表示。'],
  [
    'khanh-hoa',
    "Un autocar de touristes s'est renversé dimanche dans le col de Khanh Le, faisant trois morts et douze blessés, selon la police.",
  ],
  [
    'ha-giang',
    'Ein Reisebus ist am Sonntag am Pass Ma Pi Leng verunglückt, drei Menschen starben und zwölf wurden verletzt, teilte die Polizei mit.',
  ],
  [
    'lao-cai',
    'Dos excursionistas extranjeros fueron rescatados el martes tras perderse durante la subida al monte Fansipan, informó la policía.',
  ],
  [
    'ninh-binh',
    'Rangers in Cuc Phuong seized four traps and freed two pangolins on Tuesday, the park management board said.',
  ],
];

describe('pp35: a landmark named alone gives its province', () => {
  for (const [province, text] of CASES) {
    it(`${province}: ${text.slice(0, 48)}…`, () => {
      expect(primaryOf(text)).toBe(province);
    });
  }
});
