/**
 * Topic classes the annotators read one way in every language, on short articles written for the purpose (a
 * title, then a paragraph, as outlets print them): the illegal taking of sand, minerals and timber from a
 * river or a forest is a crime, not smuggling; people taken across a border illegally are a crime, whatever
 * word ("smuggling") tells how they moved; a rescue at sea is `other`; goods carried without papers stay
 * smuggling. Then the lexicons: a cue word in two groups would be read by whichever group the regex tries
 * first, so none may be.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTopics as check, type TopicCase as Case } from '../support/topic-case.js';

describe('Topic: sand, minerals and timber taken illegally are crime', () => {
  it.each<Case>([
    [
      'en',
      'Police seize barges mining sand illegally on the Tien River\nThe river police caught 3 barges pumping sand without a licence and detained 11 crew members. About 400 cubic metres of sand were seized.',
      [
        [3, 'crime'],
        [11, 'crime'],
        [400, 'crime'],
      ],
    ],
    [
      'en',
      'Rangers bust illegal logging ring in protected forest\nForest rangers caught 4 men cutting trees and seized 12 cubic metres of timber.',
      [
        [4, 'crime'],
        [12, 'crime'],
      ],
    ],
    [
      'vi',
      'Bắt giữ 2 tàu hút cát trái phép trên sông Đồng Nai\nCông an tỉnh đã bắt quả tang 2 tàu đang khai thác cát trái phép, thu giữ khoảng 400 m3 cát cùng 7 thuyền viên.',
      [
        [2, 'crime'],
        [400, 'crime'],
        [7, 'crime'],
      ],
    ],
    [
      'vi',
      'Phát hiện vụ khai thác gỗ trái phép trong rừng phòng hộ\nLực lượng kiểm lâm bắt quả tang 3 người đang chặt phá rừng, thu giữ hơn 20 m3 gỗ.',
      [
        [3, 'crime'],
        [20, 'crime'],
      ],
    ],
    [
      'es',
      'Incautan dragas que extraían arena ilegalmente del río\nLa policía incautó 2 barcazas que extraían arena de forma ilegal y detuvo a 6 tripulantes.',
      [
        [2, 'crime'],
        [6, 'crime'],
      ],
    ],
    [
      'es',
      'Desmantelan una red de tala ilegal en un bosque protegido\nLos guardabosques decomisaron 30 metros cúbicos de madera y detuvieron a 5 personas.',
      [
        [30, 'crime'],
        [5, 'crime'],
      ],
    ],
    [
      'ru',
      'Пограничники задержали баржи с незаконно добытым песком\nПограничники задержали 2 баржи и изъяли около 500 кубометров песка, добытого незаконно.',
      [
        [2, 'crime'],
        [500, 'crime'],
      ],
    ],
    [
      'fr',
      "Extraction illégale de sable sur le fleuve\nLa police fluviale a saisi 4 dragues qui extrayaient illégalement du sable et interpellé 9 membres d'équipage.",
      [
        [4, 'crime'],
        [9, 'crime'],
      ],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: people taken across a border illegally are crime, whatever word tells how they moved', () => {
  it.each<Case>([
    [
      'en',
      'Police arrested a man for allegedly smuggling 9 workers into China through a forest trail.',
      [[9, 'crime']],
    ],
    [
      'es',
      'Detienen a 3 personas por organizar la salida ilegal de 12 ciudadanos vietnamitas hacia Camboya.',
      [
        [3, 'crime'],
        [12, 'crime'],
      ],
    ],
    [
      'ru',
      'Пограничники задержали 7 граждан Китая, незаконно пересекших границу, и 2 проводников.',
      [
        [7, 'crime'],
        [2, 'crime'],
      ],
    ],
    [
      'vi',
      'Công an bắt 2 đối tượng tổ chức cho 9 người xuất cảnh trái phép sang Campuchia.',
      [
        [2, 'crime'],
        [9, 'crime'],
      ],
    ],
  ])('%s: %s', (...c) => check(c));

  // Not yet: a smuggling word in the title whose people are named by a nationality, not a cue ("Chinese
  // nationals"), outweighs the one crossing offence told below it.
  it.fails('en: smuggling told in the title, the crossing once below', () =>
    check([
      'en',
      'Two men arrested for smuggling Chinese nationals into Vietnam\nBorder guards arrested 2 men who were helping 15 Chinese nationals enter the country illegally for 600 yuan each.',
      [
        [2, 'crime'],
        [15, 'crime'],
      ],
    ]),
  );
});

describe('Topic: a rescue at sea is other', () => {
  it.each<Case>([
    [
      'es',
      'Rescatan a pescadores tras el hundimiento de su barco\nLos guardacostas rescataron a 8 pescadores cuyo barco se hundió frente a la costa.',
      [[8, 'other']],
    ],
    [
      'ru',
      'Пограничники спасли рыбаков\nПограничники спасли 5 рыбаков, чья лодка перевернулась во время шторма.',
      [[5, 'other']],
    ],
    ['vi', 'Biên phòng cứu 4 ngư dân gặp nạn trên biển khi tàu bị chìm.', [[4, 'other']]],
    [
      'en',
      'Border guards rescued 6 fishermen whose boat capsized in rough seas off the coast.',
      [[6, 'other']],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: goods carried without papers stay smuggling', () => {
  it.each<Case>([
    [
      'en',
      'Customs officers seized 500 kg of smuggled sugar from a truck at the border.',
      [[500, 'smuggling']],
    ],
    ['vi', 'CSGT phát hiện xe tải chở 5 m3 gỗ lậu không có hóa đơn chứng từ.', [[5, 'smuggling']]],
    [
      'ru',
      'Таможенники изъяли 300 блоков контрабандных сигарет и 2 тонны сахара неизвестного происхождения.',
      [
        [300, 'smuggling'],
        [2000, 'smuggling'],
      ],
    ],
    [
      'es',
      'La policía incautó 1.200 paquetes de cigarrillos de contrabando sin facturas.',
      [[1200, 'smuggling']],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: vehicles in a case of goods carried are the case, whatever road they were on', () => {
  it.each<Case>([
    [
      'en',
      'Smuggled cigarettes seized near the border\nPolice spotted 2 trucks in traffic with suspicious signs. Inside they found 3,000 packs of foreign cigarettes.',
      [[2, 'smuggling']],
    ],
    [
      'vi',
      'Bắt giữ xe chở hàng lậu\nTổ công tác phát hiện 3 xe tải đang tham gia giao thông có dấu hiệu nghi vấn. Kiểm tra, lực lượng chức năng phát hiện 5 tấn hàng không rõ nguồn gốc.',
      [[3, 'smuggling']],
    ],
    [
      'es',
      'Incautan heroína en la frontera\nLa policía detuvo 2 camiones en un control de tránsito. En la carga halló 30 kg de heroína.',
      [[2, 'drugs']],
    ],
    [
      'fr',
      "Trafic de drogue à la frontière\nLa police a intercepté 2 voitures lors d'un contrôle de la circulation routière. Elle a découvert 12 kg d'héroïne.",
      [[2, 'drugs']],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: cue words real outlets use in the weak languages (ru, es, vi)', () => {
  it.each<Case>([
    ['ru', 'Пограничники изъяли 450 кг конфет с иностранными надписями на упаковке.', [[450, 'smuggling']]],
    ['ru', 'Полиция Ханоя заблокировала 45 сайтов незаконных займов.', [[45, 'cyber']]],
    ['ru', 'Пограничники спасли 6 рыбаков с затонувшего судна.', [[6, 'other']]],
    ['ru', 'Инспекторы оштрафовали 120 водителей, не пристегнувших ремни безопасности.', [[120, 'traffic']]],
    [
      'es',
      'La policía decomisó 300 cajas de dulces con etiquetas en idioma extranjero.',
      [[300, 'smuggling']],
    ],
    ['es', 'Los agentes bloquearon 40 sitios web que vendían medicamentos sin licencia.', [[40, 'cyber']]],
    ['es', 'La operación de búsqueda y rescate encontró con vida a 3 pescadores.', [[3, 'other']]],
    [
      'es',
      'En el control, 85 conductores fueron sancionados por conducir en estado de ebriedad.',
      [[85, 'traffic']],
    ],
    [
      'es',
      'La policía del distrito entregó 2.000 cédulas de identidad a los vecinos.',
      [[2000, 'administration']],
    ],
    ['vi', 'Công an phường phát hiện 500 hộp bánh in chữ nước ngoài tại một kho hàng.', [[500, 'smuggling']]],
    ['vi', 'Biên phòng đưa 5 ngư dân của con tàu bị chìm vào bờ an toàn.', [[5, 'other']]],
  ])('%s: %s', (...c) => check(c));
});

describe('Figures lexicons: a topic cue belongs to one group', () => {
  const root = new URL('../../lambdas/extract/lexicons/', import.meta.url);
  const languages = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'schemas')
    .map((d) => d.name)
    .filter((l) => {
      try {
        readFileSync(new URL(`${l}/figures.json`, root));
        return true;
      } catch {
        return false;
      }
    });

  it.each(languages)('%s', (language) => {
    // Prepare
    const lex = JSON.parse(readFileSync(new URL(`${language}/figures.json`, root), 'utf8')) as {
      topics?: Record<string, string[]>;
      offences?: string[];
      instruments?: { phrases?: string[] };
      agencies?: Record<string, string[]>;
      fraud?: string[];
      channels?: string[];
    };
    const groups: [string, readonly string[]][] = [
      ...Object.entries(lex.topics ?? {}).map(([t, w]): [string, string[]] => [`topics.${t}`, w]),
      ['offences', lex.offences ?? []],
      ['instruments', lex.instruments?.phrases ?? []],
      ...Object.entries(lex.agencies ?? {}).map(([t, w]): [string, string[]] => [`agencies.${t}`, w]),
      ['fraud', lex.fraud ?? []],
      ['channels', lex.channels ?? []],
    ];

    // Act
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [group, words] of groups) {
      for (const word of words) {
        const key = word.toLowerCase();
        const first = seen.get(key);
        if (first !== undefined && first !== group) twice.push(`${word}: ${first}, ${group}`);
        else seen.set(key, group);
      }
    }

    // Assess
    expect(twice).toEqual([]);
  });
});
