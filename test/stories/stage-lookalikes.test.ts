/**
 * Later-stage look-alikes (session 51): a later report of the same case (its prosecution, indictment, trial or
 * verdict, days on) recalls the event's figures, district and officer, so only its stage tells it from the
 * event. Measured with the generated corpora's later-stage look-alikes (test/support/story-corpus.ts, since
 * session 51) and here on invented evidence; and whether the stage gate can part such reports in every
 * language that has stage cues (lexicons/<lang>/stages.json).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findStage } from '../../lambdas/extract/stage/index.js';
import { STAGES, type Stage } from '../../lambdas/shared/vocabulary.js';
import { DEFAULT_PARAMS, similarity, stagesDiffer, STORY_THRESHOLD } from '../../lambdas/stories/index.js';
import { generateStoryCorpus, LATER_STAGES } from '../support/story-corpus.js';
import { engineEvidence, evidenceOf } from '../support/story-eval.js';

/** An invented drug ring broken up in a district of Quảng Trị: five figures, one officer, one district. */
const common = {
  localities: ['quang-tri/huong-hoa'],
  people: ['tran van hai'],
  figures: [
    { value: 7, unit: 'person' as const, count: 1 },
    { value: 36.5, unit: 'kg' as const, count: 1 },
    { value: 8500, unit: 'other' as const, count: 1 },
    { value: 420_000_000, unit: 'vnd' as const, count: 1 },
    { value: 3, unit: 'vehicle' as const, count: 1 },
  ],
  leadAmount: { value: 36.5, unit: 'kg' as const },
};

describe('A later report that recalls everything the event report gave', () => {
  const event = evidenceOf({ id: 'event', stage: 'event', ...common });
  const trial = evidenceOf({ id: 'trial', stage: 'trial', published: '2024-06-19', ...common });

  it('is another story, though before the stage factor it scores as a copy would', () => {
    expect(similarity(event, trial, { ...DEFAULT_PARAMS, stageConflict: 1 })).toBeGreaterThan(0.8);
    expect(similarity(event, trial)).toBeLessThan(STORY_THRESHOLD);
  });

  it('the factor of sessions 8-50 (0.5) let such a pair through', () => {
    expect(similarity(event, trial, { ...DEFAULT_PARAMS, stageConflict: 0.5 })).toBeGreaterThanOrEqual(
      STORY_THRESHOLD,
    );
  });

  it('two reports of the trial still join', () => {
    const again = evidenceOf({ id: 'trial-2', stage: 'trial', published: '2024-06-19', ...common });
    expect(similarity(trial, again)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
  });
});

describe('The generated later-stage look-alikes, through the engine', () => {
  const copies = generateStoryCorpus({ seed: 51, stories: 16 }).filter((c) => c.story.endsWith('s'));

  it('read as a later stage of the case in every corpus language they are written in', () => {
    expect(copies.length).toBeGreaterThan(4);
    for (const c of copies) {
      const e = engineEvidence(c.id, new TextEncoder().encode(c.text), c.published ?? null, c.uploadedAt);
      expect(LATER_STAGES as readonly (Stage | null)[]).toContain(e.stage);
    }
  });
});

describe('Every language with stage cues can part a later stage from the event', () => {
  const root = 'lambdas/extract/lexicons';
  const languages = readdirSync(root).filter((l) => existsSync(join(root, l, 'stages.json')));
  // Every stage but the event itself, from the one list the schema holds.
  const LATER = STAGES.filter((s) => s !== 'event');

  it('each stage a language lists is read from one of its cues standing as a title, and parted', () => {
    const missing: string[] = [];
    for (const language of languages) {
      const lexicon = JSON.parse(readFileSync(join(root, language, 'stages.json'), 'utf8')) as Record<
        string,
        string[] | undefined
      >;
      for (const stage of LATER) {
        const cues = lexicon[stage] ?? [];
        if (cues.length === 0) {
          missing.push(`${language}:${stage}`);
          continue;
        }
        // A cue as a title: '*' (a word's start) dropped, ' … ' (words in between) given one word.
        const read = cues.map((cue) =>
          findStage({
            language,
            title: cue.replace(/\*/g, '').replace(/ … /g, ' x '),
            sections: [{ paragraphs: ['.'] }],
          }),
        );
        expect(read, `${language} ${stage}`).toContain(stage);
        const later = evidenceOf({ id: 'later', stage, published: '2024-06-17', language, ...common });
        const event = evidenceOf({ id: 'event', stage: 'event', language, ...common });
        expect(stagesDiffer(event, later), `${language} ${stage}`).toBe(true);
      }
    }
    // The stages a language has no cues for cannot part (session 51's reading: 20, the prosecution and the
    // indictment mostly, in ar bn el fa he hi ms ta te th tl ur): a finding for the lexicons, not pinned here.
    console.log(`stage lists missing (${missing.length}): ${missing.join(' ')}`);
  });
});
