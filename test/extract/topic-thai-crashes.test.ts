/**
 * Thai road crashes told by what the vehicle did (overturned, fell into a ravine, collided head-on, lost
 * control) are traffic, though the police investigate them; contraband carried on a bus stays smuggling, and
 * "coordinated with" (ประสานงาน, which starts like ชนประสานงา, head-on) says nothing of a crash. Thai is written
 * without spaces, so a cue is a part of a run of letters: the cues are whole phrases. Sentences written for the
 * project as a news outlet would write them, before the engine read them so.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';

type Case = [text: string, topics: string[]];

const CASES: Case[] = [
  [
    'รถโดยสารคันหนึ่งพลิกคว่ำบนทางหลวงในจังหวัดหวิญฟุกเมื่อคืนที่ผ่านมา ทำให้มีผู้เสียชีวิต 3 ราย และผู้บาดเจ็บ 14 ราย ตำรวจกำลังสอบสวนหาสาเหตุของเหตุการณ์ครั้งนี้',
    ['traffic', 'traffic'],
  ],
  [
    'รถทัวร์ที่บรรทุกผู้โดยสาร 30 คนตกเหวในจังหวัดลาวกาย มีผู้เสียชีวิต 5 ราย เจ้าหน้าที่ตำรวจเร่งช่วยเหลือผู้บาดเจ็บ',
    ['traffic', 'traffic'],
  ],
  ['รถบรรทุกชนประสานงากับรถยนต์บนทางหลวงในจังหวัดเหงะอาน มีผู้เสียชีวิต 2 ราย ตำรวจควบคุมตัวคนขับเพื่อสอบสวน', ['traffic']],
  ['รถเสียหลักพุ่งตกข้างทางในจังหวัดห่าซาง ผู้โดยสาร 4 คนได้รับบาดเจ็บ ตำรวจกำลังสอบสวนคนขับ', ['traffic']],
  [
    'ตำรวจจังหวัดกวางนิญตรวจค้นรถโดยสารคันหนึ่งและพบยาบ้า 20,000 เม็ด ผู้ต้องสงสัย 2 คนถูกจับกุมพร้อมของกลาง',
    ['drugs', 'drugs'],
  ],
  ['ตำรวจนครโฮจิมินห์ประสานงานกับหน่วยงานความมั่นคงจับกุมผู้ต้องสงสัย 3 คนที่แจกจ่ายเอกสารผิดกฎหมาย', ['crime']],
];

describe('Function: extractArticle (Thai crash cues)', () => {
  it.each(CASES)('reads the topic of the figures of: %s', (text, topics) => {
    // Act
    const r = extractArticle(Buffer.from(`ข่าว\n\n${text}\n`));

    // Assess
    expect(r.ok && r.article.language).toBe('th');
    expect(r.ok ? r.article.figures.map((f) => f.topic) : []).toEqual(topics);
  });
});
