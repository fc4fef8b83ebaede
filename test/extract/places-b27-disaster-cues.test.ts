/**
 * Whether a text tells of a disaster (places/struck.ts): its searches find a cue's literal head first and read
 * the whole cue only there. A cue written "*hochwasser*" counts inside any word whose letters before it start
 * a word; a cue without "*" must start a word and, without a trailing "*", end one; in a script written
 * without spaces a cue counts anywhere. Sentences written for the project.
 */
import { describe, expect, it } from 'vitest';
import { tellsOfDisaster } from '../../lambdas/extract/places/struck.js';
import { fold } from '../../lambdas/extract/text/fold.js';

type Case = [language: string, text: string, disaster: boolean];

const tells = (language: string, text: string): boolean => tellsOfDisaster(fold(text), language);

describe('a cue that may stand inside a word', () => {
  it.each<Case>([
    ['de', 'Nach dem Frühjahrshochwasser räumten die Nachbarn gemeinsam die Keller aus.', true],
    ['de', 'Die Gemeinde baut eine neue Hochwasserschutzmauer am Ufer.', true],
    ['de', 'Am 12.Erdbebenabend sprach die Forscherin über alte Messgeräte.', true],
    ['de', 'Der Gemeinderat tagte am Montag über den neuen Spielplatz.', false],
    ['nl', 'De zomeroverstroming trof vooral de lage polders ten zuiden van de stad.', true],
    ['nl', 'Vrijwilligers brachten de noodhulpgoederen naar het dorpshuis.', true],
    ['nl', 'De burgemeester opende zaterdag de nieuwe markt op het plein.', false],
  ])('%s: %s', (language, text, disaster) => {
    expect(tells(language, text)).toBe(disaster);
  });
});

describe('a cue that starts a word', () => {
  it.each<Case>([
    ['de', 'Der Sturm zog in der Nacht über die Küste.', true],
    ['de', 'Er vergaß seine Sturmhaube im Auto.', false],
    ['nl', 'Door de storm bleven de veerboten in de haven.', true],
    ['nl', 'Het restaurant serveert een goede aardappelstormpot.', false],
    ['cs', 'Po povodni zůstaly ve vsi zničené mosty.', true],
    ['cs', 'Nejvyšší soud projednal odvolání obžalovaného.', false],
  ])('%s: %s', (language, text, disaster) => {
    expect(tells(language, text)).toBe(disaster);
  });
});

describe('a cue in a script without spaces', () => {
  it.each<Case>([
    ['ja', '週末の台風で港の倉庫が壊れた。', true],
    ['ja', '新しい図書館が駅前に開館した。', false],
  ])('%s: %s', (language, text, disaster) => {
    expect(tells(language, text)).toBe(disaster);
  });
});
