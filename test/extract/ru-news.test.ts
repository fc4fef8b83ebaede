/**
 * Russian news on Vietnamese police, crime, drugs, smuggling, traffic, fires, disasters and border guards, as
 * Russian-language outlets (the Russian editions of Vietnamese agencies, Russian media on Vietnam) write it;
 * then a few Ukrainian and Bulgarian ones where the same rule holds. Short articles written for these rules
 * (a title, then a paragraph), never sentences of the tuning or holdout sets.
 *
 * Each case lists every figure of the article under the gold conventions (value, unit, topic; the currency of
 * foreign money) and the primary province. Ages, distances, dates, years, article numbers, road numbers and
 * phone numbers are no figures. A figure repeated in the title and the body counts once here.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import type { Topic, Unit } from '../../lambdas/shared/vocabulary.js';
import { PRIMARY } from '../support/primary-choice.js';

type Figure = readonly [value: number, unit: Unit, topic: Topic, currency?: string];
type Case = [language: string, text: string, figures: readonly Figure[], primary: string];

function read(text: string): { language: string; figures: string[]; primary: string | null } {
  const result = extractArticle(new TextEncoder().encode(text), { primary: PRIMARY });
  if (!result.ok) throw new Error(result.rejection.message);
  const { article } = result;
  const figures = article.figures.map((f) =>
    [f.value, f.unit, f.topic, ...(f.unit === 'other' && f.currency ? [f.currency] : [])].join(' '),
  );
  return {
    language: article.language,
    figures: [...new Set(figures)].sort(),
    primary: article.primaryProvince?.slug ?? null,
  };
}

function check([language, text, figures, primary]: Case): void {
  // Act
  const got = read(text);

  // Assess
  expect(got).toEqual({
    language,
    figures: [...new Set(figures.map((f) => f.join(' ')))].sort(),
    primary,
  });
}

describe('Russian news: figures, topics and the primary province', () => {
  it.each<Case>([
    [
      'ru',
      'Пограничники Лаокая задержали наркокурьеров\nПограничники провинции Лаокай задержали двух граждан соседней страны, перевозивших 6 кг метамфетамина и 2000 таблеток синтетических наркотиков.',
      [
        [2, 'person', 'drugs'],
        [6, 'kg', 'drugs'],
        [2000, 'other', 'drugs'],
      ],
      'lao-cai',
    ],
    [
      'ru',
      'Раскрыта крупная наркосеть\nПолиция провинции Шонла раскрыла преступную группу, занимавшуюся незаконным оборотом наркотиков, задержав 12 человек и изъяв более 1,2 тонны метамфетамина. По делу возбуждено 5 уголовных дел.',
      [
        [12, 'person', 'drugs'],
        [1200, 'kg', 'drugs'],
        // Criminal proceedings opened are crime, whatever the case was about (the gold's convention).
        [5, 'case', 'crime'],
      ],
      'son-la',
    ],
    [
      'ru',
      'Смертельное ДТП на трассе\nВ результате дорожно-транспортного происшествия на национальной трассе 14 в провинции Зялай погибли три человека, ещё пятеро получили ранения.',
      [
        [3, 'person', 'traffic'],
        [5, 'person', 'traffic'],
      ],
      'gia-lai',
    ],
    [
      'ru',
      'Пожар на складе в Ханое\nВечером 15 марта на складе в районе Хоангмай вспыхнул пожар. На место прибыли 10 пожарных машин и более 80 пожарных и спасателей. Огонь уничтожил около 2 000 квадратных метров складских помещений.',
      [
        [10, 'vehicle', 'fire'],
        [80, 'person', 'fire'],
        [2000, 'other', 'fire'],
      ],
      'ha-noi',
    ],
    [
      'ru',
      'Наводнение в провинции Куангчи\nПо данным властей провинции Куангчи, в результате наводнения погибли 7 человек, ещё 2 человека пропали без вести, затоплено более 3 500 домов.',
      [
        [7, 'person', 'other'],
        [2, 'person', 'other'],
        [3500, 'other', 'other'],
      ],
      'quang-tri',
    ],
    [
      'ru',
      'Оползень в горной провинции\nОползень, вызванный проливными дождями, разрушил 4 дома в уезде Виссуйен провинции Хазянг; двое жителей погибли.',
      [
        [4, 'other', 'other'],
        [2, 'person', 'other'],
      ],
      'ha-giang',
    ],
    [
      'ru',
      'Таможенники пресекли контрабанду сигарет\nТаможенники провинции Лангшон задержали грузовик, в котором находились 5 000 пачек сигарет иностранного производства без документов.',
      [[5000, 'other', 'smuggling']],
      'lang-son',
    ],
    [
      'ru',
      'Мошенник выманил 15 млрд донгов\nПолиция Хошимина задержала 35-летнего мужчину, который через социальные сети выманил у 20 человек в общей сложности 15 млрд донгов.',
      [
        [20, 'person', 'cyber'],
        [15_000_000_000, 'vnd', 'cyber'],
      ],
      'ho-chi-minh',
    ],
    [
      'ru',
      'Задержаны участники азартных игр\nПолиция провинции Бакнинь задержала 17 человек, игравших в азартные игры на деньги, и изъяла 45 млн донгов.',
      [
        [17, 'person', 'crime'],
        [45_000_000, 'vnd', 'crime'],
      ],
      'bac-ninh',
    ],
    [
      'ru',
      'Вынесен смертный приговор\nНародный суд провинции Тхайнгуен приговорил к смертной казни 42-летнего мужчину, признанного виновным в незаконной торговле 3 кг героина по статье 251 Уголовного кодекса.',
      [[3, 'kg', 'drugs']],
      'thai-nguyen',
    ],
    [
      'ru',
      'Задержаны воры мотоциклов\nПолиция Хайфона задержала пятерых членов банды, занимавшейся кражами мотоциклов; изъято 11 мотоциклов.',
      [
        [5, 'person', 'crime'],
        [11, 'vehicle', 'crime'],
      ],
      'hai-phong',
    ],
    [
      'ru',
      'Итоги года в борьбе с наркотиками\nПо итогам 2024 года полиция провинции Нгеан раскрыла 320 дел, связанных с наркотиками, и задержала 540 подозреваемых.',
      [
        [320, 'case', 'drugs'],
        [540, 'person', 'drugs'],
      ],
      'nghe-an',
    ],
    [
      'ru',
      'Число ДТП снизилось\nЧисло ДТП в провинции Биньзыонг за 9 месяцев 2025 года снизилось на 12,5% по сравнению с тем же периодом прошлого года.',
      [[12.5, 'percent', 'traffic']],
      'binh-duong',
    ],
    [
      'ru',
      'Горячая линия для жителей\nДорожная полиция провинции Ниньбинь за неделю выявила 146 нарушений правил дорожного движения и призвала жителей звонить по номеру 0912 345 678.',
      [[146, 'case', 'traffic']],
      'ninh-binh',
    ],
    [
      'ru',
      'Задержаны нарушители границы\nПограничники провинции Анзянг задержали 14 человек, незаконно пересёкших границу из Камбоджи.',
      [[14, 'person', 'crime']],
      'an-giang',
    ],
    [
      'ru',
      'Пресечена незаконная добыча песка\nРечная полиция провинции Донгнай задержала 3 судна, незаконно добывавших песок, и изъяла около 600 кубометров песка.',
      [
        [3, 'vehicle', 'crime'],
        [600, 'other', 'crime'],
      ],
      'dong-nai',
    ],
    [
      'ru',
      'Спасены рыбаки\nПограничники провинции Биньдинь спасли 8 рыбаков с судна, терпящего бедствие в 50 морских милях от берега.',
      [[8, 'person', 'other']],
      'binh-dinh',
    ],
    [
      'ru',
      'Изъято оружие\nПолиция провинции Дьенбьен изъяла у подозреваемого 2 пистолета и 35 патронов.',
      [
        [2, 'weapon', 'weapons'],
        [35, 'other', 'weapons'],
      ],
      'dien-bien',
    ],
    [
      'ru',
      'Изъяты петарды\nПолиция провинции Тхайбинь изъяла 120 кг петард, которые 28-летний мужчина хранил у себя дома.',
      [[120, 'kg', 'fireworks']],
      'thai-binh',
    ],
    [
      'ru',
      'Героин в грузовике\nПолиция провинции Куанг Нинь обнаружила в грузовике 300 граммов героина и задержала водителя в возрасте 40 лет.',
      [[0.3, 'kg', 'drugs']],
      'quang-ninh',
    ],
    [
      'ru',
      'Крупная партия таблеток\nВ провинции Тхань Хоа полиция изъяла 1 200 000 таблеток синтетических наркотиков.',
      [[1_200_000, 'other', 'drugs']],
      'thanh-hoa',
    ],
    [
      'ru',
      'Изъято свыше 500 кг наркотиков\nПолиция города Дананга изъяла свыше 500 кг наркотиков, спрятанных в контейнере.',
      [[500, 'kg', 'drugs']],
      'da-nang',
    ],
    [
      'ru',
      'Иностранная валюта\nСотрудники таможни провинции Тэйнинь задержали пассажира, пытавшегося незаконно провезти через границу 100 000 долларов США.',
      [[100_000, 'other', 'smuggling', 'USD']],
      'tay-ninh',
    ],
    [
      'ru',
      'Возбуждены уголовные дела\nПолиция провинции Кханьхоа возбудила 3 уголовных дела в отношении 8 обвиняемых в мошенничестве с земельными участками.',
      [
        [3, 'case', 'crime'],
        [8, 'person', 'crime'],
      ],
      'khanh-hoa',
    ],
    [
      'ru',
      'Выдача удостоверений личности\nПолиция провинции Лонган с начала года выдала жителям 25 000 удостоверений личности.',
      [[25_000, 'document', 'administration']],
      'long-an',
    ],
    [
      'ru',
      'Тайфун обрушился на побережье\nТайфун обрушился на провинцию Куангнгай: повреждены 1 250 домов, эвакуированы 12 000 жителей.',
      [
        [1250, 'other', 'other'],
        [12_000, 'person', 'other'],
      ],
      'quang-ngai',
    ],
    [
      'ru',
      'Задержаны продавцы героина\nПолиция провинции Ханам задержала троих подозреваемых и изъяла 12 кг героина.',
      [
        [3, 'person', 'drugs'],
        [12, 'kg', 'drugs'],
      ],
      'ha-nam',
    ],
    [
      'ru',
      'Пьяный водитель\nДорожная полиция провинции Хатинь оштрафовала 56 водителей за вождение в состоянии опьянения на сумму 320 млн донгов.',
      [
        [56, 'person', 'traffic'],
        [320_000_000, 'vnd', 'traffic'],
      ],
      'ha-tinh',
    ],
    [
      'ru',
      'Наводнение в Хюэ\nИз-за проливных дождей в городе Хюэ затоплены сотни домов. Полиция пожарной охраны и спасательных операций города направила 3 спасательных катера и 40 офицеров и солдат для эвакуации жителей.',
      [
        [3, 'vehicle', 'other'],
        [40, 'person', 'other'],
      ],
      'hue',
    ],
  ])('ru %#', (...c) => check(c));
});

describe('Ukrainian and Bulgarian news under the same rules', () => {
  it.each<Case>([
    [
      'uk',
      'Прикордонники затримали наркокур’єрів\nПрикордонники провінції Лаокай затримали двох іноземців, які перевозили 6 кг метамфетаміну.',
      [
        [2, 'person', 'drugs'],
        [6, 'kg', 'drugs'],
      ],
      'lao-cai',
    ],
    [
      'uk',
      'Смертельна ДТП\nВнаслідок дорожньо-транспортної пригоди у провінції Зялай загинули троє людей, ще п’ятеро отримали поранення.',
      [
        [3, 'person', 'traffic'],
        [5, 'person', 'traffic'],
      ],
      'gia-lai',
    ],
    [
      'bg',
      'Задържани трафиканти на хероин\nПолицията в провинция Куангнин задържа трима души и иззе 12 килограма хероин.',
      [
        [3, 'person', 'drugs'],
        [12, 'kg', 'drugs'],
      ],
      'quang-ninh',
    ],
    [
      'bg',
      'Пожар в склад\nПри пожар в склад в провинция Биндин изгоряха над 500 квадратни метра, на място бяха изпратени 6 пожарни коли.',
      [
        [500, 'other', 'fire'],
        [6, 'vehicle', 'fire'],
      ],
      'binh-dinh',
    ],
    [
      'uk',
      'Повінь у центральному Вʼєтнамі\nУ провінції Куангчі внаслідок повені загинули 7 людей, затоплено понад 3 500 будинків.',
      [
        [7, 'person', 'other'],
        [3500, 'other', 'other'],
      ],
      'quang-tri',
    ],
    [
      'uk',
      'Зіткнення на трасі\nВнаслідок зіткнення вантажівки з автобусом на національній трасі 1А у провінції Біньтхуан загинули 2 людини, 15 пасажирів травмовано.',
      [
        [2, 'person', 'traffic'],
        [15, 'person', 'traffic'],
      ],
      'binh-thuan',
    ],
    [
      'uk',
      'Шахраї в соцмережах\nПоліція Ханоя затримала 5 осіб, які через соціальні мережі ошукали понад 200 людей на 12 млрд донгів.',
      [
        [5, 'person', 'cyber'],
        [200, 'person', 'cyber'],
        [12_000_000_000, 'vnd', 'cyber'],
      ],
      'ha-noi',
    ],
    [
      'uk',
      'Крадіжки мотоциклів\nПоліція провінції Тхайбінь затримала 28-річного чоловіка, який викрав 6 мотоциклів; за статтею 173 Кримінального кодексу йому загрожує до 7 років позбавлення волі.',
      [[6, 'vehicle', 'crime']],
      'thai-binh',
    ],
    [
      'bg',
      'Свлачище в планинска провинция\nСвлачище след проливни дъждове разруши 5 къщи в провинция Лаокай, загинаха двама души.',
      [
        [5, 'other', 'other'],
        [2, 'person', 'other'],
      ],
      'lao-cai',
    ],
  ])('%s %#', (...c) => check(c));
});

describe('A paragraph of the story with a photo credit glued on is text, not a caption', () => {
  it.each<Case>([
    [
      'ru',
      'Пожар на мебельном складе\nДнём 5 июня на мебельном складе в городе Дананг вспыхнул пожар. Огонь быстро распространился по складу площадью около 1 000 квадратных метров. На место были направлены 8 пожарных машин и 60 пожарных. Пострадавших нет. Фото: Нгуен Ван Ань\nПо предварительной оценке, ущерб от пожара составил около 3 млрд донгов.',
      [
        [1000, 'other', 'fire'],
        [8, 'vehicle', 'fire'],
        [60, 'person', 'fire'],
        [3_000_000_000, 'vnd', 'fire'],
      ],
      'da-nang',
    ],
    [
      'en',
      'Fire guts furniture warehouse\nA fire broke out at a furniture warehouse in Da Nang city on June 5. The flames quickly spread across the 1,000 square metre building. Eight fire engines and 60 firefighters were sent to the scene. No one was hurt. Photo: Nguyen Van Anh\nThe damage was initially estimated at 3 billion VND.',
      [
        [1000, 'other', 'fire'],
        [8, 'vehicle', 'fire'],
        [60, 'person', 'fire'],
        [3_000_000_000, 'vnd', 'fire'],
      ],
      'da-nang',
    ],
  ])('%s %#', (...c) => check(c));
});
