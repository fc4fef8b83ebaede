/**
 * South Slavic languages and the Germanic city compounds (invented sentences): which standard a text is
 * read as (Serbian and Macedonian Cyrillic by their own letters), and Vietnamese places as these languages
 * write and decline them (Hanoju, Ханоју, Ho Ši Mina, Ђак Лак, Ѓак Лак, Ho Chi Minhstad).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import { detectLanguage } from '../../lambdas/extract/language/index.js';

function provinces(text: string): string[] {
  const result = extractArticle(Buffer.from(text, 'utf8'));
  return result.ok ? result.article.provinces.map((p) => p.slug) : [];
}

describe('Function: detectLanguage (South Slavic Cyrillic by its letters)', () => {
  it.each([
    ['sr', 'Полиција у граду Хо Ши Мину ухапсила је осам осумњичених за трговину дрогом у понедељак.'],
    ['sr', 'Полиција у провинцији Ђак Лак ухапсила је осам осумњичених за трговину дрогом.'],
    ['mk', 'Полицијата во провинцијата Ѓак Лак уапси осум осомничени за трговија со дрога.'],
    ['mk', 'Полицијата соопшти дека уапсила двајца луѓе и запленила хероин и таблети во градот.'],
    [
      'sl',
      'Policija je v sredo aretirala tri osumljence v provinci Nghe An. Po sporočilu so zasegli več kot tisoč tablet in dva kilograma heroina, preiskava pa se nadaljuje.',
    ],
    [
      'hu',
      'A rendőrség szerdán őrizetbe vett három gyanúsítottat Nghe An tartományban, a nyomozás folytatódik.',
    ],
  ] as const)('%s: %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe('Function: detectLanguage (Serbo-Croatian Latin by its reflexes of jat)', () => {
  it.each([
    // Ekavian: Serbia's standard, whatever else the words say.
    [
      'sr',
      'Dve osobe su poginule, a četiri su povređene kada je autobus sleteo sa puta u provinciji Lao Cai. Uzrok nesreće se istražuje.',
    ],
    [
      'sr',
      'Najmanje devet osoba je poginulo kada je kamion u pogrešnom smeru udario u autobus u severnom delu zemlje, izvestili su mediji.',
    ],
    // Ijekavian with Croatian words; ijekavian with Bosnian ones.
    [
      'hr',
      'Dvije su osobe poginule, a četiri su ozlijeđene kada je autobus sletio s ceste u pokrajini Lao Cai. Policija je priopćila da se uzrok istražuje.',
    ],
    [
      'bs',
      'Dvije osobe su poginule, a četiri su povrijeđene kada je autobus sletio s puta u provinciji Lao Cai prije sedmicu dana, saopćila je policija.',
    ],
  ] as const)('%s: %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe('Function: extractArticle (Vietnamese places declined and spelled in South Slavic and Germanic)', () => {
  it.each([
    ['Policija u Hanoju uhapsila je osam osumnjičenih za trgovinu drogom u ponedjeljak navečer.', ['ha-noi']],
    ['Policija grada Hanoja uhapsila je osam osumnjičenih za trgovinu drogom u ponedjeljak.', ['ha-noi']],
    [
      'Policija Ho Ši Mina uhapsila je osam osumnjičenih za trgovinu drogom u ponedjeljak navečer.',
      ['ho-chi-minh'],
    ],
    [
      'Policija u gradu Ho Ši Min uhapsila je osam osumnjičenih za trgovinu drogom u ponedjeljak.',
      ['ho-chi-minh'],
    ],
    [
      'Policija u Danangu uhapsila je osam osumnjičenih za trgovinu drogom u ponedjeljak navečer.',
      ['da-nang'],
    ],
    ['Полиција у Ханоју ухапсила је осам осумњичених за трговину дрогом у понедељак увече.', ['ha-noi']],
    ['Полиција у провинцији Куангњинх ухапсила је осам осумњичених за трговину дрогом.', ['quang-ninh']],
    ['Полиција у провинцији Ђак Лак ухапсила је осам осумњичених за трговину дрогом.', ['dak-lak']],
    ['Полицијата во Ханој уапси осум осомничени за трговија со дрога во понеделникот навечер.', ['ha-noi']],
    ['Полицијата во провинцијата Ѓак Лак уапси осум осомничени за трговија со дрога.', ['dak-lak']],
    [
      'De politie in Ho Chi Minhstad heeft maandag acht verdachten van drugshandel gearresteerd.',
      ['ho-chi-minh'],
    ],
    ['Polisen i Ho Chi Minhstaden grep på måndagen åtta misstänkta för narkotikasmuggling.', ['ho-chi-minh']],
    [
      'A rendőrség hétfőn Ho Si Minh-városban őrizetbe vett nyolc kábítószer-kereskedelemmel gyanúsítottat.',
      ['ho-chi-minh'],
    ],
    [
      'Полицијата на провинцијата Куанг Нињ уапси осум осомничени, жители на провинцијата Тхај Бињ.',
      ['quang-ninh', 'thai-binh'],
    ],
    [
      'Полиција провинције Куанг Нињ ухапсила је осам осумњичених, становника провинције Тхај Бињ.',
      ['quang-ninh', 'thai-binh'],
    ],
    // Negatives: places of the region, a person's name, declined ordinary words.
    ['Policija u Beogradu i Novom Sadu uhapsila je osam osumnjičenih za trgovinu drogom.', []],
    ['Полиција у Београду и Нишу ухапсила је осам осумњичених за трговину дрогом у понедељак.', []],
    ['Полицијата во Скопје и Битола уапси осум осомничени за трговија со дрога во понеделникот.', []],
    ['Pukovnik Minov rekao je da je policija uhapsila osam osumnjičenih za trgovinu drogom.', []],
  ] as const)('%s', (text, expected) => {
    expect(provinces(text)).toEqual(expected);
  });
});

describe('Function: extractArticle (the primary province: the police force before a resident place)', () => {
  it.each([
    [
      'Полицијата на провинцијата Куанг Нињ уапси осум осомничени, жители на провинцијата Тхај Бињ, за шверц на дрога.',
    ],
    [
      'Полиција провинције Куанг Нињ ухапсила је осам осумњичених, становника провинције Тхај Бињ, због шверца дроге.',
    ],
    [
      'Policija pokrajine Quang Ninh uhitila je osam osumnjičenika, stanovnika pokrajine Thai Binh, zbog krijumčarenja droge.',
    ],
  ] as const)('%s', (text) => {
    const result = extractArticle(Buffer.from(text, 'utf8'));
    expect(result.ok && result.article.primaryProvince?.slug).toBe('quang-ninh');
  });
});

describe('Function: extractArticle (Baltic and Albanian: the name declined before or after its type word)', () => {
  it.each([
    [
      'Quang Ninho provincijos policija sulaikė aštuonis įtariamuosius, Thai Binh provincijos gyventojus.',
      'quang-ninh',
    ],
    [
      'Policija Hanojuje sulaikė aštuonis įtariamuosius, kurie gabeno narkotikus iš kaimyninės šalies.',
      'ha-noi',
    ],
    [
      'Quang Ninh provinces policija aizturēja astoņus aizdomās turētos, Thai Binh provinces iedzīvotājus.',
      'quang-ninh',
    ],
    [
      'Policija Hanojā aizturēja astoņus aizdomās turētos narkotiku tirdzniecībā pirmdienas vakarā.',
      'ha-noi',
    ],
    [
      'Policia e provincës Quang Ninh arrestoi tetë të dyshuar, banorë të provincës Thai Binh, për trafik droge.',
      'quang-ninh',
    ],
    [
      'Policia e Hanoit arrestoi tetë të dyshuar për trafik droge në qytetin e Hanoit të hënën, tha policia e provincës.',
      'ha-noi',
    ],
    // Negatives: places of the language's own country.
    ['Vilniaus policija sulaikė aštuonis įtariamuosius Kauno mieste pirmadienį vakare po ilgo tyrimo.', null],
    ['Rīgas policija aizturēja astoņus aizdomās turētos Daugavpils pilsētā pēc ilgas izmeklēšanas.', null],
    [
      'Policia e Tiranës arrestoi tetë të dyshuar në qytetin e Durrësit pas një hetimi të gjatë, tha policia e qytetit.',
      null,
    ],
  ] as const)('%s', (text, primary) => {
    const result = extractArticle(Buffer.from(text, 'utf8'));
    expect(result.ok && (result.article.primaryProvince?.slug ?? null)).toBe(primary);
  });
});

describe('Function: extractArticle (a province spelt by ear in a Slavic Latin alphabet, after its type word)', () => {
  // Invented sentences: the name as the language writes its sounds (nj, kv, č, sz), read through the lexicon's
  // cyrillicLetters as a Cyrillic transcription; and the city's possessive name declined in three words.
  it.each([
    ['Najmanje 13 ljudi je poginulo u sudaru autobusa u provinciji Bin Tuan na jugu zemlje.', 'binh-thuan'],
    ['U provinciji Ha Tin stradala su tri zemljoradnika tokom poplava prošle nedelje.', 'ha-tinh'],
    ['Policija u provinciji Ninj Binj uhapsila je osam osumnjičenih za trgovinu drogom.', 'ninh-binh'],
    ['Policija u provinciji Kvang Nin zaplenila je dve tone uglja i uhapsila vozače.', 'quang-ninh'],
    ['U pokrajini Đak Lak poplave su odnele četiri života, javila je agencija.', 'dak-lak'],
    ['Policija je u provinciji Bin Fuok uhapsila šest osumnjičenih za krijumčarenje.', 'binh-phuoc'],
    ['U susjednoj oblasti Lam Dong poginulo je još pet osoba tokom poplava.', 'lam-dong'],
    ['Policija v provinci Kvang Nam je prijela pet osumljencev za tihotapljenje.', 'quang-nam'],
    ['Policie v provincii Kvang Ninh zadržela osm podezřelých z pašování uhlí.', 'quang-ninh'],
    ['Policja w prowincji Kwang Nam zatrzymała pięciu podejrzanych o przemyt.', 'quang-nam'],
    ['Policie v Ho Či Minově Městě zadržela osm podezřelých z obchodu s drogami.', 'ho-chi-minh'],
    ['Polícia v Ho Či Minovom Meste zadržala osem podozrivých z obchodu s drogami.', 'ho-chi-minh'],
  ] as const)('%s', (text, slug) => {
    expect(provinces(text)).toContain(slug);
  });

  it.each([
    // The type word before a name of the language's own country: no Vietnamese province heard in it.
    'Policija u oblasti Banat uhapsila je osam osumnjičenih za trgovinu drogom.',
    'Policie v kraji Vysočina zadržela osm podezřelých z obchodu s drogami.',
    'Policja w województwie Lubuskie zatrzymała ośmiu podejrzanych o handel narkotykami.',
  ])('no province: %s', (text) => {
    expect(provinces(text)).toEqual([]);
  });
});
