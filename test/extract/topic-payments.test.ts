/**
 * A payment is money paid, whatever for: in a case (a bribe, an extortion, a fraud) the money demanded "as a
 * payment" is the case's, crime. Only a payment made without cash (cashless, electronic, digital payments of
 * pensions and public services) is administration, as the annotators read the digital-transformation reviews.
 * Short texts written for the purpose, in eight lexicon languages; the cashless controls keep administration.
 */
import { describe, it } from 'vitest';
import { checkTopics as check, type TopicCase as Case } from '../support/topic-case.js';

describe('Topic: money demanded or paid as a payment in a case is crime', () => {
  it.each<Case>([
    [
      'en',
      'Gang extorts hotel owner\nThe gang demanded a payment of 500 million VND from the owner and threatened her staff.',
      [[500000000, 'crime']],
    ],
    [
      'fr',
      "Un fonctionnaire arrêté pour corruption\nIl avait exigé le paiement de 300 millions de VND pour accélérer le dossier d'un entrepreneur.",
      [[300000000, 'crime']],
    ],
    [
      'es',
      'Detenido un estafador\nEl hombre exigió a la víctima el pago de 80 millones de VND para liberar su moto.',
      [[80000000, 'crime']],
    ],
    [
      'de',
      'Erpresser festgenommen\nDie Bande verlangte von dem Händler eine Zahlung von 200 Millionen VND und bedrohte ihn.',
      [[200000000, 'crime']],
    ],
    [
      'it',
      "Arrestato un usuraio\nL'uomo pretendeva dalla vittima il pagamento di 150 milioni di VND ogni mese.",
      [[150000000, 'crime']],
    ],
    [
      'vi',
      'Bắt đối tượng cưỡng đoạt tài sản\nĐối tượng yêu cầu chị H. thanh toán 300 triệu đồng nếu không sẽ tung clip.',
      [[300000000, 'crime']],
    ],
    [
      'pt',
      'Preso por extorsão\nO homem exigiu da vítima o pagamento de 90 milhões de VND para devolver o carro.',
      [[90000000, 'crime']],
    ],
    [
      'nl',
      'Afperser opgepakt\nDe man eiste van de winkelier een betaling van 40 miljoen VND en bedreigde hem.',
      [[40000000, 'crime']],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: cashless and electronic payments stay administration', () => {
  it.each<Case>([
    [
      'en',
      'Digital transformation in the province\nThe police helped 12,000 residents activate electronic identification accounts, and 85% of pension recipients now receive cashless payments.',
      [[85, 'administration']],
    ],
    [
      'vi',
      'Đẩy mạnh chuyển đổi số\nToàn tỉnh có 95% người hưởng lương hưu nhận tiền qua hình thức thanh toán không dùng tiền mặt.',
      [[95, 'administration']],
    ],
    [
      'fr',
      'Transformation numérique\nDans la province, 70 % des allocations sont désormais versées par paiement électronique.',
      [[70, 'administration']],
    ],
  ])('%s: %s', (...c) => check(c));
});
