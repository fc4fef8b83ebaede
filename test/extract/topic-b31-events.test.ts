/**
 * Which event decides when an article names two kinds (session 31): a mine's collapse or its gas explosion is
 * a mining disaster (other), not a road accident nor a fire (FiguresLexiconSchema.mines); a boat that
 * overturns is a disaster at sea, and a bus a landslide buried is the landslide's (Greek: an overturning and a
 * collision are accident words, a bus is no road event); ivory and wildlife are smuggled goods. Short texts
 * written for the purpose; the negative cases keep a road crash, a house fire and a crime.
 */
import { describe, it } from 'vitest';
import { checkTopics as check, type TopicCase as Case } from '../support/topic-case.js';

describe('Topic: an accident or a fire in a mine is a mining disaster (other)', () => {
  it.each<Case>([
    [
      'en',
      'Gas blast in northern coal mine\nA gas explosion tore through the coal mine on Monday; 6 miners died and 9 were hurt.',
      [
        [6, 'other'],
        [9, 'other'],
      ],
    ],
    [
      'id',
      'Ledakan di tambang\nKecelakaan di tambang batu bara itu menewaskan 4 pekerja dan melukai 7 lainnya.',
      [
        [4, 'other'],
        [7, 'other'],
      ],
    ],
    [
      'vi',
      'Sập hầm lò\nVụ tai nạn tại mỏ than khiến 3 thợ mỏ tử vong và 5 người bị thương.',
      [
        [3, 'other'],
        [5, 'other'],
      ],
    ],
    [
      'el',
      'Τραγωδία σε ορυχείο\nΤο δυστύχημα στο ορυχείο άνθρακα άφησε 4 νεκρούς και 8 τραυματίες.',
      [
        [4, 'other'],
        [8, 'other'],
      ],
    ],
    [
      'de',
      'Unglück im Bergwerk\nBei dem Unfall im Bergwerk starben 5 Bergleute, 11 wurden verletzt.',
      [
        [5, 'other'],
        [11, 'other'],
      ],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: with no mine named, a road accident and a house fire keep their topics', () => {
  it.each<Case>([
    [
      'en',
      'Truck crash on the highway\nThe truck crashed into a car on the highway; 3 people died in the accident.',
      [[3, 'traffic']],
    ],
    [
      'id',
      'Kebakaran rumah\nKebakaran menghanguskan rumah warga, 2 orang tewas terbakar.',
      [[2, 'fire']],
    ],
    [
      'vi',
      'Cháy nhà dân\nVụ cháy nhà trong đêm khiến 2 người tử vong.',
      [[2, 'fire']],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: a boat that overturns is a disaster at sea, a bus a landslide buried the landslide’s (el)', () => {
  it.each<Case>([
    [
      'el',
      'Ναυάγιο στον κόλπο\nΤο αλιευτικό σκάφος ανατράπηκε από τους ισχυρούς ανέμους και η ακτοφυλακή διέσωσε 7 ψαράδες.',
      [[7, 'other']],
    ],
    [
      'el',
      'Κατολίσθηση στο ορεινό πέρασμα\nΗ κατολίσθηση καταπλάκωσε το λεωφορείο και σκότωσε 5 επιβάτες.',
      [[5, 'other']],
    ],
    // An overturning on the road is still a road accident.
    [
      'el',
      'Τροχαίο στην εθνική οδό\nΤο φορτηγό ανατράπηκε στην εθνική οδό και 2 οδηγοί τραυματίστηκαν.',
      [[2, 'traffic']],
    ],
  ])('%s: %s', (...c) => check(c));
});

describe('Topic: ivory and wildlife are smuggled goods', () => {
  it.each<Case>([
    [
      'bg',
      'Задържаха слонова кост на границата\nМитниците откриха 80 кг слонова кост в товар от Африка.',
      [[80, 'smuggling']],
    ],
    [
      'el',
      'Κατάσχεση ελεφαντόδοντου στο λιμάνι\nΟι τελωνειακοί βρήκαν 120 κιλά ελεφαντόδοντο σε κοντέινερ.',
      [[120, 'smuggling']],
    ],
    [
      'uk',
      'Митники знайшли слонову кістку\nУ контейнері виявили 60 кг слонової кістки з Африки.',
      [[60, 'smuggling']],
    ],
    // Elephants counted in a park are no goods: no cue, the article's crime default stays.
    ['bg', 'Полицията задържа 3 души за кражба в зоопарка.', [[3, 'crime']]],
  ])('%s: %s', (...c) => check(c));
});
