/**
 * Session 41's people classes, sentences written for the purpose: Russian and Ukrainian harm words (an officer
 * wounded, killed or taken to hospital is a victim the story tells of, not an official it lists), also where
 * the name stands declined.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function people(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName }).map((p) => [
    p.name,
    p.rank,
  ]);
}

describe('Function: findPeople (Russian and Ukrainian harm words)', () => {
  it.each<[string, string]>([
    ['ru', 'Капитан Ле Ван Тхань был ранен и госпитализирован.'],
    ['ru', 'Майор Ле Ван Тхань погиб на месте.'],
    ['ru', 'Майора Ле Ван Тханя госпитализировали.'],
    ['uk', 'Капітан Ле Ван Тхань загинув.'],
    ['uk', 'Майор Ле Ван Тхань зазнав поранень.'],
    ['uk', 'Майора Ле Ван Тханя госпіталізували.'],
  ])('%s: %s lists no one', (language, text) => {
    expect(people(text, language)).toEqual([]);
  });

  it.each<[string, string]>([
    // The officer speaks or acts: harm told of others in the sentence leaves the official listed.
    ['ru', 'Полковник Ле Ван Тхань заявил, что двое полицейских были ранены.'],
    ['ru', 'Полковник Ле Ван Тхань выразил соболезнования семьям погибших.'],
    ['uk', 'Полковник Ле Ван Тхань повідомив, що двоє поліцейських були поранені.'],
  ])('%s: %s keeps the colonel', (language, text) => {
    expect(people(text, language)).toEqual([['Ле Ван Тхань', 'colonel']]);
  });
});
