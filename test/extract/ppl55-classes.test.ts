/**
 * Session 55 people classes, each read with sentences written for the purpose:
 * - the doer of a passive named right before a rank ("arrested by Captain X", "detenido por el capitán X",
 *   "detido pelo capitão X"; lexicon agentWords, the article's own language's) made the arrest: the private
 *   words before the agent are the arrested one's, also for captain, a rank a ship's master shares (what
 *   follows the name still tells of a ship's master);
 * - Bengali, Hindi and Urdu write English office words in their script (bn "ডেপুটি ডিরেক্টর", "ওসি", "এসপি";
 *   hi "डिप्टी डायरेक्टर", "चेयरमैन", "इंस्पेक्टर"; ur "انسپکٹر", "ایس پی"): lexicon roleWords;
 * - Arabic glues a one-letter preposition or conjunction to a name before its apposition ("وفقا لنجوين فان
 *   هونغ، نائب مدير ..."): the name starts after it, whole, not cut to its last words;
 * - Spanish and Portuguese active arrests ("detuvo a X", "deteve X", "prendeu X") are private cues as "arrestó"
 *   is: an office in apposition ("director de una empresa") does not make the arrested man an official.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

type Case = [language: string, text: string, expected: Array<[string, string | null]>];

function itReadsEach(cases: Case[]): void {
  it.each<Case>(cases)('%s: %s lists %j', (language, text, expected) => {
    // Act
    const people = findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName });

    // Assess
    expect(people.map((p) => [p.name, p.rank])).toEqual(expected);
  });
}

describe('Function: findPeople (ppl55 classes)', () => {
  describe('the agent of a passive named before a rank is the officer, a captain too', () => {
    itReadsEach([
      ['en', 'The suspect was arrested by Captain Nguyen Van Hung.', [['Nguyen Van Hung', 'captain']]],
      [
        'en',
        'The suspect was detained by Captain Hoang Van Nam at the market.',
        [['Hoang Van Nam', 'captain']],
      ],
      [
        'es',
        'El sospechoso fue detenido por el capitán Hoang Van Nam en el mercado.',
        [['Hoang Van Nam', 'captain']],
      ],
      ['pt', 'O suspeito foi detido pelo capitão Hoang Van Nam no mercado.', [['Hoang Van Nam', 'captain']]],
      ['fr', 'Le suspect a été arrêté par le capitaine Nguyen Van Hung.', [['Nguyen Van Hung', 'captain']]],
      // A ship's master stays one: the vessel named after him, or no agent word before the rank.
      ['en', 'The boat was seized by Captain Nguyen Van Hung of the fishing vessel.', []],
      ['en', 'Police detained the fishermen and captain Nguyen Van Hung.', []],
    ]);
  });

  describe('English office words written in Bengali, Devanagari or Urdu script are offices', () => {
    itReadsEach([
      ['bn', 'প্রাদেশিক পুলিশের ডেপুটি ডিরেক্টর নগুয়েন ভান হুং বলেন, তদন্ত চলছে।', [['নগুয়েন ভান হুং', null]]],
      ['bn', 'থানার ওসি লে ভান তাম জানান, মামলা হয়েছে।', [['লে ভান তাম', null]]],
      ['bn', 'জেলার এসপি ফাম কুওক ভিয়েত বলেন, অভিযান চলবে।', [['ফাম কুওক ভিয়েত', null]]],
      ['hi', 'प्रांतीय जन समिति के चेयरमैन गुयेन वान थो ने निरीक्षण का आदेश दिया।', [['गुयेन वान थो', null]]],
      ['hi', 'इंस्पेक्टर ले वान टैम ने बताया कि मामला दर्ज किया गया।', [['ले वान टैम', null]]],
      ['ur', 'انسپکٹر لی وان تام نے بتایا کہ مقدمہ درج کر لیا گیا۔', [['لی وان تام', null]]],
      // A company's director so written is none.
      ['bn', 'কোম্পানির ডিরেক্টর নগুয়েন ভান হুংকে গ্রেপ্তার করা হয়েছে।', []],
      ['hi', 'कंपनी के डायरेक्टर गुयेन वान हंग को गिरफ्तार किया गया।', []],
    ]);
  });

  describe('an Arabic name with a glued one-letter word before its apposition is read whole', () => {
    itReadsEach([
      [
        'ar',
        'ووفقا لنجوين فان هونغ، نائب مدير شرطة المقاطعة، فإن التحقيق مستمر.',
        [['نجوين فان هونغ', null]],
      ],
      ['ar', 'وبحسب لي فان تام، رئيس شرطة المدينة، أغلقت القضية.', [['لي فان تام', null]]],
      // A private apposition names nobody, glued word or not.
      ['ar', 'ووفقا لنجوين فان هونغ، سائق الشاحنة، فإن الطريق كان مغلقا.', []],
    ]);
  });

  describe('a Spanish or Portuguese active arrest makes the arrested one no official', () => {
    itReadsEach([
      ['es', 'La policía detuvo a Le Van Minh, director de una empresa, por fraude.', []],
      ['pt', 'A polícia prendeu Le Van Minh, diretor de uma empresa, por fraude.', []],
      ['pt', 'A polícia deteve Le Van Minh no mercado.', []],
      // The officer who makes the arrest stays.
      ['es', 'Nguyen Van Hung, jefe de la policía, detuvo a dos sospechosos.', [['Nguyen Van Hung', null]]],
      ['pt', 'O capitão Hoang Van Nam prendeu o suspeito no mercado.', [['Hoang Van Nam', 'captain']]],
    ]);
  });
});
