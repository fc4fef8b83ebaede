/**
 * Classes of the people misses and extras on unseen text (transfer batches 16-22), on sentences written for
 * the purpose: a courtesy honorific alone (pan, gospodin, docteur, السيد, श्री) makes no official in more
 * languages, as "domnul" and "Sr." already did not (batch 17 extras; French "M. X" alone stays an official: the
 * seed gold lists one); a name joined to the authority it speaks for ("X vom
 * Katastrophenschutz", "X z provinčního výboru", batches 18-19) in more languages; rank abbreviations before a
 * name ("le col.", "el tte. cnel.", "ten.-cel.").
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function officials(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName })
    .map((p): [string, string | null] => [p.name, p.rank])
    .sort();
}

describe('Function: findPeople (a courtesy honorific alone makes no official)', () => {
  it.each([
    ['fr', "Le docteur Nguyen Van Hung a soigné les blessés à l'hôpital du district."],
    ['sr', 'Gospodin Nguyen Van Hung je primetio dim oko tri sata ujutru.'],
    ['sl', 'Gospod Nguyen Van Hung je opazil dim okoli treh zjutraj.'],
    ['cs', 'Pan Nguyen Van Hung si všiml kouře kolem třetí hodiny ráno.'],
    ['pl', 'Pan Nguyen Van Hung zauważył dym około trzeciej nad ranem.'],
    ['ru', 'Господин Нгуен Ван Хунг заметил дым около трёх часов утра.'],
    ['ar', 'لاحظ السيد نغوين فان هونغ الدخان في حوالي الساعة الثالثة فجرا.'],
    ['hi', 'श्री गुयेन वान हंग ने सुबह करीब तीन बजे धुआं देखा।'],
  ])('[%s] %s', (language, text) => {
    expect(officials(text, language)).toEqual([]);
  });

  it.each([
    // With an office, the same honorific names an official.
    [
      'fr',
      'M. Nguyen Van Hung, président du comité populaire de la commune, a confirmé le bilan.',
      'Nguyen Van Hung',
    ],
    ['cs', 'Pan Nguyen Van Hung, předseda lidového výboru obce, potvrdil počet obětí.', 'Nguyen Van Hung'],
    ['ru', 'Господин Нгуен Ван Хунг, председатель народного комитета, подтвердил данные.', 'Нгуен Ван Хунг'],
    ['ar', 'وقال مدير شرطة المقاطعة السيد نغوين فان هونغ إن التحقيق مستمر.', 'نغوين فان هونغ'],
  ])('[%s] %s', (language, text, name) => {
    expect(officials(text, language)).toEqual([[name, null]]);
  });
});

describe('Function: findPeople (a name joined to the authority it speaks for)', () => {
  it.each([
    ['de', 'Mehrere Brücken seien eingestürzt, sagte Pham Quoc Viet vom Zivilschutz der Provinz.'],
    ['de', 'Die Bergung dauere an, sagte Pham Quoc Viet beim Katastrophenschutz der Region.'],
    ['it', "«Le frane continuano», ha detto Pham Quoc Viet dell'ufficio provinciale per le emergenze."],
    ['it', '«Le frane continuano», ha detto Pham Quoc Viet della protezione civile locale.'],
    ['pt', '"Os deslizamentos continuam", disse Pham Quoc Viet, da defesa civil da província.'],
    ['es', '"Los deslaves continúan", dijo Pham Quoc Viet, de la protección civil provincial.'],
    ['sv', '– Skreden fortsätter, säger Pham Quoc Viet vid den lokala räddningstjänsten.'],
    ['sv', 'Enligt Pham Quoc Viet på provinsens polismyndighet har tre personer gripits.'],
    ['cs', '„Sesuvy pokračují,“ uvedl Pham Quoc Viet z krajského úřadu pro mimořádné situace.'],
    ['sk', '„Zosuvy pokračujú,“ uviedol Pham Quoc Viet z provinčnej polície.'],
  ])('[%s] %s', (language, text) => {
    expect(officials(text, language)).toEqual([['Pham Quoc Viet', null]]);
  });

  it.each([
    // A place or a person after the linker is no authority.
    ['sv', 'Pham Quoc Viet från Ha Tinh greps vid gränsen med narkotika.'],
    ['cs', 'Pham Quoc Viet z vesnice u hranice byl zadržen s drogami.'],
  ])('[%s] %s', (language, text) => {
    expect(officials(text, language)).toEqual([]);
  });
});

describe('Function: findPeople (rank abbreviations before a name)', () => {
  it.each([
    ['fr', "Le lt-col. Pham Quoc Viet a conduit l'opération de sauvetage.", 'lieutenant-colonel'],
    ['fr', 'Le col. Pham Quoc Viet a présidé la réunion.', 'colonel'],
    ['es', 'El tte. cnel. Pham Quoc Viet encabezó el operativo.', 'lieutenant-colonel'],
    ['es', 'El cnel. Pham Quoc Viet presidió la reunión.', 'colonel'],
    ['pt', 'O ten.-cel. Pham Quoc Viet chefiou a operação.', 'lieutenant-colonel'],
    ['pt', 'O cel. Pham Quoc Viet presidiu a reunião.', 'colonel'],
    ['it', "Il ten. col. Pham Quoc Viet ha guidato l'operazione.", 'lieutenant-colonel'],
    ['it', 'Il col. Pham Quoc Viet ha presieduto la riunione.', 'colonel'],
    ['nl', 'Lt.-kol. Pham Quoc Viet leidde de actie.', 'lieutenant-colonel'],
  ])('[%s] %s', (language, text, rank) => {
    expect(officials(text, language)).toEqual([['Pham Quoc Viet', rank]]);
  });
});
