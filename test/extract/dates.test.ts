import { describe, expect, it } from 'vitest';
import { findTextDate } from '../../lambdas/extract/dates/index.js';
import { monthNames } from '../../lambdas/extract/dates/months.js';
import { extractArticle } from '../../lambdas/extract/index.js';
import { TextDateSchema } from '../../lambdas/shared/article.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import type { Document } from '../../lambdas/extract/types.js';

function doc(body: string, language: string): Document {
  return { body, folded: fold(body), sentences: splitSentences(body), language };
}

function dateOf(body: string, language: string): [number, number, number | null, string] | null {
  const d = findTextDate(doc(body, language));
  if (d) expect(TextDateSchema.safeParse(d).success).toBe(true);
  return d ? [d.day, d.month, d.year, d.text] : null;
}

describe('Function: findTextDate', () => {
  describe('a day and a month name, in the language of the text', () => {
    it.each([
      ['fr', 'La police a annoncé lundi 14 juillet avoir démantelé un réseau.', [14, 7, null, '14 juillet']],
      ['fr', 'Le 1er août 2024, deux suspects ont été arrêtés.', [1, 8, 2024, '1er août 2024']],
      [
        'en',
        'HANOI, June 1 (Xinhua) -- Police of Thanh Hoa province arrested seven.',
        [1, 6, null, 'June 1'],
      ],
      ['en', 'On March 5, 2024, the court opened the trial.', [5, 3, 2024, 'March 5, 2024']],
      ['en', 'On the 14th of July the police seized 3 kg.', [14, 7, null, '14th of July']],
      [
        'de',
        'Am 8. Januar teilte die Polizei mit, dass fünf Schüler Böller bauten.',
        [8, 1, null, '8. Januar'],
      ],
      [
        'es',
        'El 12 de junio de 2024 la policía detuvo a tres personas.',
        [12, 6, 2024, '12 de junio de 2024'],
      ],
      ['pt', 'Na manhã de 22 de abril, a polícia anunciou a prisão.', [22, 4, null, '22 de abril']],
      [
        'it',
        'Il 31 dicembre 2016 il tribunale ha condannato sei imputati.',
        [31, 12, 2016, '31 dicembre 2016'],
      ],
      ['pl', 'W dniu 12 czerwca policja zatrzymała dwóch mężczyzn.', [12, 6, null, '12 czerwca']],
      ['cs', 'Dne 12. června 2023 policie zadržela tři osoby.', [12, 6, 2023, '12. června 2023']],
      ['nl', 'Op 26 juli 2020 kwamen dertien mensen om.', [26, 7, 2020, '26 juli 2020']],
      [
        'ro',
        'Accidentul a avut loc pe 27 iul. 2020, în provincia Quang Binh.',
        [27, 7, 2020, '27 iul. 2020'],
      ],
    ])('%s: %s', (language, body, expected) => {
      expect(dateOf(body, language)).toEqual(expected);
    });

    it('reads Cyrillic month names even when the language stage labelled the text with a Latin language', () => {
      expect(dateOf('Ночью 24 мая в Ханое произошёл пожар.', 'en')).toEqual([24, 5, null, '24 мая']);
    });

    it('takes month names from the platform (genitive forms included), not from a hand list', () => {
      expect(monthNames('pl').get('czerwca')).toBe(6);
      expect(monthNames('ru').get(fold('июня'))).toBe(6);
      expect(monthNames('cs').get('cervna')).toBe(6);
    });
  });

  describe('digit forms', () => {
    it.each([
      ['vi', 'Ngày 12/6, Công an tỉnh Lào Cai bắt giữ hai đối tượng.', [12, 6, null, 'Ngày 12/6']],
      ['vi', 'Sáng 22.4, Cơ quan CSĐT Công an tỉnh Quảng Trị cho biết.', [22, 4, null, 'Sáng 22.4']],
      ['vi', 'Chiều 29-10, Công an tỉnh Lai Châu cho biết.', [29, 10, null, 'Chiều 29-10']],
      ['vi', 'ngày 5 tháng 11 năm 2019, công an phát hiện.', [5, 11, 2019, 'ngày 5 tháng 11 năm 2019']],
      ['fr', 'Le procès du 12-6-2024 a été reporté.', [12, 6, 2024, '12-6-2024']],
      ['de', 'Am 12.06.2024 wurde der Täter gefasst.', [12, 6, 2024, '12.06.2024']],
      ['en', 'The verdict of 4/11/2024 was upheld.', [11, 4, 2024, '4/11/2024']],
      ['en', 'The verdict of 25/11/2024 was upheld.', [25, 11, 2024, '25/11/2024']],
      ['en', 'Published 2024-06-02 by the provincial police.', [2, 6, 2024, '2024-06-02']],
      ['en', '2024年6月12日、警察は2人を逮捕した。', [12, 6, 2024, '2024年6月12日']],
      ['en', '警察は1月8日に発表した。', [8, 1, null, '1月8日']],
      ['en', '경찰은 2019년 11월 5일 새벽 업소를 급습했다.', [5, 11, 2019, '2019년 11월 5일']],
      // A day and a month after a weekday of the language (weekday names from Intl, long forms only).
      [
        'es',
        'El sábado (19/07), la policía de Quang Ninh detuvo a dos hombres.',
        [19, 7, null, 'sábado (19/07)'],
      ],
      ['fr', 'Mercredi 12/3, la police a saisi 20 kg de drogue.', [12, 3, null, 'Mercredi 12/3']],
      ['vi', 'Thứ Năm (8/5/2025), Công an tỉnh Sơn La cho biết.', [8, 5, 2025, 'Thứ Năm (8/5/2025)']],
      ['en', 'On Friday, 10/24, police arrested two men.', [24, 10, null, 'Friday, 10/24']],
      ['pt', 'Na segunda-feira (3/6), a polícia prendeu três homens.', [3, 6, null, 'segunda-feira (3/6)']],
    ])('%s: %s', (language, body, expected) => {
      expect(dateOf(body, language)).toEqual(expected);
    });
  });

  describe('what is not a date of the article', () => {
    it.each([
      ['fr', 'Sur les 11/11 quartiers, 14 tâches ont été réalisées en 2023.'],
      ['en', 'The police seized 12 kg of heroin in 2024 and arrested 5 people.'],
      ['en', 'The gang sold 3 May-branded packets.'],
      ['vi', 'Công an thu giữ 12/6 bánh heroin.'],
      ['fr', 'Le 31 février, rien ne s’est passé.'],
      ['en', '경찰은 지난 24일 10명을 체포했다.'],
      // A weekday alone says no date, and a fraction or a score after one is none.
      ['es', 'El sábado la policía detuvo a 3/4 de la banda.'],
      ['fr', 'Samedi, 12 suspects ont été arrêtés.'],
    ])('%s: %s', (language, body) => {
      expect(dateOf(body, language)).toBeNull();
    });
  });

  it('gives the first date when the text writes several, with its offset in the body', () => {
    const body = 'HANOI, June 2 (NNN-VNA) -- On May 30, police arrested seven people.';
    const d = findTextDate(doc(body, 'en'));
    expect(d).toMatchObject({ day: 2, month: 6, start: body.indexOf('June 2') });
  });

  it('is wired into the engine: the article carries textDate', () => {
    const r = extractArticle(
      new TextEncoder().encode('Titre\n\nLe 14 juillet, la police de Nghệ An a saisi 37 kg de drogue.'),
    );
    expect(r.ok && r.article.textDate).toMatchObject({ day: 14, month: 7, year: null, text: '14 juillet' });
  });
});

describe('Function: findTextDate, a word before the day (a month name, a Vietnamese cue), searched from the days', () => {
  // The month-first pattern is run only near a run of white space that a digit ends and a month name precedes:
  // the same dates as a scan of the whole text.
  it.each([
    [
      'other numbers come first',
      'The 3 officers seized 250 pills; on August 14 the court heard them.',
      [14, 8, null, 'August 14'],
    ],
    [
      'a name before a time is passed over',
      'The shift of May 5:30 ended; on July 9, 2023 they met again.',
      [9, 7, 2023, 'July 9, 2023'],
    ],
    [
      'a name at the end of a longer word is passed over',
      'The dismay 12 officers felt faded by June 3.',
      [3, 6, null, 'June 3'],
    ],
    [
      'several spaces of any kind',
      'Seized on March\u00a0  4 were 9 kg of heroin.',
      [4, 3, null, 'March\u00a0  4'],
    ],
    ['an abbreviation with its dot', 'Seized on Dec. 21 were 9 kg of heroin.', [21, 12, null, 'Dec. 21']],
  ])('%s', (_, body, expected) => {
    expect(dateOf(body, 'en')).toEqual(expected);
  });

  it('reads a Vietnamese cue word before a day and a month the same way', () => {
    expect(dateOf('Có 15-20 người bị bắt, sáng 22.4 công an khám xét 3 nhà.', 'vi')).toEqual([
      22,
      4,
      null,
      'sáng 22.4',
    ]);
    expect(dateOf('Tối 5 người ngồi uống, đến đêm 17-5 thì bị bắt.', 'vi')).toEqual([
      17,
      5,
      null,
      'đêm 17-5',
    ]);
    expect(dateOf('Hôm 3/4 số người đã về.', 'vi')).toEqual([3, 4, null, 'Hôm 3/4']);
  });

  it('finds none where no month name precedes a day', () => {
    expect(dateOf('In 2021 and 2022 there were 40 raids, none in May.', 'en')).toBeNull();
  });
});

describe('Function: findTextDate on a long text', () => {
  it('reads only the opening: a date deep in a long text is not the article’s', () => {
    const filler = 'La police poursuit son travail dans la province. '.repeat(400);
    expect(dateOf(`${filler}Le 14 juillet, trois suspects ont été arrêtés.`, 'fr')).toBeNull();
    expect(dateOf(`Le 2 mai, la police a parlé. ${filler}Le 14 juillet, rien.`, 'fr')).toEqual([
      2,
      5,
      null,
      '2 mai',
    ]);
  });
});
