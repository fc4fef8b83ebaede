/**
 * Topic classes of session 23 (tp23), on short articles written for the purpose (a title, then a paragraph):
 * a smuggling word carries the goods named with it, not the next item of a list beside it (a customs review
 * of smuggling, counterfeits and drugs counts smuggling offences), while "smuggling 20 kg of heroin" is still
 * the drug case's.
 */
import { describe, it } from 'vitest';
import { checkTopics as check, type TopicCase as Case } from '../support/topic-case.js';

describe('Topic: goods listed after a smuggling word are other items, not its cargo', () => {
  it.each<Case>([
    [
      'de',
      'Zollbilanz des Jahres\nIm Kampf gegen Goldschmuggel, gefälschte Waren und Drogen stellte der Zoll 1.250 Verstöße fest.',
      [[1250, 'smuggling']],
    ],
    [
      'en',
      'Customs review\nCustoms found 640 violations in the fight against cigarette smuggling, trade fraud and drug trafficking.',
      [[640, 'smuggling']],
    ],
    [
      'es',
      'Balance de la aduana\nEn la lucha contra el contrabando, la falsificación y las drogas, la aduana detectó 870 infracciones.',
      [[870, 'smuggling']],
    ],
    [
      'pt',
      'Balanço da alfândega\nNo combate ao contrabando, à fraude comercial e às drogas, a alfândega registou 560 infrações durante o ano.',
      [[560, 'smuggling']],
    ],
    [
      'fr',
      'Bilan douanier\nDans la lutte contre la contrebande, la contrefaçon et les stupéfiants, les douanes ont relevé 930 infractions.',
      [[930, 'smuggling']],
    ],
    [
      'it',
      'Bilancio delle dogane\nNella lotta al contrabbando, alla contraffazione e alla droga, le dogane hanno accertato 420 violazioni.',
      [[420, 'smuggling']],
    ],
    [
      'en',
      'Border guards stop a courier\nBorder guards caught a man smuggling 20 kg of heroin and 3,000 pills across the border.',
      [[20, 'drugs']],
    ],
  ])('%s: %s', (...c) => check(c));
});

// A round-up or a review tells several cases: a paragraph that never names the article's subject and counts
// offenders beside goods of another kind counts that case's offenders (figures/topic.ts).
describe("Topic: offenders of a paragraph about other goods are that case's, not the article's", () => {
  it.each<Case>([
    [
      'en',
      'Police seize explosives in Thanh Hoa\nIn Thanh Hoa, police caught a man transporting 40 kg of explosives and 300 detonators to a quarry.\n\nIn Lang Son, officers arrested 3 men who were carrying firecrackers from the border.',
      [[3, 'fireworks']],
    ],
    [
      'fr',
      "Saisie d'explosifs à la frontière\nLes gardes-frontières ont saisi 50 kg d'explosifs et 200 détonateurs dans un camion.\n\nDans une autre affaire, la police a arrêté 2 hommes qui transportaient des pétards.",
      [[2, 'fireworks']],
    ],
    [
      'es',
      'Aduanas: balance del contrabando\nLa aduana detectó 2.500 casos de contrabando de cigarrillos y azúcar en la frontera.\n\nEn el mismo periodo, 35 personas fueron detenidas con cocaína.',
      [[35, 'drugs']],
    ],
    [
      'ko',
      '관세청 3분기 밀수 단속 결과\n관세청은 3분기에 밀수 사건 4,000건을 적발했다고 밝혔다. 주요 밀수품은 담배와 설탕이었다.\n\n같은 기간 마약 관련 사건 45건이 적발돼 60명이 체포됐다.',
      [
        [45, 'drugs'],
        [60, 'drugs'],
      ],
    ],
    [
      'en',
      'Heroin ring broken up\nPolice seized 3 kg of heroin from a drug ring in the city.\n\nOfficers later arrested 4 suspects in a house where they also found heroin and firecrackers.',
      [[4, 'drugs']],
    ],
  ])('%s: %s', (...c) => check(c));
});
