/**
 * Languages without a full lexicon (sk, uk, te, sv, no ...): their primary province and their figures' topics,
 * in sentences written here as their outlets write them.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import type { Document } from '../../lambdas/extract/types.js';
import { PRIMARY } from '../support/primary-choice.js';

function doc(body: string, language: string): Document {
  return { body, folded: fold(body), sentences: splitSentences(body), language };
}

describe('Function: findPlaces (other languages)', () => {
  it.each([
    // A wire dateline with the date written after the name ("Hanoj 16. apríla (TASR) -") is where the wire
    // filed from, not the title's place.
    [
      'sk',
      'Hanoj 3. mája (TASR) - Vietnamská polícia zadržala piatich podozrivých.\nZásah sa uskutočnil v provincii Quang Ninh pri hranici s Čínou.',
      'quang-ninh',
    ],
    [
      'cs',
      'Hanoj 12. března (ČTK) - Vietnamská policie zadržela šest lidí.\nAkce proběhla v provincii Lang Son na severu země.',
      'lang-son',
    ],
    [
      'sk',
      'Bratislava 5. júna (TASR) - Súd v Hočiminovom Meste odsúdil dvoch mužov za pašovanie drog.',
      'ho-chi-minh',
    ],
    ['cs', 'Policie v Hočiminově Městě zadržela tři muže, kteří pašovali kokain z Brazílie.', 'ho-chi-minh'],
    ['sk', 'Hanojský ľudový súd v piatok odsúdil šesť ľudí za pašovanie metamfetamínu.', 'ha-noi'],
    ['cs', 'Hanojská policie zadržela skupinu, která prodávala padělané léky.', 'ha-noi'],
    // The capital's dateline says nothing; its district says where the story is.
    ['ar', 'هانوي - اندلع حريق في منزل بمنطقة كاو جاي صباح الأحد وأنقذت الشرطة ثلاثة أشخاص.', 'ha-noi'],
    ['ar', 'هانوي - ألقت شرطة منطقة هوانج ماي القبض على شخصين بتهمة السرقة.', 'ha-noi'],
    ['ar', 'ضبطت الشرطة في منطقة غو فاب شحنة من السجائر المهربة.', 'ho-chi-minh'],
    ['ar', 'ضبطت قوات حرس الحدود عند بوابة هوان مو الحدودية شحنة من البضائع المهربة.', 'quang-ninh'],
    ['ar', 'أحبطت الجمارك في معبر لاو باو الحدودي محاولة لتهريب 20 كيلوغراما من المخدرات.', 'quang-tri'],
    ['uk', 'Поліція міста Сон Тай затримала двох чоловіків, озброєних ножами.', 'ha-noi'],
    ['ru', 'Полиция города Сонтай задержала трёх подозреваемых в краже.', 'ha-noi'],
    ['th', 'เจ้าหน้าที่ดับเพลิงในพื้นที่เขตห่าดงช่วยชีวิตผู้ที่ติดอยู่ในบ้านได้ 3 คน', 'ha-noi'],
    ['th', 'ตำรวจเขตฮว่านเกี๋ยมจับกุมผู้ต้องสงสัยลักทรัพย์นักท่องเที่ยว 2 คน', 'ha-noi'],
    ['te', 'హోచిమిన్ నగరంలో పోలీసులు ఇద్దరు వ్యక్తులను అరెస్టు చేశారు.', 'ho-chi-minh'],
    ['te', 'హనోయ్ నగర పోలీసులు మోసం కేసులో ముగ్గురిని అరెస్టు చేశారు.', 'ha-noi'],
    [
      'uk',
      'Поліція Хошиміна затримала трьох підозрюваних у шахрайстві. Слідство у Хошиміні триває.',
      'ho-chi-minh',
    ],
    ['uk', 'У Ханої поліція затримала двох чоловіків. Поліція Ханоя розслідує справу.', 'ha-noi'],
  ])('%s: "%s" is about %s', (language, body, slug) => {
    // Act
    const result = findPlaces(doc(body, language), [], PRIMARY);

    // Assess
    expect(result.primaryProvince?.slug).toBe(slug);
  });
});

function topics(body: string): { language: string; topics: string[] } {
  const result = extractArticle(new TextEncoder().encode(body), { primary: PRIMARY });
  if (!result.ok) throw new Error(result.rejection.message);
  return { language: result.article.language, topics: result.article.figures.map((f) => f.topic) };
}

describe('Function: extractArticle (topics in other languages)', () => {
  it.each([
    [
      'no',
      'Flommen i provinsen Quang Nam\n\nEtter at flommen hadde gått gjennom provinsen, evakuerte politiet 300 husholdninger fra oversvømte områder i løpet av natten.',
      'other',
    ],
    [
      'sv',
      'Översvämningar i provinsen Quang Binh\n\nÖversvämningarna efter tyfonen har drabbat provinsen hårt. Polisen evakuerade 1 200 hushåll från de översvämmade byarna.',
      'other',
    ],
    [
      'ar',
      'فيضانات في شمال فيتنام\n\nلقي 12 شخصا حتفهم جراء الفيضانات والانهيارات الأرضية التي سببتها الأمطار الغزيرة في مقاطعة لاو كاي.',
      'other',
    ],
    [
      'ar',
      'إعصار يضرب وسط فيتنام\n\nأجلت السلطات أكثر من 3000 أسرة قبل وصول الإعصار إلى سواحل مقاطعة كوانغ نغاي.',
      'other',
    ],
    // Sand mining is a crime, whichever police unit (the traffic police's waterway unit) acts.
    [
      'sv',
      'Olaglig sandbrytning i floden\n\nTrafikpolisen beslagtog åtta fartyg som användes för olaglig sandbrytning i floden, och gruvans ägare kunde inte visa något tillstånd.',
      'crime',
    ],
    [
      'no',
      'Ulovlig sanduttak i elven\n\nTrafikkpolitiet beslagla seks båter som ble brukt til ulovlig sanduttak i elven, og eieren hadde ikke tillatelse.',
      'crime',
    ],
    [
      'te',
      'హోచిమిన్ నగరంలో మారిజువానా స్వాధీనం\n\nవిమానాశ్రయంలో అధికారులు మారిజువానా ప్యాకెట్లను గుర్తించారు. మొత్తం 12 కిలోల మారిజువానాను స్వాధీనం చేసుకున్నారు.',
      'drugs',
    ],
  ])('%s: the figure of "%s" is about %s', (language, body, topic) => {
    // Act
    const found = topics(body);

    // Assess
    expect(found.language).toBe(language);
    expect(found.topics).toContain(topic);
    expect(found.topics.every((t) => t === topic)).toBe(true);
  });
});
