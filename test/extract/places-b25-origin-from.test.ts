/**
 * Where a force set out from is not where it acted (issue 9, session 25): Korean marks the start of a trip with
 * 부터 / 에서부터 ("from") after the name, as Japanese does with から. A city named only as the start of the
 * police's trip, however often, is a point of movement; the province they reached and raided is the article's.
 * Short reports written for this rule, never sentences of the tuning or holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { primaryOf } from '../support/primary-choice.js';

describe('Places: the start of a trip ("from") is movement, not the primary province', () => {
  it.each([
    [
      'ko',
      '베트남 경찰, 산간 도박장 급습\n\n경찰은 도박장을 단속하기 위해 하노이 시부터 북부 라오까이 성의 산간 마을까지 300km를 이동했다. 한 경찰관은 "하노이 시에서부터 몰래 이동해야 했다"고 말했다. 경찰은 도박꾼 20명을 체포했다.',
      'lao-cai',
    ],
    [
      'ko',
      '마약 조직 검거\n\n수사팀은 다낭 시부터 꽝응아이 성의 해안 마을까지 추적했다. 다낭 시에서부터 따라온 수사관들은 창고에서 마약 5kg을 압수했다.',
      'quang-ngai',
    ],
    [
      'ja',
      'ベトナム警察、山間部の賭博場を摘発\n\n警察はハノイ市から北部ラオカイ省の山間の村まで300キロを移動した。警察官は「ハノイ市から密かに移動しなければならなかった」と話した。警察は20人を逮捕した。',
      'lao-cai',
    ],
  ])('%s: %s', (language, body, want) => {
    expect(primaryOf(body, language)).toBe(want);
  });
});
