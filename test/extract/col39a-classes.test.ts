/**
 * Classes of batch 39a (col39a: ja ko ru uk), on sentences written for this test:
 * - ru the dative and locative plural of "люди" ("помогли 20 людям", "о 30 людях") count persons, as "людей" and
 *   "людьми" did (lexicon `units.person`); an aerial ladder truck ("автолестница", uk "автодрабина") is a
 *   vehicle (lexicon `units.vehicle`);
 * - ru and uk a call centre's number ("колл-центр 114", "в центр 114": the hyphen leaves "центр" the word
 *   before the number) names it, no count (lexicon `nameWords`, beside the hotline's);
 * - uk street races ("перегони") are a traffic cue (lexicon `topics.traffic`), which the criminal police who
 *   stopped them do not outweigh (speeding in a verb's form is left out: an armed group "які перевищували
 *   швидкість" is still a crime);
 * - ja a unit noun that ends a compound linked after a classifier ("2台の指揮車両", two command vehicles) names
 *   what is counted, as the noun alone did ("2台の車両"): Japanese puts a compound's head last (figures/linked.ts);
 * - ja "上級大尉" and "上級警部補", as machine translation renders the Vietnamese senior lieutenant, are that rank
 *   (lexicon `ranks`), and ko "상병" is a corporal;
 * - ko the rhyme "-anh" written in two syllables or in one ("타인", "탄") is one name: one official, listed once
 *   under the spelling of his first mention (people/merge.ts).
 */
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import { itReadsEach, valueUnitAndTopic } from '../support/figure-cases.js';

const FIGURES: Array<[string, string, Array<[number, string, string]>]> = [
  [
    'ru',
    'Пожарные помогли 15 людям выбраться из горящего склада, на место прибыли 3 пожарные машины и 2 автолестницы.',
    [
      [15, 'person', 'fire'],
      [3, 'vehicle', 'fire'],
      [2, 'vehicle', 'fire'],
    ],
  ],
  [
    'ja',
    '火災の通報を受け、消防隊は4台の消防車と2台の指揮車両、1台の特殊車両を現場に派遣し、3台の携帯電話で連絡を取った。',
    [
      [4, 'vehicle', 'fire'],
      [2, 'vehicle', 'fire'],
      [1, 'vehicle', 'fire'],
      [3, 'other', 'fire'],
    ],
  ],
  ['ru', 'Рано утром в колл-центр 114 полиции поступило сообщение о пожаре на рынке.', []],
  ['uk', 'Вночі до кол-центру 114 надійшло повідомлення про пожежу на складі.', []],
  [
    'uk',
    'Кримінальна поліція провінції затримала 12 юнаків, які влаштували перегони і перевищували швидкість на трасі.',
    [[12, 'person', 'traffic']],
  ],
];

describe('Function: extractFigures (col39a classes)', () => {
  itReadsEach(FIGURES, valueUnitAndTopic);
});

function peopleOf(text: string): Array<[string, string | null]> {
  const result = extractArticle(Buffer.from(text, 'utf8'));
  return result.ok ? result.article.people.map((p) => [p.name, p.rank]) : [];
}

describe('Function: extractArticle (col39a people classes)', () => {
  it.each<[string, Array<[string, string | null]>]>([
    [
      '消防救助隊の出発式で、隊長のチャン・ヴァン・ロン上級大尉とファム・ティ・ハ上級警部補が決意を述べ、署長が激励した。',
      [
        ['チャン・ヴァン・ロン', 'senior lieutenant'],
        ['ファム・ティ・ハ', 'senior lieutenant'],
      ],
    ],
    [
      '소방대의 레 반 빈 상병은 연기 속에서 어린이 두 명을 구조했다고 경찰이 밝혔다.',
      [['레 반 빈', 'corporal']],
    ],
    [
      '팜 타인 롱 대위가 이끄는 구조대가 현장에 출동했다. 팜 탄 롱 대위는 주민 세 명을 안전하게 대피시켰다.',
      [['팜 타인 롱', 'captain']],
    ],
  ])('%s', (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
