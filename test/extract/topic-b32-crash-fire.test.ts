/**
 * Which event decides when a paragraph names a collision and a fire (session 32): vehicles that collide and
 * burn are a road crash, and the fire is what it caused (traffic; FiguresLexiconSchema.collisions), in every
 * paragraph once the lead tells the crash so. The negative cases keep a fire the lead tells with no collision,
 * a house fire the news calls an accident, and a collision at sea. Short texts written for the purpose.
 */
import { describe, it } from 'vitest';
import { checkTopics as check, type TopicCase as Case } from '../support/topic-case.js';

describe('Topic: vehicles that collide and burn are a road crash (traffic)', () => {
  it.each<Case>([
    [
      'en',
      'Sleeper bus and truck collide near the pass\nThe sleeper bus collided with a truck and both burst into flames; 9 people died and 20 were hurt.',
      [
        [9, 'traffic'],
        [20, 'traffic'],
      ],
    ],
    [
      'fr',
      'Collision entre un car et un camion\nLe car est entré en collision avec un camion avant de prendre feu : 9 personnes sont mortes.',
      [[9, 'traffic']],
    ],
    [
      'vi',
      'Xe khách va chạm xe tải\nXe khách va chạm với xe tải rồi bốc cháy, khiến 9 người tử vong và 20 người bị thương.',
      [
        [9, 'traffic'],
        [20, 'traffic'],
      ],
    ],
    ['zh', '大巴与货车相撞\n一辆卧铺大巴与货车相撞后起火，造成9人死亡、20人受伤。', [[9, 'traffic']]],
    [
      'ko',
      '버스와 트럭 충돌\n고속버스가 트럭과 충돌한 뒤 불이 나 9명이 숨지고 20명이 다쳤다.',
      [[9, 'traffic']],
    ],
    ['ja', '夜行バスがトラックと衝突して炎上し、9人が死亡、20人が負傷した。', [[9, 'traffic']]],
    [
      'de',
      'Bus und Lastwagen zusammengestoßen\nBei dem Zusammenstoß gerieten beide Fahrzeuge in Brand; 9 Menschen starben.',
      [[9, 'traffic']],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: a lead that tells the crash and the fire makes every paragraph’s fire the crash’s', () => {
  it.each<Case>([
    [
      'ja',
      '夜行バスがトラックと衝突して炎上した。\nこの事故でバスは全焼し、乗客4人の遺体が見つかった。',
      [[4, 'traffic']],
    ],
    [
      'en',
      'A coach collided with a lorry and caught fire on the highway.\nIn the accident the coach burned out and 4 bodies were found inside.',
      [[4, 'traffic']],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: a fire the lead tells, a house fire and a collision at sea stay as they were', () => {
  it.each<Case>([
    // The lead tells a fire with no collision: a collision further on is how the fire started.
    [
      'en',
      'Tanker fire kills 6 in the town\nThe fuel tanker collided with a tricycle, overturned and caught fire; the blaze burned 15 houses.',
      [
        [6, 'fire'],
        [15, 'fire'],
      ],
    ],
    // No collision is named: an accident word alone tells no crash.
    ['vi', 'Cháy nhà dân trong đêm\nVụ tai nạn cháy nhà khiến 2 người tử vong.', [[2, 'fire']]],
    ['zh', '民房起火\n一栋民房发生火灾事故，造成3人死亡。', [[3, 'fire']]],
    // A vessel named beside the collision: an accident at sea, no road crash.
    [
      'en',
      'Cargo ship collides with tanker\nThe cargo ship collided with a tanker at sea; 5 sailors died in the collision.',
      [[5, 'other']],
    ],
  ])('%s: %s', (...c) => check(c));
});
