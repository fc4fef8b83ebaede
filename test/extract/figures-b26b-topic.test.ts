/**
 * Topic classes of session 26 (b26p), on sentences written for the project (never an article's text):
 * - Arabic accident words ("حادث", accident) and the bus ("حافلة") are road cues: the dead and injured of a
 *   bus crash are traffic's, not crime's, as the other languages' accident lists already make them;
 * - money given as a reward or bonus ("報奨金", "مكافأة") is an award, even in a drug case's story;
 * - a Vietnamese police check is written "kiểm tra hành chính" (an administrative check): a procedure of the
 *   police, not the administration topic.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, figure: string, topic: string];

function topicOf(language: string, text: string, figure: string): string | undefined {
  return extractFigures(documentOf(text, language), []).find((f) => f.text === figure)?.topic;
}

const BUS_CRASH = 'لقي سبعة أشخاص حتفهم وأصيب 12 آخرون في حادث انقلاب حافلة على طريق سريع.';

const CASES: Case[] = [
  ['ar', BUS_CRASH, 'سبعة أشخاص', 'traffic'],
  ['ar', BUS_CRASH, '12 آخرون', 'traffic'],
  ['ar', 'مصرع 6 أشخاص في حادث على الطريق الساحلي.', '6 أشخاص', 'traffic'],
  [
    'ja',
    '警察はヘロイン5キロを押収した。\n\n省は摘発に貢献した部隊に2,000万ドンの報奨金を贈った。',
    '2,000万ドン',
    'awards',
  ],
  [
    'ar',
    'وقررت الوزارة منح مكافأة قدرها 20 مليون دونغ للوحدة التي ضبطت المخدرات.',
    '20 مليون دونغ',
    'awards',
  ],
  ['vi', 'Công an kiểm tra hành chính một căn nhà, thu giữ 2 khẩu súng tự chế.', '2 khẩu súng', 'weapons'],
];

describe('session 26 (b26p): accident, reward and police-check cues', () => {
  it.each(CASES)('%s: %s → %s %s', (language, text, figure, topic) => {
    expect(topicOf(language, text, figure)).toBe(topic);
  });
});
