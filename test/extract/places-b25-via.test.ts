/**
 * A place a shipment or a bus passes through on its way is a point of its route, not where the story happens
 * (issue 9, session 25): Japanese writes "を経由して" (via) after the name, Chinese "经由", "途经" before it, as
 * English "via" and French "via" do. The port or province where the goods were found is the article's.
 * Short reports written for this rule, never sentences of the tuning or holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { primaryOf } from '../support/primary-choice.js';

describe('Places: a place passed through ("via") is a point of the route', () => {
  it.each([
    [
      'ja',
      '税関当局は5日、南部ドンナイ省の倉庫で、カンボジアの都市から国境の町を経由して運ばれた密輸たばこ3万箱を押収した。たばこはラオカイ省を経由して中国へ送られる予定だった。',
      'dong-nai',
    ],
    [
      'ja',
      '警察は北部クアンニン省の港で覚醒剤20キロを発見した。荷物はハノイ市を経由して運ばれる予定だった。',
      'quang-ninh',
    ],
    ['zh', '海关人员在同奈省一处仓库查获走私香烟三万条。这批香烟原计划经由老街省运往中国。', 'dong-nai'],
    [
      'en',
      'Customs officers in Dong Nai province seized 30,000 packs of cigarettes bound for China via Lao Cai.',
      'dong-nai',
    ],
  ])('%s: %s', (language, body, want) => {
    expect(primaryOf(body, language)).toBe(want);
  });
});
