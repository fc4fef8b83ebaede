/**
 * Classes of session 56's places helper (pp56), on sentences written for this test:
 * - the national traffic police (Cục Cảnh sát giao thông: en "Traffic Police Department", ja 交通警察局, ur
 *   "نیشنل ٹریفک پولیس") leading a report is a national authority, as the Ministry of Public Security is: a
 *   holiday count's crowded coach station, named late, is no story's place (lexicon nationalBodies); a province's
 *   own traffic police department ("the Hanoi Traffic Police Department") keeps its province's story;
 * - ar, ur and bn say "nationwide" too ("في جميع أنحاء البلاد", "ملک بھر", "সারা দেশে"): the worst crash of a
 *   national count is an example, not the story's place (lexicon nationwide);
 * - a "베트남, …" / "ベトナム、…" headline (a nationwide cue) over a story told down to a district of the one
 *   province the text places anything in, named in the lead sentence, is that province's story (summarize.ts
 *   toldLocally); a national count naming one province without a district, a story placed in several provinces,
 *   or a count whose worst case names its district past the lead (zh, ko), stays national.
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
    [
      'ko "베트남," over a district of one province',
      'ko',
      '베트남, 시장 상인 폭행한 남성 체포\n어제 오후 떠이닌(Tay Ninh)성 쩌우타인(Chau Thanh) 지역 경찰이 시장 상인을 폭행한 40세 남성을 체포했다. 지역 경찰에 따르면 남성은 술에 취해 있었다.',
      'tay-ninh',
    ],
    [
      'ja "ベトナム、" over a district of one province',
      'ja',
      'ベトナム、市場で商人を殴った男を逮捕\nタイニン省チャウタイン県の警察は、市場で商人を殴った40歳の男を逮捕した。男は酒に酔っていたという。',
      'tay-ninh',
    ],
    [
      'ko "베트남," national count naming one province, no district (negative)',
      'ko',
      '베트남, 연휴 교통사고 사망자 80명\n연휴 나흘 동안 전국에서 교통사고 120건이 발생해 80명이 숨졌다. 하노이시에서는 20건이 발생했다.',
      null,
    ],
    [
      'ko "베트남," over several provinces (negative)',
      'ko',
      '베트남, 마약 밀수 조직 적발\n떠이닌(Tay Ninh)성 쩌우타인(Chau Thanh) 지역에서 마약이 압수됐고, 하노이시와 다낭시에서도 조직원이 체포됐다.',
      null,
    ],
    [
      'zh nationwide count whose worst crash names a district past the lead (negative)',
      'zh',
      '国庆假期越南全国交通事故减少\n据国家交通安全委员会统计，假期全国共发生交通事故60起，死亡40人。\n其中，河江省同文县发生一起严重交通事故，造成5人死亡。',
      null,
    ],
    [
      'ko "베트남," count whose worst crash names a district past the lead (negative)',
      'ko',
      '베트남, 연휴 교통사고 사망자 80명\n연휴 나흘 동안 전국에서 교통사고 120건이 발생해 80명이 숨졌다.\n가장 큰 사고는 떠이닌(Tay Ninh)성 쩌우타인(Chau Thanh) 지역에서 일어나 5명이 숨졌다.',
      null,
    ],
  ])('%s', (_what, language, text, primary) => {
    expect(placeSlugsOf(text, language).primary).toBe(primary);
  });
});
