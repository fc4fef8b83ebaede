/**
 * Session 43, places by class (pp43). Short reports written for these rules, never sentences of the tuning or
 * holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { placeSlugsOf as placesOf } from '../support/primary-choice.js';

describe('Urdu, Bengali and Hindi: the loanwords for ward, commune, district and town type a locality', () => {
  it('reads a ward before وارڈ, a commune before کمیون and a district before ڈسٹرکٹ in Urdu', () => {
    expect(
      placesOf('ہنوئی کے کھوونگ مائی وارڈ میں ایک مکان میں آگ لگنے سے دو افراد زخمی ہو گئے۔', 'ur')
        .localities,
    ).toEqual(['khuong-mai']);
    expect(
      placesOf('لائی چاؤ صوبے کے موونگ تے کمیون میں پولیس نے دو افراد کو گرفتار کیا۔', 'ur').localities,
    ).toEqual(['muong-te']);
    expect(
      placesOf('ہنوئی پولیس نے ہوانگ مائی ڈسٹرکٹ میں ایک گودام پر چھاپہ مارا۔', 'ur').localities,
    ).toEqual(['hoang-mai']);
  });

  it('reads a ward before ওয়ার্ড (case ending glued) in Bengali and before वार्ड in Hindi', () => {
    expect(placesOf('হ্যানয়ের খুওং মাই ওয়ার্ডে একটি বাড়িতে আগুন লেগে দুজন আহত হয়েছেন।', 'bn').localities).toEqual([
      'khuong-mai',
    ]);
    expect(placesOf('हनोई के खुओंग माई वार्ड में एक घर में आग लगने से दो लोग घायल हो गए।', 'hi').localities).toEqual([
      'khuong-mai',
    ]);
  });
});

describe('the one province the text places anything in, beside road ends and destinations', () => {
  it('is primary, however often the ends of the roads are named', () => {
    const text =
      'Early on Monday, traffic police on the Hanoi - Hai Phong expressway arrested a driver carrying six foreigners. ' +
      'Police said a patrol on the Hai Phong - Mong Cai expressway saw the car pass Hoang Tan junction in Quang Yen town. ' +
      'The driver sped off towards Hai Phong. The patrol then blocked the toll station at Km95 of the Hanoi - Hai Phong expressway.';
    expect(placesOf(text, 'en').primary).toBe('quang-ninh');
  });
});

describe('Thai: แขวง types a ward', () => {
  it('reads the ward after แขวง in the province the text names', () => {
    expect(placesOf('เกิดเหตุไฟไหม้บ้านหลังหนึ่งในแขวงเกียนหุ่ง กรุงฮานอย เมื่อคืนนี้', 'th').localities).toEqual([
      'kien-hung',
    ]);
  });
});

describe('a gloss in brackets takes the role of the name it glosses', () => {
  it('places nothing where it glosses a home: the one town of its name is still read', () => {
    const found = placesOf(
      'ชายคนหนึ่งซึ่งมีถิ่นฐานอยู่ในจังหวัดก่าเมา (Ca Mau) ขับรถบรรทุกไปยังเมืองวิญจ์โจว แล้วรถถูกไฟไหม้กลางทาง',
      'th',
    );
    expect(found.localities).toEqual(['vinh-chau']);
    expect(found.primary).toBe('soc-trang');
  });
});

describe("a road's second end written with its type word after the dash", () => {
  it('is an end of the road, not the place of the story (Thai นคร, city)', () => {
    const text =
      'เกิดอุบัติเหตุรถชนกันบนทางหลวงสายด่งนาย-นครโฮจิมินห์ ช่วงจังหวัดด่งนาย มีผู้บาดเจ็บ 2 คน ' +
      'การจราจรบนทางหลวงสายด่งนาย-นครโฮจิมินห์ติดขัดหนักไปจนถึงนครโฮจิมินห์';
    expect(placesOf(text, 'th').primary).toBe('dong-nai');
  });
});
