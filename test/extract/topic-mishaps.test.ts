/**
 * A mishap its language's cues do not name: an article with no cue at all (no subject, no offence, no police
 * work) that tells people dead, missing, hurt or rescued is `other`, not the `crime` a crime story would name;
 * a boat that capsizes or sinks is `other` as a flood is, and so is a food poisoning. Short articles written
 * for the purpose (a title, then a paragraph), in languages with few cues; a road crash and an arrest keep
 * their topics.
 */
import { describe, it } from 'vitest';
import { checkTopics as check, type TopicCase as Case } from '../support/topic-case.js';

describe('Topic: a mishap with casualties and no cue is other', () => {
  it.each<Case>([
    [
      'tl',
      'Gumuho ang isang lumang gusali sa lungsod\nAyon sa mga residente, 5 katao ang nasawi at 12 ang nailigtas mula sa mga guho.',
      [
        [5, 'other'],
        [12, 'other'],
      ],
    ],
    [
      'tr',
      'Maden ocağında göçük\nSabah meydana gelen göçükte 8 işçi öldü, 14 işçi kurtarıldı.',
      [
        [8, 'other'],
        [14, 'other'],
      ],
    ],
    [
      'sv',
      'Gammal bro rasade i norr\nFyra bilar föll ner i älven när bron rasade på natten, och 3 personer omkom medan 7 skadades.',
      [
        [3, 'other'],
        [7, 'other'],
      ],
    ],
  ])('%s: %s', (...c) => check(c));
});

// Session 45: the casualty fates of every lexicon with fate verbs (mishapFates), not only the six first
// given them: a collapse or a blast told with no cue in Polish, Russian, Spanish, Indonesian or Urdu is a
// mishap too.
describe('Topic: a mishap with casualties and no cue is other, in the languages given mishapFates later', () => {
  it.each<Case>([
    [
      'pl',
      'Zawalił się stary wiadukt\nW nocy 4 osoby zginęły, a 9 zostało rannych, gdy przęsło runęło na drogę.',
      [
        [4, 'other'],
        [9, 'other'],
      ],
    ],
    [
      'ru',
      'Обрушилась крыша рынка\nПод обломками 3 человека погибли, ещё 11 человек были ранены.',
      [
        [3, 'other'],
        [11, 'other'],
      ],
    ],
    [
      'es',
      'Se derrumbó un viejo edificio\nSegún los vecinos, 2 personas murieron y 6 resultaron heridas entre los escombros.',
      [
        [2, 'other'],
        [6, 'other'],
      ],
    ],
    [
      'id',
      'Atap pasar ambruk\nWarga mengatakan 3 orang tewas dan 8 orang terluka tertimpa reruntuhan.',
      [
        [3, 'other'],
        [8, 'other'],
      ],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: a boat capsizing or sinking, a food poisoning, are other', () => {
  it.each<Case>([
    [
      'tr',
      'Gölde tekne alabora oldu\nGezi teknesinde bulunan 9 kişiden 6 kişi kurtarıldı, polis ve dalgıçlar 3 kişiyi arıyor.',
      [
        [9, 'other'],
        [6, 'other'],
      ],
    ],
    [
      'tl',
      'Bangkang pangisda, tumaob sa laot\nSinabi ng pulisya na 7 mangingisda ang nawawala matapos tumaob ang bangka sa ilog.',
      [[7, 'other']],
    ],
    [
      'sv',
      'Bröllopsgäster insjuknade\nÖver 60 gäster fick vård på sjukhus för matförgiftning efter festen.',
      [[60, 'other']],
    ],
    [
      'en',
      'Factory canteen lunch sends workers to hospital\nSome 32 workers were treated for food poisoning after the meal, health officials said.',
      [[32, 'other']],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: a road crash and an arrest keep their topics', () => {
  it.each<Case>([
    [
      'tr',
      'Otoyolda kaza\nİki otomobilin çarpıştığı kazada 2 kişi öldü, 5 kişi yaralandı.',
      [
        [2, 'traffic'],
        [5, 'traffic'],
      ],
    ],
    [
      'tl',
      'Tatlong lalaki, inaresto\nInaresto ng pulisya ang 3 lalaki sa isang checkpoint sa bayan.',
      [[3, 'crime']],
    ],
  ])('%s: %s', (...c) => check(c));
});

// Arrests, detentions and sentences are fates of persons too, but they tell police work: an article whose only
// fate word is one of them stays the crime story it is (the mishap rule reads the lexicon's mishapFates only).
describe('Topic: an arrest with no other cue stays crime', () => {
  it.each<Case>([
    [
      'en',
      'Two held at the airport\nAirport police said 2 men were detained at the arrivals hall on Monday.',
      [[2, 'crime']],
    ],
    [
      'fr',
      "Deux hommes à l'aéroport\nLa police a interpellé 2 hommes dans le hall des arrivées lundi.",
      [[2, 'crime']],
    ],
    [
      'de',
      'Zwei Männer am Flughafen\nAm Montag wurden 2 Männer in der Ankunftshalle festgenommen.',
      [[2, 'crime']],
    ],
    [
      'tl',
      'Dalawa sa paliparan\nAyon sa mga awtoridad, 2 lalaki ang nahuli sa paliparan noong Lunes.',
      [[2, 'crime']],
    ],
    [
      'sv',
      'Två på flygplatsen\nPå måndagen greps 2 män i ankomsthallen, och de anhölls senare.',
      [[2, 'crime']],
    ],
    ['tr', 'Havalimanında iki kişi\nPazartesi günü havalimanında 2 kişi gözaltına alındı.', [[2, 'crime']]],
    ['ru', 'Двое на вокзале\nВ понедельник на вокзале были задержаны 2 человека.', [[2, 'crime']]],
    ['pl', 'Dwaj mężczyźni na dworcu\nW poniedziałek na dworcu zatrzymano 2 mężczyzn.', [[2, 'crime']]],
  ])('%s: %s', (...c) => check(c));
});
