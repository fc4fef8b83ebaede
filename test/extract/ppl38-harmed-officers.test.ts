/**
 * A police officer killed or injured on duty is a victim the story tells of, not an official it quotes: a harm
 * word next to the name outweighs the rank when the holder never speaks, directs or leads anywhere in the
 * article (people/victims.ts). An injured officer who speaks stays. Sentences written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function names(text: string, language: string): string[] {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName }).map(
    (p) => p.name,
  );
}

describe('Function: findPeople (a harmed officer who never speaks is no official)', () => {
  it.each<[string, string, string]>([
    [
      'vi',
      'Thiếu tá Đinh Văn Khoa hy sinh khi truy đuổi nhóm đua xe trái phép trên quốc lộ.',
      'Đinh Văn Khoa',
    ],
    [
      'vi',
      'Trong lúc làm nhiệm vụ, Đại úy Lò Văn Tuấn bị thương nặng và được đưa đi cấp cứu.',
      'Lò Văn Tuấn',
    ],
    ['en', 'Major Hoang Minh Duc was seriously injured when the truck hit the checkpoint.', 'Hoang Minh Duc'],
    [
      'en',
      'The attacker fled after the fight, and the wounded officer, Captain Vi Thanh Son, was taken away.',
      'Vi Thanh Son',
    ],
    [
      'de',
      'Oberleutnant Ha Quang Vinh wurde bei dem Einsatz schwer verletzt und liegt im Krankenhaus.',
      'Ha Quang Vinh',
    ],
    [
      'es',
      'El capitán Chu Van Luan resultó herido durante la persecución de los contrabandistas.',
      'Chu Van Luan',
    ],
    [
      'fr',
      'Le capitaine Ma Van Thuan a été tué par balle lors du contrôle routier nocturne.',
      'Ma Van Thuan',
    ],
    [
      'ja',
      '逃走した男はクアン・ヴァン・トゥン少佐を刃物で刺し、同少佐は殉職した。',
      'クアン・ヴァン・トゥン',
    ],
    ['ja', 'ダオ・ミン・ハイ大尉は勤務中に重傷を負った。', 'ダオ・ミン・ハイ'],
    ['ko', '응우옌 반 롱 중령이 단속 중 흉기에 찔려 숨졌다.', '응우옌 반 롱'],
  ])('%s: %s names no official', (language, text, name) => {
    expect(names(text, language)).not.toContain(name);
  });

  it.each<[string, string, string]>([
    [
      'vi',
      'Thượng tá Nông Văn Hải, người bị thương nhẹ trong vụ việc, cho biết đối tượng đã bị bắt.',
      'Nông Văn Hải',
    ],
    [
      'en',
      'Colonel Dinh Cong Tri, who was slightly injured, said the gang had been dismantled.',
      'Dinh Cong Tri',
    ],
    ['de', 'Oberst Lu Van Hoa, der leicht verletzt wurde, sagte, die Bande sei zerschlagen.', 'Lu Van Hoa'],
    [
      'es',
      'El coronel Tong Van Phuc, herido levemente, dijo que la banda fue desarticulada.',
      'Tong Van Phuc',
    ],
    [
      'fr',
      "Le colonel Kha Van Dung, blessé à la main, a déclaré que l'enquête se poursuivait.",
      'Kha Van Dung',
    ],
    ['ja', 'タイ・ヴァン・ナム大佐は負傷したが、記者団に事件の経緯を説明した。', 'タイ・ヴァン・ナム'],
    ['ko', '부상을 입은 쩐 반 하 대령은 사건 경위를 설명했다.', '쩐 반 하'],
  ])('%s: %s keeps the official who speaks', (language, text, name) => {
    expect(names(text, language)).toContain(name);
  });

  it('keeps an officer who speaks in another sentence of the article', () => {
    const text =
      'Trung tá Lục Văn Bình bị thương ở tay trong lúc khống chế đối tượng. ' +
      'Trung tá Lục Văn Bình cho biết vụ án đang được điều tra.';
    expect(names(text, 'vi')).toContain('Lục Văn Bình');
  });

  it('keeps an official who tells of the dead and injured', () => {
    const text = 'Đại tá Triệu Văn Mạnh chỉ đạo đưa người bị thương đi cấp cứu; một người tử vong.';
    expect(names(text, 'vi')).toContain('Triệu Văn Mạnh');
  });
});
