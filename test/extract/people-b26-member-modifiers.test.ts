/**
 * Session 26, people: "X from <authority>" (memberLinkers) reads the authority's own words only. The words
 * before the authority word name the body; a language naming bodies head first takes one adjective there at
 * most (lexicon memberModifiers, default 1; English 4, German and Dutch 2), and a verb of saying there is a
 * clause: "X z Hanoi przekazał policji" is a man from Hà Nội telling the police, no member of it. One pair per
 * language with member linkers (the official, then the clause that only reaches an authority). Sentences
 * written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function officials(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName })
    .map((p): [string, string | null] => [p.name, p.role])
    .sort();
}

describe('Function: findPeople (the authority after a member linker is a body, not a clause)', () => {
  it.each([
    ['en', 'Tran Van Hung of the Quang Ninh provincial police said two men were held.', 'Tran Van Hung'],
    [
      'de',
      'Tran Van Hung von der örtlichen Polizei sagte, zwei Männer seien festgenommen worden.',
      'Tran Van Hung',
    ],
    ['nl', 'Tran Van Hung van de provinciale politie zei dat twee mannen zijn aangehouden.', 'Tran Van Hung'],
    ['pl', 'Tran Van Hung z wojewódzkiej policji powiedział, że zatrzymano dwóch mężczyzn.', 'Tran Van Hung'],
    ['cs', 'Tran Van Hung z krajské policie uvedl, že byli zadrženi dva muži.', 'Tran Van Hung'],
    ['ru', 'Чан Ван Хунг из областной полиции сообщил, что задержаны двое мужчин.', 'Чан Ван Хунг'],
    [
      'fr',
      'Tran Van Hung de la police provinciale a indiqué que deux hommes ont été arrêtés.',
      'Tran Van Hung',
    ],
    ['es', 'Tran Van Hung de la policía provincial dijo que dos hombres fueron detenidos.', 'Tran Van Hung'],
    [
      'it',
      'Tran Van Hung della polizia provinciale ha detto che due uomini sono stati fermati.',
      'Tran Van Hung',
    ],
    ['pt', 'Tran Van Hung da polícia provincial disse que dois homens foram detidos.', 'Tran Van Hung'],
    ['sv', 'Tran Van Hung från polisen i provinsen sa att två män greps.', 'Tran Van Hung'],
  ])('%s: %s', (language, text, name) => {
    expect(officials(text, language).map(([n]) => n)).toEqual([name]);
  });

  it.each([
    ['en', 'Tran Van Hung from the village near the river called the police on Monday.'],
    ['de', 'Tran Van Hung von der Baustelle am Fluss rief am Montag die Polizei.'],
    ['nl', 'Tran Van Hung van de boerderij aan de rivier belde maandag de politie.'],
    ['pl', 'Tran Van Hung z Hanoi przekazał policji nagranie z kamery.'],
    ['pl', 'Tran Van Hung z Hanoi zadzwonił na policję w poniedziałek.'],
    ['cs', 'Tran Van Hung z Hanoje zavolal na policii v pondělí.'],
    ['ru', 'Чан Ван Хунг из Ханоя сообщил полиции о краже.'],
    ['uk', 'Чан Ван Хунг з Ханоя повідомив поліції про крадіжку.'],
    ['fr', 'Tran Van Hung de la ville voisine a appelé la police lundi.'],
    ['es', 'Tran Van Hung de la aldea vecina llamó a la policía el lunes.'],
    ['it', 'Tran Van Hung della frazione vicina ha chiamato la polizia lunedì.'],
    ['pt', 'Tran Van Hung da aldeia vizinha chamou a polícia na segunda-feira.'],
    ['ro', 'Tran Van Hung de la ferma vecină a sunat la poliție luni.'],
    ['sv', 'Tran Van Hung från byn vid floden ringde polisen i måndags.'],
    ['no', 'Tran Van Hung fra landsbyen ved elven ringte politiet mandag.'],
    ['id', 'Tran Van Hung dari desa sebelah melapor ke polisi pada hari Senin.'],
    ['ms', 'Tran Van Hung dari kampung sebelah melapor kepada polis pada hari Isnin.'],
    ['sw', 'Tran Van Hung kutoka kijiji jirani aliripoti kwa polisi Jumatatu.'],
  ])('%s: no official in %s', (language, text) => {
    expect(officials(text, language)).toEqual([]);
  });
});
