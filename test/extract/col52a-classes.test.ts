/**
 * Classes of batch 52a (col52a: vi en; the gambling raids of r2869, r2870, r2872, r2873, whose Vietnamese "con
 * bạc", "nghi can" and "điểm" read right), carried to the Latin-script languages, on sentences written for this test:
 * - the gamblers and bettors arrested in a raid are persons: units.person en "bettor*", "punter*"; fr "parieur*";
 *   pt "apostador*"; it "scommettitor*"; ro "parior*"; cs "sazkar*"; de "zocker*"; ms "kaki judi"; tr "kumarbaz*";
 *   sv "spelare", "hasardspelare"; tl "sugarol" (the other languages' own words, en "gambler*", es "apostador*",
 *   de "spieler*", id/ms "penjudi", already counted);
 * - the dens and casinos a raid shuts are places, unit point, as vi "sới bạc" and "sòng bạc" are: en "den",
 *   "dens", "casino*"; fr "tripot*", "casino*"; es "garito*", "casino*"; de "spielholle*", "kasino*", "casino*";
 *   it "bisca", "bische", "casinò"; pt "casa(s) de apostas", "cassino*".
 * - a fire crew's words in tr and sv: the firefighter (tr "itfaiye eri") is a person, units.person "itfaiye er*";
 *   the fire brigade and its trucks and men (tr "itfaiye*", sv "brandbil*", "brandman", "brandmän") are cues of
 *   the fire topic, as "yangın" and "brand" are.
 * The negative cases hold words that share the new words' beginnings and are no such noun: en "betting" (slips)
 * is no bettor, "dense" no den.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit, valueUnitAndTopic } from '../support/figure-cases.js';

describe('Function: extractFigures (col52a classes)', () => {
  describe('gamblers and bettors arrested in a raid are persons', () => {
    itReadsEach(
      [
        [
          'en',
          'Officers detained 14 bettors and 3 punters at a flat in the town.',
          [
            [14, 'person'],
            [3, 'person'],
          ],
        ],
        ['fr', 'Les policiers ont interpellé 22 parieurs dans un café.', [[22, 'person']]],
        ['pt', 'A polícia deteve 41 apostadores numa casa do bairro.', [[41, 'person']]],
        ['it', 'I carabinieri hanno fermato 9 scommettitori in un bar.', [[9, 'person']]],
        ['ro', 'Poliția a reținut 17 pariori într-un apartament.', [[17, 'person']]],
        ['cs', 'Policie zadržela 12 sázkařů v herně.', [[12, 'person']]],
        ['de', 'Die Polizei nahm 8 Zocker in einer Wohnung fest.', [[8, 'person']]],
        ['ms', 'Polis menahan 26 kaki judi di sebuah rumah kedai.', [[26, 'person']]],
        ['tr', 'Polis baskında 19 kumarbazı gözaltına aldı.', [[19, 'person']]],
        ['sv', 'Polisen grep 11 spelare i en lägenhet.', [[11, 'person']]],
        ['tl', 'Dinakip ng pulisya ang 15 sugarol sa isang bahay.', [[15, 'person']]],
        // "betting" is no "bettor*": the slips stay a plain count (other), no person.
        ['en', 'Officers seized 14 betting slips from the flat.', [[14, 'other']]],
      ],
      valueAndUnit,
    );
  });

  describe('gambling dens and casinos are places (point)', () => {
    itReadsEach(
      [
        [
          'en',
          'Police raided 6 gambling dens and 2 illegal casinos in the district.',
          [
            [6, 'point'],
            [2, 'point'],
          ],
        ],
        ['fr', 'La police a fermé 5 tripots clandestins dans le quartier.', [[5, 'point']]],
        ['es', 'La policía cerró 7 garitos en la ciudad.', [[7, 'point']]],
        ['de', 'Die Polizei schloss 4 illegale Spielhöllen in der Stadt.', [[4, 'point']]],
        ['it', 'La polizia ha chiuso 3 bische clandestine in città.', [[3, 'point']]],
        ['pt', 'A polícia fechou 8 casas de apostas ilegais.', [[8, 'point']]],
        // "dense" is no "den": the bundles stay a plain count (other), no place.
        ['en', 'Officers found 3 dense bundles of cash in the flat.', [[3, 'other']]],
      ],
      valueAndUnit,
    );
  });

  describe('a fire crew in tr and sv: firefighters are persons, the brigade and its trucks cue the fire topic', () => {
    itReadsEach(
      [
        [
          'tr',
          'Olay yerine 4 itfaiye aracı ve 25 itfaiye eri gönderildi.',
          [
            [4, 'vehicle', 'fire'],
            [25, 'person', 'fire'],
          ],
        ],
        [
          'sv',
          'Tre brandbilar och 18 brandmän larmades till lagret.',
          [
            [3, 'vehicle', 'fire'],
            [18, 'person', 'fire'],
          ],
        ],
        // No fire crew named: a raid's arrests keep the crime topic.
        ['tr', 'Polis baskında 6 şüpheliyi gözaltına aldı.', [[6, 'person', 'crime']]],
        ['sv', 'Polisen grep 6 misstänkta vid razzian.', [[6, 'person', 'crime']]],
      ],
      valueUnitAndTopic,
    );
  });
});
