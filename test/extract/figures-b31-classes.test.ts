/**
 * Figure classes of session 31 (b31f), on sentences written for the project (never an article's text):
 * - Thai spaces every part of a number from its scale word ("2 แสน 5 หมื่นไร่", 250 000 rai): the smaller part
 *   after one space adds to the whole, as Korean's spaced parts do ("4억 6,300만");
 * - Tamil scale words take case endings on their oblique stem ("லட்சத்திற்கும்", more than … lakh;
 *   "ஆயிரத்துக்கும்"): they scale the number as the bare word does;
 * - Bengali writes an apostrophe where a vowel is elided ("দু’টি", "দু’জন", two): the word goes on after it, as
 *   Ukrainian's does, and is the number word;
 * - counted nouns a lexicon lacked: uk "військовослужбовців", bg "военнослужещи" (servicemen), el
 *   "επιβαίνοντες" (those aboard), fa "قربانی" (victims);
 * - what a vehicle is or holds is no count (engine power "400 CV", "650 PS", "400 hp"; th "10 ล้อ", ten wheels;
 *   bn "৪০ আসন", forty seats: lexicon sizes), and lengths are none (el "χιλιομέτρων", de "Seemeilen": distances);
 * - a Vietnamese fishing registration whose province code has a small letter ("BTh 91234 TS") is no count, as
 *   one of capitals is; the minutes and seconds of a coordinate ("108°54′43″E") are none;
 * - the Romance languages put a count before its subject behind the copula ("Sono almeno dieci le vittime",
 *   "Son 3 los detenidos", "São dez as vítimas"): the subject's noun after its article is what it counts;
 * - a relative "of whom" (bg "от които", uk "з яких", ru "из которых", pl "z których", sr "od kojih") opens an
 *   elliptic count as "of them" does; a Bulgarian aorist plural ("получиха", "избягаха": verbEndings) is the
 *   number's verb, not a noun it counts;
 * - missing is a fate said after an article's person as killed or injured is (de "vermisst", fr "disparu", es
 *   and pt "desaparecido", it "disperso"), as nl "vermist" and ro "dispărut" already were.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, expected: [value: number, unit: string][]];

const read = (language: string, text: string) =>
  extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);

const CASES: Case[] = [
  // Thai: spaced parts of one number
  ['th', 'น้ำท่วมนาข้าวราว 2 แสน 5 หมื่นไร่ ในภาคเหนือ', [[250000, 'other']]],
  ['th', 'ผู้ประสบภัยกว่า 3 หมื่น 2 พันคน ต้องอพยพ', [[32000, 'person']]],
  // Negative: a count after a scaled number is a figure of its own
  [
    'th',
    'ตำรวจจับกุมผู้ต้องหา 4 คน พร้อมยาบ้า 2 แสนเม็ด',
    [
      [4, 'person'],
      [200000, 'other'],
    ],
  ],
  // Tamil: scale words with case endings
  ['ta', 'வெள்ளத்தால் மூன்று லட்சத்திற்கும் அதிகமான மக்கள் பாதிக்கப்பட்டனர்.', [[300000, 'person']]],
  ['ta', 'புயலால் ஐந்து ஆயிரத்துக்கும் மேற்பட்ட மக்கள் வெளியேற்றப்பட்டனர்.', [[5000, 'person']]],
  // Bengali: the elided vowel's apostrophe inside the number word
  ['bn', 'দু’টি ট্রাকের সংঘর্ষে চালক আহত হয়েছেন।', [[2, 'vehicle']]],
  ['bn', 'দু’জন শ্রমিক আহত হয়েছেন।', [[2, 'person']]],
  // Negative: Ukrainian's apostrophe inside a word still reads
  ['uk', "П'ять осіб загинули.", [[5, 'person']]],
  // Counted nouns
  ['uk', 'Під завалами опинилися 15 військовослужбовців.', [[15, 'person']]],
  ['bg', 'Ранени са 8 военнослужещи.', [[8, 'person']]],
  ['el', 'Στο πλοίο ήταν 120 επιβαίνοντες.', [[120, 'person']]],
  ['el', 'Αγνοείται η τύχη των 40 επιβαινόντων του σκάφους.', [[40, 'person']]],
  ['fa', 'زلزله ۲۳ قربانی گرفت.', [[23, 'person']]],
  // Missing after an article's person
  ['de', 'Das Boot sank. Ein Fischer wird derzeit vermisst.', [[1, 'person']]],
  ['fr', 'Le bateau a chaviré et un pêcheur est porté disparu.', [[1, 'person']]],
  ['es', 'El barco volcó y un pescador sigue desaparecido.', [[1, 'person']]],
  ['it', 'La barca si è ribaltata e un pescatore risulta disperso.', [[1, 'person']]],
  ['pt', 'O barco virou e um pescador está desaparecido.', [[1, 'person']]],
  // Negative: a thing missing is no person
  ['de', 'Ein Auto wird seit Montag vermisst.', []],
  // What a vehicle is or holds is no count: engine power, wheels, seats; lengths are no counts
  ['vi', 'Tàu cá có công suất 400 CV cùng 9 thuyền viên.', [[9, 'person']]],
  ['de', 'Das Boot hat eine Leistung von 650 PS und 7 Besatzungsmitglieder.', [[7, 'person']]],
  ['en', 'The boat with a 400 hp engine and 9 crew members sank.', [[9, 'person']]],
  ['fr', 'Le chalutier de 350 CV transportait 6 marins.', [[6, 'person']]],
  ['th', 'รถบรรทุก 10 ล้อ ชนกับรถบัส 2 คัน', [[2, 'vehicle']]],
  ['bn', 'বাসটি ৪০ আসন বিশিষ্ট ছিল এবং ৩ জন নিহত হন।', [[3, 'person']]],
  ['bn', 'জেলায় দু’টি কোচের মধ্যে সংঘর্ষ হয়।', [[2, 'vehicle']]],
  ['el', 'Το λεωφορείο έπεσε σε χαράδρα μήκους 12 χιλιομέτρων με 4 νεκρούς.', [[4, 'person']]],
  ['de', 'Das Schiff sank etwa fünf Seemeilen vor der Insel.', []],
  // A fishing registration whose province code has a small letter ("BTh", "QNg") is no count
  ['de', 'Das Fischerboot BTh 91234 TS sank mit 9 Arbeitern.', [[9, 'person']]],
  ['es', 'El pesquero QNg 90909 TS se hundió con 7 tripulantes.', [[7, 'person']]],
  // Negative: a capitalised name before a count with no code after it
  ['en', 'VinFast delivered 5 cars to the police.', [[5, 'vehicle']]],
  // The Romance count before its subject: copula, number, the subject behind its article
  ['it', 'Sono almeno dieci le vittime del crollo.', [[10, 'person']]],
  ['es', 'Son al menos diez las víctimas del derrumbe.', [[10, 'person']]],
  ['pt', 'São pelo menos dez as vítimas do desabamento.', [[10, 'person']]],
  ['es', 'Son 3 los detenidos por el robo.', [[3, 'person']]],
  // Negative: a day before a subject is no count of it
  ['it', 'Il 5 le vittime erano già state trovate.', []],
  // "of whom" opens an elliptic count of the whole before it; a Bulgarian aorist plural ("-ха") is a verb
  [
    'bg',
    'Обвиняеми по делото бяха 40 души, от които 25 получиха присъди.',
    [
      [40, 'person'],
      [25, 'person'],
    ],
  ],
  [
    'bg',
    'Полицията задържа 12 души, а 4 избягаха.',
    [
      [12, 'person'],
      [4, 'person'],
    ],
  ],
  // The minutes and seconds of a coordinate are no counts
  ['en', 'At 10°33′12″N, 108°54′43″E rescuers found 4 bodies.', [[4, 'person']]],
  ['de', 'Bei 9°12\'30"N retteten Fischer 5 Menschen.', [[5, 'person']]],
];

describe('Figures: session 31 classes (b31f)', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    // Act
    const figures = read(language, text);
    // Assess
    expect(figures).toEqual(expected);
  });
});
