/**
 * Vietnamese provinces and big cities written in Hangul as Korean outlets write them (spec/places/hangul.json):
 * each spelling is read as its province after the type word ("X성 공안", "X시 경찰") and bare in a headline, whatever
 * transcription the outlet used (tense, aspirated or plain consonants; 어/아, 으/우 vowels); and sentences that
 * name no Vietnamese place read none.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import { PRIMARY } from '../support/primary-choice.js';

const SpecSchema = z.object({
  about: z.string(),
  provinces: z.record(z.string(), z.array(z.string().min(2))),
  bare: z.record(z.string(), z.array(z.string().min(2))),
  unread: z.record(z.string(), z.array(z.string().min(2))),
  none: z.array(z.string()),
});

const spec = SpecSchema.parse(
  JSON.parse(readFileSync(new URL('./spec/places/hangul.json', import.meta.url), 'utf8')),
);

/** Centrally-run cities: the press writes 시 (city), never 성 (province). */
const CITIES = new Set(['ha-noi', 'ho-chi-minh', 'hai-phong', 'da-nang', 'can-tho', 'hue']);

const TYPED = {
  province: '{}성 공안은 마약 사범 두 명을 체포했다.',
  city: '{}시 경찰은 절도 용의자 두 명을 체포했다.',
};
const SPACED = {
  province: '{} 성 공안은 마약 사범 두 명을 체포했다.',
  city: '{} 시 경찰은 절도 용의자 두 명을 체포했다.',
};
const HEADLINE = '{}, 마약 밀매 단속 강화';

type Case = [text: string, slug: string];

/** Each spelling after its type word, attached ("빈뚜안성") and after a space ("빈뚜안 성"). */
function typed(list: Record<string, string[]>): Case[] {
  const out: Case[] = [];
  for (const [slug, names] of Object.entries(list)) {
    const type = CITIES.has(slug) ? 'city' : 'province';
    for (const name of names) {
      out.push([TYPED[type].replace('{}', name), slug]);
      out.push([SPACED[type].replace('{}', name), slug]);
    }
  }
  return out;
}

/** Each spelling bare in a headline. */
function bare(list: Record<string, string[]>): Case[] {
  return Object.entries(list).flatMap(([slug, names]) =>
    names.map((name): Case => [HEADLINE.replace('{}', name), slug]),
  );
}

function provincesOf(body: string): { primary: string | null; all: string[] } {
  const found = findPlaces(
    { body, folded: fold(body), sentences: splitSentences(body), language: 'ko' },
    [],
    PRIMARY,
  );
  return { primary: found.primaryProvince?.slug ?? null, all: found.provinces.map((p) => p.slug) };
}

describe('Function: findPlaces (Vietnamese names in Hangul, any transcription)', () => {
  it.each<Case>(typed(spec.provinces))('"%s" is about %s', (text, slug) => {
    // Act
    const got = provincesOf(text);

    // Assess
    expect(got).toEqual({ primary: slug, all: [slug] });
  });

  it.each<Case>(bare(spec.bare))('"%s" is about %s', (text, slug) => {
    // Act
    const got = provincesOf(text);

    // Assess
    expect(got).toEqual({ primary: slug, all: [slug] });
  });

  // Bare names are read only from the curated spellings and long loose ones: a short loose one may be missed, never read as another province.
  it.each<Case>([...bare(spec.provinces), ...typed(spec.unread), ...bare(spec.unread)])(
    '"%s" names no province but %s',
    (text, slug) => {
      // Act
      const got = provincesOf(text);

      // Assess
      expect(got.all.filter((p) => p !== slug)).toEqual([]);
    },
  );

  it.each(spec.none)('"%s" names no province', (text) => {
    // Act
    const got = provincesOf(text);

    // Assess
    expect(got.all).toEqual([]);
  });
});
