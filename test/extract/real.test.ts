/**
 * Real published articles (test/fixtures/real; sources and licences in its SOURCES.md), annotated before the
 * engine first ran on them. Two sets:
 * - tuning: the rules and lexicons were improved from its misses (by error class, never by sentence); its
 *   thresholds guard the level reached.
 * - holdout: about a third of each language, chosen by order before annotation, never used to tune; scored
 *   once per change set, every reading logged in READINGS.md. Its thresholds are issue 9's targets, never the
 *   level a fix reached. A target not reached yet is listed in OPEN_TARGETS with the floor it must not fall
 *   below (the reading at that commit): the test still fails on a regression and its name says the target is
 *   open. Every miss and extra is printed.
 * "Lexicon languages" are those with lexicons (LANGUAGES); the others are read with the generic rules.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../lambdas/shared/vocabulary.js';
import { listedNonFigures, scoreSet, subset, type ScoredSet } from '../support/gold-set.js';
import type { Score } from '../support/gold-score.js';

type Measure = Exclude<keyof Score, 'files' | 'provinceF1' | 'rankAccuracy'>;
type Group = 'lexicon languages' | 'other languages';

const lexicon = new Set<string>(LANGUAGES);
const groups = (set: ScoredSet): [Group, ScoredSet][] => [
  ['lexicon languages', subset(set, (g) => lexicon.has(g.language))],
  ['other languages', subset(set, (g) => !lexicon.has(g.language))],
];

/** Issue 9's acceptance levels on the blind holdout. */
const TARGETS: Record<Group, Partial<Record<Measure, number>>> = {
  'lexicon languages': {
    language: 1,
    primary: 0.95,
    figureRecall: 0.95,
    figurePrecision: 0.95,
    topicAccuracy: 0.92,
    peopleRecall: 0.95,
    peoplePrecision: 0.95,
  },
  'other languages': { language: 1, primary: 0.9, figureRecall: 0.85, figurePrecision: 0.9 },
};

/**
 * Targets not reached yet → the floor the holdout must keep: its latest reading (READINGS.md; session 10, the
 * 139-article holdout — 117 + 22 added blind in session 10 — at its first reading), minus 0.01: lexicon
 * languages primary 0.87, recall 0.88, precision 0.88, topic 0.79, people 0.96/0.88; other languages precision
 * 0.88. The 22 additions alone (all in lexicon languages) read primary 0.95, recall 0.87, precision 0.79, topic
 * 0.66, people 1.00/0.50. After session 10's change set: lexicon languages primary 0.87, recall 0.89, precision
 * 0.90, topic 0.82, people 0.96/0.88; other languages primary 0.96, precision 0.88 (floors from this reading). At
 * session 9's first reading, before any change: lexicon languages primary 0.85, recall 0.88, precision 0.90,
 * topic 0.82; other languages precision 0.86. After: 0.85, 0.88, 0.91, 0.83; 0.88. Session 8's change set had read, on the 103: lexicon languages primary 0.86, recall 0.87,
 * precision 0.90, topic 0.83; other languages precision 0.87. The 14 additions alone read primary 0.82, recall
 * 0.96, precision 0.90, topic 0.70 in the lexicon languages.
 * Reached and held at the target: primary province in the other languages (0.95); figure recall in the other
 * languages (0.76 at the session-8 first reading, 0.88 after its change set); people in the lexicon languages
 * (0.95/0.95 before and after); language everywhere (the other languages read 0.95 at the session-8 first
 * reading: a Norwegian article reported as Nynorsk, "nn"; the record reports Norwegian's macrolanguage "no"
 * since, language/index.ts).
 * Session 11 added 41 blind articles (14 holdout: 153 in all); the grown holdout's first reading, on stop 21's
 * engine: lexicon languages primary 0.876, recall 0.881, precision 0.887, topic 0.827, people 0.893/0.806;
 * other languages primary 0.917, recall 0.901, precision 0.879. After session 11's first change set (xf11, xt11,
 * pl11, xp11, xo11): lexicon languages primary 0.876, recall 0.881, precision 0.889, topic 0.846, people
 * 0.893/0.833; other languages recall 0.909, precision 0.887 (floors from this reading, minus 0.01). After its
 * second round (xo11b, xp11b, xf11b, merged in session 12): lexicon languages recall 0.885, precision 0.892, topic
 * 0.844, the rest unchanged. After session 12's change set: lexicon languages recall 0.886, precision 0.891,
 * topic 0.843, the rest unchanged (about 250 own sentences of six engineers moved the tuning set, not the holdout).
 * Session 12 then added 33 blind articles (X12, r800–r834; 11 holdout: 164 in all), read first on that engine:
 * the 11 alone, lexicon languages primary 0.89, recall 0.86, precision 0.77, topic 0.83; the grown holdout,
 * lexicon languages primary 0.877, recall 0.885, precision 0.887, topic 0.843, people 0.903/0.849; other
 * languages primary 0.885 (the target 0.9, held since session 8, is open again), recall 0.908, precision 0.895.
 * Session 14: its first change set (xru14, sp14, xro14, xvi14) read lexicon languages recall 0.894, precision
 * 0.890, the rest unchanged; then 18 blind additions (col14a en/es/it/ru, col14b zh/ja/ko/th/vi; 182 in all),
 * read first on that engine: lexicon languages primary 0.878, recall 0.896, precision 0.899, topic 0.861,
 * people 0.853/0.853 (two officials of the additions missed); other languages unchanged.
 * Session 16: 18 blind additions (col16a/b/c, r944–r999; 213 in all; 9 in lexicon languages, 9 in fi hr lo ar
 * bn uk...), read first on session 15's final engine (8f24c96): lexicon languages primary 0.893, recall 0.897,
 * precision 0.902, topic 0.880, people 0.833/0.875; other languages primary 0.857, recall 0.873, precision 0.856.
 * After session 16's change set (people, figure and topic classes; text fingerprints for stories; places in
 * every Indic script, Lao and Khmer; South Slavic lexicons and places): lexicon languages primary 0.893, recall
 * 0.897, precision 0.902, topic 0.882, people 0.857/0.900; other languages primary 0.943 (the target 0.9 is met
 * again and held), recall 0.887, precision 0.858. After its second (the fitted model as the primary-province
 * default, by the rule fixed before the session's fresh batch existed; vi word families; Thai, Lao and Khmer
 * vowel keys): lexicon languages primary 0.910, recall 0.899, precision 0.903, topic 0.881, people 0.857/0.900;
 * other languages unchanged.
 * Session 17: 36 blind additions (col17a/b/c, r1000–r1077; 18 to the holdout, 231 in all; 13 in lexicon
 * languages, 5 in ar el fa ur lo), read first on session 16's final engine (08d654c): lexicon languages primary
 * 0.911, recall 0.894, precision 0.901, topic 0.880, people 0.867/0.886; other languages primary 0.875, recall
 * 0.864, precision 0.826. The 18 alone: lexicon languages primary 0.92, recall 0.82, precision 0.87, topic 0.87;
 * other languages primary 0.40, recall 0.73, precision 0.66.
 * Session 18: 10 blind additions (col18a/b, r1100–r1144; 241 in all; 4 in lexicon languages: es de ko ko; 6 in
 * others: hr sr sr el bn km), read first on session 17's final engine (7d9d28a): lexicon languages primary
 * 0.908, recall 0.896, precision 0.905, topic 0.879, people 0.870/0.889; other languages primary 0.891, recall
 * 0.849, precision 0.816. The 10 alone: lexicon languages primary 0.75, recall 0.89, precision 0.92, topic 0.65;
 * other languages primary 0.50, recall 0.74, precision 0.71.
 * Session 19: 15 blind additions (col19a/b/c, r1200–r1264; 256 in all; 9 in lexicon languages: cs es ja ko ms
 * pt vi zh; 6 in others: el hu no ta tr uk), read first on session 18's final engine (faea5d6), after the storeys
 * gold convention: lexicon languages primary 0.907, recall 0.899, precision 0.908, topic 0.890, people
 * 0.833/0.889; other languages primary 0.846, recall 0.816, precision 0.797. The 15 alone: lexicon languages
 * primary 0.89, recall 0.96, precision 0.96, topic 0.88, people 0.00; other languages primary 0.50, recall 0.69,
 * precision 0.74.
 * Session 24 (322 articles, 8 new), first reading: lexicon languages primary 0.920, recall 0.913, precision
 * 0.916, topic 0.900, people 0.879/0.927; other languages primary 0.863, recall 0.836, precision 0.845. Final
 * (after its two change sets): lexicon 0.920, 0.913, 0.916, topic 0.899, people 0.897/0.929; other 0.863,
 * 0.833, 0.845. The 8 alone at the first reading: primary 0.75, recall 0.83, precision 0.92.
 * Session 25 (332 articles, 10 new), first reading: lexicon languages primary 0.922, recall 0.913, precision
 * 0.917, topic 0.901, people 0.897/0.929; other languages primary 0.867, recall 0.830, precision 0.844. After its
 * change set: lexicon recall 0.914, precision 0.918, topic 0.902, the rest unchanged. The 10 alone at the first
 * reading: primary 1.00, recall 0.88, precision 0.96.
 * Session 26 (342 articles, 10 new), first reading: lexicon languages primary 0.917, recall 0.911, precision
 * 0.920, topic 0.902, people 0.883/0.914; other languages primary 0.868, recall 0.832, precision 0.846. The 10
 * alone at the first reading: primary 0.80, recall 0.86, precision 0.98, people 0.50/0.50.
 * Session 27 (360 articles: 19 new, and r1555 withdrawn as the same page as tuning r1536), first reading:
 * lexicon languages primary 0.902, recall 0.915, precision 0.922, topic 0.903, people 0.889/0.918; other
 * languages primary 0.857, recall 0.824, precision 0.833. The 19 alone at the first reading: lexicon languages
 * (10) primary 0.50, recall 0.99, precision 0.99; other languages (9) primary 0.78, recall 0.70, precision 0.66.
 * With col27c's seven "national" primaries corrected to null (the sets' convention; both sets, same engine):
 * lexicon languages primary 0.917 on the 276, 0.90 on the 10.
 * After session 27's change sets: lexicon languages recall 0.916, precision 0.923, the rest unchanged; other
 * languages recall 0.829, precision 0.838, topic 0.938, the rest unchanged.
 * Session 28 (378 articles, 18 new), first reading (engine of d172b3a3): lexicon languages primary 0.919, recall
 * 0.913, precision 0.923, topic 0.905, people 0.877/0.919; other languages primary 0.871, recall 0.818, precision
 * 0.832. The 18 alone: lexicon languages (9) primary 1.00, recall 0.82, precision 0.91; other languages (9)
 * primary 1.00, recall 0.71, precision 0.77. After its change sets: lexicon precision 0.922, other languages
 * recall 0.823, precision 0.836, the rest unchanged.
 * Session 29 (395 articles, 17 new), first reading (engine of fbcd3442): lexicon languages primary 0.922, recall
 * 0.915, precision 0.923, topic 0.905, people 0.866/0.921; other languages primary 0.842, recall 0.815, precision
 * 0.835. The 17 alone: lexicon languages (9) primary 1.00, recall 0.98, precision 0.96; other languages (8)
 * primary 0.50, recall 0.71, precision 0.82. After its change sets: lexicon topic 0.906, the rest unchanged.
 * Session 30 (413 articles, 18 new), first reading (engine of ffe80b9f): lexicon languages primary 0.914, recall
 * 0.914, precision 0.923, topic 0.905, people 0.855/0.922; other languages primary 0.855, recall 0.820, precision
 * 0.839. The 18 alone: lexicon languages (9) primary 0.67, recall 0.87, precision 0.93, topic 0.87; other
 * languages (9) primary 1.00, recall 0.89, precision 0.89, topic 0.45.
 * After its change sets: lexicon precision 0.924, topic 0.905 (0.90 → 0.91 at two decimals); other languages primary 0.864,
 * precision 0.841; the rest unchanged (the five construct × language matrices of invented sentences moved no
 * holdout reading: fi primary, ko topic, tr and zh precision came from b30f and b30p).
 * Session 31 (431 articles, 18 new), first reading (engine of e4ce23cc): lexicon languages primary 0.917, recall
 * 0.911, precision 0.921, topic 0.898, people 0.845/0.909; other languages primary 0.856, recall 0.813, precision
 * 0.833. The 18 alone: lexicon languages (10) primary 1.00, recall 0.78, precision 0.76, topic 0.53; other
 * languages (8) primary 0.75, recall 0.74, precision 0.76, topic 0.95.
 * After its change sets: lexicon recall 0.915, precision 0.926, topic 0.903; other languages topic 0.903; the
 * rest unchanged (the three sets of invented whole articles read primary 1.00 and officials 0.98–1.00 at their
 * first reading: what the holdout misses is in real text, not in the constructs).
 * Issue 9 stays open while this list is not empty.
 */
const OPEN_TARGETS: Partial<Record<`${Group} ${Measure}`, number>> = {
  'lexicon languages primary': 0.86,
  'lexicon languages figureRecall': 0.87,
  'lexicon languages figurePrecision': 0.87,
  'lexicon languages topicAccuracy': 0.83,
  // Held at 0.95 until session 11's 13 additions in lexicon languages (people 0.50/0.40 on them alone); 0.88
  // until session 14's 18 additions (0.853 at their first reading); 0.83 with session 16's (0.833).
  'lexicon languages peopleRecall': 0.83,
  // Held at 0.95 until session 10's 22 additions (people precision 0.50 on them alone: officials named twice or
  // without an office).
  'lexicon languages peoplePrecision': 0.82,
  // Met (0.943) after session 16, open again with session 17's additions (0.875 at their first reading: two of
  // the five other-language additions, ur and el, miss it); 0.87 until session 19's col19c additions (0.846 at
  // their first reading: hu, no and ta of the five miss it); 0.84 until session 20's additions (0.830 at their
  // first reading, on 59 articles); 0.83 until session 21's additions (0.818 at their first reading, on 66
  // articles).
  'other languages primary': 0.81,
  // Met (0.864) after session 17, open again with session 18's additions (0.849 at their first reading: el, bn,
  // km and a sr article miss counts); 0.84 until session 19's col19c additions (0.816 at their first reading:
  // no, hu and tr counts, 0.615 on the five alone); 0.81 until session 32's additions (0.807 on the 126 after
  // its first change sets; 0.732 on its 8 other-language additions: ur, ar, bn and ta counts).
  'other languages figureRecall': 0.8,
  // 0.88 until session 16's additions (0.856 at their first reading: fi, hr, lo, bn, uk); 0.85 until session
  // 17's (0.826: el, fa, ur, lo, ar); 0.82 until session 18's (0.816: el, bn, km); 0.81 until session 19's
  // storeys convention, a gold change and no engine change (0.824 → 0.810: three Lao storey counts, now not
  // figures, are read by the engine); 0.80 until session 19's col19c additions (0.797 at their first reading).
  'other languages figurePrecision': 0.79,
};
/**
 * Listed non-figures read as figures (dates, ages, ordinals…), at most: the same reading (holdout: 21 → 10 in
 * session 5 on 31 articles, 18 on the 45 of session 6 at their first reading, 17 after its change set, 30 on
 * the 73 of session 7 at their first reading and 30 after its change set, 39 on the 103 of session 8 at their
 * first reading and 32 after its change set, 38 on the 117 of session 9 at their first reading and 36 after its change set, 58 on the 139 of session 10 at their first reading and 53 after its change set, 60 on the 153 of session 11 at their first reading and 58 after its first change set, 63 on the 164 of session 12 at their first reading, 64 on the 182 of session 14 at their first reading, 68 on the 195 of session 15 at their first reading, 71 on the 213 of session 16 at their first reading, 80 on the 231 of session 17 at their first reading, 77 after its change set, 78 on the 241 of session 18 at their first reading, 77 on the 256 of session 19 at their first reading (after the storeys convention); 84 on the 301 of session 22 after its change sets (its first reading not counted), 84 on the 314 of session 23 at their first reading and 80 after its change sets, 80 on the 322 of session 24 at their first reading, 80 on the 332 of session 25 at their first reading and after its change set, 81 on the 342 of session 26 at their first reading, 87 on the 360 of session 27 at their first reading (r1555 withdrawn), 86 after its change sets, 87 on the 378 of session 28 at their first reading and after its change sets, 89 on the 395 of session 29 at their first reading and after its change sets, 89 on the 413 of session 30 at their first reading and after its change sets, 94 on the 431 of session 31 at their first reading and 88 after its change sets, 101 on the 459 of session 32 at their first reading and 95 after its first change sets; 80 in session 34 when the check became positional (a figure is flagged only when read inside an occurrence of the listed span, not when its text is a substring of one: «6» of «né en 1986»), same engine, 80 on the 469 of session 34 at their first reading and 78 after its change sets, 77 after session 35's, 74 after session 37's change sets; tuning: 5 → 16 with the session-6 additions, 8 after tuning on
 * them, 23 with the 56 session-7 additions at their first reading, 21 after, 36 with the 59 session-8
 * additions at their first reading, 19 after, 29 with the 32 session-9 additions at their first reading, 26 after, 57 with the 44 session-10 additions at
 * their first reading, 45 after, 50 with the 27 session-11 additions at their first reading, 33 after, 32 after its second round, 33 with the 22 session-12 additions at their first reading; 36 on the 746 with the session-27 additions at their first reading, 30 after its change sets; 36 on the 786 with the session-28 additions at their first reading, 33 after its change sets; 38 on the 861 with the session-30 additions at their first reading, 36 after its change sets; 40 on the 899 after session 31's change sets, its first reading not counted; 48 on the 962 with session 32's additions after its first change sets; 47 when the check became positional, same engine; 56 on the 982 with session 34's additions at their first reading, 48 after its change sets; 49 on the 1,011 after session 35's additions and change sets: «1개» of a ko building's storey count); 46 on the 1,022 after session 36's additions and change sets (house numbers before a Vietnamese street name in ur and bn); 47 on the 1,034 with session 37's batch 37a (col37a) at its first reading and after its change sets («다락방 1개», an attic in a ko house's description); 44 on the 1,044 after session 37's merges (fig37: hours told by their day period, house numbers before ms/id/ko streets; col37b's 10 additions and classes); 48 on the 1,093 after session 39's merges (fig39 dropped two: a ko storey count, th's 114 centre; batches 39a/39b brought six, left in their SOURCES paragraphs: a ja rate per litre, two ja 台 of riding side by side ("2台または3台で走行"), a ko "두 개" of floors, a ru "один проект", an ur crossroads' number); 42 on the 1,111 after session 40's merges (fig40 dropped four: a ko range with "∼", an ur
 * crossroads' number, a ja rate per litre, a ko "두 개" of floors; batches 40a/40b brought none); 41 on the 1,129
 * after session 41's merges (fig41 dropped two: a ja "2台または3台" of alternatives is a guess, neither number counts; batch 41b
 * brought one: a ko unit named by its number, "경찰 113명", read as 113 persons); 43 on the 1,149 after session 42's merges (its change sets dropped none of the 41; batch 42b brought
 * two, left in its SOURCES paragraph: a hi commune's name "सोन किम 1" and a Lao licence plate "यूएन 2224"); 42 on the 1,167 after session 43's merges (fig43's numbered places dropped those two; batch 43a brought one,
 * left in its SOURCES paragraph: a ru police unit named by its number, "113 сотрудникам"); 45 on the 1,186 after session
 * 44's merges (fig44's police-line dropped the two 113s, 42 → 40 on the 1,167; batch 44b brought five, left in col44b's
 * report: a banknote's value "100,000 VND", a house number, a ward's number "Mong Cai 1", phone models "11/13"); 44 on the 1,204 after session 45's merges (fig45's model numbers dropped the phone
 * models "11/13"; batch 45b brought one, left in col45b's report: an ur house number "145" before a street); 42 on the 1,224
 * after session 46's merges (fig46's Latin addresses in caseless text dropped an ur house number "173" and a ward's
 * number "Mong Cai 1"; batches 46a/46b brought none); 43 on the 1,244 after session 47's merges (batch 47a's lunar-month
 * days dropped r1513's "ngày mùng 1 Tết", 42 → 41 on the 1,224, and its r2721 brought two, left in its SOURCES
 * paragraph: the 4 and 5 of a quoted numbered motto, „3 spravedlivé, 4 jasné, 5 dalších“; batch 47b brought none); 42 on the
 * 1,262 after session 48's merges (fig48's numbered mottos dropped r2721's two, 43 → 41 on the 1,244; batch 48a's r2751
 * brought one, left in its SOURCES paragraph: the "tre" of Italian "i tre quarti", a share; batch 48b brought none); 41 on
 * the 1,282 after session 49's merges (fig49's fractions in words dropped r2751's "tre", 42 → 41 on the 1,262; batch 49b's
 * three at its first reading were dropped by its own lexicon fixes; batch 49a brought none); 48 on the 1,302 after session
 * 50's merges (its change sets dropped none of the 41; batch 50a brought four, left in col50a's report: the "2" of a
 * vehicle's wheels "xe mô tô 2 bánh", an hour "15g" before a part of the day and a date "(22-7)" read as 22 and 7;
 * batch 50b brought three: a bn hour after the night "রাত ১০টার" and two ko legal limits "0.25mg/L 미만", "0.4mg/l를
 * 초과"); 40 after session 51's merges (fig51 mended the seven of batch 50 and a th day "(19)" after a weekday glued to
 * its words; batch 51a brought one, "30 Tết", that col51a mended; batch 51b none); 41 on the 1,352 with session 53's
 * batch 53a (col53a) at its first reading and after its change sets (the "2" of r2897's "gậy 2 khúc", a nunchaku's
 * name, left in its SOURCES paragraph); 42 on the 1,372 with session 54's batch 54a (col54a) at its first reading and
 * after its change sets (r2923's "1 tiền án", a suspect's prior conviction the gold lists as no figure, left in its
 * SOURCES paragraph); 45 on the 1,431 with session 56's batch 56b (col56b) at its first reading and after its change
 * set (the 1,421 read 42; r3026's Italian clock times "alle 23 locali (le 17 italiane)" and r3034's plot of
 * "1.000 metros quadrados", left in its SOURCES paragraph); 46 on the 1,451 with session 57's batch 57a (col57a) at
 * its first reading and after its change set (r3050's "giàn 49 ống/hộp", a fireworks box's class of 49 tubes, left in
 * its SOURCES paragraph); 47 on the 1,451 with session 57's batch 57b (col57b) at its first reading and after its
 * change set (the 1,441 read 44; r3055's ko "4가지 행위", kinds of offences, r3064's ja "3つの鋭い先端", a trident's
 * prongs, and r3065's ja rate "約1時間に1人", left in its SOURCES paragraph); 46 on the 1,461 with both batches
 * and session 57's change sets. Holdout: 74 on
 * the 477 of session 40 at the first reading of its 8 additions (after its change sets); 74 on the 485 of session 41 at
 * the first reading of its 8 additions (after its change sets); 77 on the 494 of session 42 at the first reading of its
 * 9 additions, after its change sets (the 485 read 73, the 9 additions 4); 77 on the 503 of session 43 at the first
 * reading of its 9 additions, after its change sets (the 494 read 77, the 9 additions none); 78 on the 512 of session 44
 * at the first reading of its 9 additions, after its change sets (the 503 read 77, the 9 additions 1); 79 on the 520 of
 * session 45 at the first reading of its 8 additions, after its change sets (the 512 read 78, the 8 additions 1); 79 on
 * the 529 of session 46 at the first reading of its 9 additions, after its change sets (the 520 read 78, the 9
 * additions 1); 81 on the 539 of session 47 at the first reading of its 10 additions, after its change sets (the 529
 * read 79, the 10 additions 2); 82 on the 547 of session 48 at the first reading of its 8 additions, after its change
 * sets (the 539 read 80, the 8 additions 2); 84 on the 557 of session 49 at the first reading of its 10 additions,
 * after its change sets (the 547 read 82, the 10 additions 2); 88 on the 567 of session 50 at the first reading of its
 * 10 additions, after its change sets (the 557 read 84, the 10 additions 4); 86 on the 577 of session 51 at the first
 * reading of its 10 additions, after its change sets (the 567 read 86: a th "12" and a ur "0.4" dropped; the 10
 * additions none); 87 on the 592 with batch 53b's 5 holdout additions, after its lexicon change set (the 587 read
 * 86, the 5 additions 1); 88 on the 592 after session 53's tally rule (fig53: a written one that is also the
 * article counts in a tally, figures/tally.ts); 89 on the 602 with batch 54b's 5 holdout additions, after its lexicon
 * change set (the guard's list of offenders not read, as no holdout miss is); 92 on the 636 with batches 56a's and
 * 56b's 5 holdout additions each (56a's lexicon change set moved no holdout output: extract-snapshot; the count
 * read, the list not); 95 on the 641 with batch 57a's 5 holdout additions, after its change set (the count read; the
 * guard's failure message printed its list, which was not acted on); 90 on the 646 with batch 57b's 5 holdout
 * additions, after session 57's merged change sets (fig57b's picture file names and Italian hours; the count read).
 */
const HOLDOUT_NON_FIGURES = 90;
const TUNING_NON_FIGURES = 46;

/**
 * The tuning set's guard: just below the level read (session 8: 223 articles, the 59 added then read first as
 * logged in READINGS.md, before any fix they inspire; sv, ar, hi, km, ta and bn have figures lexicons now but no
 * full lexicon, so they stay in "other languages"). Session 7 had reached, on its 164: lexicon languages primary
 * 0.95, recall 0.91, precision 0.96, topic 0.91, people 1.00/1.00; other languages primary 0.80, recall 0.89,
 * precision 0.97, people 1.00/1.00. The 59 additions read lower (topic 0.61, people 0.89/0.89 in the lexicon
 * languages). Session 8's figure classes (xf8) raised the lexicon languages' figures on the 223 to recall 0.94,
 * precision 0.97; xp8's change set people to 1.00/1.00 in the lexicon languages and primary to 0.76 in the others.
 * Session 9 added 32 articles (255 in all), read first as logged: lexicon languages primary 0.96, recall 0.93,
 * precision 0.96, topic 0.89; other languages recall 0.91, precision 0.95, topic 0.77, people 0.67/0.86.
 * Session 10 added 44 (299 in all, all in lexicon languages), read first: lexicon languages primary 0.97, recall
 * 0.93, precision 0.94, topic 0.84, people 0.97/0.95 (the 44 alone: 0.93, 0.86, 0.84, topic 0.56, 0.83/0.77).
 */
const TUNING_FLOORS: Record<Group, Partial<Record<Measure, number>>> = {
  'lexicon languages': {
    // session 56 additions (col56b) read r3035 (Brazilian Portuguese) as Galician at their first reading: the
    // lead's change set after it (markers.json: the words Portuguese and Galician spell apart) reads it right.
    language: 1,
    // 0.96 on the 255 at the session-9 first reading; 0.97 after pl9's place classes (gates, routes, towns, era);
    // 0.96 on the 326 with the session-11 additions; 0.98 after xp11b's (border guard stations, outlet addresses).
    // session 14 additions (16 articles) at their first reading: 0.966 on the 320 (floor 0.97 → 0.96).
    // 0.968 → 0.982 on the 384 after pr14's (road ends, bracketed datelines and abbreviations, numbered districts).
    // session 15 additions (13 articles, col15b) at their first reading: 0.974 on the 353 (floor 0.98 → 0.97).
    // session 16 additions (11 articles, col16c) at their first reading: 0.968 on the 378 (floor 0.97 → 0.96);
    // all session 16 additions (28 in lexicon languages, col16a/b/c) at their first reading: 0.957 on the 395.
    // 0.955 → 0.967 on the 424 after pr18's (agency datelines, headline lists, storm names, wire spellings).
    // 0.964 → 0.970 on the 470 after pv21's (the hardest-hit province of a disaster round-up; the first of a short
    // list of provinces a storm struck): floor 0.96 → 0.97.
    // 0.967 on the 487 with session 21's 17 lexicon additions (0.882 on them alone at their first reading, not
    // moved by pv21): floor 0.97 → 0.96.
    // 0.958 on the 899 with session 31's 20 lexicon additions (0.70 on them at their first reading, 0.80 after
    // its change sets): floor 0.96 → 0.95.
    // 0.948 on the 706 with session 32's 44 lexicon additions (after its round-1 change sets): floor 0.95 → 0.94.
    primary: 0.94,
    // 0.93 / 0.96 at the session-9 first reading of the 255; 0.945 / 0.967 after xf9's figure classes;
    // 0.931 / 0.944 with the session-10 additions at their first reading; 0.945 / 0.957 after xf10's and xo10's
    // figure classes; 0.948 / 0.967 after xf11's on the 299 (names, seats, ages, ranges, classifiers, vessels);
    // 0.936 / 0.949 on the 326 with the session-11 additions at their first reading; 0.938 / 0.958 after
    // session 11's first change set; 0.947 / 0.965 after session 12's (Spanish news, Cyrillic language by letters,
    // part of a whole); 0.951 / 0.970 at session 14's merges of sp14, xru14, xro14; 0.955 / 0.977 after xvi14's
    // (vi classifiers, number idioms, names and dates as written, list singles with modifiers); 0.949 / 0.970 on
    // the 340 with the session-14 additions (36 in lexicon languages) at their first reading.
    // 0.949 / 0.970 → 0.955 / 0.975 after fg14's figure classes (singles of "one of", scale words spelled out,
    // glued distances and rates, CJK ranges, Thai แห่ง, Italian seats and hours).
    // session 16 additions (28 in lexicon languages) at their first reading: 0.949 / 0.973 on the 395.
    // 0.948 / 0.973 → 0.961 / 0.978 after fg17's (zh/ja 数 ending a noun of count, fates with no noun in nine
    // languages, nouns of deaths, Indic two-part vowel signs folded whole), on the 395 without session 17's
    // additions; 0.956 on the 424 with them (their first reading there: 0.871, unchanged by fg17).
    // 0.964 / 0.979 → 0.967 / 0.980 on the 459 after fx20l's (a bare million, CJK building classifiers, Slavic
    // -ow- adjectives, trains, id/ms "N dari korban", glued m3 and ha): floor 0.95 → 0.96.
    // 0.9688 / 0.9792 → 0.9695 / 0.9802 on the 470 after fx21l's (age words before a range, ranks counted as
    // persons, vi "hàng chục" + scale as vagueness, id/ms "-an" after digits): precision floor 0.97 → 0.98.
    // 0.9797 on the 487 with session 21's 17 lexicon additions (0.968 on them alone at their first reading):
    // precision floor 0.98 → 0.97.
    figureRecall: 0.96,
    figurePrecision: 0.97,
    // 0.84 at the session-8 first reading of the 223; 0.91 after xt8's topic fields (offences, police units);
    // 0.89 with the session-9 additions at their first reading; 0.90 after xt9's topic change set; 0.84 with
    // the session-10 additions at their first reading; 0.88 after xt10's topic change set; 0.93 after xt11's
    // (sand and timber taken illegally and people smuggled are crime, vehicles of a goods case, ru/es/vi cues);
    // 0.932 after session 12's (es betting and disaster cues, ru/uk/bg topics); 0.927 on the 348 with the
    // session-12 additions at their first reading.
    // 0.930 → 0.936 after xro14's Romance classes (weapons used in a fight, fines, illegal entry and exit, betting).
    // 0.938 → 0.944 after tp15's (CJK clauses end at 。, accident words name the article's event, notCues,
    // smuggled goods of counted cases, the arrested after an award, online betting is crime, cue families).
    // 0.945 → 0.960 after tp16's (border formalities, on-duty formulas and office names are no cues; place counts
    // of a case's background; assault, illegal entry, urban order and collision families; offences' arms).
    // 0.962 → 0.967 after tp17's (a subject named only outside the figures' paragraphs, drug-and-crime
    // prevention departments as units' names, a conjunction ends the counted noun, casualties no traffic cue).
    // 0.968 → 0.970 after tp19's (offenders of a review over 3+ kinds of goods are crime, people smuggling and
    // illegal emigration as offences, media no propaganda cue, a brawl's uncued blades are crime).
    // session 21 additions (17 articles, col21a/b) at their first reading: 0.969 on the 487 (0.845 on the 17
    // alone: a landslide burying a bus read as crime, a scam as crime, a ship collision as traffic).
    // 0.9695 → 0.9746 after tp21's (an accident told of a vessel is a disaster of the sea: vessels in 21
    // lexicons; zh traditional characters read through their simplified form, Taiwanese disaster words).
    // 0.973 → 0.977 on the 962 after tp33 (session 33: an offence named in the lead makes later arms the
    // crime's, unless the article reviews other fields too; millions of residents counted by their own noun are
    // a census).
    topicAccuracy: 0.97,
    // 1.00 / 1.00 on the 255; 0.97 / 0.95 with the session-10 additions at their first reading; 1.00 / 1.00
    // after pl10's people classes.
    // 1.00 / 0.95 with the session-11 additions at their first reading; 1.00 / 0.943 with the session-12 ones.
    // 0.943 → 0.985 after ppl14's (officers the story happens to in ja, a place after a role's preposition);
    // session 14 additions (20 articles) at their first reading: 0.957 / 0.931; 0.958 / 0.972 on the 340 after
    // session 14's merges (ppl14, pr14, fg14).
    // 0.975 → 0.987 precision after pp16's (ru soft-stem declension and commune words: r859's commune no person).
    // session 17 additions (12 articles, col17a) at their first reading: 0.9565 precision on the 407 (0.40 on
    // the 12 alone: residents and a suspect named with Sr./domnul/former lieutenant read as officials).
    // session 19 additions (10 articles, col19a) at their first reading: 0.9485 recall on the 448 (0.968 before
    // them; the two officials of r1206, named with a provincial department's post, are missed).
    // 0.9485 / 0.9787 → 0.9691 / 0.9895 after pp19 (session 19): a full name followed by a public body ("X of the
    // National Traffic Safety Committee", de/en/es/fr/it/pt), a former-word two words before a rank.
    // 0.962 → 0.972 after pe21 (session 21): the generic noun for an official ("il funzionario X") a role word.
    // session 26 additions (20 articles, col26a/col26b) at their first reading: 0.963 on the 567 (0.769 on the 18
    // in lexicon languages alone): floor 0.97 → 0.96; raise it back when a change set reads it.
    // 0.963 → 0.985 on the 567 after b26p (Hangul names glossed in Latin letters before a rank, ja ministers as
    // ministry + 相, an Arabic office before a comma and the name): floor back to 0.97.
    // session 35 additions (29 articles, col35a/col35b, all tuning) read first with ppl35's Hangul/Katakana/Han
    // names merged: 0.960 on the 1,011 (missed: a rank before a Thai name, an office before a Han name, a ko
    // office before the name with the rank after, two Japanese officials in a Japanese name form): floor 0.97 →
    // 0.95; raise it back when a change set reads it.
    // 0.960 → 0.971 on the 1,022 after ppl36 (session 36: a rank before a Korean-script name, 반/풍 as family
    // names, Thai family names without tone marks): floor back to 0.97.
    // session 38 (2026-12-05): ppl38's harm-beats-rank rule and r312's gold convention, then batch 38a (ja ko it el,
    // tuning) at its first reading: 0.964 on the 1,068 (missed: ja officers with the rank 上級大尉, a ko rank after
    // an age in brackets): floor 0.97 → 0.96; raise it back when a change set reads it.
    // 0.964 → 0.980 on the 1,093 after session 39's change sets (ppl39 and col39a: 上級大尉, an age in brackets, an
    // office after a ja office's name; batches 39a/39b in): floor back to 0.97.
    peopleRecall: 0.97,
    // session 32 additions at their first reading: 0.976 on the 706 (ko offices read as one-word names):
    // floor 0.98 → 0.97.
    peoplePrecision: 0.97,
  },
  'other languages': {
    // session 16 additions (4 articles: bs sk sr sv, col16a) at their first reading: 0.979 (sr read as another
    // language).
    // 0.98 → 0.991 on the 108 after fb21's Latin letters (Icelandic þ/ð, Faroese ð/ø, Latvian/Lithuanian marks).
    // session 27 additions (19 articles of other languages, col27b/d) at their first reading: 0.988 on the 162
    // (0.947 on the 19): floor 0.99 → 0.98, to be raised back when a change set reads it.
    // 0.988 → 0.994 after b27t's Croatian words (r1966 no longer Bosnian): floor back to 0.99.
    language: 0.99,
    // 0.78 on the 255 and the 299 at their first reading; 0.80 after pl10's Devanagari provinces (session 10);
    // 0.79 on the 326, 0.91 after xo11b's places in other scripts and forms (datelines with a day word, te
    // names, ar/th districts and gates, sk/cs Hočiminovo Mesto).
    // session 16 additions (10 tuning articles of other languages, col16a/b/c: ar bn bs hi km mk sk sr sv) at
    // their first reading: primary 0.833, figure recall / precision 0.855 / 0.906 on the whole group
    // (0.909 / 0.959 / 0.974 on the 44 before them).
    // 0.874 → 0.905 on the 95 after pv21's (the hardest-hit province of a disaster round-up; the first of a short
    // list of provinces a storm struck: hi, sw): floor 0.83 → 0.90.
    // 0.870 → 0.880 on the 108 after fb21's Indic English-read final i (ta ட்ரை, hi ट्राई: Quảng Trị).
    // 0.917 on the 108 with both merged (session 21): floor 0.91.
    // session 25 additions (12 tuning articles of other languages, col25a/b: ar el fa no sk ta ur) at their first
    // reading: 0.893 on the 140 (0.583 on the 12: Persian, Arabic and Tamil forms of Hue, Gia Lai and Quang Tri
    // not read, an Urdu dateline of the capital); 0.907 with session 25's set 1 (pl25): floor 0.91 → 0.90.
    // 0.902 on the 143 with session 26's additions; 0.923 after pl26 (Arabic-script spellings derived by rule,
    // Hangul doubled l, Tamil vowel inside a cluster, intercardinal reference phrases): floor back to 0.91.
    // session 27 additions at their first reading: 0.895 on the 162 (0.684 on the 19): floor 0.91 → 0.89.
    // 0.895 → 0.920 after session 27's change sets (b27p: datelines in native digits, Arabic-script final k,
    // Indic case endings after a virama, Thai police of a province, Lithuanian spellings): floor back to 0.91.
    // 0.903 on the 237 with session 31's 18 additions (0.72 on them at their first reading, 0.78 after its
    // change sets: Bengali, Tamil and Telugu spellings left): floor 0.91 → 0.90.
    // session 32 additions at their first reading: 0.887 on the 256 (after its round-1 change sets; katakana,
    // Arabic-script and Bengali spellings of the new articles' provinces): floor 0.90 → 0.88.
    // 0.887 → 0.898 after pp33 (session 33: katakana provinces before 省 by sound, bn/hi Lai Châu, the doubled
    // Arabic-script ن of a final -ng, ur movement verbs after a destination): floor 0.88 → 0.89.
    primary: 0.89,
    // Raised by xo8 (session 8) after its change set read 0.94 / 0.98 on the 223; 0.91 / 0.95 with the
    // session-9 additions at their first reading; raised by xo9 (session 9) after its change set read
    // 0.95 / 0.98 on the 255.
    // 0.91 → 0.94 after toll19's counts of persons with no noun after the number (no "15 er døde", "38 savnet",
    // ro "40 de dispăruţi", tl "isa ang nawawala", hu "negyvenen": copulas, states, tolls and hu personal numerals).
    // each alone; together on the 76 after nord19's Scandinavian counts (fates after er/ble/har, no/da compounds, the
    // Norwegian thousands dot, da tens; r1256 0.20 → 1.00).
    // 0.94 → 0.963 / 0.972 → 0.989 on the 76 after agg19's fi/hu/tr number forms, compounds and agent nouns
    // (session 19, with the compound split fix for no "mennesker").
    // session 20 additions (8 articles of other languages: ar fa hi km km uk ur ur, col20b) at their first reading:
    // 0.942 / 0.973 on the 84 (the 8 alone: 0.76 / 0.82).
    // session 20 additions (10 articles, col20c: bn el hr mn sr sw ta tr) at their first reading: 0.931 / 0.963.
    // Both batches together (18 articles, the 95) at their first reading: 0.916 / 0.951.
    // 0.92 / 0.95 → 0.95 / 0.98 on the 95 after fb20's numeral systems and word orders (Indic fractions, bn
    // abbreviated hundred, fa mixed numbers, persons and fates before a bare number, sw and mn lexicons, km ម្នាក់).
    // fv20 (measured before fb20's merge) 0.9206 / 0.9555 → 0.9249 / 0.9578 on the 95: fates before a bare number (fatesBefore in 15 lexicons).
    // session 21 additions (10 articles, col21c: bn el el hu is sv sw ta tl tr) at their first reading: 0.9276 / 0.9673
    // on the 105 (0.9657 / 0.9890 on the 95 before them; the 10 alone 0.53 / 0.69: is read as da, ta and tl bare counts).
    // 0.93 / 0.97 → 0.9615 / 0.9843 on the 108 after fb21's (Icelandic detected and given a lexicon, tl compound
    // numbers and aspects, ta soldiers and collectives, bn inflected scales, el person nouns, tr bir, sv "De åtta").
    // session 22 additions (13 articles of other languages, col22b/c: bn el fa is km sv ta tl tr tr ur ur ur) at
    // their first reading: 0.74 / 0.75 on the 13 alone; 0.9414 / 0.9679 on the 121 after set 2 without fb22,
    // 0.9578 / 0.9822 after fb22's (tl "N sa mga X", sv "Av dessa fördes 14", is tens-og-ones, ur/tr/tl persons):
    // recall floor 0.96 → 0.95.
    // session 25 additions (12 articles, col25a/b) at their first reading: 0.937 / 0.975 on the 140 (0.768 / 0.896
    // on the 12 alone: person nouns the lexicons lack (sk passengers, ta customers and soldiers), Urdu digits glued
    // to a word, fa "at least" before Persian digits); unchanged by set 1: floors 0.95 → 0.93, 0.98 → 0.97, to be
    // raised back when a change set reads them (the misses are listed for the next session).
    // session 26 additions (3 articles of other languages: cs tl th) at their first reading: 0.929 / 0.971 on the
    // 143 (0.611 / 0.786 on the 3 alone): recall floor 0.93 → 0.92, to be raised back when a change set reads it.
    // 0.929 / 0.971 → 0.951 / 0.979 on the 143 after session 26's fig26 (person nouns, Arabic-script glued digits,
    // fates before a bare number) and b26f (tl subjects after a copula, "of whom N"): floors 0.92 → 0.95, 0.97.
    // session 27 additions at their first reading: 0.933 / 0.961 on the 162 (0.816 / 0.840 on the 19): floors
    // 0.95 / 0.97 → 0.93 / 0.96.
    // 0.933 / 0.961 → 0.947 / 0.974 after session 27's change sets (b27f, b27g, b27t): floors 0.94 / 0.97.
    figureRecall: 0.94,
    // session 32 additions at their first reading: 0.943 / 0.969 on the 256 (after its round-1 change sets):
    // precision floor 0.97 → 0.96.
    // 0.969 → 0.972 after session 33's fig33 and m33 (ar tenants, ta nationality nouns, a short rest after a
    // scale word): floor back to 0.97.
    figurePrecision: 0.97,
    // 0.77 at the session-9 first reading of the 255; 0.76 after (xo9's new figures carry wrong topics).
    // 0.74 and people recall 0.60 with the session-11 additions (ar, bg, hi, te) at their first reading; 0.88
    // after xo11b's disaster cues (sv, no, da, ar), Scandinavian offences and agencies, te drugs.
    // 0.88 → 0.897 after ppl14's topic cues (ar population, ms public disorder, sv flood clean-up).
    // 0.919 → 0.932 after tp17's (ar drug-and-crime prevention departments as units' names), on the 54 without
    // session 17's additions; 0.915 on the 61 with them (0.636 on the 7 additions: bn/hi/el topic cues).
    // session 18 additions (6 articles of other languages: fi tr, col18a; ar hi lo, col18b) at their first reading:
    // 0.863 on the 67 (0.486 on the 6: fi, hi and lo flood casualties read as crime or fire); 0.863 → 0.934
    // after dz18's disaster cues for the 16 lexicons that had none.
    // session 20 additions (18 articles of other languages, col20b/c) at their first reading: 0.930 on the 95
    // (0.9297: sw and mn have no topic cues, the el bus crash read as cyber).
    // 0.948 → 0.9565 on the 108 after tp21's (km fraud and its channels, Tamil stems with an elided final u).
    topicAccuracy: 0.95,
    // 0.60 → 0.90 after ppl14's (bn/hi family spellings, Khmer ranks, Ukrainian -нх syllables).
    // session 17 additions (6 articles of other languages, col17c: ar bn el hi) at their first reading: 0.75
    // (0.90 on the 54 before them; the two officials of the additions, in bn and hi, are missed).
    // session 18 additions (3 articles: fi tr, col18a) at their first reading: 0.643 (0.75 on the 61 before them;
    // the two officials of the tr additions, named with a local office and a hospital post, are missed).
    // session 19 additions (9 articles of other languages: bn fi hu no sk sk ta tl tr, col19c) at their first
    // reading: 0.529 (0.643 on the 67 before them; the three officials of the hu, no and sk additions, a deputy
    // prime minister named twice and a provincial vice-chairman, are missed).
    // 0.643 → 0.929 after pp19 (session 19): offices before a name in Devanagari/Bengali script (hi, bn), Turkish
    // people data (tr), on the same 67.
    // 0.824 on the 76 with session 19's additions after pp19.
    // 0.529 → 0.588 after nord19's Scandinavian offices (r1256's deputy prime minister, visestatsminister).
    // 0.882 on the 76 after all of session 19's merges.
    // session 20 additions (8 articles, col20b) at their first reading: 0.789 (the uk commune chairman read without
    // his last syllable, the ur colonel general in Latin letters missed).
    // session 20 additions (10 articles, col20c) at their first reading: 0.842 (of their two officials, r1354's
    // prime minister in Greek letters is missed, r1360's is found). Both batches together: 0.762.
    // 0.81 → 0.90 on the 95 after pe20's people lexicons for el, bg, fa, ur, tl, he, mn (Greek names by syllable).
    // 0.913 → 0.957 on the 108 after pe21 (session 21): the Cyrillic -ch coda ("Біч") and uk "голова" (chairman).
    // session 26 additions at their first reading: 0.938 on the 143: floor 0.95 → 0.93, to be raised back when a
    // change set reads it. 0.938 → 0.969 after b26p (session 26): floor back to 0.95.
    // session 27 additions at their first reading: 0.941 on the 162: floor 0.95 → 0.94.
    // 0.941 → 0.971 after b27t (Estonian offices in the genitive, fr lieutenant-chef): floor back to 0.95.
    // session 28 additions at their first reading: 0.944 on the 182 (r2029 lt: the prime minister's family name
    // misspelt "Phấm" in the text; b28t taught Lithuanian name endings, the spelling is left): floor 0.95 → 0.94.
    // session 29 additions at their first reading: 0.923 on the 200 (r2094 sr: the prime minister in a Serbian
    // Latin transliteration, "Fạm Min Činh"; r2104 ja: a Latin-script name before 氏; both left): floor 0.94 → 0.92.
    // session 32 additions at their first reading: 0.907 on the 256: floor 0.92 → 0.90.
    // 0.907 → 0.930 after pp33 (session 33: hi spellings of Nguyễn and the postpositions that end a name):
    // floor back to 0.92.
    // session 36 additions (col36: 6 articles of other languages, all tuning) at their first reading: 0.894 on the
    // 1,022 (missed: an el captain "καπετάνιος" before a Greek-script name, an ar commune chairman): floor 0.92 →
    // 0.88; raise it back when a change set reads it. 0.894 → 0.942 on the 1,044 after ppl37 (session 37: el
    // καπετάνιος, an ar office in apposition before the holder's name, zh 文 and 屈 as family names): back to 0.92.
    peopleRecall: 0.92,
    // 0.86 until xp11 (session 11) read one official under two Arabic spellings of "ng" as one: 1.00.
    // 1.00 → 0.929 after pp19 (session 19) found r750's official as the text writes him ("टू एन एक्सो") while
    // its gold entry wrote him in Latin letters; 1.00 again after that entry was corrected to the text's script.
    // session 20 additions (8 articles, col20b) at their first reading: 0.937 (the uk official's name cut short).
    // 0.94 → 0.95 on the 95 after pe20's people lexicons (el, bg, fa, ur, tl, he, mn).
    // 0.955 → 1.00 on the 108 after pe21 (session 21): the uk chairman's name no longer cut ("Біч").
    // session 32 additions (19 tuning articles of other languages) at their first reading: 0.975 on the 256 (a
    // Bengali and an Urdu name cut or doubled): floor 0.99 → 0.97, to be raised back when a change set reads it.
    // session 38 additions (batches 38a/38b, tuning) at their first reading: 0.964 on the 1,068 (an Urdu name cut
    // after three of its four words): floor 0.97 → 0.96; raise it back when a change set reads it.
    // 0.964 → 0.983 on the 1,093 after session 39's change sets (ppl39: the Urdu four-word name, one official under
    // a Latin and a Hangul spelling): floor back to 0.97.
    // session 49 additions (batch 49b: 10 tuning articles in ur and ar) after the batch's own lexicon fixes: 0.961
    // on the 1,282 (an Arabic-script name of four words cut at three before punctuation or a glued و, an ar office
    // parted from its holder by the body it heads, a private rescue-team leader, President Hồ Chí Minh named in an
    // anniversary; left for a people change set): floor 0.97 → 0.96; raise it back when a change set reads it.
    peoplePrecision: 0.96,
  },
};

describe('Real articles: blind holdout (never tuned on)', () => {
  const set = scoreSet('test/fixtures/real/holdout.gold.json', 'test/fixtures/real/holdout');
  console.log(`real holdout ${set.report}`);

  const rows = groups(set).flatMap(([group, part]) =>
    Object.entries(TARGETS[group]).map(([measure, target]) => {
      const floor = OPEN_TARGETS[`${group} ${measure as Measure}`];
      const name =
        floor === undefined
          ? `${group}: ${measure} ≥ ${target}`
          : `${group}: ${measure} ≥ ${floor} (target ${target} not reached yet)`;
      return [name, part.score[measure as Measure], floor ?? target!, part.report] as const;
    }),
  );
  it.each(rows)('%s', (_name, value, threshold, report) => {
    expect(value, report).toBeGreaterThanOrEqual(threshold);
  });

  it(`outputs at most ${HOLDOUT_NON_FIGURES} listed non-figures of the gold (target: none)`, () => {
    const offenders = listedNonFigures(set);
    expect(offenders.length, offenders.join('\n')).toBeLessThanOrEqual(HOLDOUT_NON_FIGURES);
  });
});

describe('Real articles: tuning set (regression guard)', () => {
  const set = scoreSet('test/fixtures/real/tuning.gold.json', 'test/fixtures/real/tuning');
  console.log(`real tuning ${set.report}`);

  const rows = groups(set).flatMap(([group, part]) =>
    Object.entries(TUNING_FLOORS[group]).map(
      ([measure, floor]) =>
        [`${group}: ${measure} ≥ ${floor}`, part.score[measure as Measure], floor, part.report] as const,
    ),
  );
  it.each(rows)('%s', (_name, value, threshold, report) => {
    expect(value, report).toBeGreaterThanOrEqual(threshold);
  });

  it(`outputs at most ${TUNING_NON_FIGURES} listed non-figures of the gold`, () => {
    const offenders = listedNonFigures(set);
    expect(offenders.length, offenders.join('\n')).toBeLessThanOrEqual(TUNING_NON_FIGURES);
  });
});
