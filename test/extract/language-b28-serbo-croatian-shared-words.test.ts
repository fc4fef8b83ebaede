/**
 * Croatian against Bosnian and Serbian by the words Serbian and Bosnian share where Croatian writes its own
 * (session 28): tokom/tijekom, porodica/obitelj, odbrana/obrana, zvaničnik/dužnosnik, and the declined forms
 * of Croatian priopćenje. A Bosnian report with none of the older markers read as Croatian (franc's trigram
 * answer), a Croatian one whose only marker was "u priopćenju" as Bosnian. Serbian against Bosnian stays
 * with the jat reflexes. Sentences written for the project.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../lambdas/extract/language/index.js';

describe('Serbo-Croatian standards by the words Serbian and Bosnian share', () => {
  it.each([
    [
      'bs',
      'Porodice poginulih okupile su se ispred bolnice, a zvaničnici ministarstva odbrane obećali su pomoć. Tokom dana spasioci su pronašli tijela još dvije osobe u rijeci.',
    ],
    // franc's trigrams answer Croatian here; porodica says it is not.
    [
      'bs',
      'Turistički brod s porodicama potonuo je tokom snažne oluje u zaljevu, a spasioci i dalje tragaju za nestalima. Među spašenima je i dječak koji je morao plivati prije nego što su ga izvukli.',
    ],
    [
      'sr',
      'Porodice poginulih okupile su se ispred bolnice, a zvaničnici ministarstva odbrane obećali su pomoć. Tokom dana spasioci su pronašli tela još dve osobe u reci.',
    ],
    [
      'hr',
      'Obitelji poginulih okupile su se ispred bolnice, a dužnosnici ministarstva obrane obećali su pomoć. Tijekom dana spasioci su pronašli tijela još dvije osobe u rijeci.',
    ],
    // Croatian news writes "tokom" too: it marks neither side (session 28 review).
    [
      'hr',
      'Policija je tokom noći uhitila trojicu muškaraca nakon prometne nesreće u kojoj je poginula jedna osoba, izvijestila je policijska uprava.',
    ],
    [
      'hr',
      'Obitelj stradalog vozača obaviještena je o nesreći, a policija je tokom očevida utvrdila da je vozač bio pijan.',
    ],
    [
      'hr',
      'Bujica je odnijela most u planinskoj pokrajini na sjeveru zemlje, a dvije osobe su nestale, navodi se u priopćenju lokalne vlade.',
    ],
  ])('%s: %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
