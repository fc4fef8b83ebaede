/**
 * Counted nouns one lexicon language had and another lacked (issue #9, session 28's coverage audit,
 * scripts/lexicon-concepts.ts): survivors, refugees, patients, babies, villagers, accomplices, pedestrians,
 * bombs, crossbows, revolvers, shotguns, vans, scooters, tractors, ferries... Each is now read with its unit in
 * every language whose lexicon counts nouns; the negative cases are words left out or read as another noun.
 * Sentences written for the project.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, value: number, unit: string];

const CASES: Case[] = [
  ['en', 'Border guards seized 14 crossbows and 3 bombs hidden in a truck.', 14, 'weapon'],
  ['en', 'Border guards seized 14 crossbows and 3 bombs hidden in a truck.', 3, 'weapon'],
  ['fr', 'Les secours ont retrouvé 12 survivants et accueilli 40 réfugiés dans une école.', 12, 'person'],
  ['fr', 'Les secours ont retrouvé 12 survivants et accueilli 40 réfugiés dans une école.', 40, 'person'],
  ['fr', 'La police a saisi 6 camionnettes et 2 bombes artisanales.', 6, 'vehicle'],
  ['fr', 'La police a saisi 6 camionnettes et 2 bombes artisanales.', 2, 'weapon'],
  [
    'de',
    'Die Polizei stellte 5 Schrotflinten und 2 Armbrüste sicher; 30 Patienten wurden evakuiert.',
    5,
    'weapon',
  ],
  [
    'de',
    'Die Polizei stellte 5 Schrotflinten und 2 Armbrüste sicher; 30 Patienten wurden evakuiert.',
    2,
    'weapon',
  ],
  [
    'de',
    'Die Polizei stellte 5 Schrotflinten und 2 Armbrüste sicher; 30 Patienten wurden evakuiert.',
    30,
    'person',
  ],
  ['es', 'El refugio acoge a 25 refugiados y 4 bebés tras la inundación.', 25, 'person'],
  ['es', 'El refugio acoge a 25 refugiados y 4 bebés tras la inundación.', 4, 'person'],
  ['es', 'Los agentes incautaron 7 ballestas y 9 scooters robados.', 7, 'weapon'],
  ['it', 'I soccorritori hanno salvato 8 sopravvissuti e 3 neonati; sequestrate 2 balestre.', 8, 'person'],
  ['it', 'I soccorritori hanno salvato 8 sopravvissuti e 3 neonati; sequestrate 2 balestre.', 3, 'person'],
  ['it', 'I soccorritori hanno salvato 8 sopravvissuti e 3 neonati; sequestrate 2 balestre.', 2, 'weapon'],
  ['pt', 'A polícia mobilizou 15 viaturas e resgatou 6 sobreviventes e 20 refugiados.', 15, 'vehicle'],
  ['pt', 'A polícia mobilizou 15 viaturas e resgatou 6 sobreviventes e 20 refugiados.', 6, 'person'],
  ['pt', 'A polícia mobilizou 15 viaturas e resgatou 6 sobreviventes e 20 refugiados.', 20, 'person'],
  ['nl', 'De politie hield 4 overvallers en 2 motorrijders aan en vond 3 kruisbogen.', 4, 'person'],
  ['nl', 'De politie hield 4 overvallers en 2 motorrijders aan en vond 3 kruisbogen.', 2, 'person'],
  ['nl', 'De politie hield 4 overvallers en 2 motorrijders aan en vond 3 kruisbogen.', 3, 'weapon'],
  [
    'pl',
    'Policja zatrzymała 3 oszustów, a 4 policjanci i 6 strażaków ewakuowali 12 pacjentów.',
    12,
    'person',
  ],
  ['pl', 'Policja zatrzymała 3 oszustów, a 4 policjanci i 6 strażaków ewakuowali 12 pacjentów.', 4, 'person'],
  ['pl', 'Na granicy zatrzymano 5 furgonetek i znaleziono 3 rewolwery.', 5, 'vehicle'],
  ['pl', 'Na granicy zatrzymano 5 furgonetek i znaleziono 3 rewolwery.', 3, 'weapon'],
  ['cs', 'Policie zadržela 3 podvodníky; 2 podvodníci uprchli a 7 vojáci pomáhali.', 2, 'person'],
  ['cs', 'Celníci zajistili 6 střelných zbraní, 4 brokovnice a 3 skútry.', 6, 'weapon'],
  ['cs', 'Celníci zajistili 6 střelných zbraní, 4 brokovnice a 3 skútry.', 4, 'weapon'],
  ['cs', 'Celníci zajistili 6 střelných zbraní, 4 brokovnice a 3 skútry.', 3, 'vehicle'],
  ['cs', 'Na místo vyjelo 5 hasičských vozů a 2 sanitky.', 5, 'vehicle'],
  ['ru', 'Полиция задержала 6 мотоциклистов и 3 браконьеров, изъяты 2 бомбы и 4 фургона.', 6, 'person'],
  ['ru', 'Полиция задержала 6 мотоциклистов и 3 браконьеров, изъяты 2 бомбы и 4 фургона.', 3, 'person'],
  ['ru', 'Полиция задержала 6 мотоциклистов и 3 браконьеров, изъяты 2 бомбы и 4 фургона.', 2, 'weapon'],
  ['ru', 'Полиция задержала 6 мотоциклистов и 3 браконьеров, изъяты 2 бомбы и 4 фургона.', 4, 'vehicle'],
  ['vi', 'Công an đã bắt 2 đối tượng và 3 đồng phạm, thu giữ 4 máy kéo.', 4, 'vehicle'],
  ['vi', 'Lũ quét làm 12 dân làng mắc kẹt, 5 xuồng bị cuốn trôi.', 12, 'person'],
  ['vi', 'Lũ quét làm 12 dân làng mắc kẹt, 5 xuồng bị cuốn trôi.', 5, 'vehicle'],
  ['id', 'Polisi menyita 3 pedang dan 2 traktor; 9 pejalan kaki dan 40 pengungsi dievakuasi.', 3, 'weapon'],
  ['id', 'Polisi menyita 3 pedang dan 2 traktor; 9 pejalan kaki dan 40 pengungsi dievakuasi.', 2, 'vehicle'],
  ['id', 'Polisi menyita 3 pedang dan 2 traktor; 9 pejalan kaki dan 40 pengungsi dievakuasi.', 9, 'person'],
  ['id', 'Polisi menyita 3 pedang dan 2 traktor; 9 pejalan kaki dan 40 pengungsi dievakuasi.', 40, 'person'],
  ['ms', 'Polis merampas 4 revolver dan 6 skuter, manakala 11 pesakit dipindahkan.', 4, 'weapon'],
  ['ms', 'Polis merampas 4 revolver dan 6 skuter, manakala 11 pesakit dipindahkan.', 6, 'vehicle'],
  ['ms', 'Polis merampas 4 revolver dan 6 skuter, manakala 11 pesakit dipindahkan.', 11, 'person'],
  ['ro', 'Polițiștii au confiscat 5 pistoale și 3 macete; 8 pacienți au fost evacuați.', 5, 'weapon'],
  ['ro', 'Polițiștii au confiscat 5 pistoale și 3 macete; 8 pacienți au fost evacuați.', 3, 'weapon'],
  ['ro', 'Polițiștii au confiscat 5 pistoale și 3 macete; 8 pacienți au fost evacuați.', 8, 'person'],
  ['ro', 'Au fost oprite 7 camioane și 2 tractoare la frontieră.', 7, 'vehicle'],
  ['ro', 'Au fost oprite 7 camioane și 2 tractoare la frontieră.', 2, 'vehicle'],
];

/** Words left out or read as another noun: what a count before them must not become. */
const NOT: Case[] = [
  // vi "đồng phạm" (accomplices) is not a person noun of the lexicon: its folded form is also an amount in đồng
  // before the surname Phạm (session 28 review), and a sum read as millions of persons is worse than "3 đồng
  // phạm" read as 3 đồng. The figures stage cannot see case in a phrase yet.
  ['vi', 'Số tiền 50 triệu đồng Phạm Văn Lâm nhận đã bị thu giữ.', 50000000, 'person'],
  ['vi', 'Hùng chiếm đoạt 300 triệu đồng\nPhạm Văn Lâm bị bắt.', 300000000, 'person'],
  // en/fr: the singular "bomb"/"bombe" after a number is a noun's attribute ("Two bomb disposal teams"), so only
  // the plurals count weapons.
  ['en', 'Two bomb disposal teams and 5 bomb-sniffing dogs searched the market.', 2, 'weapon'],
  ['en', 'Two bomb disposal teams and 5 bomb-sniffing dogs searched the market.', 5, 'weapon'],
  // vi "dân" and "đạn" (bullets) fold alike: villagers are no rounds of ammunition.
  ['vi', 'Lũ quét làm 12 dân làng mắc kẹt, 5 xuồng bị cuốn trôi.', 12, 'other'],
  // ru "мотоцикл*" is a vehicle stem: motorcyclists are persons.
  ['ru', 'Полиция задержала 6 мотоциклистов и 3 браконьеров, изъяты 2 бомбы и 4 фургона.', 6, 'vehicle'],
  // cs "podvod*" (fraud) is a case stem: fraudsters are persons.
  ['cs', 'Policie zadržela 3 podvodníky; 2 podvodníci uprchli a 7 vojáci pomáhali.', 2, 'case'],
  // cs "hasič*" (firefighter) is a person stem: fire engines are vehicles.
  ['cs', 'Na místo vyjelo 5 hasičských vozů a 2 sanitky.', 5, 'person'],
  // es/pt "bomba" is also a pump ("bombas de agua" of the firefighters): left out, so no weapons.
  ['es', 'Los bomberos usaron 3 bombas de agua para achicar el sótano.', 3, 'weapon'],
  ['pt', 'Os bombeiros usaram 3 bombas de água para esvaziar a cave.', 3, 'weapon'],
  // pl "prom" (ferry) is listed by its forms, not as a stem: promotions are no ferries.
  ['pl', 'Sklep ogłosił 5 promocji na święta.', 5, 'vehicle'],
];

describe('counted nouns filled across the lexicon languages', () => {
  it.each(CASES)('%s: %s → %d %s', (language, text, value, unit) => {
    const got = extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);
    expect(got).toContainEqual([value, unit]);
  });
  it.each(NOT)('%s: %s ↛ %d %s', (language, text, value, unit) => {
    const got = extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);
    expect(got).not.toContainEqual([value, unit]);
  });
});
