/**
 * Classes of batch 44a (col44a: ru es), on sentences written for this test:
 * - an officer "in critical condition" (в критическом состоянии, en estado crítico, dans un état critique, in
 *   kritischem Zustand ...) is an injured officer the story tells of, a victim and not an official it quotes
 *   (people/victims.ts reads the lexicons' harmWords);
 * - "procedimiento legal" (es) and "procedimento legal" (pt) are legal proceedings, a crime word, not the
 *   administrative procedure "procedimiento" alone names; an attack ("attentato", it) is an offence (lexicon
 *   `topics`, `offences`, figures/topic.ts).
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';
import { documentOf } from '../support/document.js';

function people(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName }).map((p) => [
    p.name,
    p.rank,
  ]);
}

describe('Function: findPeople (an officer in critical or grave condition is a victim)', () => {
  it.each<[string, string, string]>([
    [
      'ru',
      'Старший лейтенант Чан Ван Лок находится в критическом состоянии. Майор Фам Ван Хоа, начальник поста, сообщил об аресте водителя.',
      'Фам Ван Хоа',
    ],
    [
      'ru',
      'Капитан Чан Ван Лок (отдел полиции) доставлен в больницу в тяжёлом состоянии. Майор Фам Ван Хоа сообщил об аресте водителя.',
      'Фам Ван Хоа',
    ],
    [
      'en',
      'Captain Tran Van Loc remains in critical condition. Major Pham Van Hoa said the driver was arrested.',
      'Pham Van Hoa',
    ],
    [
      'es',
      'El capitán Tran Van Loc se encuentra en estado crítico. El mayor Pham Van Hoa informó del arresto del conductor.',
      'Pham Van Hoa',
    ],
    [
      'fr',
      "Le capitaine Tran Van Loc est dans un état critique. Le major Pham Van Hoa a annoncé l'arrestation du conducteur.",
      'Pham Van Hoa',
    ],
    [
      'de',
      'Hauptmann Tran Van Loc liegt in kritischem Zustand im Krankenhaus. Major Pham Van Hoa sagte, der Fahrer sei festgenommen.',
      'Pham Van Hoa',
    ],
  ])('%s: %s keeps the major only', (language, text, major) => {
    expect(people(text, language)).toEqual([[major, 'major']]);
  });

  it.each<[string, string, string]>([
    // The officer who speaks of a victim in critical condition acts in the story and stays.
    [
      'ru',
      'Майор Фам Ван Хоа сообщил, что пострадавший водитель находится в критическом состоянии.',
      'Фам Ван Хоа',
    ],
    ['en', 'Major Pham Van Hoa said the injured driver was in critical condition.', 'Pham Van Hoa'],
  ])('%s: %s keeps the speaker', (language, text, major) => {
    expect(people(text, language)).toEqual([[major, 'major']]);
  });
});

describe('Function: extractFigures topics (col44a classes)', () => {
  it.each<[string, string, string, string]>([
    [
      'es',
      'La policía inició el procedimiento legal sobre los atentados que costaron la vida a dos dirigentes locales.',
      'dos dirigentes',
      'crime',
    ],
    [
      'pt',
      'A polícia abriu o procedimento legal sobre o atentado que matou dois dirigentes.',
      'dois dirigentes',
      'crime',
    ],
    ['it', "Due agenti della polizia stradale sono morti nell'attentato.", 'Due agenti', 'crime'],
  ])('%s: %s → %s %s', (language, text, figure, topic) => {
    // Act
    const found = extractFigures(documentOf(text, language), []).find((f) => f.text === figure);

    // Assess
    expect(found?.topic).toBe(topic);
  });
});
