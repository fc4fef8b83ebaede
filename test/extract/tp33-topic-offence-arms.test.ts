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
      'Masked men rob a jewellery shop\nTwo masked men robbed a jewellery shop in the town centre on Monday night.\nIn their car officers found a pistol, two rifles, grenades, a box of bullets and explosives.\nThe 2 men were detained.',
      [[2, 'crime']],
    ],
    [
      'ja',
      '警察官にわいろを渡そうとした男を逮捕\n男3人が検問で警察官にわいろを渡そうとした。\n3人の車からは拳銃と実弾、爆発物が見つかった。',
      [[3, 'crime']],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: a lead that tells arms fired stays an arms case', () => {
  it.each<Case>([
    [
      'ja',
      '路上で銃を発砲した男を逮捕\n男が深夜の路上で銃を発砲した。\n警察は拳銃1丁と実弾5発を押収し、男ら4人を取り調べた。',
      [[4, 'weapons']],
    ],
  ])('%s: %s', (...c) => check(c));
});
