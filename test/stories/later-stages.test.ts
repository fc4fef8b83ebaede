/**
 * Later stages told days after the event (session 12): a body found or recovered days after the boat sank or
 * the hill came down, a suspect caught days after the crime, aid handed to the victims' families, the results
 * of an investigation. Each is another report than the event's, though it names the same place, people and
 * toll; copies of one report, in any language, still read one stage. Pairs written for this test (not
 * fixture text), in vi, en, fr, de, es, hi and no.
 */
import { describe, expect, it } from 'vitest';
import { findStage } from '../../lambdas/extract/stage/index.js';
import type { Stage } from '../../lambdas/shared/vocabulary.js';
import {
  similarity,
  stagesDiffer,
  STORY_THRESHOLD,
  type StoryEvidence,
} from '../../lambdas/stories/index.js';
import { engineEvidence, evidenceOf } from '../support/story-eval.js';

type Report = readonly [language: string, title: string, lead: string];

function stageOf([language, title, lead]: Report): Stage | null {
  return findStage({ language, title, sections: [{ paragraphs: [lead] }] });
}

/** The same evidence but the stage and the day: what the stage alone decides. */
function reportAt(stage: Stage | null, published: string): StoryEvidence {
  return evidenceOf({
    id: `${stage}-${published}`,
    stage,
    published,
    localities: ['lao-cai/bao-yen'],
    people: ['nguyen van hung'],
    figures: [{ value: 2, unit: 'person' as const, count: 1 }],
  });
}

// [the event's report, the later stage's report (two or more days later), the later stage it reads]
const apart: readonly (readonly [Report, Report, Exclude<Stage, 'event'>])[] = [
  [
    ['en', 'Boat capsizes on the Lo River, two people missing', 'Rescuers are searching the river.'],
    [
      'en',
      'Second body found two days after boat sank on the Lo River',
      'The body of the second victim was recovered on Thursday morning.',
    ],
    'recovery',
  ],
  [
    ['vi', 'Lật thuyền trên sông Lô, hai người mất tích', 'Lực lượng cứu hộ đang tìm kiếm.'],
    [
      'vi',
      'Tìm thấy thi thể nạn nhân thứ hai, 2 ngày sau vụ lật thuyền',
      'Sáng nay, người dân phát hiện thi thể cách hiện trường 3 km.',
    ],
    'recovery',
  ],
  [
    ['fr', 'Glissement de terrain à Ha Giang : trois ouvriers disparus', 'Les secours sont sur place.'],
    [
      'fr',
      'Le corps de la première victime retrouvé deux jours après le glissement de terrain',
      'Les recherches se poursuivent pour les deux autres ouvriers.',
    ],
    'recovery',
  ],
  [
    ['de', 'Boot gekentert: zwei Fischer in Quang Ngai vermisst', 'Die Küstenwache sucht nach ihnen.'],
    [
      'de',
      'Leiche des zweiten Fischers drei Tage nach dem Unglück geborgen',
      'Taucher fanden den Mann in der Nähe der Küste.',
    ],
    'recovery',
  ],
  [
    ['es', 'Un alud sepulta dos casas en Lao Cai', 'Tres personas están desaparecidas.'],
    [
      'es',
      'Hallan el cuerpo de la primera víctima dos días después del alud',
      'Los rescatistas siguen buscando a las otras dos personas.',
    ],
    'recovery',
  ],
  [
    ['hi', 'वियतनाम में नाव पलटी, दो मछुआरे लापता', 'बचाव दल खोज में जुटे हैं।'],
    ['hi', 'नाव डूबने के दो दिन बाद दूसरे मछुआरे का शव मिला', 'शव किनारे से तीन किलोमीटर दूर मिला।'],
    'recovery',
  ],
  [
    ['no', 'Båt kantret i Vietnam, to fiskere savnet', 'Redningsmannskaper leter etter dem.'],
    ['no', 'Den andre fiskeren funnet død to dager etter ulykken', 'Liket ble funnet av lokale fiskere.'],
    'recovery',
  ],
  [
    ['es', 'Naufragio en Quang Nam: cinco pescadores desaparecidos', 'La guardia costera los busca.'],
    [
      'es',
      'Suspenden la búsqueda de los pescadores desaparecidos',
      'Las autoridades pusieron fin a las operaciones.',
    ],
    'recovery',
  ],
  [
    ['en', 'Armed men rob gold shop in Thai Nguyen', 'They took 30 taels of gold and fled on a motorbike.'],
    [
      'en',
      'Police arrest gold shop robbers three days after the heist',
      'The two men were caught in a rented room in Hanoi.',
    ],
    'prosecution',
  ],
  [
    ['vi', 'Cướp tiệm vàng ở Thái Nguyên', 'Hai đối tượng lấy 30 lượng vàng rồi bỏ trốn.'],
    [
      'vi',
      'Bắt hai nghi phạm cướp tiệm vàng sau 3 ngày lẩn trốn',
      'Các đối tượng bị bắt tại một phòng trọ ở Hà Nội.',
    ],
    'prosecution',
  ],
  [
    ['de', 'Überfall auf Goldgeschäft in Thai Nguyen', 'Die Täter flohen auf einem Motorrad.'],
    [
      'de',
      'Mutmaßliche Räuber zwei Tage nach dem Überfall festgenommen',
      'Die Polizei fasste die Männer in Hanoi.',
    ],
    'prosecution',
  ],
  [
    ['vi', 'Sạt lở đất vùi lấp nhà dân ở Bảo Yên', 'Hai người tử vong.'],
    ['vi', 'Trao hỗ trợ cho gia đình các nạn nhân vụ sạt lở ở Bảo Yên', 'Mỗi gia đình nhận 20 triệu đồng.'],
    'compensation',
  ],
  [
    ['en', 'Landslide buries homes in Bao Yen', 'Two people were killed.'],
    [
      'en',
      'Aid handed over to families of landslide victims in Bao Yen',
      'Each family received 20 million VND.',
    ],
    'compensation',
  ],
  [
    ['en', 'Fire at karaoke bar kills three in Hanoi', 'Firefighters put out the blaze after two hours.'],
    [
      'en',
      'Investigation results: faulty wiring caused the karaoke bar fire',
      'Police concluded the investigation on Monday.',
    ],
    'indictment',
  ],
  [
    ['vi', 'Cháy quán karaoke ở Hà Nội, ba người tử vong', 'Lực lượng chữa cháy đã dập tắt đám cháy.'],
    ['vi', 'Công bố kết quả điều tra vụ cháy quán karaoke', 'Nguyên nhân do chập điện tại tầng hai.'],
    'indictment',
  ],
  [
    ['fr', 'Un policier tué lors d’un contrôle à Hue', 'Le suspect a pris la fuite.'],
    ['fr', 'Procès du meurtrier du policier de Hue', 'L’audience s’est ouverte un an après les faits.'],
    'trial',
  ],
];

// Two copies of one report, in two languages or outlets: one stage, whatever each copy chose to say.
const together: readonly (readonly [Report, Report, Stage])[] = [
  [
    ['en', 'Landslide buries soldiers; three bodies recovered', 'Rescuers search for the missing.'],
    ['vi', 'Sạt lở vùi lấp chiến sĩ, đã tìm thấy 3 thi thể', 'Lực lượng cứu hộ tiếp tục tìm kiếm.'],
    'event',
  ],
  [
    ['en', 'Police seize 20 kg of heroin, arrest two', 'The suspects were caught at the border gate.'],
    ['de', 'Polizei stellt 20 kg Heroin sicher', 'Zwei Verdächtige wurden festgenommen.'],
    'event',
  ],
  [
    ['vi', 'Bắt giữ đối tượng vận chuyển ma túy', 'Sau nhiều ngày theo dõi, công an bắt quả tang.'],
    ['en', 'Police catch drug courier', 'After days of surveillance, police caught him in the act.'],
    'event',
  ],
  [
    ['en', 'Second body found two days after boat sank', 'Rescuers found the body near the bank.'],
    ['fr', 'Le deuxième corps retrouvé deux jours après le naufrage', 'Il a été repêché près de la rive.'],
    'recovery',
  ],
  [
    ['vi', 'Bắt nghi phạm sát hại chủ nhà sau 2 ngày lẩn trốn', 'Nghi phạm bị bắt tại Lạng Sơn.'],
    ['es', 'Detenido el presunto asesino dos días después del crimen', 'Fue capturado en Lang Son.'],
    'prosecution',
  ],
  [
    ['hi', 'भूस्खलन में दो लोगों की मौत', 'बचाव दल ने दो शव बरामद किए।'],
    ['no', 'Jordskred dreper to i Vietnam', 'Redningsmannskaper fant to omkomne.'],
    'event',
  ],
];

describe('A later stage told days after the event is read as that stage', () => {
  it.each(apart)('%j stays apart from %j (%s)', (event, later, stage) => {
    expect(stageOf(event)).toBe('event');
    expect(stageOf(later)).toBe(stage);
    // Reported two days after the event: another story, by the stage alone.
    expect(stagesDiffer(reportAt('event', '2024-09-10'), reportAt(stage, '2024-09-12'))).toBe(true);
  });
});

describe('Copies of one report read one stage', () => {
  it.each(together)('%j and %j both read %s', (a, b, stage) => {
    expect(stageOf(a)).toBe(stage);
    expect(stageOf(b)).toBe(stage);
  });
});

describe('Through the engine: the boat and its second body', () => {
  function evidence(id: string, text: string, published: string): StoryEvidence {
    return engineEvidence(id, new TextEncoder().encode(text), published, '2024-10-01T00:00:00.000Z');
  }
  const eventVi = evidence(
    'event-vi',
    'Lật thuyền trên sông Lô, hai người mất tích\n\nChiều 10/9, một thuyền chở 6 người bị lật trên sông Lô đoạn qua xã Phú Lâm, huyện Yên Sơn, tỉnh Tuyên Quang. 4 người bơi được vào bờ, 2 người mất tích là ông Nguyễn Văn Hùng (45 tuổi) và ông Lê Văn Tám (38 tuổi).',
    '2024-09-10',
  );
  const eventEn = evidence(
    'event-en',
    'Boat capsizes on Lo River, two missing\n\nOn September 10 afternoon, a boat carrying 6 people capsized on the Lo River in Phu Lam Commune, Yen Son District, Tuyen Quang Province. 4 people swam ashore; the 2 missing are Nguyen Van Hung (45) and Le Van Tam (38).',
    '2024-09-10',
  );
  const laterEn = evidence(
    'later-en',
    'Second body found two days after boat sank on Lo River\n\nThe body of Le Van Tam (38) was found on September 12 in Phu Lam Commune, Yen Son District, Tuyen Quang Province, two days after the boat carrying 6 people capsized. Nguyen Van Hung (45) was found the day before.',
    '2024-09-12',
  );

  it('reads the stages', () => {
    expect([eventVi.stage, eventEn.stage, laterEn.stage]).toEqual(['event', 'event', 'recovery']);
  });

  it('the vi and en reports of the capsizing join; the second body two days later stays apart', () => {
    expect(similarity(eventVi, eventEn)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(similarity(eventEn, laterEn)).toBeLessThan(STORY_THRESHOLD);
    expect(similarity(eventVi, laterEn)).toBeLessThan(STORY_THRESHOLD);
  });
});
