/**
 * Korean officials read from Vietnamese names only: a name written as one word is a family name and syllables
 * Vietnamese names are transcribed with (a syllable of the family or given names), not any Hangul that spells
 * a possible syllable. Korean words before a rank or an office ("보건소 소장", the health centre's head; 소장 is
 * also the rank of major general) and Korean people whose family name is also a Vietnamese one (황, 도, 리)
 * are none. A rank may stand before the name as in Latin text ("대령 응우옌 반 훙"), the body and office before
 * it or not; Văn (반) and Phùng (풍) are family names too. Sentences written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function people(text: string, language = 'ko'): { name: string; rank: string | null }[] {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName }).map((p) => ({
    name: p.name,
    rank: p.rank,
  }));
}

describe('Function: findPeople (Korean words and Korean people are no Vietnamese officials)', () => {
  it.each([
    '구청 보건소 소장은 주민들에게 예방 수칙을 당부했다.',
    '지역 보건소 소장이 방역 상황을 설명했다.',
    '하수처리장 소장은 시설을 점검했다고 말했다.',
    '도로관리사무소 소장은 복구 일정을 밝혔다.',
    '라디오 방송국 부국장은 편성을 바꾼다고 했다.',
    '호남지방통계청 청장은 고용 지표를 발표했다.',
    '투자계획부 차관은 외국인 투자가 늘었다고 했다.',
    '황민수 대령은 한국군 연합훈련 결과를 설명했다.',
    '국방부 대변인 황상훈 대령은 정례 브리핑에서 밝혔다.',
    '부대장 황인호 중령은 장병들을 격려했다.',
    '하노이 주재 한국대사관 무관 황재석 대령이 참석했다.',
    '서울경찰청 하성진 경감은 수사 결과를 발표했다.',
  ])('reads no official in %s', (text) => {
    expect(people(text)).toEqual([]);
  });
});
describe('Function: findPeople (a Korean rank before the Vietnamese name)', () => {
  it.each<[string, string, string]>([
    ['대령 응우옌 반 훙은 회의에서 단속 결과를 발표했다.', '응우옌 반 훙', 'colonel'],
    ['하띤성 공안국 부국장 대령 쩐 득 남은 조직을 적발했다고 말했다.', '쩐 득 남', 'colonel'],
    ['꽝닌성 경찰청 부청장인 중령 레 티 호아는 설명했다.', '레 티 호아', 'lieutenant-colonel'],
    ['소장 부이 꽝 빈이 국경 초소를 점검했다.', '부이 꽝 빈', 'major-general'],
    ['이에 대해 소령 호앙 민 뚜언은 "단속을 계속하겠다"고 말했다.', '호앙 민 뚜언', 'major'],
  ])('%s gives %s', (text, name, rank) => {
    expect(people(text)).toEqual([{ name, rank }]);
  });

  it.each([
    '대령 응우옌 반은 회의에서 말했다.',
    '경찰은 대령 출신 용의자를 체포했다.',
    '그는 대령 계급으로 전역했다.',
  ])('reads no official in %s (a name cut short, no name)', (text) => {
    expect(people(text)).toEqual([]);
  });

  it.each([
    '경찰은 전직 대령 응우옌 반 훙(58)을 뇌물 혐의로 체포했다.',
    '퇴역 대령 쩐 득 남 씨가 자택에서 숨졌다.',
    '전 대령 레 꽝 빈은 횡령 혐의로 기소됐다.',
    '경찰은 소령 팜 반 롱(41)을 현장에서 붙잡았다.',
  ])('reads no official in %s (a former rank, an age)', (text) => {
    expect(people(text).filter((p) => p.rank !== null)).toEqual([]);
  });
});
describe('Function: findPeople (Văn and Phùng as family names in Hangul)', () => {
  it.each<[string, string, string]>([
    ['반 티 호아 대령은 회의에서 결과를 밝혔다.', '반 티 호아', 'colonel'],
    ['응에안성 공안국 부국장 반 득 롱 중령은 말했다.', '반 득 롱', 'lieutenant-colonel'],
    ['닥락성 경찰청 부서장인 풍 비엣 득 중령은 화재 원인을 밝혔다.', '풍 비엣 득', 'lieutenant-colonel'],
    ['응우옌 반 훙 대령은 현장을 지휘했다.', '응우옌 반 훙', 'colonel'],
  ])('%s gives %s', (text, name, rank) => {
    expect(people(text)).toEqual([{ name, rank }]);
  });
});

describe('Function: findPeople (Văn as a middle name after an unlisted family name)', () => {
  it.each(['끼에우 반 훙 대령은 회의에서 밝혔다.', '이날 끼에우 반 남 중령은 현장을 찾았다.'])(
    'reads no "반 …" name in %s',
    (text) => {
      expect(people(text).filter((p) => p.name.startsWith('반'))).toEqual([]);
    },
  );
});

describe('Function: findPeople (a Thai rank before the name, the family name with tone marks or without)', () => {
  it.each<[string, string, string]>([
    ['พันเอก เหงียน วัน หุ่ง กล่าวในที่ประชุมว่า', 'เหงียน วัน หุ่ง', 'colonel'],
    ['รองผู้บัญชาการตำรวจจังหวัดห่าติ๋ญ พันเอก เจิ่น ดึ๊ก นาม กล่าวว่า', 'เจิ่น ดึ๊ก นาม', 'colonel'],
    ['พันโท หวู่ จุง ถัน หัวหน้าตำรวจดับเพลิงจังหวัด ยืนยันว่า', 'หวู่ จุง ถัน', 'lieutenant-colonel'],
    ['พันตรี หวู่ มิญ ลอง ชี้แจงว่า', 'หวู่ มิญ ลอง', 'major'],
    ['พลตรี โด๋ กวาง บิ่ญ ตรวจเยี่ยมพื้นที่', 'โด๋ กวาง บิ่ญ', 'major-general'],
  ])('%s gives %s', (text, name, rank) => {
    expect(people(text, 'th')).toEqual([{ name, rank }]);
  });
});
