/**
 * Classes of session 56's places helper (pp56), on sentences written for this test:
 * - the national traffic police (Cục Cảnh sát giao thông: en "Traffic Police Department", ja 交通警察局, ur
 *   "نیشنل ٹریفک پولیس") leading a report is a national authority, as the Ministry of Public Security is: a
 *   holiday count's crowded coach station, named late, is no story's place (lexicon nationalBodies); a province's
 *   own traffic police department ("the Hanoi Traffic Police Department") keeps its province's story;
 * - ar, ur and bn say "nationwide" too ("في جميع أنحاء البلاد", "ملک بھر", "সারা দেশে"): the worst crash of a
 *   national count is an example, not the story's place (lexicon nationwide).
 */
import { describe, expect, it } from 'vitest';
import { placeSlugsOf } from '../support/primary-choice.js';

describe('Function: findPlaces (pp56 classes)', () => {
  it.each([
    [
      'en national traffic police',
      'en',
      'Holiday crashes fall by a fifth\nThe Traffic Police Department said 120 crashes killed 80 people over the four-day holiday, down from last year. Officers fined 11,000 drivers, suspended 2,000 licences and held 3,000 vehicles across the road network. Long queues formed on the afternoon before the holiday at the coach stations of Ho Chi Minh City.',
      null,
    ],
    [
      'ja 交通警察局',
      'ja',
      '連休中の交通事故は減少\n交通警察局によると、4連休中に交通事故が120件発生し、80人が死亡した。違反の罰金は240億ドンに上った。ハノイ市とホーチミン市、ダナン市の出口では渋滞が起きた。',
      null,
    ],
    [
      'ur national traffic police',
      'ur',
      'چھٹیوں میں ٹریفک حادثات میں کمی\nنیشنل ٹریفک پولیس نے بتایا کہ چار روزہ چھٹیوں میں 120 حادثات میں 80 افراد ہلاک ہوئے۔ پولیس نے 11,000 ڈرائیوروں پر جرمانے عائد کیے اور 3,000 گاڑیاں ضبط کیں۔ چھٹیوں سے پہلے کی شام ہو چی منہ شہر کے بس اسٹیشنوں پر رش رہا۔',
      null,
    ],
    [
      "en a province's own traffic police department (negative)",
      'en',
      'Hanoi police fine drivers\nThe Hanoi Traffic Police Department fined 300 drivers for drink-driving on Saturday night. Officers set up checkpoints on Nguyen Trai street in Hanoi.',
      'ha-noi',
    ],
    [
      'ar nationwide',
      'ar',
      'انخفاض حوادث المرور خلال العطلة\nفي جميع أنحاء البلاد، وقع 120 حادثا مروريا أسفر عن مقتل 80 شخصا خلال العطلة. وفرضت الشرطة غرامات على 11 ألف سائق. ووقع أكبر حادث في دا نانغ.',
      null,
    ],
    [
      'ur nationwide',
      'ur',
      'چھٹیوں میں ٹریفک حادثات\nملک بھر میں چار روزہ چھٹیوں کے دوران 120 ٹریفک حادثات میں 80 افراد ہلاک ہوئے۔ پولیس نے 11,000 ڈرائیوروں پر جرمانے عائد کیے۔ سب سے بڑا حادثہ ڈانانگ میں ہوا۔',
      null,
    ],
    [
      'bn nationwide',
      'bn',
      'ছুটিতে সড়ক দুর্ঘটনা কমেছে\nসারা দেশে চার দিনের ছুটিতে ১২০টি সড়ক দুর্ঘটনায় ৮০ জন নিহত হয়েছেন। পুলিশ ১১ হাজার চালককে জরিমানা করেছে। সবচেয়ে বড় দুর্ঘটনাটি ঘটেছে দা নাং শহরে।',
      null,
    ],
  ])('%s', (_what, language, text, primary) => {
    expect(placeSlugsOf(text, language).primary).toBe(primary);
  });
});
