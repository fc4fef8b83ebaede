/**
 * Primary province by class (issue 9, session 14): short reports invented for these rules, never sentences of the
 * tuning or holdout sets. Each class is one way a province other than the story's is named as often as (or more
 * prominently than) the story's own: the acting force named once against a suspect's hometown, a hometown
 * phrase ("native of", "originaire de", "родом из", "quê ở"), the two ends of a trafficking route against the
 * seizure place, and a national round-up.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';

function primaryOf(body: string, language: string): string | null {
  const doc = { body, folded: fold(body), sentences: splitSentences(body), language };
  return findPlaces(doc).primaryProvince?.slug ?? null;
}

describe('Places: a hometown phrase is a home, not the place of the story', () => {
  it.each([
    [
      'en',
      'Man held with heroin\n\nPolice in Nghe An arrested a man carrying two bricks of heroin on Monday. The suspect, a native of Thanh Hoa, said he had bought the drugs from a man in Thanh Hoa.',
      'nghe-an',
    ],
    [
      'fr',
      "Un trafiquant arrêté\n\nLa police de Lao Cai a arrêté lundi un homme qui transportait 3 kg de méthamphétamine. L'homme, originaire de Yen Bai, a reconnu avoir déjà vendu de la drogue à Yen Bai.",
      'lao-cai',
    ],
    [
      'ru',
      'Задержан наркокурьер\n\nПолиция провинции Шонла задержала мужчину с 5 кг героина. Задержанный, родом из провинции Дьенбьен, признался, что вёз наркотики в Дьенбьен.',
      'son-la',
    ],
    [
      'vi',
      'Bắt đối tượng vận chuyển ma túy\n\nCông an huyện Mường Lát bắt giữ Lò Văn A, quê ở tỉnh Sơn La, khi đang vận chuyển 2 bánh heroin. A khai mua ma túy ở tỉnh Sơn La.',
      'thanh-hoa',
    ],
    [
      'de',
      'Festnahme wegen Heroin\n\nDie Polizei von Ha Tinh hat einen Mann mit 3 kg Heroin festgenommen. Der Mann stammt aus Nghe An und wollte die Drogen in Nghe An verkaufen.',
      'ha-tinh',
    ],
    [
      'es',
      'Detenido un traficante\n\nLa policía de Quang Tri detuvo a un hombre con 4 kg de metanfetamina. El detenido, natural de Quang Binh, dijo que llevaba la droga a Quang Binh.',
      'quang-tri',
    ],
    [
      'it',
      "Arrestato un corriere\n\nLa polizia di Cao Bang ha arrestato un uomo con 2 kg di eroina. L'uomo, nato a Lang Son, voleva vendere la droga a Lang Son.",
      'cao-bang',
    ],
  ])('%s: %s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
  });
});

describe('Places: the ends of a route against the place of the seizure', () => {
  it.each([
    [
      'en',
      'Drugs seized on highway\n\nBorder guards in Quang Tri seized 20 kg of crystal meth that a man was carrying from Son La to Ho Chi Minh City. The man said he had been paid to take the drugs from Son La to Ho Chi Minh City.',
      'quang-tri',
    ],
    [
      'fr',
      'Saisie de drogue\n\nLa police de Ha Tinh a saisi 30 kg de drogue sur un camion allant de Nghe An vers Hanoï. Le chauffeur devait livrer la drogue de Nghe An à Hanoï.',
      'ha-tinh',
    ],
    [
      'pt',
      'Apreensão de droga\n\nA polícia de Thua Thien Hue apreendeu 10 kg de heroína num autocarro que seguia de Dien Bien para Ho Chi Minh. O motorista levava a droga de Dien Bien para Ho Chi Minh.',
      'thua-thien-hue',
    ],
    [
      'ru',
      'Изъяты наркотики\n\nПолиция провинции Нгеан изъяла 40 кг метамфетамина, которые перевозили из Шонлы в Ханой. Водитель вёз груз из Шонлы в Ханой.',
      'nghe-an',
    ],
  ])('%s: %s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
  });
});

describe("Places: the acting force named once against the suspects' home named as often", () => {
  it.each([
    [
      'en',
      'Two arrested for smuggling\n\nKien Giang police arrested two men from An Giang. Both live in An Giang.',
      'kien-giang',
    ],
    [
      'sv',
      'Två gripna för narkotika\n\nPolisen i Lang Son grep två män från Bac Giang. Männen bor i Bac Giang.',
      'lang-son',
    ],
    [
      'id',
      'Dua pria ditangkap\n\nPolisi Provinsi Ha Giang menangkap dua pria asal Tuyen Quang. Keduanya tinggal di Tuyen Quang.',
      'ha-giang',
    ],
    [
      'sk',
      'Zadržali dvoch mužov\n\nPolícia provincie Lai Chau zadržala dvoch mužov z provincie Dien Bien. Obaja žijú v provincii Dien Bien.',
      'lai-chau',
    ],
  ])('%s: %s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
  });
});

describe('Places: a national round-up has no primary province', () => {
  it.each([
    [
      'en',
      'Drug cases rise nationwide\n\nThe Ministry of Public Security said drug cases rose across the country last year. Police in Hanoi, Ho Chi Minh City, Da Nang, Hai Phong and Can Tho handled the most cases, while Son La and Dien Bien seized the most heroin.',
      null,
    ],
  ])('%s: %s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
  });
});
