/**
 * Session 49, topic of figures on sentences written for this test (figures/topic.ts, figures/subject.ts and the
 * topic cues of the figures lexicons):
 * - goods counted with no cue of their own in a smuggling case, whose clause names what they held by a road word
 *   (cartons of helmets): smuggling, what the case carried, not traffic (a helmet tells no road offence there);
 * - an illegal border crossing told with a verb and an adverb ("traverser illégalement la frontière", "незаконно
 *   пересечь границу") is an offence, as its noun was ("passage illégal de la frontière"): the people who tried
 *   it are crime's, not the topic of an ID card named beside them (lexicons fr it pt de ru id offences);
 * - zh 肇事 alone is "caused the incident" (肇事对象, the perpetrators of a theft): a road cue only with the vehicle
 *   or driver that caused a crash (肇事司机, 肇事车辆, 交通肇事; lexicon zh topics.traffic);
 * - the means of a scam (a transfer, an account) named in the figures' paragraph, whose fraud another paragraph
 *   tells ("she might be the victim of a fraud"): the money is the scam's, cyber, as a fraud named there is when
 *   another paragraph tells its means (byNetwork); a theft's transfer, with no fraud told, stays crime.
 */
import { describe, it } from 'vitest';
import { checkTopics as check, type TopicCase as Case } from '../support/topic-case.js';

describe('Topic: goods a smuggling case carried, named by a road word (helmets), are smuggling', () => {
  it.each<Case>([
    [
      'ja',
      '密輸品の押収\n警察はトラックを検査し、密輸品のたばこ5000箱、ヘルメットの入ったダンボール12箱を押収した。',
      [
        [5000, 'smuggling'],
        [12, 'smuggling'],
      ],
    ],
    [
      'en',
      'Contraband seized\nPolice stopped a truck smuggling 4,000 packs of cigarettes and helmets packed in 18 cartons.',
      [
        [4000, 'smuggling'],
        [18, 'smuggling'],
      ],
    ],
    [
      'fr',
      'Contrebande saisie\nLa police a saisi 4 000 paquets de cigarettes de contrebande et des casques emballés dans 18 cartons.',
      [
        [4000, 'smuggling'],
        [18, 'smuggling'],
      ],
    ],
  ])('%s: %s', (...c) => check(c));

  it.each<Case>([
    // A road check's story keeps its helmets: riders fined for riding without one are traffic's.
    [
      'en',
      'Road safety check\nTraffic police fined 35 motorcyclists for riding without helmets and speeding.',
      [[35, 'traffic']],
    ],
  ])('%s: %s (no smuggling case: unchanged)', (...c) => check(c));
});

describe('Topic: an illegal border crossing told with a verb is an offence (crime)', () => {
  it.each<Case>([
    [
      'fr',
      "Passages de frontière empêchés\nLes gardes-frontières ont intercepté 4 personnes qui voulaient traverser illégalement la frontière. Le chef du groupe n'avait pas de carte d'identité.",
      [[4, 'crime']],
    ],
    [
      'it',
      "Fermati alla frontiera\nLe guardie hanno fermato 5 persone che avevano attraversato illegalmente il confine. Il capo del gruppo non aveva la carta d'identità.",
      [[5, 'crime']],
    ],
    [
      'pt',
      'Detidos na fronteira\nOs guardas detiveram 6 pessoas que tentavam atravessar ilegalmente a fronteira. O chefe do grupo não tinha cartão de cidadão.',
      [[6, 'crime']],
    ],
    [
      'ru',
      'Задержание на границе\nПограничники задержали 7 человек, которые пытались незаконно пересечь границу. У их главаря не было паспорта.',
      [[7, 'crime']],
    ],
    [
      'de',
      'Festnahme an der Grenze\nDie Beamten nahmen 8 Personen fest, die die Grenze illegal überqueren wollten. Ihr Anführer hatte keinen Personalausweis.',
      [[8, 'crime']],
    ],
    [
      'id',
      'Penangkapan di perbatasan\nPetugas menahan 9 orang yang mencoba menyeberang perbatasan secara ilegal. Pemimpin kelompok itu tidak memiliki kartu identitas.',
      [[9, 'crime']],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: zh 肇事 (caused the incident) names a road crash only with its vehicle or driver', () => {
  it.each<Case>([
    // The perpetrators of a theft ("肇事对象") are no road users.
    ['zh', '盗窃案告破\n接到报案后，刑警迅速查明肇事对象，将3名青年抓获归案。', [[3, 'crime']]],
    // The driver or the vehicle that caused a crash are still the crash's.
    ['zh', '交通事故\n一辆货车与摩托车相撞，造成2人死亡，警方已控制肇事司机。', [[2, 'traffic']]],
    ['zh', '逃逸案\n警方查获2辆肇事车辆。', [[2, 'traffic']]],
  ])('%s: %s', (...c) => check(c));
});

describe("Topic: a scam's means in the figures' paragraph, its fraud told in another, make the money cyber", () => {
  it.each<Case>([
    [
      'en',
      'Bank staff stop a payment\nAn elderly woman came to the bank to transfer 500 million VND to the account of a stranger.\nThe staff delayed the transfer and told her she might be the victim of a fraud.',
      [[500000000, 'cyber']],
    ],
    [
      'fr',
      "Un paiement bloqué\nUne retraitée voulait faire un virement de 300 millions de VND à un inconnu.\nLa banque a retardé le virement : elle était victime d'une escroquerie.",
      [[300000000, 'cyber']],
    ],
    [
      'vi',
      'Ngăn chặn giao dịch\nMột phụ nữ đến ngân hàng chuyển tiền 400 triệu đồng cho một người lạ.\nNgân hàng tạm dừng việc chuyển tiền vì bà có thể là nạn nhân của lừa đảo.',
      [[400000000, 'cyber']],
    ],
  ])('%s: %s', (...c) => check(c));

  it.each<Case>([
    [
      'en',
      "Thief caught\nA man stole a wallet and transferred 20 million VND from the victim's bank account.\nPolice arrested him the next day.",
      [[20000000, 'crime']],
    ],
  ])('%s: %s (no fraud told: crime)', (...c) => check(c));
});
