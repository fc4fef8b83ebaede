import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../lambdas/extract/language/index.js';

describe('Function: detectLanguage', () => {
  it.each([
    [
      'fr',
      "La police provinciale a arrêté trois suspects qui transportaient de la drogue à travers la frontière. L'enquête se poursuit et les autorités appellent les habitants à signaler tout comportement suspect.",
    ],
    [
      'pl',
      'Policja wojewódzka zatrzymała trzech podejrzanych, którzy przewozili narkotyki przez granicę. Śledztwo jest w toku, a władze apelują do mieszkańców o zgłaszanie wszelkich podejrzanych zachowań.',
    ],
    [
      'en',
      'The provincial police arrested three suspects who were carrying drugs across the border. The investigation is ongoing and the authorities urge residents to report any suspicious behaviour.',
    ],
    [
      'de',
      'Die Provinzpolizei hat drei Verdächtige festgenommen, die Drogen über die Grenze transportierten. Die Ermittlungen dauern an, und die Behörden bitten die Bewohner, verdächtiges Verhalten zu melden.',
    ],
    [
      'es',
      'La policía provincial detuvo a tres sospechosos que transportaban drogas a través de la frontera. La investigación continúa y las autoridades piden a los vecinos que denuncien cualquier comportamiento sospechoso.',
    ],
    [
      'it',
      'La polizia provinciale ha arrestato tre sospetti che trasportavano droga attraverso il confine. Le indagini sono in corso e le autorità invitano i cittadini a segnalare qualsiasi comportamento sospetto.',
    ],
    [
      'cs',
      'Krajská policie zadržela tři podezřelé, kteří převáželi drogy přes hranice. Vyšetřování pokračuje a úřady vyzývají obyvatele, aby hlásili jakékoli podezřelé chování.',
    ],
    [
      'pt',
      'A polícia provincial prendeu três suspeitos que transportavam drogas através da fronteira. A investigação continua e as autoridades pedem aos moradores que denunciem qualquer comportamento suspeito.',
    ],
    [
      'nl',
      'De provinciale politie heeft drie verdachten gearresteerd die drugs over de grens vervoerden. Het onderzoek loopt nog en de autoriteiten vragen bewoners om verdacht gedrag te melden.',
    ],
    [
      'vi',
      'Công an tỉnh đã bắt giữ ba đối tượng vận chuyển ma túy qua biên giới. Cơ quan điều tra đang tiếp tục làm rõ và đề nghị người dân báo tin về mọi hành vi đáng ngờ.',
    ],
  ])('detects %s', (expected, text) => {
    // Act
    const language = detectLanguage(text);

    // Assess
    expect(language).toBe(expected);
  });

  it.each([
    ['a Vietnamese fragment', 'Đại tá Lê', 'vi'],
    ['digits only', '2024', 'en'],
    ['an empty string', '', 'en'],
  ])('always gives a best guess for %s', (_label, text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});
