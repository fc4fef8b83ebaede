/**
 * Primary province of a disaster round-up (session 21): a storm or a flood reported across several provinces,
 * where the text says which was hit hardest ("the hardest-hit province was X", "la provincia más afectada",
 * "cele mai multe pagube"). Gold names that province; before this rule the choosers read such round-ups as
 * national (no province) or took the province named first. Short reports invented for this class, never
 * sentences of the tuning or holdout sets. A national round-up with no such phrase still has none.
 */
import { describe, expect, it } from 'vitest';
import { primaryOf } from '../support/primary-choice.js';

/** [language, text, primary province]. */
const HARDEST_HIT: readonly (readonly [string, string, string | null])[] = [
  [
    'en',
    'Storm kills 12 in central Vietnam\n\nHeavy rain brought by the storm flooded thousands of homes in Quang Binh, Quang Tri and Thua Thien Hue, the national disaster agency said. The hardest-hit province was Quang Tri, where seven people died.',
    'quang-tri',
  ],
  [
    'en',
    'Floods leave 9 dead\n\nFloods swept through Nghe An, Ha Tinh and Thanh Hoa this week. Ha Tinh was the worst affected, with five deaths and 2,000 homes under water.',
    'ha-tinh',
  ],
  [
    'fr',
    'Inondations meurtrières au Vietnam\n\nLes pluies ont frappé les provinces de Quang Nam, Quang Ngai et Binh Dinh. La province la plus touchée est celle de Quang Ngai, où six personnes sont mortes.',
    'quang-ngai',
  ],
  [
    'de',
    'Unwetter in Vietnam\n\nStarkregen hat in den Provinzen Lao Cai, Yen Bai und Ha Giang Erdrutsche ausgelöst. Am stärksten betroffen ist die Provinz Yen Bai, wo acht Menschen starben.',
    'yen-bai',
  ],
  [
    'es',
    'Lluvias torrenciales en Vietnam\n\nLas inundaciones afectaron a Quang Binh, Ha Tinh y Nghe An. La mayoría de las víctimas se registraron en la provincia de Ha Tinh, según el comité nacional.',
    'ha-tinh',
  ],
  [
    'pt',
    'Tufão deixa mortos no Vietnã\n\nO tufão atingiu as províncias de Phu Yen, Khanh Hoa e Binh Dinh. A província mais atingida foi Khanh Hoa, com quatro mortos.',
    'khanh-hoa',
  ],
  [
    'it',
    'Alluvioni in Vietnam\n\nLe piogge hanno colpito le province di Son La, Dien Bien e Lai Chau. La provincia più colpita è Lai Chau, dove sono morte sei persone.',
    'lai-chau',
  ],
  [
    'ro',
    'Inundaţii în Vietnam\n\nPloile au afectat provinciile Cao Bang, Bac Kan şi Lang Son. Cele mai multe victime au fost înregistrate în provincia Bac Kan.',
    'bac-kan',
  ],
  [
    'pl',
    'Powodzie w Wietnamie\n\nUlewy nawiedziły prowincje Quang Nam, Quang Ngai i Kon Tum. Najbardziej dotknięta została prowincja Kon Tum, gdzie zginęło pięć osób.',
    'kon-tum',
  ],
  [
    'ru',
    'Наводнение во Вьетнаме\n\nЛивни затопили провинции Куангнам, Куангнгай и Биньдинь. Больше всего пострадала провинция Биньдинь, где погибли семь человек.',
    'binh-dinh',
  ],
  [
    'sr',
    'Poplave u Vijetnamu\n\nKiše su pogodile provincije Lao Cai, Yen Bai i Son La. Najteže je pogođena provincija Son La, gde je poginulo šest ljudi.',
    'son-la',
  ],
  [
    'id',
    'Banjir di Vietnam\n\nBanjir melanda Provinsi Quang Tri, Quang Binh dan Ha Tinh. Provinsi yang paling parah terdampak adalah Quang Binh, dengan tujuh korban tewas.',
    'quang-binh',
  ],
  [
    'vi',
    'Mưa lũ gây thiệt hại\n\nMưa lũ gây ngập nhà cửa tại các tỉnh Hà Tĩnh, Nghệ An và Quảng Bình. Tỉnh Nghệ An chịu thiệt hại nặng nề nhất với 6 người chết.',
    'nghe-an',
  ],
  [
    'zh',
    '越南中部暴雨成灾\n\n暴雨袭击广平省、广治省和承天顺化省。其中广治省受灾最严重，已有5人死亡。',
    'quang-tri',
  ],
  [
    'hi',
    'वियतनाम में बाढ़\n\nभारी बारिश से न्घे आन, हा तिन्ह और थान होआ प्रांतों में बाढ़ आई। सबसे ज़्यादा प्रभावित हा तिन्ह प्रांत रहा, जहां पांच लोगों की मौत हुई।',
    'ha-tinh',
  ],
  // The phrase after its place, and a place after a clause break that it does not point at.
  [
    'ru',
    'Ливни во Вьетнаме\n\nЛивни прошли в провинциях Куангнам и Куангнгай. В провинции Куангнгай зарегистрировано наибольшее число жертв: четыре человека, далее следует провинция Куангнам.',
    'quang-ngai',
  ],
  [
    'ja',
    '北部で大雨\n\n大雨で北部の各省に被害が出た。ラオカイ省、イエンバイ省、ハザン省で計5人が死亡した。このうちイエンバイ省が最も大きな被害を受け、3人が死亡した。以下、ラオカイ省で2人が死亡した。',
    'yen-bai',
  ],
  [
    'en',
    'Landslides kill 7\n\nLandslides buried homes in Lai Chau, Lao Cai and Son La, with Son La hardest hit.',
    'son-la',
  ],
  // No phrase of the class: a national round-up keeps no primary province.
  [
    'en',
    'Road deaths fall\n\nRoad deaths fell across the country last month, the national traffic safety committee said. Police in Hanoi, Da Nang, Can Tho and Hai Phong reported fewer crashes.',
    null,
  ],
];

/**
 * [language, text, primary province]: a round-up that names the two or three provinces a storm struck in one
 * list, each once, and no other place: the first of the list.
 */
const STRUCK_LIST: readonly (readonly [string, string, string | null])[] = [
  [
    'en',
    'Floods kill eight\n\nFloods and landslides have killed eight people in the northern provinces of Ha Giang, Cao Bang and Bac Kan, the disaster agency said on Monday.',
    'ha-giang',
  ],
  [
    'fr',
    'Crues meurtrières\n\nLes crues ont fait six morts dans les provinces de Quang Nam et Quang Ngai, selon les autorités.',
    'quang-nam',
  ],
  [
    'ro',
    'Inundaţii în Vietnam\n\nPloile torenţiale au lovit provinciile Nghe An şi Ha Tinh, unde cinci persoane au murit.',
    'nghe-an',
  ],
  [
    'sw',
    'Mafuriko Vietnam\n\nWatu saba wamekufa kutokana na mafuriko katika majimbo ya Yen Bai, Lao Cai na Son La.',
    'yen-bai',
  ],
  [
    'hi',
    'वियतनाम में बाढ़\n\nबाढ़ से क्वांग बिन्ह, क्वांग त्री और थुआ थिएन ह्वे प्रांतों में सात लोगों की मौत हो गई।',
    'quang-binh',
  ],
  // A list of four or more is a national review's: none.
  [
    'en',
    'Storm season review\n\nStorms this year killed people in Nghe An, Ha Tinh, Quang Binh and Quang Tri, the national committee said.',
    null,
  ],
  // A national agency's review naming three provinces, with no disaster: none.
  [
    'en',
    'Smuggling rises\n\nThe General Department of Customs said cases of cigarette smuggling rose this year, mostly across the borders of An Giang, Tay Ninh and Long An.',
    null,
  ],
  // Gates and a port named once each: none (a list of crossings, not of provinces).
  [
    'de',
    'Zollbilanz des Jahres\n\nSchmuggler nutzen die Grenzübergänge Huu Nghi und Mong Cai sowie den Hafen Hai Phong, teilte die Zollbehörde mit.',
    null,
  ],
];

describe('Places: the first of a short list of provinces a storm struck is the primary province', () => {
  it.each(STRUCK_LIST)('%s: %s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
  });
});

describe('Places: the hardest-hit province of a disaster round-up is its primary province', () => {
  it.each(HARDEST_HIT)('%s: %s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
  });
});
