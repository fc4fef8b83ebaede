/**
 * Session 48, topic of figures on sentences written for this test (figures/topic.ts, figures/subject.ts and the
 * topic cues of the figures lexicons):
 * - a word list read at an offset inside a run of letters (WordSet.startOf with `from`), as subject.ts seeks a
 *   mishap's fate at every letter of a clause written without spaces: the same answer as on the copied rest;
 * - tips the public gave the police (vi "nguồn tin", "tin báo", "tin tố giác") are counted things and police work:
 *   crime, the topic the gold gives them in a movement's review, whatever arms or awards the review counts beside
 *   them (lexicon vi units.other and topics.crime).
 */
import { describe, expect, it } from 'vitest';
import { WordSet } from '../../lambdas/extract/figures/lexicon.js';
import { checkTopics as check, type TopicCase as Case } from '../support/topic-case.js';

describe('WordSet: startOf at an offset', () => {
  // Prepare
  const fates = new WordSet(['死亡', '受伤', '失踪者']);
  const run = '车辆翻覆造成3人死亡5人受伤';

  it.each([...run].map((_, at) => at))('at %i reads as on the rest of the run', (at) => {
    // Act
    const got = fates.startOf(run, at);

    // Assess
    expect(got).toBe(fates.startOf(run.slice(at)));
  });

  it('finds the longest entry at the offset, and none past the end', () => {
    // Act, assess
    expect(fates.startOf('三名失踪者', 2)).toBe(3);
    expect(fates.startOf('三名失踪', 2)).toBe(0);
    expect(fates.startOf('死亡', 2)).toBe(0);
  });
});

describe('Topic: tips from the public counted in a review are police work (crime)', () => {
  it.each<Case>([
    [
      'vi',
      'Tổng kết phong trào\nNăm qua, nhân dân đã cung cấp 1.250 nguồn tin cho công an và tự nguyện giao nộp 40 khẩu súng, 300 viên đạn.',
      [
        [1250, 'crime'],
        [40, 'weapons'],
        [300, 'weapons'],
      ],
    ],
    [
      'vi',
      'Hội nghị tổng kết\nCông an huyện đã tiếp nhận 85 tin báo của quần chúng; 12 tập thể được tặng bằng khen.',
      [
        [85, 'crime'],
        [12, 'awards'],
      ],
    ],
  ])('%s: %s', (...c) => check(c));
});
