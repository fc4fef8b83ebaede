import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { franc } from 'franc';
import { expressions } from 'franc/expressions.js';
import { candidatesFor, detectLanguage, toIso6391 } from '../../lambdas/extract/language/index.js';
import { topScript } from '../../lambdas/extract/language/script.js';
import { closestProfile } from '../../lambdas/extract/language/trigram.js';
import { seeded } from '../support/random.js';

const CANDIDATES = [...candidatesFor('Latin')];
const SEEDS = new URL('../../seeds/', import.meta.url);

describe('Function: detectLanguage', () => {
  it.each([
    [
      'fr',
      "La police provinciale a arrêté trois suspects qui transportaient de la drogue à travers la frontière. L'enquête se poursuit et les autorités appellent les habitants à signaler tout comportement suspect.",
    ],
    [
      'pl',
      'Policja wojewódzka zatrzymała trzech podejrzanych, którzy przewozili narkotyki przez granicę. Śledztwo jest w toku, a władze apelują do mieszkańców o zgłaszanie wszelkich podejrzanych zachowań.',
    ],
    [
      'en',
      'The provincial police arrested three suspects who were carrying drugs across the border. The investigation is ongoing and the authorities urge residents to report any suspicious behaviour.',
    ],
    [
      'de',
      'Die Provinzpolizei hat drei Verdächtige festgenommen, die Drogen über die Grenze transportierten. Die Ermittlungen dauern an, und die Behörden bitten die Bewohner, verdächtiges Verhalten zu melden.',
    ],
    [
      'es',
      'La policía provincial detuvo a tres sospechosos que transportaban drogas a través de la frontera. La investigación continúa y las autoridades piden a los vecinos que denuncien cualquier comportamiento sospechoso.',
    ],
    [
      'it',
      'La polizia provinciale ha arrestato tre sospetti che trasportavano droga attraverso il confine. Le indagini sono in corso e le autorità invitano i cittadini a segnalare qualsiasi comportamento sospetto.',
    ],
    [
      'cs',
      'Krajská policie zadržela tři podezřelé, kteří převáželi drogy přes hranice. Vyšetřování pokračuje a úřady vyzývají obyvatele, aby hlásili jakékoli podezřelé chování.',
    ],
    [
      'pt',
      'A polícia provincial prendeu três suspeitos que transportavam drogas através da fronteira. A investigação continua e as autoridades pedem aos moradores que denunciem qualquer comportamento suspeito.',
    ],
    [
      'nl',
      'De provinciale politie heeft drie verdachten gearresteerd die drugs over de grens vervoerden. Het onderzoek loopt nog en de autoriteiten vragen bewoners om verdacht gedrag te melden.',
    ],
    [
      'vi',
      'Công an tỉnh đã bắt giữ ba đối tượng vận chuyển ma túy qua biên giới. Cơ quan điều tra đang tiếp tục làm rõ và đề nghị người dân báo tin về mọi hành vi đáng ngờ.',
    ],
    ['zh', '省公安厅日前破获一起特大贩毒案,抓获犯罪嫌疑人三名,缴获海洛因二十块。案件正在进一步调查中。'],
    ['zh', '省公安廳日前破獲一起販毒案,抓獲犯罪嫌疑人三名。'],
    ['ja', '省警察は麻薬密売組織を摘発し、容疑者三人を逮捕したと発表した。捜査は現在も続いている。'],
    ['ja', '省公安当局、越境麻薬密輸事件で容疑者を逮捕'],
    ['ko', '성 공안은 국경을 넘어 마약을 운반한 용의자 세 명을 체포했다고 밝혔다. 수사는 계속되고 있다.'],
    ['th', 'ตำรวจจังหวัดจับกุมผู้ต้องสงสัยสามคนที่ขนยาเสพติดข้ามพรมแดน การสอบสวนยังคงดำเนินต่อไป'],
    [
      'ru',
      'Полиция провинции задержала трёх подозреваемых, которые перевозили наркотики через границу. Следствие продолжается, и власти призывают жителей сообщать о любом подозрительном поведении.',
    ],
    [
      'uk',
      'Поліція провінції затримала трьох підозрюваних, які перевозили наркотики через кордон. Слідство триває, і влада закликає мешканців повідомляти про будь-яку підозрілу поведінку.',
    ],
    ['km', 'ប៉ូលិសខេត្តបានចាប់ខ្លួនជនសង្ស័យបីនាក់ដែលដឹកជញ្ជូនគ្រឿងញៀនឆ្លងកាត់ព្រំដែន។'],
    ['ar', 'ألقت شرطة المقاطعة القبض على ثلاثة مشتبه بهم كانوا ينقلون المخدرات عبر الحدود، والتحقيق مستمر.'],
    ['hi', 'प्रांतीय पुलिस ने सीमा पार नशीले पदार्थ ले जा रहे तीन संदिग्धों को गिरफ्तार किया। जांच जारी है।'],
    [
      'id',
      'Kepolisian provinsi menangkap tiga tersangka yang membawa narkoba melintasi perbatasan. Penyidikan masih berlangsung dan pihak berwenang meminta warga melaporkan setiap perilaku mencurigakan karena kasus ini serius.',
    ],
    [
      'ms',
      'Polis negeri menahan tiga suspek yang membawa dadah merentasi sempadan. Siasatan masih dijalankan dan pihak berkuasa meminta penduduk tempatan melaporkan sebarang tingkah laku yang mencurigakan kerana kes ini serius.',
    ],
    [
      'no',
      'Politiet i provinsen har arrestert tre mistenkte som fraktet narkotika over grensen. Etterforskningen fortsetter, og myndighetene ber innbyggerne om å melde fra om mistenkelig oppførsel.',
    ],
    [
      'ro',
      'Poliția provincială a arestat trei suspecți care transportau droguri peste graniță. Ancheta continuă, iar autoritățile îi îndeamnă pe locuitori să raporteze orice comportament suspect.',
    ],
  ])('detects %s', (expected, text) => {
    // Act
    const language = detectLanguage(text);

    // Assess
    expect(language).toBe(expected);
  });

  // Danish, Norwegian and Swedish share most trigrams: a short sentence is told by the words each standard
  // spells its own way (markers.json).
  it.each([
    ['no', 'Tre personer omkom og fem ble skadet da bussen veltet.'],
    ['no', 'Politiet beslagla 3 biler og 2 pistoler verdt 2 millioner dollar.'],
    ['no', 'Rundt 88.000 hjem mistet strømmen etter uværet.'],
    ['no', 'Minst 20 menneske er omkomne og 8 er sakna etter uvêret, og dei leitar framleis.'],
    ['da', 'Politiet beslaglagde 250.000 tabletter og 4 skydevåben.'],
    ['da', 'Færdselspolitiet gav 11 bilister bøde for spritkørsel.'],
    ['da', 'Tretten migranter blev fundet i containeren.'],
    ['sv', 'Ligan smugglade 4 000 paket cigaretter värda 2 miljoner dollar.'],
    ['sv', 'Polisen i Hanoi greps 14 personer på tisdagen, uppger VnExpress på sin sajt.'],
  ])('tells %s from its Scandinavian neighbours in one sentence', (expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  // Icelandic and Faroese have no franc profile (franc reads them as Danish or Norwegian); Latvian and
  // Lithuanian are franc's closest Baltic pair: their letters settle both (latin.ts).
  it.each([
    [
      'is',
      'Lögreglan í héraðinu handtók þrjá menn sem grunaðir eru um að hafa smyglað fíkniefnum yfir landamærin. Samkvæmt yfirvöldum fundust tuttugu kíló af heróíni í bílnum.',
    ],
    ['is', 'Tveir menn voru handteknir með 140 kílóum af fíkniefnum.'],
    [
      'fo',
      'Løgreglan í landslutinum handtók tríggjar menn, sum eru grunaðir um at hava smuglað rúsevni um markið. Sambært myndugleikunum vórðu tjúgu kilo av heroini funnin í bilinum.',
    ],
    [
      'da',
      'Politiet i provinsen anholdt tre mænd, der er mistænkt for at have smuglet narkotika over grænsen, oplyste politiinspektør Guðrún Sigurðardóttir. Ifølge myndighederne blev der fundet tyve kilo heroin i bilen, og mændene skal for en dommer i næste uge.',
    ],
    [
      'lv',
      'Provinces policija aizturēja trīs vīriešus, kuri tiek turēti aizdomās par narkotiku kontrabandu pāri robežai. Saskaņā ar varas iestāžu teikto automašīnā tika atrasti divdesmit kilogrami heroīna.',
    ],
    [
      'lt',
      'Provincijos policija sulaikė tris vyrus, įtariamus narkotikų kontrabanda per sieną. Pasak valdžios institucijų, automobilyje rasta dvidešimt kilogramų heroino. Kitą savaitę vyrai bus pristatyti teisėjui.',
    ],
    [
      'et',
      'Provintsi politsei pidas kinni kolm meest, keda kahtlustatakse narkootikumide üle piiri smugeldamises. Ametivõimude sõnul leiti autost kakskümmend kilogrammi heroiini.',
    ],
    [
      'fi',
      'Maakunnan poliisi pidätti kolme miestä, joita epäillään huumeiden salakuljettamisesta rajan yli. Viranomaisten mukaan autosta löytyi kaksikymmentä kiloa heroiinia.',
    ],
  ])('tells %s among the Nordic and Baltic languages by its letters', (expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it.each([
    ['a Vietnamese fragment', 'Đại tá Lê', 'vi'],
    ['digits only', '2024', 'en'],
    ['an empty string', '', 'en'],
  ])('always gives a best guess for %s', (_label, text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

describe('Function: closestProfile', () => {
  it.each([
    ['fr', 'Les gendarmes ont saisi deux voitures volées près du marché, selon le parquet de la ville.'],
    [
      'de',
      'Nach Angaben der Behörden wurden gestern zwei gestohlene Autos in der Nähe des Marktes gefunden.',
    ],
    ['es', 'Según la fiscalía, los agentes encontraron ayer dos coches robados cerca del mercado municipal.'],
    ['pl', 'Według prokuratury funkcjonariusze znaleźli wczoraj dwa skradzione samochody w pobliżu targu.'],
    [
      'vi',
      'Theo cơ quan chức năng, hôm qua lực lượng chức năng đã thu giữ hai chiếc xe bị đánh cắp gần chợ.',
    ],
    ['punctuation inside', 'Vụ án (số 12/2024) – «nghiêm trọng»; 3,5 kg ma túy!'],
    ['too short for trigrams', 'ab'],
  ])('ranks like franc itself (%s)', (_label, text) => {
    // Act
    const ours = closestProfile(text, CANDIDATES);

    // Assess
    expect(ours).toBe(franc(text, { only: CANDIDATES, minLength: 0 }));
  });

  it('agrees with franc on 1,500 samples cut, spliced and shuffled from the seeds, and on exact ties', () => {
    // Prepare: slices of the seeds at random offsets and lengths, word salads mixing their languages and
    // splices of two languages, where profiles are near each other and a wrong shortcut would show.
    const texts = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(new URL(f, SEEDS), 'utf8'));
    const words = texts.join(' ').split(/\s+/);
    const random = seeded(20261123);
    const samples: string[] = [];
    const piece = (length: number): string => {
      const text = texts[Math.floor(random() * texts.length)]!;
      const at = Math.floor(random() * text.length);
      return text.slice(at, at + length);
    };
    const salad = (count: number): string =>
      Array.from({ length: count }, () => words[Math.floor(random() * words.length)]).join(' ');
    while (samples.length < 1500) {
      const kind = samples.length % 3;
      const sample =
        kind === 0
          ? piece(3 + Math.floor(random() * 2100))
          : kind === 1
            ? salad(1 + Math.floor(random() * 300))
            : // One language for the first dozens of trigrams, another for the rest.
              piece(40 + Math.floor(random() * 200)) + ' ' + piece(Math.floor(random() * 400));
      if (sample.trim().length >= 3) samples.push(sample.slice(0, 2048));
    }
    // Trigrams in no profile: every distance is equal and the tie goes to the profile franc lists first.
    samples.push('qqqq zzzz xxxx', 'ŋŋŋ ŧŧŧ');

    // Act
    // (detectLanguage only asks closestProfile about text whose top script is Latin.)
    const latin = samples.filter((sample) => topScript(sample) === 'Latin');
    const disagreements = latin.filter(
      (sample) => closestProfile(sample, CANDIDATES) !== franc(sample, { only: CANDIDATES, minLength: 3 }),
    );

    // Assess
    expect(latin.length).toBeGreaterThan(1400);
    expect(disagreements).toEqual([]);
  });
});

describe('Function: topScript', () => {
  it('puts no ASCII letter in another script than Latin, and no Latin letter of franc in any other', () => {
    // Prepare: every code unit below U+3000 that franc's Latin expression or ASCII covers
    const latin = new RegExp(expressions['Latin']!.source, 'u');
    const covered: string[] = [];
    for (let c = 0; c < 0x3000; c++) {
      if (
        (c < 0x80 && /[A-Za-z]/.test(String.fromCharCode(c))) ||
        (c >= 0x80 && latin.test(String.fromCharCode(c)))
      )
        covered.push(String.fromCharCode(c));
    }

    // Act
    const other = covered.filter((ch) => topScript(ch) !== 'Latin');

    // Assess
    expect(other).toEqual([]);
  });

  it.each([
    ['Latin text', 'Công an tỉnh', 'Latin'],
    ['Cyrillic text', 'Полиция провинции', 'Cyrillic'],
    ['mixed, mostly Cyrillic', 'Police полиция провинции', 'Cyrillic'],
    ['Chinese', '省公安厅破获一起案件', 'cmn'],
    ['Japanese with more kanji than kana', '省警察本部は麻薬事件を摘発', 'jpn'],
    ['Chinese quoting one kana word', '越南河静省公安厅查获毒品案件并逮捕嫌疑人の', 'cmn'],
    ['Korean', '하띤성 공안', 'kor'],
    ['Thai', 'ตำรวจจังหวัด', 'tha'],
    ['digits only', '2024', undefined],
  ])('%s', (_label, text, expected) => {
    expect(topScript(text)).toBe(expected);
  });
});

describe('Function: toIso6391', () => {
  it.each([
    ['fra', 'fr'],
    ['cmn', 'zh'],
    ['zlm', 'ms'],
    ['nob', 'no'],
    ['nno', 'no'],
    ['ind', 'id'],
    ['arb', 'ar'],
    ['khm', 'km'],
    ['sco', undefined],
  ])('%s → %s', (code, expected) => {
    expect(toIso6391(code)).toBe(expected);
  });

  it('names every language it can choose with a two-letter code', () => {
    const codes = ['Latin', 'Cyrillic', 'Arabic', 'Devanagari'].flatMap((s) => candidatesFor(s));
    expect(codes.length).toBeGreaterThan(60);
    expect(codes.filter((c) => !/^[a-z]{2}$/.test(toIso6391(c) ?? ''))).toEqual([]);
  });
});
