/**
 * Session 28 (b28t), topics: a road crash whose vehicles caught fire is a traffic story, not a fire's. The
 * accident words of an article weigh for the event its other cues lead with (a fire, a disaster), as when a
 * house fire is called "the accident"; but an event they outweigh, and that the lead names only after the
 * crash, is what the crash led to: vehicles that collided and burned are told with more crash words than
 * fire words, the crash first. A fire named first stays a fire, however often it is called an accident.
 * Sentences written for the project (never an article's text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

function topics(language: string, text: string): string[] {
  return extractFigures(documentOf(text, language), []).map((f) => f.topic);
}

const CRASHES: Array<[language: string, text: string]> = [
  [
    'en',
    'Bus crash on the highway\n\nA sleeper bus collided with a truck on the highway at dawn and both vehicles caught fire. The collision killed 9 people and injured 20. Police are investigating the cause of the accident.',
  ],
  [
    'ja',
    '国道でバスとトラックが衝突し、炎上した。この事故で9人が死亡、20人が負傷した。警察は事故の原因を調べている。',
  ],
  [
    'vi',
    'Xe khách va chạm với xe tải trên quốc lộ rồi bốc cháy\n\nVụ va chạm khiến 9 người tử vong, 20 người bị thương. Công an đang điều tra nguyên nhân vụ tai nạn.',
  ],
  [
    'id',
    'Bus bertabrakan dengan truk lalu terbakar\n\nTabrakan itu menewaskan 9 orang dan 20 orang luka-luka. Polisi menyelidiki penyebab kecelakaan itu.',
  ],
  [
    'es',
    'Un autobús chocó con un camión y se incendió\n\nLa colisión dejó 9 muertos y 20 heridos. La policía investiga las causas del accidente.',
  ],
];

const FIRES: Array<[language: string, text: string]> = [
  [
    'en',
    'House fire kills family\n\nA fire broke out in a three-storey house at night. The blaze killed 4 people before firefighters put out the flames. Police said the accident was caused by a short circuit.',
  ],
  [
    'ja',
    '住宅で火災が発生し、4人が死亡した。消防が消火にあたった。警察は火事の原因を調べている。事故の原因は漏電とみられる。',
  ],
  [
    'vi',
    'Cháy nhà trong đêm, 4 người tử vong\n\nVụ cháy xảy ra lúc rạng sáng, ngọn lửa bốc cao. Lực lượng chữa cháy đã dập lửa. Nguyên nhân vụ tai nạn đang được điều tra.',
  ],
  // More accident words than fire words in the whole, but none in the title: the fire is the story.
  [
    'en',
    'Deadly night in the old quarter\n\n6 people died when fires spread through two houses. Police called it a tragic accident and said the cause of the accident is unknown.',
  ],
  // One paragraph, the fire named before two accident words.
  [
    'de',
    'In einer Lagerhalle brach am Morgen ein Feuer aus. Bei dem Unglück starben 3 Arbeiter, der Unfall wird untersucht.',
  ],
];

describe('Function: extractFigures (a crash that caught fire)', () => {
  it.each(CRASHES)('%s: the dead and hurt of a crash that burned are traffic: %s', (language, text) => {
    // Prepare, act
    const found = topics(language, text);
    // Assess
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((t) => t === 'traffic')).toBe(true);
  });

  it.each(FIRES)('%s: a fire called an accident once stays a fire: %s', (language, text) => {
    const found = topics(language, text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((t) => t === 'fire')).toBe(true);
  });
});
