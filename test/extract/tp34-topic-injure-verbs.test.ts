/**
 * Session 34: in Indonesian and Malay the plain verb "to injure" (melukai, mencederakan) tells what a crash, a
 * fire or a blast did as often as what an attacker did, so it is no offence word: the people a bus crash killed
 * and injured are the crash's (traffic). Injuring on purpose or in order to ("untuk melukai") still names an
 * assault (crime). Sentences written for this test.
 */
import { describe, it } from 'vitest';
import { checkTopics as check, type TopicCase as Case } from '../support/topic-case.js';

describe('Topic: a crash that injured people is no assault', () => {
  it.each<Case>([
    [
      'id',
      'Kecelakaan bus di jalan nasional\nSebuah bus terjun ke jurang pada Selasa malam, menewaskan 12 orang dan melukai 30 lainnya.',
      [
        [12, 'traffic'],
        [30, 'traffic'],
      ],
    ],
    [
      'ms',
      'Kemalangan bas di lebuh raya\nSebuah bas terbalik pada malam Selasa, mengorbankan 12 orang dan mencederakan 30 yang lain.',
      [
        [12, 'traffic'],
        [30, 'traffic'],
      ],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: injuring on purpose is still an assault', () => {
  it.each<Case>([
    [
      'id',
      'Polisi menangkap 3 pemuda yang dengan sengaja melukai seorang penjaga toko di pasar.',
      [[3, 'crime']],
    ],
    [
      'ms',
      'Polis menahan 3 lelaki yang sengaja mencederakan seorang pengawal di pasar raya.',
      [[3, 'crime']],
    ],
    [
      'id',
      'Polisi menangkap 5 pemuda yang membawa parang untuk melukai warga desa tetangga.',
      [[5, 'crime']],
    ],
  ])('%s: %s', (...c) => check(c));
});
