/**
 * The fitted model of the primary province (places/primary-model.ts) and the features it reads
 * (places/primary-features.ts), on short reports invented for these tests. The hand rules stay the engine's
 * default; the model is chosen with findPlaces(doc, [], 'model').
 */
import { describe, expect, it } from 'vitest';
import modelData from '../../lambdas/extract/data/primary-model.json' with { type: 'json' };
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { gazetteer } from '../../lambdas/extract/places/gazetteer.js';
import {
  CANDIDATE_FEATURES,
  NONE_FEATURES,
  type PrimaryEvidence,
} from '../../lambdas/extract/places/primary-features.js';
import { modelPrimary, primaryModel } from '../../lambdas/extract/places/primary-model.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';

function read(body: string, language: string) {
  const doc = { body, folded: fold(body), sentences: splitSentences(body), language };
  return findPlaces(doc, [], 'model');
}

/** The features of the candidate province `slug`, by name. */
function featuresOf(evidence: PrimaryEvidence | undefined, slug: string): Record<string, number> {
  const index = gazetteer().bySlug.get(slug)?.index;
  const row = evidence?.candidates.find((c) => c.province === index);
  if (!row) throw new Error(`${slug} is not a candidate`);
  return Object.fromEntries(CANDIDATE_FEATURES.map((k, j) => [k, row.x[j]!]));
}

describe('Data: primary-model.json', () => {
  it('weighs exactly the features primary-features.ts computes', () => {
    // Assess
    expect(Object.keys(modelData.candidate)).toEqual([...CANDIDATE_FEATURES]);
    expect(Object.keys(modelData.none)).toEqual([...NONE_FEATURES]);
    expect(modelData.crossValidated.folds).toBe(10);
  });
});

describe('Function: modelPrimary', () => {
  it('gives no province when the article names none', () => {
    // Act
    const primary = modelPrimary({ candidates: [], none: NONE_FEATURES.map(() => 0) });

    // Assess
    expect(primary).toBeNull();
  });

  it('takes the option of highest utility, "none" included', () => {
    // Arrange: one feature, one none feature, weights chosen by hand.
    const m = { candidate: [2], none: [1] };
    const evidence = (a: number, b: number) => ({
      candidates: [
        { province: 4, x: [a] },
        { province: 9, x: [b] },
      ],
      none: [1],
    });

    // Act / Assess
    expect(modelPrimary(evidence(1, 0), m)).toBe(4);
    expect(modelPrimary(evidence(0.2, 1), m)).toBe(9);
    expect(modelPrimary(evidence(0.2, 0.3), m)).toBeNull();
  });
});

describe('Features: what summarize knew of each province named', () => {
  it('reads the force, the title, the home and the route of a report apart', () => {
    // Act
    const { evidence, primaryProvince } = read(
      'Quang Ninh police seize smuggled cigarettes\n\nThe Quang Ninh Provincial Police said on Monday they had seized 4,000 packs of cigarettes at a warehouse in Mong Cai. The owner, who lives in Hai Phong, had brought them from Lang Son.',
      'en',
    );

    // Assess
    const quangNinh = featuresOf(evidence, 'quang-ninh');
    expect(quangNinh.title).toBe(1);
    expect(quangNinh.subject).toBeGreaterThan(0);
    expect(quangNinh.leadSubject).toBe(1);
    expect(featuresOf(evidence, 'hai-phong').residence).toBeGreaterThan(0);
    expect(featuresOf(evidence, 'lang-son').movement).toBeGreaterThan(0);
    expect(primaryProvince?.slug).toBe('quang-ninh');
  });

  it("marks the capital's wire dateline apart from the province the text names", () => {
    // Act
    const { evidence, primaryProvince } = read(
      'Hanoi (VNA) – Police in the central province of Ha Tinh have arrested two men who stole copper cable from a power station, the provincial police said on Tuesday.',
      'en',
    );

    // Assess
    expect(featuresOf(evidence, 'ha-noi').datelineCapital).toBe(1);
    expect(featuresOf(evidence, 'ha-tinh').datelineCapital).toBe(0);
    expect(primaryProvince?.slug).toBe('ha-tinh');
  });

  it('marks the one province whose force acts, and a province named only in the wire dateline', () => {
    // Act
    const { evidence } = read(
      'Hanoi (VNA) – Border guards of Lang Son seized 300 kg of fireworks on a truck that came from Bac Giang. The driver lives in Bac Giang.',
      'en',
    );

    // Assess
    expect(featuresOf(evidence, 'lang-son').soleSubject).toBe(1);
    expect(featuresOf(evidence, 'bac-giang').soleSubject).toBe(0);
    expect(featuresOf(evidence, 'ha-noi').datelineOnly).toBe(1);
    expect(featuresOf(evidence, 'lang-son').datelineOnly).toBe(0);
  });

  it('keeps a regional dateline apart from a wire dateline of the capital', () => {
    // Act
    const { evidence } = read(
      'QUANG TRI (VNA) – The provincial police seized 5 kg of heroin from a man who had brought it from Ha Tinh.',
      'en',
    );

    // Assess
    expect(featuresOf(evidence, 'quang-tri').datelineRegional).toBe(1);
    expect(featuresOf(evidence, 'quang-tri').datelineOnly).toBe(0);
  });

  it('gives the none option the spread of the mentions', () => {
    // Act
    const { evidence } = read(
      'Traffic deaths fall\n\nRoad deaths fell last month in Hanoi, Da Nang, Can Tho, Hai Phong and Nghe An, the national traffic safety committee said.',
      'en',
    );

    // Assess
    const none = Object.fromEntries(NONE_FEATURES.map((k, j) => [k, evidence!.none[j]!]));
    expect(evidence?.candidates).toHaveLength(5);
    expect(none.noneBias).toBe(1);
    expect(none.noneTopShare).toBeCloseTo(0.2);
    // Five provinces named once each: none leads.
    expect(none.noneTie).toBe(1);
    expect(primaryModel().none).toHaveLength(NONE_FEATURES.length);
  });
});

describe("Choice: 'ranked' (the hand rules say whether, the model which)", () => {
  const roundup =
    'Traffic deaths fall\n\nRoad deaths fell last month in Hanoi, Da Nang, Can Tho, Hai Phong and Nghe An, the national traffic safety committee said.';
  const report =
    'Hanoi (VNA) – Police in the central province of Ha Tinh have arrested two men who stole copper cable from a power station, the provincial police said on Tuesday.';
  const place = (body: string, how: 'hand' | 'ranked') =>
    findPlaces({ body, folded: fold(body), sentences: splitSentences(body), language: 'en' }, [], how)
      .primaryProvince?.slug ?? null;

  it('gives no province where the hand rules give none (a round-up)', () => {
    // Act / Assess
    expect(place(roundup, 'hand')).toBeNull();
    expect(place(roundup, 'ranked')).toBeNull();
  });

  it("takes the model's province where the hand rules give one", () => {
    // Act / Assess
    expect(place(report, 'hand')).toBe('ha-tinh');
    expect(place(report, 'ranked')).toBe('ha-tinh');
  });
});
