/**
 * Figure classes of session 28 (b28f), Latin-script languages, on sentences written for the project (never an
 * article's text):
 * - the rest of a number after a spelled scale word: "cinco mil 600" (5600), "mil 947" (1947), as "49 mil 300"
 *   already was;
 * - the scale word "trillion" in the lexicons that had none (tl, hu, sv, sl, tr, fi, da, no, is, lt, sk, sq, et);
 * - Swahili: persons named before their number (wavuvi 12), "wapatao" (about) between, "milioni moja" (one
 *   million), headline verbs of killing before the number ("Moto waua 14"), a storey count as a name;
 * - Hungarian residents with a possessive ending ("150 lakója"), survivors in sl, fr, nl, pl, cs, sk, sr;
 * - es "la cantidad de" (pt "a quantidade de") names a count as "el número de" does; an aside in brackets stands
 *   inside the clause of a named count; "la cifra de 24" with no noun is another value of its sentence's count;
 * - it "altre 11 rimaste ferite" (a participle of remaining before the fate); id, ms evacuees ("pengungsi");
 * - sl "štirideset pa izginilo" (the particle "pa" between a number and its fate); "več deset" (several tens)
 *   is no count;
 * - an age after a name closing its sentence ("…, 51.").
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, expected: [value: number, unit: string][]];

const CASES: Case[] = [
  // the rest of a number after its spelled scale word
  [
    'es',
    'La policía multó a más de cuatro mil 250 conductores durante el fin de semana.',
    [[4250, 'person']],
  ],
  ['es', 'Se decomisaron mil 305 motos sin papeles en la frontera.', [[1305, 'vehicle']]],
  // trillion
  ['tl', 'Umabot sa 4.5 trilyong dong ang halaga ng pinsala.', [[4.5e12, 'vnd']]],
  ['hu', 'A kár meghaladta a 2,3 billió dongot.', [[2.3e12, 'vnd']]],
  ['sv', 'Skadorna uppskattas till 1,7 biljoner dong.', [[1.7e12, 'vnd']]],
  ['sl', 'Škoda je ocenjena na 3,1 bilijona dongov.', [[3.1e12, 'vnd']]],
  ['tr', 'Zararın 2,6 trilyon dong olduğu tahmin ediliyor.', [[2.6e12, 'vnd']]],
  ['fi', 'Vahingot arvioidaan 1,4 biljoonaa dongia.', [[1.4e12, 'vnd']]],
  // Swahili: persons before the number, "about" between, one million, headline verbs, storeys
  [
    'sw',
    'Wavuvi 9 wameokolewa na wanakijiji wapatao 300 wamehamishwa.',
    [
      [9, 'person'],
      [300, 'person'],
    ],
  ],
  ['sw', 'Zaidi ya wakazi milioni moja wamekosa umeme.', [[1e6, 'person']]],
  ['sw', 'Ajali yaua 7 mkoani Morogoro', [[7, 'person']]],
  ['sw', 'Moto uliteketeza jengo la ghorofa nne na polisi walikwenda moja kwa moja.', []],
  // Hungarian possessive residents; a residential house is no person
  ['hu', 'Az épületnek körülbelül 80 lakója volt.', [[80, 'person']]],
  // survivors
  ['sl', 'Reševalci so našli 6 preživelih.', [[6, 'person']]],
  ['fr', 'Les sauveteurs ont retrouvé 4 survivants.', [[4, 'person']]],
  ['nl', 'De kustwacht redde 9 overlevenden.', [[9, 'person']]],
  ['pl', 'Ratownicy wydobyli 5 ocalałych.', [[5, 'person']]],
  ['cs', 'Záchranáři našli 3 přeživší.', [[3, 'person']]],
  ['sk', 'Záchranári našli 7 preživších.', [[7, 'person']]],
  ['sr', 'Spasioci su izvukli 8 preživelih.', [[8, 'person']]],
  // a count named before its number
  ['es', 'La cantidad de heridos en la región ascendió a 17.', [[17, 'person']]],
  ['pt', 'A quantidade de feridos subiu para 23.', [[23, 'person']]],
  ['es', 'El número de incendios durante la temporada seca (marzo a mayo) llegó a 41.', [[41, 'case']]],
  [
    'es',
    'El número de accidentes de tránsito sumó 12, frente a la cifra de 15 registrada el año anterior.',
    [
      [12, 'case'],
      [15, 'case'],
    ],
  ],
  // "la cifra de" with nothing counted before it in its own sentence takes no count from another
  [
    'es',
    'Se registraron 30 accidentes. La cifra de 8 llamó la atención.',
    [
      [30, 'case'],
      [8, 'other'],
    ],
  ],
  // it: a participle of remaining before the fate ("altre 11 rimaste ferite"); not before another state
  [
    'it',
    'Due persone sono morte e altre 6 rimaste ferite.',
    [
      [2, 'person'],
      [6, 'person'],
    ],
  ],
  ['it', 'Sette case rimaste senza tetto.', [[7, 'other']]],
  // id, ms: evacuees are persons, also as the noun of a named count
  [
    'id',
    'Jumlah pengungsi meningkat dari 340 pada Senin menjadi 915 pada Selasa.',
    [
      [340, 'person'],
      [915, 'person'],
    ],
  ],
  ['ms', 'Seramai 120 pengungsi ditempatkan di dewan orang ramai.', [[120, 'person']]],
  // sl: "pa" is no copula (session 28 review: "5 pa jih je bilo poškodovanih" counted damaged vehicles as
  // injured persons); a count after "pa" takes no fate
  [
    'sl',
    'Policija je zasegla 30 vozil, 5 pa jih je bilo poškodovanih.',
    [
      [30, 'vehicle'],
      [5, 'other'],
    ],
  ],
  [
    'sl',
    'Policija je zasegla 30 vozil, 12 pa so vrnili lastnikom.',
    [
      [30, 'vehicle'],
      [12, 'other'],
    ],
  ],
  // sl: "več deset" (several tens) is no count, before "pa" as anywhere
  ['sl', 'Umrlo je 7 ljudi, več deset pa jih je bilo ranjenih.', [[7, 'person']]],
  ['sl', 'Zgorelo je več sto hiš.', []],
  // an age closing its sentence after a full name
  [
    'en',
    'Police detained 12 people, among them the ringleader Tran Van Binh, 46. The others confessed.',
    [[12, 'person']],
  ],
  // a count closing its sentence after a place is no age (session 28 review)
  [
    'vi',
    'Tính đến sáng nay, số người chết do lũ ở Lào Cai là 15, Yên Bái, 12.',
    [
      [15, 'person'],
      [12, 'person'],
    ],
  ],
  ['sw', 'Askari moja ya kikosi alijeruhiwa.', []],
  [
    'pl',
    'Pożar strawił 10 domów, 4 ocalałe budynki zostały zabezpieczone.',
    [
      [10, 'other'],
      [4, 'other'],
    ],
  ],
  ['hu', 'A 12 lakó épület megrongálódott.', [[12, 'other']]],
];

describe('session 28 (b28f): scales, persons and named counts in Latin-script languages', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const figures = extractFigures(documentOf(text, language), []);
    expect(figures.map((f) => [f.value, f.unit])).toEqual(expected);
  });

  // Only "a thousand" takes three digits after it as its rest (session 28 review): a larger scale word ends other
  // words ("công ty", company: "tỷ" folds to "ty") or is followed by its own multiplier ("un millón 200 mil").
  it.each([
    ['vi', 'Cháy tại xưởng của Công ty 532, 4 công nhân bị thương.'],
    ['vi', 'Công an tỉnh đã bắt 5 đối tượng tại Công ty 319 ở Hà Nội.'],
    ['es', 'Un millón 200 mil personas fueron afectadas por las inundaciones.'],
    ['pt', 'Um milhão 200 mil pessoas foram afetadas.'],
  ])('%s: no billion in %s', (language, text) => {
    const figures = extractFigures(documentOf(text, language), []);
    expect(figures.filter((f) => f.value >= 1e9)).toEqual([]);
  });
});
