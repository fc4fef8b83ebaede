/**
 * Session 34 (pp34): a Japanese or Korean headline that opens with the country and a comma ("ベトナム、…",
 * "베트남, …": "Vietnam: …") heads a national report, and a province named after it is an example of the count;
 * but a single case followed from one province to the next is still the story of the province it keeps coming
 * back to. Reports invented for the class, never sentences of the tuning or holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { primaryOf } from '../support/primary-choice.js';

describe('Places: a ja/ko headline "Vietnam, …" heads a national report', () => {
  it.each([
    [
      'ja',
      'ベトナム、週末の交通事故死者が大幅に増加\n\n交通警察局の集計によると、先週末に起きた交通事故は150件で、死者は70人に上った。最も大きな事故はタインホア省の国道1号線で起き、乗用車とトラックが衝突して4人が死亡した。',
    ],
    [
      'ko',
      '베트남, 올해 상반기 마약 사범 크게 늘어\n\n공안부에 따르면 올해 상반기 적발된 마약 사건은 1만2천 건으로 지난해보다 늘었다. 대표적인 사건으로 지난 3월 탄호아성에서 헤로인 20kg을 운반하던 남성이 체포됐다.',
    ],
  ])('%s', (language, body) => {
    expect(primaryOf(body, language)).toBeNull();
  });
});

describe('Places: under a ja/ko headline "Vietnam, …", the province one case keeps returning to stays its place', () => {
  it.each([
    [
      'ko',
      '베트남, 라오스에서 들여온 필로폰 50kg 압수\n\n경찰은 라오스에서 필로폰을 들여와 하노이에서 팔던 조직을 적발했다. 조직원들은 응에안성에서 마약을 넘겨받아 버스에 실었고, 하노이의 한 주택에서 체포되었다. 주범은 다낭 출신의 35세 남성이다. 이후 하노이 외곽의 창고에서도 마약 50kg이 추가로 발견되었다.',
      'ha-noi',
    ],
  ])('%s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
  });
});
