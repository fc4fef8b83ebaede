/**
 * Session 54 (st54), stories (issue 10): classes mended, on invented evidence and sentences.
 *
 * 1. Different named people (similarity.ts namesConflict): two reports that each write four names or more
 *    (officials and the names their texts write) and share at most one are reports of two cases, however
 *    much place, day and figures agree (a ring broken up in a district, and a crash in the same district
 *    the same week, both quoting the district's police chief).
 * 2. Stage cues that read a later stage into the wrong words (lexicons/<lang>/stages.json): fr "poursuivi*"
 *    (prosecuted) is also "continued" in its reflexive forms and with a search ("les recherches se sont
 *    poursuivies"): ignored there; en "court" inside a compound that is no trial ("court-ordered treatment",
 *    "food court"): ignored; ta and te, whose trial cue is the word for court alone, read a charge sheet filed
 *    in court as an indictment and suspects produced in court as a prosecution (a longer cue holding the court
 *    word, so the court cue inside it counts as that stage).
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARAMS,
  namesDiffer,
  similarity,
  STORY_THRESHOLD,
  type StoryEvidence,
} from '../../lambdas/stories/index.js';
import { evidenceOf } from '../support/story-eval.js';
import { findStage } from '../../lambdas/extract/stage/index.js';

const place = {
  primary: 'quang-ninh',
  provinces: ['quang-ninh'],
  localities: ['quang-ninh/mong-cai', 'quang-ninh/hai-hoa'],
};
// A smuggling ring: four men named, the border post's commander quoted, 7 trucks and 2,350 kg seized.
const ring: StoryEvidence = evidenceOf({
  id: 'ring',
  ...place,
  people: ['ngo van trung'],
  names: ['dao van khiem', 'ha minh luc', 'lo thi tam', 'ngo van trung', 'vi van sang'],
  figures: [
    { value: 7, unit: 'vehicle', count: 1 },
    { value: 2350, unit: 'kg', count: 1 },
  ],
});
// Another ring of the same ward, the same commander quoted, other men named, the same 7 trucks.
const other: StoryEvidence = evidenceOf({
  id: 'other',
  ...place,
  people: ['ngo van trung'],
  names: ['chu van khai', 'ngo van trung', 'nong thi hue', 'tieu van dat', 'trieu minh hoang'],
  figures: [
    { value: 7, unit: 'vehicle', count: 1 },
    { value: 2350, unit: 'kg', count: 1 },
  ],
});
const off = { ...DEFAULT_PARAMS, namesConflict: 1 };

describe('Different named people: two cases, not two copies', () => {
  it('parts two reports writing four names or more each and sharing one, in either order', () => {
    expect(namesDiffer(ring, other, DEFAULT_PARAMS.namesConflictMin)).toBe(true);
    expect(similarity(ring, other, off)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(similarity(ring, other)).toBeCloseTo(similarity(ring, other, off) * DEFAULT_PARAMS.namesConflict);
    expect(similarity(other, ring)).toBe(similarity(ring, other));
    expect(similarity(ring, other)).toBeLessThan(STORY_THRESHOLD);
  });

  it('not when they share two names (a copy naming some of the same men)', () => {
    const copy = { ...other, names: [...other.names, 'ha minh luc'] };
    expect(namesDiffer(ring, copy, DEFAULT_PARAMS.namesConflictMin)).toBe(false);
    expect(similarity(ring, copy)).toBe(similarity(ring, copy, off));
  });

  it('not when one side writes fewer than four names (a brief naming only the commander)', () => {
    const brief = { ...other, names: ['ngo van trung', 'tieu van dat'] };
    expect(namesDiffer(ring, brief, DEFAULT_PARAMS.namesConflictMin)).toBe(false);
    expect(similarity(ring, brief)).toBe(similarity(ring, brief, off));
  });

  it('a name written in a script meets the other copy written in Latin, but never counts as written', () => {
    const korean = { ...other, names: other.names.slice(0, 4), scriptNames: ['dao van khiem'] };
    expect(namesDiffer(ring, korean, DEFAULT_PARAMS.namesConflictMin)).toBe(false);
    const fewLatin = { ...other, names: other.names.slice(0, 2), scriptNames: ['xa van a', 'xa van b'] };
    expect(namesDiffer(ring, fewLatin, DEFAULT_PARAMS.namesConflictMin)).toBe(false);
  });
});

const lead = (language: string, title: string, paragraph = '') =>
  findStage({ language, title, sections: [{ paragraphs: paragraph ? [paragraph] : [] }] });

describe('Stage cues read only where they mean the stage', () => {
  it.each([
    ['fr', 'Glissement de terrain à Kon Tum : les recherches se sont poursuivies toute la nuit', 'event'],
    [
      'fr',
      'Naufrage au large de Cà Mau',
      'Les garde-côtes ont poursuivi les recherches des trois marins.',
      'event',
    ],
    [
      'fr',
      'Le parquet de Hải Phòng a poursuivi quatorze accusés pour contrebande de cigarettes',
      'prosecution',
    ],
    ['en', 'Dozens flee court-ordered rehabilitation centre in Đồng Nai', 'event'],
    ['en', 'Fire breaks out in shopping mall food court in Cần Thơ', 'event'],
    ['en', 'Six men appear before the court in Hải Phòng over a cigarette smuggling ring', 'trial'],
    ['ta', 'போதைப்பொருள் கடத்தல்: நீதிமன்றத்தில் குற்றப்பத்திரிகை தாக்கல்', 'indictment'],
    ['ta', 'கைது செய்யப்பட்ட ஐவர் நீதிமன்றத்தில் ஆஜர்படுத்தப்பட்டனர்', 'prosecution'],
    ['ta', 'கடத்தல் வழக்கு: நீதிமன்றத்தில் விசாரணை தொடங்கியது', 'trial'],
    ['te', 'మాదకద్రవ్యాల కేసులో కోర్టులో ఛార్జిషీట్ దాఖలు', 'indictment'],
    ['te', 'అరెస్టు చేసిన ఐదుగురిని కోర్టులో హాజరుపరిచారు', 'prosecution'],
    ['te', 'స్మగ్లింగ్ కేసులో కోర్టులో విచారణ ప్రారంభం', 'trial'],
  ] as const)('%s: %s', (language, title, ...rest) => {
    const [paragraph, stage] = rest.length === 2 ? rest : ['', rest[0]];
    expect(lead(language, title, paragraph)).toBe(stage);
  });
});
