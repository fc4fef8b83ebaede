/**
 * The counts of a campaign, a model or a movement take the topic of the offence or problem it fights, as the
 * seeds' annotators read them ("25 models of mass movement to protect security and order": crime; "13
 * localities told to build a model of « smart mass mobilization » to fight drugs": drugs). An activity word
 * that names the model's kind ("a model of outreach") is the model's name, not what was done with the
 * counted thing; a model set up for security and order is crime's. Short texts written for the purpose.
 */
import { describe, it } from 'vitest';
import { checkTopics as check, type TopicCase as Case } from '../support/topic-case.js';

describe('Topic: an activity word naming a model yields to what the model fights', () => {
  it.each<Case>([
    [
      'fr',
      'Bilan de la police\nLes agents de 27 communes sur 27 ont été invités à bâtir un modèle de « sensibilisation de proximité » afin de lutter contre la drogue chez les jeunes.',
      [[27, 'drugs']],
    ],
    [
      'en',
      'Police review\nOfficers in all 14 districts of the city were told to build a model of community outreach to fight drug abuse among teenagers.',
      [[14, 'drugs']],
    ],
    [
      'es',
      'Balance policial\nLos agentes de los 9 municipios de la provincia desarrollaron un modelo de sensibilización vecinal para prevenir el consumo de drogas.',
      [[9, 'drugs']],
    ],
    [
      'vi',
      'Tổng kết công tác\nCông an 12 xã trên địa bàn huyện đã xây dựng mô hình tuyên truyền phòng chống ma túy trong thanh thiếu niên.',
      [[12, 'drugs']],
    ],
    [
      'ru',
      'Итоги года\nПолиция всех 11 районов области разработала модель правового просвещения для борьбы с наркотиками.',
      [[11, 'drugs']],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: a model or movement set up for security and order is crime', () => {
  it.each<Case>([
    [
      'en',
      'Ward police report\nThe ward police helped residents set up 40 self-managed models to protect security and order in the residential areas.',
      [[40, 'crime']],
    ],
    [
      'vi',
      'Công an phường ra quân\nCông an phường đã phối hợp xây dựng 32 mô hình tự quản bảo đảm an ninh trật tự tại các khu dân cư.',
      [[32, 'crime']],
    ],
    [
      'es',
      'Informe del barrio\nLa policía ayudó a los vecinos a crear 12 modelos autogestionados para garantizar la seguridad y el orden en las calles.',
      [[12, 'crime']],
    ],
    [
      'de',
      'Bericht der Polizei\nDie Polizei half den Dörfern, 18 selbstverwaltete Modelle für Sicherheit und Ordnung aufzubauen.',
      [[18, 'crime']],
    ],
    [
      'pl',
      'Raport policji\nPolicja pomogła mieszkańcom stworzyć 9 modeli samorządnych na rzecz bezpieczeństwa i porządku w gminie.',
      [[9, 'crime']],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: what a model is for keeps deciding when it is named', () => {
  it.each<Case>([
    [
      'en',
      'Province report\nThe province launched 5 models for digital transformation in public services.',
      [[5, 'administration']],
    ],
    [
      'fr',
      'Bilan de la police\nLa police a organisé 57 séances de propagande sur la prévention de la criminalité et de la toxicomanie pour 13 260 personnes.',
      [
        [57, 'propaganda'],
        [13260, 'propaganda'],
      ],
    ],
  ])('%s: %s', (...c) => check(c));
});
