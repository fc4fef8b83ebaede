/**
 * Session 25, people: Albanian gets a people file of its own. Albanian writes a rank or an office in its
 * definite form before a name ("Koloneli", "Kryeministri") and joins an office to the body it heads with
 * the linking articles ("Shefi i policisë"); before, only the bare ranks another lexicon happened to share
 * were read. A suspect, a driver or a person given an age stays out. Sentences written for the purpose.
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

describe('Function: findPeople (Albanian)', () => {
  it.each([
    ['Kryeministri Pham Minh Chinh vizitoi zonat e përmbytura.', 'Pham Minh Chinh', null],
    ['Zëvendëskryeministri Tran Hong Ha kërkoi masa të shpejta.', 'Tran Hong Ha', null],
    ['Shefi i policisë provinciale Do Quoc Bao tha se kërkimet vazhdojnë.', 'Do Quoc Bao', null],
    ['Nënkoloneli Le Van Thanh tha se kërkimet vazhdojnë.', 'Le Van Thanh', 'lieutenant-colonel'],
    ['Sipas Le Van Thanh, drejtorit të policisë, kërkimet vazhdojnë.', 'Le Van Thanh', null],
  ])('sq: %s', (text, name, rank) => {
    expect(officials(text, 'sq')).toEqual([[name, rank]]);
  });

  it.each([
    'I dyshuari Le Van Thanh u arrestua dje.',
    'Shoferi Le Van Thanh, 34 vjeç, vdiq në vend.',
    'Viktima Le Van Thanh u gjet pranë lumit.',
  ])('sq: no official in %s', (text) => {
    expect(officials(text, 'sq')).toEqual([]);
  });
});
