/**
 * The acting unit's province against the provinces its suspects come from (issue 9, session 11): short
 * reports written for these rules in Italian, Spanish, Portuguese, Russian and English, as outlets write them;
 * never sentences of the tuning or holdout sets. Each names the police, court, customs or border force once and
 * the suspects' home province more often; the force's province is the article's.
 */
import { describe, expect, it } from 'vitest';
import { primaryOf } from '../support/primary-choice.js';

describe('Places: the force named in another word order than the lexicon lists', () => {
  it.each([
    [
      'it',
      'Vietnam, sequestrati 12 panetti di eroina\n\nLa Pubblica Sicurezza di Son La ha arrestato tre uomini di Dien Bien che trasportavano 12 panetti di eroina su una moto. I tre, tutti originari di Dien Bien, avevano acquistato la droga in Laos e contavano di rivenderla a Dien Bien. Uno di loro era già stato condannato a Dien Bien nel 2019.',
      'son-la',
    ],
    [
      'pt',
      'Apreensão na fronteira\n\nO Comando da Guarda de Fronteira Provincial de Quang Tri apreendeu 50 mil pacotes de cigarros de um homem de Quang Binh. O homem, morador de Quang Binh, vendia cigarros em Quang Binh.',
      'quang-tri',
    ],
    [
      'es',
      'Detenidos dos hombres\n\nLas fuerzas policiales de Quang Binh detuvieron a dos hombres de Ha Tinh. Los hombres, vecinos de Ha Tinh, vendían la droga en Ha Tinh y en las aldeas de Ha Tinh.',
      'quang-binh',
    ],
    [
      'pt',
      'Presos dois traficantes\n\nAs forças policiais de Quang Binh prenderam dois homens de Ha Tinh. Os dois, de Ha Tinh, vendiam droga em Ha Tinh e nas aldeias de Ha Tinh.',
      'quang-binh',
    ],
    [
      'ru',
      'Вынесен приговор\n\nНародный суд провинции Тханьхоа приговорил к смертной казни двух мужчин, уроженцев провинции Нгеан. Жители Нгеана перевозили метамфетамин из Лаоса в Нгеан и продавали его в Нгеане.',
      'thanh-hoa',
    ],
    [
      'ru',
      'Утверждено обвинение\n\nНародная прокуратура провинции Куангнинь утвердила обвинение трём жителям Хайфона. Жители Хайфона продавали наркотики в Хайфоне.',
      'quang-ninh',
    ],
    [
      'en',
      'Court jails two\n\nA court in the northern province of Thai Binh sentenced two men from Nam Dinh to 20 years in prison. The two, both of Nam Dinh, sold drugs in Nam Dinh and across Nam Dinh.',
      'thai-binh',
    ],
    [
      'en',
      'Customs seize smuggled sugar\n\nCustoms officers at Moc Bai border gate seized 20 tonnes of sugar smuggled from Cambodia by a trader from Ho Chi Minh City. The sugar was to be sold in Ho Chi Minh City markets.',
      'tay-ninh',
    ],
  ])('%s: the force leads', (language, body, slug) => {
    expect(primaryOf(body, language)).toBe(slug);
  });

  it('keeps a national ministry in the capital from being a force of the capital', () => {
    const body =
      'Drug seizures rise\n\nThe Ministry of Public Security in Hanoi said police seized 8 tonnes of drugs in 2024. The largest cases were in Nghe An, Son La and Dien Bien.';
    expect(primaryOf(body, 'en')).toBeNull();
  });
});

describe('Places: a force of a city or district shared with a commune elsewhere', () => {
  it.each([
    [
      'en',
      'Heroin seized\n\nPolice in Phan Thiet have arrested two men from Dong Nai with 3 kg of heroin bought in Dong Nai.',
      'binh-thuan',
    ],
    [
      'it',
      'Eroina sequestrata\n\nLa polizia di Phan Thiet ha arrestato due uomini di Dong Nai con 3 kg di eroina comprata a Dong Nai.',
      'binh-thuan',
    ],
    [
      'en',
      'Two held at the border\n\nThe border guard station of Thanh Thuy in Ha Giang province arrested two men from Tuyen Quang. The two, both of Tuyen Quang, sold drugs in Tuyen Quang.',
      'ha-giang',
    ],
  ])('%s: the city or district with its force, or with its province after it', (language, body, slug) => {
    expect(primaryOf(body, language)).toBe(slug);
  });
});

describe('Places: the partner force of a joint operation', () => {
  it.each([
    [
      'es',
      'Desarticulada una red\n\nLa Policía Provincial de Tay Ninh, en coordinación con la Policía de Long An, detuvo a dos hombres de Long An. Los hombres, vecinos de Long An, vendían la droga en Long An.',
      'tay-ninh',
    ],
    [
      'it',
      'Smantellata una rete\n\nLa Polizia provinciale di Quang Ninh, in collaborazione con la polizia di Hai Phong, ha arrestato due uomini di Hai Phong. I due vendevano la droga a Hai Phong.',
      'quang-ninh',
    ],
    [
      'pt',
      'Rede desmantelada\n\nA Polícia Provincial de Tay Ninh, em coordenação com a Polícia de Long An, prendeu dois homens de Long An. Os dois vendiam droga em Long An.',
      'tay-ninh',
    ],
    [
      'en',
      'Drug ring busted\n\nThe Tay Ninh Provincial Police, in coordination with Long An police, arrested two men from Long An. The two sold drugs in Long An.',
      'tay-ninh',
    ],
    [
      'ru',
      'Задержаны наркоторговцы\n\nПолиция провинции Тэйнинь совместно с полицией провинции Лонган задержала двух жителей провинции Лонган. Задержанные продавали наркотики в Лонгане.',
      'tay-ninh',
    ],
  ])("%s: the unit that leads the operation is the article's", (language, body, slug) => {
    expect(primaryOf(body, language)).toBe(slug);
  });
});

describe("Places: a force's capitalized name in an order the phrases do not list", () => {
  it.each([
    [
      'pt',
      'Cigarros apreendidos\n\nO Comando da Guarda Fronteiriça Provincial de Quang Tri apreendeu 50 mil maços de cigarros de um homem. O homem, de Quang Binh, vendia em Quang Binh e nas vilas de Quang Binh.',
      'quang-tri',
    ],
    [
      'it',
      "Droga sequestrata\n\nLa Procura Popolare Provinciale di Thanh Hoa ha incriminato un uomo. L'uomo, di Ninh Binh, vendeva droga a Ninh Binh e nei villaggi di Ninh Binh.",
      'thanh-hoa',
    ],
    [
      'es',
      'Droga incautada\n\nLa Fiscalía Popular Provincial de Ha Tinh acusó a un hombre. El hombre, de Nghe An, vendía droga en Nghe An y en aldeas de Nghe An.',
      'ha-tinh',
    ],
  ])('%s: the named force leads', (language, body, slug) => {
    expect(primaryOf(body, language)).toBe(slug);
  });
});
