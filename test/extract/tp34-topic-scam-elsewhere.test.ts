/**
 * Session 34, topic of figures on sentences written for this test: a fraud counted in one paragraph is a scam
 * (cyber) when another paragraph, with no figure of its own, tells its means at a distance (social media, a
 * transfer): the article tells the scam, not the figures' paragraph alone. A fraud whose article names no such
 * means stays crime.
 */
import { describe, it } from 'vitest';
import { checkTopics as check, type TopicCase as Case } from '../support/topic-case.js';

describe('Topic: a fraud whose means another paragraph tells is cyber', () => {
  it.each<Case>([
    [
      'en',
      'Police broke up a fraud ring and detained 14 suspects on Tuesday.\nThe ring sold fake concert tickets on social media and disappeared once buyers had transferred the money.',
      [[14, 'cyber']],
    ],
    [
      'id',
      'Polisi membongkar sindikat penipuan dan menangkap 9 tersangka pekan lalu.\nPara pelaku memasang iklan di media sosial lalu menghilang setelah korban mentransfer uang.',
      [[9, 'cyber']],
    ],
    [
      'th',
      'ตำรวจทลายแก๊งฉ้อโกงและจับกุมผู้ต้องหาได้ 12 คน\nแก๊งนี้ประกาศขายโทรศัพท์ราคาถูกทางโซเชียลมีเดีย แล้วหายไปหลังจากผู้ซื้อโอนเงินแล้ว',
      [[12, 'cyber']],
    ],
    [
      'fr',
      "La police a démantelé un réseau d'escroquerie et interpellé 11 suspects.\nLe réseau vendait de faux billets sur les réseaux sociaux et disparaissait dès que les acheteurs avaient fait un virement.",
      [[11, 'cyber']],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: a fraud whose article tells no means at a distance stays crime', () => {
  it.each<Case>([
    [
      'en',
      'Police broke up a fraud ring and detained 14 suspects on Tuesday.\nThe ring sold fake gold rings at the market and left town before the buyers noticed.',
      [[14, 'crime']],
    ],
  ])('%s: %s', (...c) => check(c));
});
