/**
 * Session 56 people classes (ppl56: bn), read with sentences written for this test:
 * - Bengali writes the English courtesies মিঃ (Mr) and মিসেস (Mrs) between an office and its holder, as it writes
 *   জনাব ("চেয়ারম্যান মিঃ X বলেন"): the courtesy vouches for nobody, the office before it names the holder
 *   (lexicon honorifics, courtesyHonorifics);
 * - Bengali puts the object of an arrest before its verb, marked by the accusative -কে glued to the name
 *   ("… মিঃ X-কে গ্রেপ্তার করেছে", "… বাসস্থান ত্যাগ করতে নিষেধ করেছে", barred from leaving home): that name is a
 *   defendant, whatever office it held, as the Korean and Japanese object of an arrest is (lexicon arrestObject);
 * - a source word before an office ("как сообщил начальник полиции X, …", "según el jefe de policía X, …") makes
 *   the holder the speaker, and the clause after the name the story told: a driver or a suspect in it is not the
 *   holder, as it already was not for a ranked speaker (judge.ts speakerEnd). A private person's word before the
 *   name still rules it out.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function people(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName }).map((p) => [
    p.name,
    p.rank,
  ]);
}

describe('Function: findPeople (ppl56 classes)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    // An office, then the courtesy, then the holder.
    [
      'bn',
      'থান হোয়া প্রদেশের পিপলস কমিটির চেয়ারম্যান মিঃ দো মিন তুয়ান বলেন যে ত্রাণ পাঠানো হবে।',
      [['দো মিন তুয়ান', null]],
    ],
    [
      'bn',
      'জেলা স্বাস্থ্য বিভাগের পরিচালক মিসেস ফাম থি হোয়া জানান যে তিনজন আহত হাসপাতালে আছেন।',
      [['ফাম থি হোয়া', null]],
    ],
    // Negative: the courtesy alone names no official.
    ['bn', 'মিঃ দো মিন তুয়ান বলেন যে তার দোকানে আগুন লেগেছিল।', []],
    // Negative: an office holder made the object of an arrest or of a ban on leaving home is a defendant.
    ['bn', 'পুলিশ কমিউনের প্রাক্তন চেয়ারম্যান মিঃ লে ভ্যান তামকে গ্রেপ্তার করেছে।', []],
    ['bn', 'তদন্ত সংস্থা কমিউনের ভাইস চেয়ারম্যান মিঃ হো ভ্যান নামকে তার বাসস্থান ত্যাগ করতে নিষেধ করেছে।', []],
    // The accusative with another verb leaves the officer an officer.
    ['bn', 'প্রদেশ পুলিশ কর্নেল লে ভ্যান তুয়েনকে তদন্তের দায়িত্ব দিয়েছে।', [['লে ভ্যান তুয়েন', 'colonel']]],
    // The speaker an office names after a source word; the story he tells holds the suspects.
    [
      'ru',
      'Как сообщил начальник отдела полиции Чан Ван Лок, на рынке задержали водителя грузовика.',
      [['Чан Ван Лок', null]],
    ],
    [
      'uk',
      'Як повідомив речник обласної поліції Чан Ван Лок, поліцейські затримали двох підозрюваних.',
      [['Чан Ван Лок', null]],
    ],
    [
      'es',
      'Según el jefe de la policía local Tran Van Loc, los agentes detuvieron a dos sospechosos.',
      [['Tran Van Loc', null]],
    ],
    // Negative: a driver who speaks is no official.
    ['es', 'Según el conductor Tran Van Loc, los agentes detuvieron a dos sospechosos.', []],
    ['ru', 'Как рассказал водитель Чан Ван Лок, полиция задержала двух подозреваемых.', []],
  ])('%s: %s', (language, text, expected) => {
    // Act
    const got = people(text, language);

    // Assess
    expect(got).toEqual(expected);
  });
});
