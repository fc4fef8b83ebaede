/**
 * A person's given name that is also a place's (session 26, given-name.ts) is the person when written bare
 * later, but a preposition of place before it ("in Hue", "à Hue", "tại Huế", "di Hue") makes it the place
 * again; a possessive after it ("in Hue's village") keeps it the person. Short reports written for this rule.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { documentOf } from '../support/document.js';

function provincesOf(body: string, language: string): string[] {
  return findPlaces(documentOf(body, language)).provinces.map((p) => p.slug);
}

describe('Places: a given name after a preposition of place is the place', () => {
  it.each([
    ['en', 'Police in Da Nang arrested Le Thi Hue on Monday. Hue had earlier sold fruit at a market in Hue.'],
    [
      'fr',
      'La police de Da Nang a arrêté Le Thi Hue lundi. Hue avait vendu des fruits pendant dix ans à Hue.',
    ],
    ['vi', 'Công an Đà Nẵng đã bắt giữ Lê Thị Huế. Trước đó Huế từng bán trái cây nhiều năm tại Huế.'],
    ['id', 'Polisi Da Nang menangkap Le Thi Hue pada hari Senin. Hue sebelumnya berjualan buah di Hue.'],
  ])('%s: %s', (language, body) => {
    expect(provincesOf(body, language)).toEqual(expect.arrayContaining(['da-nang', 'hue']));
  });

  it.each([
    ['en', 'Police in Da Nang arrested Le Thi Hue on Monday. Hue had earlier sold fruit at a market.'],
    ['en', 'Police in Da Nang arrested Le Thi Hue on Monday. Officers searched a shed in Hue’s garden.'],
    ['vi', 'Công an Đà Nẵng đã bắt giữ Lê Thị Huế. Trước đó Huế từng bán trái cây nhiều năm.'],
  ])('without one, or with a possessive, the name stays the person: %s: %s', (language, body) => {
    expect(provincesOf(body, language)).toEqual(['da-nang']);
  });
});
