/**
 * An offence named in the lead (a robbery, a bribe) makes the arms named further on
 * the offenders' tools: the people and things counted are the crime's, not an arms case's (session 33). The
 * negative case keeps a lead that tells arms fired ("fired a gun", the offence glued to its arms word) an arms
 * case. Short texts written for the purpose.
 */
import { describe, it } from 'vitest';
import { checkTopics as check, type TopicCase as Case } from '../support/topic-case.js';

describe('Topic: arms named after an offence in the lead are the crime’s', () => {
  it.each<Case>([
    [
      'en',
      'Two masked men robbed a jewellery shop in the town centre on Monday night and fled on a motorbike before officers arrived.\nIn their car officers found a pistol, two rifles, grenades, a box of bullets and explosives.\nThe 2 men were detained.',
      [[2, 'crime']],
    ],
    [
      'ja',
      '警察官にわいろを渡そうとした男を逮捕\n男3人が検問で警察官にわいろを渡そうとした。\n3人の車からは拳銃と実弾、爆発物が見つかった。',
      [[3, 'crime']],
    ],
    [
      'de',
      'Am Montagabend boten zwei Männer an einer Kontrollstelle den Grenzbeamten Schmiergeld an, damit diese ihr Auto nicht durchsuchten.\nIm Kofferraum fanden die Beamten eine Pistole, zwei Gewehre, Munition und Sprengstoff.\nAuch ihre 3 Begleiter wurden festgenommen.',
      [[3, 'crime']],
    ],
    [
      'zh',
      '本月初，一名男子在省道检查站试图向执勤警察行贿，以逃避对其车辆的检查，随即被当场控制并带回派出所接受调查。\n警察在他车里发现一支手枪、两支猎枪、子弹和炸药。\n警方随后带走了3名同伙。',
      [[3, 'crime']],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: a lead that tells arms fired stays an arms case', () => {
  it.each<Case>([
    [
      'ja',
      '深夜の路上で男が銃を発砲し、近くの住民が警察に通報したため、警察官が現場に駆けつけて男の身柄を確保した。\n警察は拳銃1丁と実弾5発を押収し、男ら4人を取り調べた。',
      [[4, 'weapons']],
    ],
  ])('%s: %s', (...c) => check(c));
});
