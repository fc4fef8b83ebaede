/**
 * Class mended by the lead at session 52's merge, on sentences written for this test:
 * - a number that is a factor ("multiplied by three", "multiplié par 3", "tiga kali lipat", "в 3 раза") gives no
 *   value of the count named before it ("the number of accidents"): lexicon keys factorBefore (phrases right
 *   before the number) and factorAfter (words right after it). fig52's spelled-number reading after "the number
 *   of" made the spelled factor a count of accidents; the digits' reading already did so.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

describe('Function: extractFigures (lead52 classes)', () => {
  describe('a factor is no value of the count named before it', () => {
    itReadsEach(
      [
        ['en', 'The number of accidents was multiplied by 3; 12 people died.', [[12, 'person']]],
        ['en', 'The number of accidents was multiplied by three; 12 people died.', [[12, 'person']]],
        ['fr', "Le nombre d'accidents a été multiplié par 3 ; 12 personnes sont mortes.", [[12, 'person']]],
        [
          'es',
          'El número de accidentes se multiplicó por tres veces; murieron 12 personas.',
          [[12, 'person']],
        ],
        ['id', 'Jumlah kecelakaan naik 3 kali lipat; 12 orang tewas.', [[12, 'person']]],
        ['ru', 'Число аварий выросло в 3 раза, погибли 12 человек.', [[12, 'person']]],
        // The value of the count itself, with no factor word beside it, is still read.
        ['en', 'The number of drug addicts was 1,234 last year.', [[1234, 'person']]],
        ['fr', "Le nombre d'accidents a atteint 45 cette année.", [[45, 'case']]],
        ['en', 'The death toll from the landslide rose to nine on Sunday.', [[9, 'person']]],
      ],
      valueAndUnit,
    );
  });
});
