/**
 * Session 46, topic of figures on sentences written for this test (figures/topic.ts and the topic cues of the
 * figures lexicons):
 * - arms the police seized in a crime story stay weapons (e30t's construct d: seizures after a shooting);
 * - a shooting (the incident's noun: fusillade, shooting, Schießerei, strzelanina, стрельба, расстрел) is an
 *   offence (not fr fusillade, pl strzelanina: see topic-concepts.json), so its wounded and dead are a crime's;
 * - the source a report cites for its numbers ("according to data released by ...", "z danych") names no
 *   administration of data: the figures keep the article's subject;
 * - protected animals traded whole or in parts (tigers, bears and their bile, sea turtles, rhino horn) are
 *   wildlife trafficking, smuggling, as ivory is;
 * - ko, ar, fa and he have mishapFates: a collapse told with no cue but its dead is a mishap (other), while an
 *   arrest with no other cue stays crime (figures/subject.ts).
 */
import { describe, it } from 'vitest';
import { checkTopics as check, type TopicCase as Case } from '../support/topic-case.js';

describe('Topic: arms the police seized in a crime story stay weapons', () => {
  it.each<Case>([
    [
      'en',
      'Police arrest 2 men for counterfeiting money\nPolice arrested 2 men for making counterfeit money.\nInvestigators also seized 3 pistols and 40 bullets at their home.',
      [
        [3, 'weapons'],
        [40, 'weapons'],
      ],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: the casualties of a shooting are a crime’s', () => {
  it.each<Case>([
    [
      'ru',
      'Лейтенант расстрелял сослуживцев\nЛейтенант открыл огонь из пистолета и ранил двух человек.',
      [[2, 'crime']],
    ],
    [
      'de',
      'Schießerei in einer Bar\nEin Mann mit einer Pistole verletzte in einer Bar 3 Menschen.',
      [[3, 'crime']],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: the data a report cites name no administration', () => {
  it.each<Case>([
    [
      'en',
      'According to data released by the ministry, 21 people are missing and 88 were injured.\nFloods destroyed 300 houses and floods cut roads in 3 districts.',
      [
        [21, 'other'],
        [88, 'other'],
      ],
    ],
    [
      'pl',
      'Z danych opublikowanych przez ministerstwo wynika, że 21 osób uznaje się za zaginione.\nPowodzie zniszczyły 300 domów, a powodzie odcięły drogi.',
      [[21, 'other']],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: protected animals and their parts are wildlife trafficking', () => {
  it.each<Case>([
    [
      'en',
      'Police seized 2 tiger carcasses and 30 kg of bear bile from a man.',
      [
        [2, 'smuggling'],
        [30, 'smuggling'],
      ],
    ],
    [
      'it',
      'La polizia ha sequestrato 3 tartarughe marine e 2 orsi in una casa.',
      [
        [3, 'smuggling'],
        [2, 'smuggling'],
      ],
    ],
    ['ru', 'Полиция изъяла у мужчины 5 морских черепах.', [[5, 'smuggling']]],
    ['id', 'Polisi menyita 4 ekor penyu dari seorang pria.', [[4, 'smuggling']]],
    [
      'zh',
      '警方查获2只老虎和5公斤熊胆。',
      [
        [2, 'smuggling'],
        [5, 'smuggling'],
      ],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: a mishap told with no cue but its casualties is other (ko ar fa he)', () => {
  it.each<Case>([
    ['ko', '건물 붕괴\n건물이 무너져 3명이 숨지고 2명이 다쳤다.', [[3, 'other']]],
    ['ar', 'انهار مبنى في المدينة وتوفي 3 أشخاص.', [[3, 'other']]],
    ['fa', 'ساختمانی فروریخت و ۳ نفر کشته شدند.', [[3, 'other']]],
    ['he', 'בניין קרס ו-3 אנשים נהרגו.', [[3, 'other']]],
    ['ko', '경찰은 2명을 체포했다.', [[2, 'crime']]],
  ])('%s: %s', (...c) => check(c));
});
