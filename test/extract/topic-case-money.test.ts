/**
 * Money counted in a scam's article (fraud told with its means at a distance: cyber), in a clause that names
 * nothing but police work (an arrest, an investigation), is the sum the scam took: the arrest says how it was
 * found, not what it was. An offence named in the clause (a robbery) keeps it crime's. Short texts written for
 * the purpose, in several lexicon languages. (Other subjects' money beside police work stays open: the topic
 * spec's unsupported drug-ring cases, since crime cues do not tell an arrest from security cameras.)
 */
import { describe, it } from 'vitest';
import { checkTopics as check, type TopicCase as Case } from '../support/topic-case.js';

describe("Topic: money beside police work only is the scam's", () => {
  it.each<Case>([
    [
      'en',
      'Online scam ring busted\nThe gang called victims posing as bank staff and cheated them through social media.\nPolice arrested 8 suspects who had taken more than VND 12 billion.',
      [[12000000000, 'cyber']],
    ],
    [
      'es',
      'Desarticulada una red de estafas por internet\nLa banda estafaba a sus víctimas a través de las redes sociales.\nTras la detención de los sospechosos, los investigadores hallaron 5.000 millones de VND en sus cuentas.',
      [[5000000000, 'cyber']],
    ],
    [
      'fr',
      "Un réseau d'escroquerie en ligne démantelé\nLes suspects se faisaient passer pour des policiers au téléphone et escroquaient leurs victimes.\nAu terme de l'enquête, la police a établi qu'ils avaient dérobé 9 milliards de VND.",
      [[9000000000, 'cyber']],
    ],
    [
      'vi',
      'Triệt phá đường dây lừa đảo qua mạng\nCác đối tượng giả danh nhân viên ngân hàng, gọi điện lừa đảo nhiều người qua mạng xã hội.\nCông an đã khởi tố 5 bị can, xác định số tiền chiếm đoạt hơn 7 tỷ đồng.',
      [[7000000000, 'cyber']],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: money beside an offence stays crime', () => {
  it.each<Case>([
    [
      'en',
      'Scam ring busted\nThe gang called victims posing as bank staff and cheated them through social media.\nOne of them had also robbed a shop and taken VND 50 million.',
      [[50000000, 'crime']],
    ],
  ])('%s: %s', (...c) => check(c));
});
