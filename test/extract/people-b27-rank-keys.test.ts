/**
 * The rank ending the text before a name (people/rank-before.ts) is looked for only among the forms whose
 * literal ending shares the text's last two code units (people/lexicon.ts ranksByLastUnits), the forms of one
 * unit and the declined ones: the same rank as trying every form. Texts written for the project.
 */
import { describe, expect, it } from 'vitest';
import { peopleDataFor } from '../../lambdas/extract/people/language.js';
import { rankAtEnd } from '../../lambdas/extract/people/rank-before.js';

type Case = [language: string, head: string, rank: string | null];

const rankOf = (language: string, head: string): string | null =>
  rankAtEnd(head, peopleDataFor(language).lex)?.rank ?? null;

describe('the rank before a name, by the last units of the text', () => {
  it.each<Case>([
    ['fr', 'la cérémonie a été présidée par le lieutenant-colonel ', 'lieutenant-colonel'],
    ['fr', 'la cérémonie a été présidée par le colonel ', 'colonel'],
    ['fr', 'selon le secrétaire général ', null],
    ['fr', 'la cérémonie a été présidée par le maire ', null],
    ['fr', 'e', null],
    ['fr', '', null],
    ['pl', 'uroczystość prowadził generał dywizji ', 'major-general'],
    ['pl', 'odznaczenie wręczono pułkownikowi ', 'colonel'],
    ['pl', 'rozmawialiśmy z gen. ', 'general'],
    ['pl', 'rozmawialiśmy z burmistrzem ', null],
    ['en', 'the parade was led by Lieutenant Colonel ', 'lieutenant-colonel'],
    ['en', 'the parade was led by the mayor ', null],
  ])('%s: "%s"', (language, head, rank) => {
    expect(rankOf(language, head.toLowerCase())).toBe(rank);
  });
});
