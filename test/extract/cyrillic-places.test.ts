/**
 * Vietnamese provinces and big cities written in Cyrillic as Russian, Ukrainian and Bulgarian outlets write them
 * (spec/places/cyrillic.json): each spelling is read as its province after the type word ("провинции X") and
 * bare in a headline ("X усиливает …"), whatever transcription the outlet used; and sentences that name no
 * province (common words, Vietnamese people's names that sound like provinces) read none; and a district after its
 * type word in a loose transcription is that district, not a city whose curated name is its first word.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import { PRIMARY } from '../support/primary-choice.js';

const Language = z.enum(['ru', 'uk', 'bg']);
const Spellings = z.record(z.string(), z.partialRecord(Language, z.array(z.string().min(2))));
const SpecSchema = z.object({
  about: z.string(),
  provinces: Spellings,
  cities: Spellings,
  declined: z.array(z.tuple([Language, z.string(), z.string()])),
  none: z.array(z.tuple([Language, z.string()])),
  localities: z.array(z.tuple([Language, z.string(), z.string(), z.string()])),
});

const spec = SpecSchema.parse(
  JSON.parse(readFileSync(new URL('./spec/places/cyrillic.json', import.meta.url), 'utf8')),
);

type Language = z.infer<typeof Language>;

/** Centrally-run cities: the press writes "city of X", never "province of X". */
const CITIES = new Set(['ha-noi', 'ho-chi-minh', 'hai-phong', 'da-nang', 'can-tho', 'hue']);

const TYPED: Record<Language, { province: string; city: string }> = {
  ru: {
    province: 'Полиция провинции {} задержала двух подозреваемых в краже.',
    city: 'Полиция города {} задержала двух подозреваемых в краже.',
  },
  uk: {
    province: 'Поліція провінції {} затримала двох підозрюваних у крадіжці.',
    city: 'Поліція міста {} затримала двох підозрюваних у крадіжці.',
  },
  bg: {
    province: 'Полицията в провинция {} задържа двама заподозрени за кражба.',
    city: 'Полицията в град {} задържа двама заподозрени за кражба.',
  },
};

const HEADLINE: Record<Language, string> = {
  ru: '{} усиливает борьбу с контрабандой наркотиков',
  uk: '{} посилює боротьбу з контрабандою наркотиків',
  bg: '{} засилва борбата с контрабандата на наркотици',
};

type Case = [language: Language, text: string, slug: string];

function cases(list: z.infer<typeof Spellings>, city: (slug: string) => boolean): Case[] {
  const out: Case[] = [];
  for (const [slug, byLanguage] of Object.entries(list)) {
    for (const language of Language.options) {
      for (const name of byLanguage[language] ?? []) {
        const typed = TYPED[language][city(slug) ? 'city' : 'province'];
        out.push([language, typed.replace('{}', name), slug]);
        out.push([language, HEADLINE[language].replace('{}', name), slug]);
      }
    }
  }
  return out;
}

function placesOf(body: string, language: Language): ReturnType<typeof findPlaces> {
  return findPlaces({ body, folded: fold(body), sentences: splitSentences(body), language }, [], PRIMARY);
}

function provincesOf(body: string, language: Language): { primary: string | null; all: string[] } {
  const found = placesOf(body, language);
  return {
    primary: found.primaryProvince?.slug ?? null,
    all: found.provinces.map((p) => p.slug),
  };
}

describe('Function: findPlaces (Vietnamese names in Cyrillic, any transcription)', () => {
  it.each<Case>([
    ...cases(spec.provinces, (slug) => CITIES.has(slug)),
    ...cases(spec.cities, () => true),
    ...spec.declined,
  ])('%s: "%s" is about %s', (language, text, slug) => {
    // Act
    const got = provincesOf(text, language);

    // Assess
    expect(got).toEqual({ primary: slug, all: [slug] });
  });

  it.each(spec.none)('%s: "%s" names no province', (language, text) => {
    // Act
    const got = provincesOf(text, language);

    // Assess
    expect(got.all).toEqual([]);
  });

  it.each(spec.localities)('%s: "%s" names %s of %s', (language, text, place, province) => {
    // Act
    const found = placesOf(text, language);

    // Assess
    expect(found.mentions.map((m) => `${m.placeSlug}@${m.provinceSlug}`)).toContain(`${place}@${province}`);
    expect(found.primaryProvince?.slug).toBe(province);
  });
});
