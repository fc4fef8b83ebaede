import { describe, expect, it } from 'vitest';
import { findPlaces, isPlaceName, provinceBySlug } from '../../lambdas/extract/places/index.js';
import { pickPrimary } from '../../lambdas/extract/places/summarize.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import type { Document } from '../../lambdas/extract/types.js';
import { PRIMARY } from '../support/primary-choice.js';

function doc(body: string, language: string): Document {
  return { body, folded: fold(body), sentences: splitSentences(body), language };
}

function localitiesOf(body: string, language: string): string[] {
  return findPlaces(doc(body, language), [], PRIMARY).localities.map((l) => `${l.slug}@${l.province.slug}`);
}

describe('Function: findPlaces', () => {
  describe('province phrases in each language', () => {
    it.each([
      [
        'fr',
        'La police provinciale de Nghệ An a saisi trois kilos de drogue la semaine dernière.',
        'nghe-an',
      ],
      ['fr', 'Selon la police de Lang Son, deux suspects ont été arrêtés à la frontière.', 'lang-son'],
      ['pl', 'Policja prowincji Thanh Hoa zatrzymała dwóch mężczyzn podejrzanych o przemyt.', 'thanh-hoa'],
      ['en', 'The Son La Provincial Police arrested four people for illegal gambling.', 'son-la'],
      ['en', 'Officers in Cao Bang province seized a truck loaded with fireworks.', 'cao-bang'],
      ['de', 'Die Polizei der Provinz Điện Biên nahm zwei Verdächtige fest.', 'dien-bien'],
      ['es', 'La policía de la provincia de Hà Tĩnh detuvo a tres personas.', 'ha-tinh'],
      ['it', 'La polizia provinciale di Gia Lai ha sequestrato armi e munizioni.', 'gia-lai'],
      ['cs', 'Policie provincie Yen Bai zadržela řidiče pod vlivem alkoholu.', 'yen-bai'],
      ['pt', 'A polícia da província de Kon Tum apreendeu dois veículos.', 'kon-tum'],
      ['nl', 'De politie van de provincie Tay Ninh heeft drie verdachten aangehouden.', 'tay-ninh'],
      ['vi', 'Công an tỉnh Quảng Ninh vừa triệt phá một đường dây buôn lậu.', 'quang-ninh'],
    ])('%s: "%s" is about %s', (language, body, slug) => {
      // Act
      const result = findPlaces(doc(body, language), [], PRIMARY);

      // Assess
      expect(result.primaryProvince?.slug).toBe(slug);
      expect(result.provinces.map((p) => p.slug)).toEqual([slug]);
      expect(result.mentions[0]?.explicit).toBe(true);
    });
  });

  it.each([
    ['with diacritics', 'vi', 'Công an tỉnh Lào Cai họp báo.'],
    ['without diacritics', 'vi', 'Cong an tinh Lao Cai hop bao.'],
    ['in capitals', 'vi', 'CÔNG AN TỈNH LÀO CAI HỌP BÁO.'],
    ['with a hyphen', 'fr', 'La police de Lao-Cai a tenu une conférence.'],
    ['as one word', 'en', 'Laocai police held a press conference.'],
  ])('finds a province written %s', (_how, language, body) => {
    // Act
    const result = findPlaces(doc(body, language), [], PRIMARY);

    // Assess
    expect(result.primaryProvince?.slug).toBe('lao-cai');
  });

  it('reports a merged province as named, with its 2025 successor', () => {
    // Prepare
    const body =
      'La police provinciale de Hà Giang a démantelé un réseau de trafic. La police de Ha Giang a saisi 5 kg.';

    // Act
    const result = findPlaces(doc(body, 'fr'), [], PRIMARY);

    // Assess
    expect(result.primaryProvince).toEqual({
      name: 'Hà Giang',
      slug: 'ha-giang',
      successor: { name: 'Tuyên Quang', slug: 'tuyen-quang' },
    });
  });

  it.each([
    ['Quang Ninh', 'quang-ninh', 'ward'],
    ['Ha Tinh', 'ha-tinh', 'commune'],
  ])(
    'resolves a commune name found in two provinces toward %s, which the article names',
    (province, slug, kind) => {
      // Prepare
      const body = `La police de ${province} a renforcé ses patrouilles. Le quartier de Cam Thinh a installé des caméras.`;

      // Act
      const result = findPlaces(doc(body, 'fr'), [], PRIMARY);

      // Assess
      expect(result.localities).toEqual([
        expect.objectContaining({ slug: 'cam-thinh', kind, province: expect.objectContaining({ slug }) }),
      ]);
      expect(result.provinces.map((p) => p.slug)).toEqual([slug]);
    },
  );

  it('drops an ambiguous commune when the article names none of its provinces', () => {
    // Act
    const result = findPlaces(
      doc('Les habitants de la commune de Minh Quang ont reçu des équipements.', 'fr'),
      [],
      PRIMARY,
    );

    // Assess
    expect(result.localities).toEqual([]);
    expect(result.provinces).toEqual([]);
  });

  it.each([
    ['fr', 'La police de Hà Nội a félicité le lieutenant-colonel Nguyễn Minh Quang pour son travail.'],
    ['fr', 'La police de Nam Dinh a reçu M. Hoang Nam, qui a remercié les agents.'],
    ['en', 'Hanoi police commended Captain Do Truong Son and Major Luong Thai Hoa.'],
  ])('does not take a person name that looks like a place for a locality (%s)', (language, body) => {
    // Act
    const result = findPlaces(doc(body, language), [], PRIMARY);

    // Assess
    expect(result.localities).toEqual([]);
    expect(result.provinces).toHaveLength(1);
  });

  it('finds no primary province in a national article that names several provinces once each', () => {
    // Prepare
    const body = [
      'Le ministère de la Sécurité publique a tenu une conférence nationale.',
      'Les polices de Lao Cai, Son La, Dien Bien, Lai Chau et Ha Giang ont présenté leurs résultats.',
    ].join('\n');

    // Act
    const result = findPlaces(doc(body, 'fr'), [], PRIMARY);

    // Assess
    expect(result.primaryProvince).toBeNull();
    expect(result.provinces.map((p) => p.slug)).toEqual([
      'lao-cai',
      'son-la',
      'dien-bien',
      'lai-chau',
      'ha-giang',
    ]);
  });

  it('finds nothing in an article that names no place', () => {
    // Act
    const result = findPlaces(
      doc('The Ministry of Public Security held its annual review conference.', 'en'),
      [],
      PRIMARY,
    );

    // Assess
    const { evidence, ...found } = result;
    expect(found).toEqual({ mentions: [], provinces: [], localities: [], primaryProvince: null });
    expect(evidence?.candidates).toEqual([]);
  });

  it.each([
    ['fr', "Le comité du Parti de la ville de Lao Cai s'est réuni.", 'lao-cai', []],
    [
      'pl',
      'Policja miasta Quang Tri i miasteczka Khe Sanh zorganizowała szkolenie.',
      'quang-tri',
      ['quang-tri@quang-tri', 'khe-sanh@quang-tri'],
    ],
  ])('counts a city named like its province for that province (%s)', (language, body, slug, localities) => {
    // Act
    const result = findPlaces(doc(body, language), [], PRIMARY);

    // Assess
    expect(result.provinces.map((p) => p.slug)).toEqual([slug]);
    expect(result.localities.map((l) => `${l.slug}@${l.province.slug}`)).toEqual(localities);
  });

  it.each([
    [
      'en',
      'The police of Ha Long City and Cam Pha city held a joint drill.',
      ['ha-long@quang-ninh', 'cam-pha@quang-ninh'],
    ],
    [
      'de',
      'Die Polizei des Bezirks Huong Hoa und der Gemeinde Tan Thanh in der Provinz Quang Tri.',
      ['huong-hoa@quang-tri', 'tan-thanh@quang-tri'],
    ],
    ['vi', 'Công an xã Cốc San, thành phố Lào Cai đã bắt giữ đối tượng.', ['coc-san@lao-cai']],
    [
      'it',
      'Il comune di Coc San, nel distretto di Bat Xat, provincia di Lao Cai.',
      ['coc-san@lao-cai', 'bat-xat@lao-cai'],
    ],
  ])('finds localities introduced by type words (%s)', (language, body, expected) => {
    // Act & assess
    expect(localitiesOf(body, language)).toEqual(expected);
  });

  it.each([
    ['Hanoi', 'ha-noi'],
    ['Hanoï', 'ha-noi'],
    ['Saigon', 'ho-chi-minh'],
    ['TP.HCM', 'ho-chi-minh'],
    ['Ho Chi Minh-Ville', 'ho-chi-minh'],
    ['Hué', 'hue'],
    ['Danang', 'da-nang'],
  ])('knows the exonym or abbreviation %s', (name, slug) => {
    // Act
    const result = findPlaces(
      doc(`La police de ${name} a lancé une campagne. ${name} compte plus de policiers.`, 'fr'),
      [],
      PRIMARY,
    );

    // Assess
    expect(result.primaryProvince?.slug).toBe(slug);
  });

  it('returns mentions in text order with offsets into the body', () => {
    // Prepare
    const body = 'Công an tỉnh Quảng Bình phối hợp với Công an huyện Lệ Thủy.';

    // Act
    const result = findPlaces(doc(body, 'vi'), [], PRIMARY);

    // Assess
    expect(result.mentions.map((m) => body.slice(m.start, m.end))).toEqual(['Quảng Bình', 'Lệ Thủy']);
    expect(result.mentions.map((m) => [m.kind, m.provinceSlug])).toEqual([
      ['province', 'quang-binh'],
      ['district', 'quang-binh'],
    ]);
    expect(result.primaryProvince?.successor.slug).toBe('quang-tri');
  });

  it.each([
    ['Công an huyện Thạnh Hóa bắt giữ hai đối tượng.', 'thanh-hoa@long-an', []],
    ['Công an thành phố Thanh Hóa bắt giữ hai đối tượng.', null, ['thanh-hoa']],
  ])('tells same-folding names apart by their diacritics: %s', (body, locality, provinces) => {
    // Act
    const result = findPlaces(doc(body, 'vi'), [], PRIMARY);

    // Assess
    expect(result.localities.map((l) => `${l.slug}@${l.province.slug}`)).toEqual(locality ? [locality] : []);
    expect(result.provinces.map((p) => p.slug)).toEqual(locality ? ['long-an'] : provinces);
  });

  it.each([
    ['fr', 'Les policiers étudient la pensée de Hô Chi Minh et suivent son exemple.', []],
    ['en', 'Officers studied and followed Ho Chi Minh Thought.', []],
    ['en', 'Ho Chi Minh City police seized 20 kg of drugs.', ['ho-chi-minh']],
    ['vi', 'Công an TP Hồ Chí Minh thu giữ 20 kg ma túy.', ['ho-chi-minh']],
  ])('reads Hồ Chí Minh as the city only when a type word says so (%s)', (language, body, provinces) => {
    // Act
    const result = findPlaces(doc(body, language), [], PRIMARY);

    // Assess
    expect(result.provinces.map((p) => p.slug)).toEqual(provinces);
  });

  it('prefers the province the article leads with over one it also mentions', () => {
    // Prepare
    const body = [
      'La polizia provinciale di Bac Giang ha arrestato tre persone nel distretto di Luc Nam.',
      'Anche la polizia di Bac Ninh ha partecipato.',
    ].join(' ');

    // Act
    const result = findPlaces(doc(body, 'it'), [], PRIMARY);

    // Assess
    expect(result.primaryProvince?.slug).toBe('bac-giang');
    expect(result.provinces.map((p) => p.slug)).toEqual(['bac-giang', 'bac-ninh']);
  });

  it('drops a commune that belongs to none of the provinces the article names', () => {
    // Prepare: Nam Cao is a commune of Cao Bằng only in the gazetteer.
    const body = 'A polícia da província de Thai Binh informou que a comuna de Nam Cao colaborou.';

    // Act
    const result = findPlaces(doc(body, 'pt'), [], PRIMARY);

    // Assess
    expect(result.localities).toEqual([]);
  });

  it('reads a given name written with other diacritics than a commune as no place', () => {
    // Prepare: "Vạn Thắng" is a commune of Hà Nội; "Văn Thắng" here is part of a name.
    const body = 'Công an Hà Nội bắt giữ Vi Văn Thắng và Lò Văn Thắng.';

    // Act
    const result = findPlaces(doc(body, 'vi'), [], PRIMARY);

    // Assess
    expect(result.localities).toEqual([]);
  });

  it('puts a locality found in two named provinces with the place mentioned next to it', () => {
    // Prepare: both Hà Nội and Nghệ An (Vinh) have a ward Quang Trung.
    const body =
      'Công an tỉnh Nghệ An bắt đối tượng trú tại phường Quang Trung, thành phố Vinh. Tại Hà Nội cũng vậy.';

    // Act
    const result = findPlaces(doc(body, 'vi'), [], PRIMARY);

    // Assess
    expect(result.localities.map((l) => `${l.slug}@${l.province.slug}`)).toEqual([
      'quang-trung@nghe-an',
      'vinh@nghe-an',
    ]);
  });

  it('does not read lower-case ordinary words as a place', () => {
    // Act
    const result = findPlaces(doc('Il a vendu son la mineur et long an plus tard.', 'fr'), [], PRIMARY);

    // Assess
    expect(result.mentions).toEqual([]);
  });
});

describe("Function: findPlaces (primary province: the naming unit over a suspect's home)", () => {
  it.each([
    [
      'vi',
      'Công an tỉnh Lào Cai bắt giữ đối tượng Nguyễn Văn Tư (SN 1990, trú tại xã Minh Bảo, huyện Trấn Yên, tỉnh Yên Bái) cùng 2 bánh heroin. Đối tượng khai nhận mua ma túy về bán lại. Đồng phạm Lê Văn Sơn cũng trú tại tỉnh Yên Bái.',
      'lao-cai',
    ],
    [
      'fr',
      'La police de la province de Lang Son a arrêté deux hommes résidant dans la province de Bac Giang. Le second, originaire de la province de Bac Giang, transportait la drogue.',
      'lang-son',
    ],
    [
      'en',
      'The Quang Tri Border Guard seized 20 kg of methamphetamine. The courier, a resident of Quang Binh province, was a native of Quang Binh province too.',
      'quang-tri',
    ],
    [
      'de',
      'Der Grenzschutz der Provinz Ha Giang stellte 5 kg Opium sicher. Der Fahrer ist wohnhaft in der Provinz Tuyen Quang und stammt aus der Provinz Tuyen Quang.',
      'ha-giang',
    ],
    [
      'it',
      'Il Tribunale del Popolo di Hanoi ha condannato due uomini residenti a Son La. La droga veniva da Son La.',
      'ha-noi',
    ],
    [
      'en',
      'A man from Quang Binh province was caught with 43 kg of firecrackers. He sold them in Ha Tinh province, where police in Ha Tinh arrested him.',
      'ha-tinh',
    ],
    [
      'es',
      'La policía detuvo en la provincia de Phu Yen a 12 estafadores.\nLos detenidos operaban desde varias casas alquiladas.',
      'phu-yen',
    ],
  ])('%s: %s → %s', (language, body, slug) => {
    // Act
    const result = findPlaces(doc(body, language), [], PRIMARY);

    // Assess
    expect(result.primaryProvince?.slug).toBe(slug);
  });

  it.each([
    [
      'de',
      'Drogenring zerschlagen\nAm Montag koordinierte die Provinzpolizei Nghe An gemeinsam mit der Polizei der Stadt Hanoi und der Zollbehörde der Stadt Hanoi die Zerschlagung eines Drogenrings.',
    ],
    [
      'en',
      'Drug ring busted\nOn Monday the Nghe An provincial police, together with the police of Hanoi and the customs of Hanoi, dismantled a drug ring.',
    ],
  ])('%s: gives no primary to the partner forces named after the leading unit: %s', (language, body) => {
    expect(findPlaces(doc(body, language), [], PRIMARY).primaryProvince?.slug).not.toBe('ha-noi');
  });

  it('reads a bare name as its one district-level city, not a commune of a province also named', () => {
    // Prepare
    const body =
      'Der Bus kam aus Dong Hoi und fuhr nach Hanoi. Bei Dong Hoi stürzte er um, 400 Kilometer südlich von Hanoi.';

    // Act
    const result = findPlaces(doc(body, 'de'), [], PRIMARY);

    // Assess
    expect(result.localities.map((l) => `${l.slug}@${l.province.slug}`)).toEqual(['dong-hoi@quang-binh']);
  });

  it('gives a national wire story filed from the capital no primary province', () => {
    // Prepare
    const body =
      'Traffic accidents fall during the holiday\nHanoi (VNA) – Traffic accidents fell by 12 percent nationwide during the five-day holiday, the traffic police department said.';

    // Act
    const result = findPlaces(doc(body, 'en'), [], PRIMARY);

    // Assess
    expect(result.primaryProvince).toBeNull();
  });
});

describe('Function: findPlaces (names in quotes and glosses in brackets)', () => {
  it.each([
    [
      'en',
      'A fire broke out at the "Thanh Hoa" karaoke bar in Di An city, killing 3 people.',
      ['binh-duong'],
    ],
    [
      'fr',
      'Un incendie a ravagé le bar karaoké « Nghe An » dans la ville de Di An, faisant 3 morts.',
      ['binh-duong'],
    ],
    [
      'pl',
      'Pożar wybuchł w barze "Ha Nam" w mieście Di An, na północ od Ho Chi Minh (dawniej Sajgon).',
      ['ho-chi-minh', 'binh-duong'],
    ],
    [
      'en',
      'The bus crashed in Thuan An city, 30 km north of Ho Chi Minh City (formerly Saigon).',
      ['ho-chi-minh', 'binh-duong'],
    ],
    [
      'de',
      'Der Unfall geschah in Thuan An, nördlich von Ho-Chi-Minh-Stadt (früher Saigon).',
      ['ho-chi-minh', 'binh-duong'],
    ],
  ])('%s: %s', (language, body, provinces) => {
    // Act: a quoted name is a venue's; a gloss of a point of reference is a point of reference too.
    const result = findPlaces(doc(body, language), [], PRIMARY);

    // Assess
    expect(result.provinces.map((p) => p.slug)).toEqual(provinces);
    expect(result.primaryProvince?.slug).toBe('binh-duong');
  });
});

describe('Function: pickPrimary', () => {
  it.each([
    ['no province', [], null],
    ['the only province, named once', [[0, 1]], 0],
    [
      'one bare mention beside another province',
      [
        [0, 1],
        [1, 1],
      ],
      null,
    ],
    ['only a point of reference (weight 0)', [[0, 0]], null],
    ['one explicit mention', [[0, 1.5]], 0],
    [
      'a clear leader',
      [
        [0, 5],
        [1, 3],
      ],
      0,
    ],
    [
      'two close provinces',
      [
        [0, 4],
        [1, 3],
      ],
      null,
    ],
    [
      'many provinces named once',
      [
        [0, 1],
        [1, 1],
        [2, 1],
      ],
      null,
    ],
  ] as [string, [number, number][], number | null][])('%s', (_case, scores, expected) => {
    // Act & assess
    expect(pickPrimary(new Map(scores))).toBe(expected);
  });

  it('lets a province named with its own force lead by a fifth, any other by half', () => {
    const scores = new Map([
      [0, 8.5],
      [1, 7],
    ]);
    expect(pickPrimary(scores, new Set([0, 1]), new Set([0]))).toBe(0);
    expect(pickPrimary(scores, new Set([0, 1]), new Set())).toBeNull();
  });

  it('needs a mention other than the dateline for a province named once', () => {
    expect(pickPrimary(new Map([[0, 1]]), new Set())).toBeNull();
  });

  it('lets no province named only in the dateline compete with one named in the text', () => {
    expect(
      pickPrimary(
        new Map([
          [0, 1],
          [1, 1],
        ]),
        new Set([1]),
      ),
    ).toBe(1);
  });
});

describe('Places: case endings, provincial cities, points of reference', () => {
  it.each([
    [
      'fr',
      "Le commandant des gardes-frontières de la province de Thanh Hoa a déclaré avoir coordonné avec les gardes-frontières de la province de Son La. Les gardes-frontières de la province de Thanh Hoa poursuivent l'enquête.",
      'thanh-hoa',
    ],
    [
      'es',
      'El jefe de la policía de Lao Cai dijo que coordinó con la policía de Yen Bai. La policía de Lao Cai y la policía de Yen Bai siguen la investigación en Lao Cai.',
      'lao-cai',
    ],
  ])("%s: in a joint operation the speaking unit's province is primary: %s", (language, body, slug) => {
    expect(findPlaces(doc(body, language), [], PRIMARY).primaryProvince?.slug).toBe(slug);
  });

  it('reads "HANOI:" opening a line as a dateline, which alone makes no primary province', () => {
    const body =
      'Bus crash kills 12\nHANOI: A truck collided with a passenger bus in the central highlands, killing 12 people.';
    expect(findPlaces(doc(body, 'en'), [], PRIMARY).primaryProvince).toBeNull();
  });

  it.each([
    [
      'en',
      'Court sentences 9 traffickers\nHANOI (VNA) – A court in Lang Son province sentenced nine men to death.',
    ],
    ['hi', 'तस्करों को सजा\nहनोई| लाओ काई प्रांत की एक अदालत ने नौ लोगों को सजा सुनाई।'],
  ])('%s: a province named once in the text wins over the dateline: %s', (language, body) => {
    expect(findPlaces(doc(body, language), [], PRIMARY).primaryProvince?.slug).not.toBe('ha-noi');
    expect(findPlaces(doc(body, language), [], PRIMARY).primaryProvince).not.toBeNull();
  });

  it.each([
    ['sv', 'Ett halvt ton ketamin har beslagtagits i Ho Chi Minh-staden i Vietnam.'],
    ['da', 'Politiet i Ho Chi Minh-byen beslaglagde 300 kilo kokain.'],
    ['fi', 'Poliisi takavarikoi huumeita Ho Chi Minh-kaupungissa.'],
  ])('%s: a national figure joined by a hyphen to a word names the city: %s', (language, body) => {
    expect(findPlaces(doc(body, language), [], PRIMARY).primaryProvince?.slug).toBe('ho-chi-minh');
  });

  it.each([
    ['de', 'Die Kriminalpolizei von Ho-Chi-Minh-Stadt hat zwei Schmuggler gefasst.'],
    ['nl', 'Twee smokkelaars zijn opgepakt door de politie van Ho Chi Minh-stad.'],
    ['no', 'To smuglere ble pågrepet av politiet i Ho Chi Minh-byens havn.'],
    ['sv', 'Tullen i Ho Chi Minh-stadens hamn stoppade en container med kokain.'],
    ['en', 'Customs officers in Ho Chi Minh-City stopped a container of cocaine.'],
  ])(
    '%s: the head of such a compound is a city word of the lexicon, with its ending: %s',
    (language, body) => {
      expect(findPlaces(doc(body, language), [], PRIMARY).primaryProvince?.slug).toBe('ho-chi-minh');
    },
  );

  it.each([
    ['de', 'Touristen besuchten das Ho-Chi-Minh-Mausoleum in Hanoi am Sonntag.'],
    ['nl', 'Het Ho Chi Minh-museum in Hanoi ontving duizend bezoekers.'],
    ['sv', 'Ho Chi Minh-mausoleet i Hanoi var stängt i två månader.'],
    ['en', 'Veterans of the Ho Chi Minh-era army met in Hanoi.'],
  ])(
    '%s: a compound whose head is no city word names a thing after the man, not the city: %s',
    (language, body) => {
      const places = findPlaces(doc(body, language), [], PRIMARY);
      expect(places.provinces.map((p) => p.slug)).not.toContain('ho-chi-minh');
    },
  );

  it.each([
    [
      'fr',
      'Les garde-frontières de la province de Diên Biên ont arrêté trois passeurs à Diên Biên.',
      'dien-bien',
    ],
    ['de', 'Die Polizei der Provinz Quang Binh nahm in Quang Binh zwei Männer fest.', 'quang-binh'],
  ])('%s: a name written with some of its marks is the place: %s', (language, body, slug) => {
    expect(findPlaces(doc(body, language), [], PRIMARY).primaryProvince?.slug).toBe(slug);
  });

  it.each([
    [
      'hi',
      'बस-ट्रक की टक्कर में पांच की मौत\nवियतनाम के तुयेन क्वांग प्रांत में सोमवार को बस और ट्रक की टक्कर हुई। बस हा गियांग और तुयेन क्वांग के बीच चल रही थी जब हाई फोंग से हा गियांग जा रहा ट्रक उससे टकराया।',
    ],
  ])(
    '%s: with no province in the title, the first named with its type word leads a near tie',
    (language, body) => {
      expect(findPlaces(doc(body, language), [], PRIMARY).primaryProvince?.slug).toBe('tuyen-quang');
    },
  );

  it.each([
    [
      'en',
      'The police of the northern province of Hoa Binh seized 40 kg of heroin. Both suspects reside in the mountainous province of Son La; a third is residing in the northwestern province of Lai Chau.',
    ],
    [
      'fr',
      'La police de la province de Hoa Binh a saisi 40 kg d’héroïne. Les suspects résident dans la province montagneuse de Son La.',
    ],
  ])('%s: a home named after descriptors is no subject: %s', (language, body) => {
    expect(findPlaces(doc(body, language), [], PRIMARY).primaryProvince?.slug).toBe('hoa-binh');
  });

  it.each([
    ['fr', "Les douanes de Da Nang ont saisi 3 kg d'héroïne dans les bagages d'un passager venu de Hanoï."],
    ['en', 'The customs of Da Nang seized 3 kg of heroin from a passenger who had flown in from Hanoi.'],
  ])('%s: the customs force named for a province makes it the subject: %s', (language, body) => {
    expect(findPlaces(doc(body, language), [], PRIMARY).primaryProvince?.slug).toBe('da-nang');
  });

  it('reads a partly marked name only whole ("Tân Son Nhât" is no Tân Sơn, but the airport of Hồ Chí Minh)', () => {
    const body = "Un passager a été arrêté à l'aéroport de Tân Son Nhât avec 3 kg d'héroïne.";
    const found = findPlaces(doc(body, 'fr'), [], PRIMARY);
    expect(found.localities.map((l) => `${l.slug}@${l.province.slug}`)).toEqual(['tan-son-nhat@ho-chi-minh']);
    expect(found.primaryProvince?.slug).toBe('ho-chi-minh');
  });

  it('keeps the bare name of the national figure a person', () => {
    expect(findPlaces(doc('Ho Chi Minh grundade partiet 1930.', 'sv'), [], PRIMARY).provinces).toEqual([]);
  });

  it.each([
    ['pl', 'Narkotyki miały trafić do Da Nangu, jak podała policja.', 'da-nang'],
    ['cs', 'Policie v Hanoji zadržela tři muže podezřelé z pašování.', 'ha-noi'],
    ['ro', 'Poliția Hanoiului a reținut doi bărbați pentru trafic de droguri.', 'ha-noi'],
  ])('%s: reads a declined name by its bare form: %s', (language, body, slug) => {
    expect(findPlaces(doc(body, language), [], PRIMARY).primaryProvince?.slug).toBe(slug);
  });

  it('does not decline names in a language that does not (en keeps "Da Nangu" unread)', () => {
    expect(
      findPlaces(doc('The drugs were bound for Da Nangu, police said.', 'en'), [], PRIMARY).provinces,
    ).toEqual([]);
  });

  it.each([
    ['nl', 'In Dong Hoi zijn twee mannen opgepakt. De politie van Dong Hoi meldde dat later.', 'quang-binh'],
    ['en', 'Two men were detained in Buon Ma Thuot city on Monday, police said.', 'dak-lak'],
  ])('%s: a provincial city alone names its province as primary: %s', (language, body, slug) => {
    expect(findPlaces(doc(body, language), [], PRIMARY).primaryProvince?.slug).toBe(slug);
  });

  it.each([
    [
      'pl',
      'Pożar wybuchł w barze w miejscowości Thuan An, na północ od Ho Chi Minh. Na północ od Ho Chi Minh zginęło 32 osoby.',
      'binh-duong',
    ],
    [
      'en',
      'A fire broke out at a bar in Thuan An city, north of Ho Chi Minh City. The bar lies near Ho Chi Minh City.',
      'binh-duong',
    ],
    [
      'fr',
      'Un incendie a éclaté à Thuan An, au nord de Hô Chi Minh-Ville, près de Hô Chi Minh-Ville.',
      'binh-duong',
    ],
  ])('%s: a point of reference ("north of X") is not where the story happens: %s', (language, body, slug) => {
    expect(findPlaces(doc(body, language), [], PRIMARY).primaryProvince?.slug).toBe(slug);
  });
});

describe('Function: isPlaceName', () => {
  it.each([
    ['Ha Long', true],
    ['Hạ Long', true],
    ['quang ninh', true],
    ['Hanoi', true],
    ['Nguyen Van An', false],
    ['Minh Quang', false],
    ['', false],
  ])('%s → %s', (name, expected) => {
    // Act & assess
    expect(isPlaceName(name)).toBe(expected);
  });
});

describe('Function: provinceBySlug', () => {
  it.each([
    ['thua-thien-hue', 'Thừa Thiên Huế', 'hue'],
    ['hue', 'Huế', 'hue'],
    ['binh-duong', 'Bình Dương', 'ho-chi-minh'],
    ['ba-ria-vung-tau', 'Bà Rịa - Vũng Tàu', 'ho-chi-minh'],
    ['quang-ninh', 'Quảng Ninh', 'quang-ninh'],
  ])('%s → %s, successor %s', (slug, name, successor) => {
    // Act
    const ref = provinceBySlug(slug);

    // Assess
    expect(ref?.name).toBe(name);
    expect(ref?.successor.slug).toBe(successor);
  });

  it('returns undefined for an unknown slug', () => {
    // Act & assess
    expect(provinceBySlug('atlantis')).toBeUndefined();
  });
});
