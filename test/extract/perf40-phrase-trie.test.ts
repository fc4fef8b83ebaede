/**
 * The places phrase tables are walked as word tries (places/word-trie.ts) from the word next to a name, where
 * every length up to the table's longest phrase was built as a string and looked up. The walk must find what
 * the lookups found: the longest phrase, only while the words are glued (no punctuation between them), and a
 * phrase's first value. Invented sentences; the expected readings are the ones the string lookups gave.
 */
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../lambdas/extract/places/gazetteer.js';
import { placesLexiconFor } from '../../lambdas/extract/places/lexicon.js';
import { findCandidates } from '../../lambdas/extract/places/match.js';
import { tokenize } from '../../lambdas/extract/places/tokens.js';
import { wordTrie } from '../../lambdas/extract/places/word-trie.js';
import { fold } from '../../lambdas/extract/text/fold.js';

describe('wordTrie', () => {
  it('holds each phrase at the end of its words, the first value given a phrase staying', () => {
    const trie = wordTrie<string>([
      [['province', 'de'], 'province'],
      [['de'], 'preposition'],
      [['province', 'de'], 'later'],
    ]);
    expect(trie.next.get('de')?.value).toBe('preposition');
    expect(trie.next.get('province')?.value).toBeUndefined();
    expect(trie.next.get('province')?.next.get('de')?.value).toBe('province');
    expect(trie.next.get('ville')).toBeUndefined();
  });
});

function read(language: string, body: string): Record<string, unknown>[] {
  const candidates = findCandidates(
    tokenize(fold(body), body),
    gazetteer(),
    placesLexiconFor(language),
    body,
  );
  return candidates.map((c) => ({
    text: body.slice(c.start, c.end),
    category: c.category,
    subject: c.subject,
    residence: c.residence,
    reference: c.reference,
  }));
}

describe('type words, subjects and residences around a name, read through the tries', () => {
  it('reads the longest type phrase before a name, and a reference phrase before a city', () => {
    expect(
      read(
        'fr',
        'Les gendarmes de la province de Quang Ninh ont retrouvé un bateau près de la ville de Ha Long.',
      ),
    ).toEqual([
      { text: 'Quang Ninh', category: 'province', subject: false, residence: false, reference: false },
      { text: 'Ha Long', category: 'city', subject: false, residence: false, reference: true },
    ]);
  });

  it('reads no phrase across a full stop, and a lower-case name after its type word', () => {
    expect(
      read(
        'fr',
        'Un camion venu de la province. Quang Ninh a fermé la route vers la province de son la hier.',
      ),
    ).toEqual([
      { text: 'Quang Ninh', category: null, subject: false, residence: false, reference: false },
      { text: 'son la', category: 'province', subject: false, residence: false, reference: false },
    ]);
  });

  it('reads a subject before a typed name and a type word after a name', () => {
    expect(
      read(
        'en',
        'Police in the northern province of Lao Cai said two people from Yen Bai province were hurt.',
      ),
    ).toEqual([
      { text: 'Lao Cai', category: 'province', subject: true, residence: false, reference: false },
      { text: 'Yen Bai', category: 'province', subject: false, residence: true, reference: false },
    ]);
  });
});
