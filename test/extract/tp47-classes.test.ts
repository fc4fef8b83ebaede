/**
 * Session 47, topic of figures on sentences written for this test (figures/topic.ts, figures/subject.ts and the
 * topic cues of the figures lexicons):
 * - ja, km, lo, my, th, vi and zh have mishapFates: a collapse told with no cue but its dead and injured is a
 *   mishap (other). In the scripts written without spaces the fate is found inside the run of letters that
 *   holds the clause ("造成3人死亡"), and a Vietnamese fate of two words ("tử vong") over the words in a row;
 *   an arrest with no other cue, or a text that names no fate, stays crime (figures/subject.ts);
 * - a harm done to persons with no word of intent (lexicon harms: id "melukai", ms "mencederakan") is the
 *   mishap's in the story of a crash, a fire or a disaster, and an offence in a crime story (topic.ts
 *   figureCues); in an article that names an accident it weighs for the accident (articleSubject);
 * - figures whose paragraphs name no cue take the subject the rest of the article names, its accident words
 *   weighing for the event they name as articleSubject weighs them ("the accident" said twice of a crash or of
 *   a mine's collapse), while one passing word leaves them crime (figures/subject.ts weightOf).
 */
import { describe, it } from 'vitest';
import { checkTopics as check, type TopicCase as Case } from '../support/topic-case.js';

describe('Topic: a collapse told with no cue but its casualties is a mishap, in the scripts without spaces', () => {
  it.each<Case>([
    [
      'zh',
      '旧楼倒塌\n昨晚，一栋旧楼倒塌，造成3人死亡，5人受伤。',
      [
        [3, 'other'],
        [5, 'other'],
      ],
    ],
    [
      'ja',
      '古い建物\n昨夜、古い建物が倒れ、3人が死亡し、5人が負傷した。',
      [
        [3, 'other'],
        [5, 'other'],
      ],
    ],
    [
      'vi',
      'Nhà cũ đổ sập\nĐêm qua, một ngôi nhà cũ đổ sập làm 3 người tử vong và 5 người bị thương.',
      [
        [3, 'other'],
        [5, 'other'],
      ],
    ],
    [
      'th',
      'บ้านเก่าพัง\nเมื่อคืนนี้ บ้านเก่าหลังหนึ่งพังลงมา มีผู้เสียชีวิต 3 คน และบาดเจ็บ 5 คน',
      [
        [3, 'other'],
        [5, 'other'],
      ],
    ],
    [
      'km',
      'ផ្ទះចាស់រលំ\nកាលពីយប់មិញ ផ្ទះចាស់មួយបានរលំ ធ្វើឱ្យមនុស្ស ៣ នាក់ស្លាប់ និង ៥ នាក់របួស។',
      [
        [3, 'other'],
        [5, 'other'],
      ],
    ],
  ])('%s: %s', (...c) => check(c));

  it.each<Case>([
    ['zh', '机场\n昨天，3名男子在机场被警方拘留。', [[3, 'crime']]],
    ['vi', 'Sân bay\nHôm qua, 3 người đàn ông bị tạm giữ tại sân bay.', [[3, 'crime']]],
    ['zh', '旧楼\n昨晚，一栋旧楼有3名住户。', [[3, 'crime']]],
  ])('no fate: %s: %s', (...c) => check(c));
});

describe('Topic: a harm done to persons in a mishap’s story is the mishap’s (lexicon harms)', () => {
  it.each<Case>([
    [
      'id',
      'Kecelakaan truk di jalan tol\nSebuah truk menabrak pagar jembatan. Truk itu jatuh ke jurang, menewaskan 3 orang dan melukai 7 lainnya.',
      [
        [3, 'traffic'],
        [7, 'traffic'],
      ],
    ],
    [
      'ms',
      'Kemalangan bas di lebuh raya\nSebuah bas terbabas ke dalam gaung di lebuh raya, mengorbankan 4 orang dan mencederakan 11 penumpang.',
      [
        [4, 'traffic'],
        [11, 'traffic'],
      ],
    ],
    [
      'id',
      'Kebakaran gudang di Binh Duong\nKebakaran besar melanda sebuah gudang kayu dan melukai 6 pekerja.',
      [[6, 'fire']],
    ],
  ])('%s: %s', (...c) => check(c));

  it.each<Case>([
    [
      'id',
      'Perkelahian di kafe\nSeorang pria memukul pengunjung dengan botol dan melukai 2 orang. Polisi menangkap pria itu.',
      [[2, 'crime']],
    ],
    [
      'ms',
      'Polis menahan 5 remaja\nPolis menahan 5 remaja yang membawa parang dan mencederakan seorang peniaga.',
      [[5, 'crime']],
    ],
    [
      'ms',
      'Pergaduhan di kafe\nSeorang lelaki mencederakan 2 pelanggan dengan botol. Polis menahan lelaki itu kerana mencederakan pelanggan.',
      [[2, 'crime']],
    ],
  ])('a crime story keeps its harms: %s: %s', (...c) => check(c));

  it.each<Case>([
    [
      'ms',
      'Kereta rempuh sekatan polis\nSeorang pemandu memecut dan merempuh sekatan polis di jalan raya, mencederakan 2 anggota polis. Polis menahan pemandu itu kerana mencederakan pegawai.',
      [[2, 'traffic']],
    ],
  ])('harms weigh for the accident the article names: %s: %s', (...c) => check(c));
});

describe('Topic: accident words elsewhere in the article weigh for the event they name', () => {
  it.each<Case>([
    [
      'el',
      'Τρεις άνθρωποι ανασύρθηκαν νεκροί όταν κατέρρευσε μια στοά στον βορρά, ανακοίνωσαν οι αρχές.\n\nΤο δυστύχημα σημειώθηκε τη Δευτέρα σε ανθρακωρυχείο της επαρχίας.\n\nΤα αίτια του δυστυχήματος ερευνώνται.',
      [[3, 'other']],
    ],
    [
      'en',
      'Two men lost their lives on the national highway late on Saturday night, the authorities said.\n\nThe accident happened near the bridge. The cause of the accident is under review.',
      [[2, 'traffic']],
    ],
  ])('%s: %s', (...c) => check(c));

  it.each<Case>([
    [
      'en',
      'Two men were detained on the national highway late on Saturday night, the authorities said.\n\nThe police are looking into a traffic accident near the bridge.',
      [[2, 'crime']],
    ],
  ])('one passing accident word: %s: %s', (...c) => check(c));
});

describe('Topic: Khmer offences, accidents, vessels and storms', () => {
  it.each<Case>([
    [
      'km',
      'រថយន្តពីរបុកគ្នា\nកាលពីយប់មិញ រថយន្តពីរគ្រឿងបានបុកគ្នានៅលើផ្លូវជាតិ ធ្វើឱ្យមនុស្ស ៣ នាក់ស្លាប់ និង ៥ នាក់របួស។',
      [
        [3, 'traffic'],
        [5, 'traffic'],
      ],
    ],
    ['km', 'ទូកក្រឡាប់លើទន្លេ\nកាលពីល្ងាចម្សិលមិញ ទូកដឹកអ្នកដំណើរមួយបានក្រឡាប់លើទន្លេ ធ្វើឱ្យមនុស្ស ២ នាក់បាត់ខ្លួន។', [[2, 'other']]],
    ['km', 'ខ្យល់កួចបោកបក់\nកាលពីម្សិលមិញ ខ្យល់កួចបានបោកបក់ផ្ទះ ១២ ខ្នងនៅក្នុងឃុំ។', [[12, 'other']]],
    ['km', 'ចោរប្លន់ហាងមាស\nកាលពីយប់មិញ ជនសង្ស័យ ៣ នាក់បានប្លន់ហាងមាសមួយ។', [[3, 'crime']]],
  ])('%s: %s', (...c) => check(c));
});
