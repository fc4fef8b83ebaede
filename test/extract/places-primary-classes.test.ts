/**
 * Primary province by class (issue 9, session 14): short reports invented for these rules, never sentences of the
 * tuning or holdout sets. Each class is one way a province other than the story's is named as often as (or more
 * prominently than) the story's own: the acting force named once against a suspect's hometown, a hometown
 * phrase ("native of", "originaire de", "родом из", "quê ở"), the two ends of a trafficking route against the
 * seizure place, and a national round-up.
 */
import { describe, expect, it } from 'vitest';
import { primaryOf } from '../support/primary-choice.js';

describe('Places: a hometown phrase is a home, not the place of the story', () => {
  it.each([
    [
      'en',
      'Man held with heroin\n\nPolice in Nghe An arrested a man carrying two bricks of heroin on Monday. The suspect, a native of Thanh Hoa, said he had bought the drugs from a man in Thanh Hoa.',
      'nghe-an',
    ],
    [
      'fr',
      "Un trafiquant arrêté\n\nLa police de Lao Cai a arrêté lundi un homme qui transportait 3 kg de méthamphétamine. L'homme, originaire de Yen Bai, a reconnu avoir déjà vendu de la drogue à Yen Bai.",
      'lao-cai',
    ],
    [
      'ru',
      'Задержан наркокурьер\n\nПолиция провинции Шонла задержала мужчину с 5 кг героина. Задержанный, родом из провинции Дьенбьен, признался, что вёз наркотики в Дьенбьен.',
      'son-la',
    ],
    [
      'vi',
      'Bắt đối tượng vận chuyển ma túy\n\nCông an huyện Mường Lát bắt giữ Lò Văn A, quê ở tỉnh Sơn La, khi đang vận chuyển 2 bánh heroin. A khai mua ma túy ở tỉnh Sơn La.',
      'thanh-hoa',
    ],
    [
      'de',
      'Festnahme wegen Heroin\n\nDie Polizei von Ha Tinh hat einen Mann mit 3 kg Heroin festgenommen. Der Mann stammt aus Nghe An und wollte die Drogen in Nghe An verkaufen.',
      'ha-tinh',
    ],
    [
      'es',
      'Detenido un traficante\n\nLa policía de Quang Tri detuvo a un hombre con 4 kg de metanfetamina. El detenido, natural de Quang Binh, dijo que llevaba la droga a Quang Binh.',
      'quang-tri',
    ],
    [
      'it',
      "Arrestato un corriere\n\nLa polizia di Cao Bang ha arrestato un uomo con 2 kg di eroina. L'uomo, nato a Lang Son, voleva vendere la droga a Lang Son.",
      'cao-bang',
    ],
  ])('%s: %s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
  });
});

describe('Places: the ends of a route against the place of the seizure', () => {
  it.each([
    [
      'en',
      'Drugs seized on highway\n\nBorder guards in Quang Tri seized 20 kg of crystal meth that a man was carrying from Son La to Ho Chi Minh City. The man said he had been paid to take the drugs from Son La to Ho Chi Minh City.',
      'quang-tri',
    ],
    [
      'fr',
      'Saisie de drogue\n\nLa police de Ha Tinh a saisi 30 kg de drogue sur un camion allant de Nghe An vers Hanoï. Le chauffeur devait livrer la drogue de Nghe An à Hanoï.',
      'ha-tinh',
    ],
    [
      'pt',
      'Apreensão de droga\n\nA polícia de Thua Thien Hue apreendeu 10 kg de heroína num autocarro que seguia de Dien Bien para Ho Chi Minh. O motorista levava a droga de Dien Bien para Ho Chi Minh.',
      'thua-thien-hue',
    ],
    [
      'ru',
      'Изъяты наркотики\n\nПолиция провинции Нгеан изъяла 40 кг метамфетамина, которые перевозили из Шонлы в Ханой. Водитель вёз груз из Шонлы в Ханой.',
      'nghe-an',
    ],
  ])('%s: %s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
  });
});

describe("Places: the acting force named once against the suspects' home named as often", () => {
  it.each([
    [
      'en',
      'Two arrested for smuggling\n\nKien Giang police arrested two men from An Giang. Both live in An Giang.',
      'kien-giang',
    ],
    [
      'sv',
      'Två gripna för narkotika\n\nPolisen i Lang Son grep två män från Bac Giang. Männen bor i Bac Giang.',
      'lang-son',
    ],
    [
      'id',
      'Dua pria ditangkap\n\nPolisi Provinsi Ha Giang menangkap dua pria asal Tuyen Quang. Keduanya tinggal di Tuyen Quang.',
      'ha-giang',
    ],
    [
      'sk',
      'Zadržali dvoch mužov\n\nPolícia provincie Lai Chau zadržala dvoch mužov z provincie Dien Bien. Obaja žijú v provincii Dien Bien.',
      'lai-chau',
    ],
  ])('%s: %s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
  });
});

describe('Places: a national round-up has no primary province', () => {
  it.each([
    [
      'en',
      'Drug cases rise nationwide\n\nThe Ministry of Public Security said drug cases rose across the country last year. Police in Hanoi, Ho Chi Minh City, Da Nang, Hai Phong and Can Tho handled the most cases, while Son La and Dien Bien seized the most heroin.',
      null,
    ],
  ])('%s: %s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
  });
});

describe('Places: homes, routes, titles and round-ups in more phrasings (all read right before session 14)', () => {
  it.each([
    [
      'en',
      'Heroin courier caught\n\nPolice in Kien Giang arrested a man carrying 1 kg of heroin. The man, 34, of An Giang, said he bought the drug in An Giang.',
      'kien-giang',
    ],
    [
      'en',
      'Man held with meth\n\nHa Tinh police arrested a Nghe An man with 2 kg of meth on Monday. The Nghe An man had sold drugs in Nghe An before.',
      'ha-tinh',
    ],
    [
      'vi',
      'Bắt đối tượng mua bán ma túy\n\nCông an tỉnh Lai Châu bắt giữ Lò Văn B (SN 1990, ở xã Mường Nhé, tỉnh Điện Biên) khi đang vận chuyển 2 bánh heroin. B khai mua ma túy ở tỉnh Điện Biên.',
      'lai-chau',
    ],
    [
      'vi',
      'Bắt 2 đối tượng trộm cắp\n\nCông an huyện Tiên Du bắt 2 đối tượng trộm cắp tài sản. Hai đối tượng đều ở tỉnh Bắc Giang, thường xuyên sang tỉnh Bắc Giang tiêu thụ tài sản.',
      'bac-ninh',
    ],
    [
      'it',
      'Arrestati due trafficanti\n\nLa polizia di Quang Ninh ha arrestato due uomini di Hai Phong con 3 kg di droga. I due, residenti a Hai Phong, volevano vendere la droga a Hai Phong.',
      'quang-ninh',
    ],
    [
      'pt',
      'Presos dois homens\n\nA polícia de Binh Duong prendeu dois homens naturais de Tay Ninh com 5 kg de droga. Os homens, que vivem em Tay Ninh, iam vender a droga em Tay Ninh.',
      'binh-duong',
    ],
    [
      'pt',
      'Droga apreendida\n\nA polícia de Lang Son apreendeu 8 kg de heroína transportados de Cao Bang para Hanói. O condutor, de Cao Bang, levava a droga de Cao Bang para Hanói.',
      'lang-son',
    ],
    [
      'th',
      'จับผู้ต้องสงสัยค้ายาเสพติด\n\nตำรวจจังหวัดเหงะอานจับกุมชายคนหนึ่งพร้อมเฮโรอีน 2 ก้อน ชายคนนี้มาจากจังหวัดทัญฮว้า และเคยขายยาเสพติดในจังหวัดทัญฮว้า',
      'nghe-an',
    ],
    [
      'uk',
      "Затримано наркокур'єра\n\nПоліція провінції Лангшон затримала чоловіка з 3 кг героїну. Затриманий, уродженець провінції Каобанг, віз наркотики до Каобанга.",
      'lang-son',
    ],
    [
      'sv',
      'Narkotika beslagtogs\n\nPolisen i Quang Tri beslagtog 10 kg heroin som fördes från Son La till Hanoi. Föraren skulle köra drogerna från Son La till Hanoi.',
      'quang-tri',
    ],
    [
      'sk',
      'Zaistili heroín\n\nPolícia provincie Nghe An zaistila 20 kg heroínu, ktorý prevážali zo Son La do Hanoja. Vodič viezol drogy zo Son La do Hanoja.',
      'nghe-an',
    ],
    [
      'en',
      'Lao Cai police bust drug ring\n\nThe ring sold heroin in Yen Bai and Phu Tho. Its leader lived in Yen Bai. Officers seized 5 kg of heroin.',
      'lao-cai',
    ],
    [
      'fr',
      'La police de Dak Lak démantèle un réseau\n\nLe réseau vendait de la drogue à Gia Lai et à Kon Tum. Son chef vivait à Gia Lai et a été arrêté lundi.',
      'dak-lak',
    ],
    [
      'en',
      'Ministry reviews drug fight\n\nThe Ministry of Public Security held a national conference in Hanoi on Tuesday to review the fight against drugs. Delegates from Son La, Dien Bien, Nghe An and Quang Tri reported on border seizures.',
      null,
    ],
    [
      'es',
      'Balance nacional\n\nEl Ministerio de Seguridad Pública informó en Hanói que en todo el país se incautaron 3 toneladas de droga. Las provincias de Son La, Dien Bien, Nghe An y Quang Tri encabezan la lista.',
      null,
    ],
  ])('%s: %s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
  });
});

describe("Places: the force against the suspects' home in languages without a places lexicon before, and the capital's court", () => {
  it.each([
    [
      'uk',
      "Затримано наркокур'єра в Хошиміні\n\nПоліція Хошиміна затримала чоловіка з 3 кг героїну. Затриманий, уродженець провінції Тайнінь, віз наркотики до Тайніня.",
      'ho-chi-minh',
    ],
    [
      'uk',
      'Поліція Ханоя затримала двох чоловіків\n\nДвоє чоловіків продавали героїн. Обидва проживають у провінції Хоабінь.',
      'ha-noi',
    ],
    [
      'no',
      'To menn arrestert\n\nPolitiet i Lang Son arresterte to menn fra Bac Giang. Mennene bor i Bac Giang.',
      'lang-son',
    ],
    [
      'da',
      'To mænd anholdt\n\nPolitiet i Lang Son anholdt to mænd fra Bac Giang. Mændene bor i Bac Giang.',
      'lang-son',
    ],
    [
      'fi',
      'Kaksi miestä pidätettiin\n\nLang Sonin poliisi pidätti kaksi miestä Bac Giangista. Miehet asuvat Bac Giangissa.',
      'lang-son',
    ],
    [
      'tr',
      "İki kişi tutuklandı\n\nLang Son polisi, Bac Giang'dan iki adamı tutukladı. Adamlar Bac Giang'da yaşıyor.",
      'lang-son',
    ],
    [
      'hu',
      'Két férfit letartóztattak\n\nA Lang Son-i rendőrség letartóztatott két Bac Giang-i férfit. A férfiak Bac Giangban élnek.',
      'lang-son',
    ],
    [
      'bg',
      'Задържаха двама мъже\n\nПолицията в провинция Лангшон задържа двама мъже от провинция Бакзянг. Мъжете живеят в провинция Бакзянг.',
      'lang-son',
    ],
    [
      'sk',
      'Hanojský súd odsúdil pašerákov\n\nHanoj 3. mája - Hanojský ľudový súd odsúdil šiestich ľudí za pašovanie heroínu.',
      'ha-noi',
    ],
    [
      'cs',
      'Hanojský soud odsoudil pašeráky\n\nHanoj 3. května - Hanojský lidový soud odsoudil šest lidí za pašování heroinu.',
      'ha-noi',
    ],
    [
      'en',
      'Hanoi court sentences smugglers\n\nHANOI (Reuters) - A Hanoi court on Thursday sentenced six people to death for smuggling heroin from Laos.',
      'ha-noi',
    ],
    [
      'de',
      'Todesurteile in Hanoi\n\nHANOI (dpa) - Ein Gericht in Hanoi hat sechs Menschen wegen Heroinschmuggels zum Tode verurteilt.',
      'ha-noi',
    ],
    [
      'en',
      'Nine sentenced to death\n\nHANOI (Reuters) - A Vietnamese court sentenced nine people to death for trafficking drugs from Laos, state media said. The ring was broken up in 2022.',
      null,
    ],
  ])('%s: %s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
  });
});

describe('Places: a road named after its ends (5 of these 6 failed before session 14)', () => {
  it.each([
    [
      'en',
      'Coach overturns on expressway\n\nA coach overturned on the Hanoi - Hai Phong expressway on Sunday, injuring 12. The crash happened in Hai Duong province, on the Hanoi - Hai Phong expressway, near the Hanoi - Hai Phong toll station.',
      'hai-duong',
    ],
    [
      'vi',
      'Xe khách lật trên cao tốc\n\nMột xe khách bị lật trên cao tốc Hà Nội – Lào Cai đoạn qua huyện Văn Yên, tỉnh Yên Bái. Cao tốc Hà Nội – Lào Cai bị ùn tắc nhiều giờ.',
      'yen-bai',
    ],
    [
      'fr',
      "Un camion prend feu\n\nUn camion a pris feu sur l'autoroute Ho Chi Minh-Ville - Trung Luong, dans la province de Long An. L'autoroute Ho Chi Minh-Ville - Trung Luong a été fermée deux heures.",
      'long-an',
    ],
    [
      'es',
      'Choque en la autopista\n\nDos camiones chocaron en la autopista Da Nang - Quang Ngai, en la provincia de Quang Nam. La autopista Da Nang - Quang Ngai quedó cortada.',
      'quang-nam',
    ],
    [
      'de',
      'Busunfall auf Schnellstraße\n\nAuf der Schnellstraße Hanoi – Lao Cai ist in der Provinz Phu Tho ein Bus verunglückt. Die Strecke Hanoi – Lao Cai war gesperrt.',
      'phu-tho',
    ],
    [
      'en',
      'Ba Ria - Vung Tau police seize drugs\n\nPolice in Ba Ria - Vung Tau seized 3 kg of heroin on Friday.',
      'ba-ria-vung-tau',
    ],
  ])('%s: %s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
  });
});

describe('Places: a force named with its abbreviation in brackets (2 of these 3 failed before session 14)', () => {
  it.each([
    [
      'vi',
      'Bắt giữ 2 đối tượng vận chuyển pháo nổ\n\nBộ đội Biên phòng (BĐBP) tỉnh Hà Tĩnh vừa bắt giữ 2 đối tượng vận chuyển 30 kg pháo nổ. Hai đối tượng quê ở tỉnh Nghệ An, mua pháo tại tỉnh Nghệ An để bán lại.',
      'ha-tinh',
    ],
    [
      'vi',
      'Triệt phá đường dây ma túy\n\nPhòng Cảnh sát điều tra tội phạm về ma túy (PC04) tỉnh Sơn La bắt 3 đối tượng ở tỉnh Điện Biên, thu giữ 5 bánh heroin mua từ tỉnh Điện Biên.',
      'son-la',
    ],
    [
      'en',
      'Smugglers held at sea\n\nThe Coast Guard Command (CGC) of Kien Giang province seized a boat carrying 50,000 litres of smuggled fuel. The crew, all from Ca Mau province, had bought the fuel off Ca Mau province.',
      'kien-giang',
    ],
  ])('%s: %s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
  });
});

describe('Places: a city or province named with the part of Vietnam it lies in (1 of these 12 failed before session 14: it)', () => {
  it.each([
    [
      'it',
      'Condannato un imprenditore\n\nUn tribunale della città del Vietnam meridionale di Ho Chi Minh ha condannato un imprenditore a dieci anni di carcere per frode.',
      'ho-chi-minh',
    ],
    [
      'it',
      'Sequestro di droga\n\nLa polizia della provincia vietnamita settentrionale di Son La ha sequestrato 10 kg di eroina.',
      'son-la',
    ],
    [
      'en',
      'Businessman jailed\n\nA court in the southern Vietnamese city of Ho Chi Minh sentenced a businessman to ten years in prison for fraud.',
      'ho-chi-minh',
    ],
    [
      'fr',
      "Un homme d'affaires condamné\n\nUn tribunal de la ville de Ho Chi Minh, dans le sud du Vietnam, a condamné un homme d'affaires à dix ans de prison.",
      'ho-chi-minh',
    ],
    [
      'es',
      'Condenado un empresario\n\nUn tribunal de la ciudad sureña vietnamita de Ho Chi Minh condenó a un empresario a diez años de cárcel.',
      'ho-chi-minh',
    ],
    [
      'pt',
      'Empresário condenado\n\nUm tribunal da cidade de Ho Chi Minh, no sul do Vietnã, condenou um empresário a dez anos de prisão.',
      'ho-chi-minh',
    ],
    [
      'de',
      'Unternehmer verurteilt\n\nEin Gericht in der südvietnamesischen Metropole Ho-Chi-Minh-Stadt hat einen Unternehmer zu zehn Jahren Haft verurteilt.',
      'ho-chi-minh',
    ],
    [
      'ru',
      'Осуждён бизнесмен\n\nСуд южновьетнамского города Хошимин приговорил бизнесмена к десяти годам заключения.',
      'ho-chi-minh',
    ],
    [
      'uk',
      "Засуджено бізнесмена\n\nСуд міста Хошимін на півдні В'єтнаму засудив бізнесмена до десяти років ув'язнення.",
      'ho-chi-minh',
    ],
    ['uk', 'Поліція Ханоя затримала двох\n\nПоліція Ханоя затримала двох чоловіків із героїном.', 'ha-noi'],
    ['uk', 'Затримано в Хошиміні\n\nПоліція Хошиміна затримала двох чоловіків із героїном.', 'ho-chi-minh'],
    [
      'en',
      'HCMC police arrest two\n\nHCMC police arrested two men with heroin in District 6.',
      'ho-chi-minh',
    ],
  ])('%s: %s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
  });
});

describe("Places: the force against the suspects' home in more languages and scripts (all read right before session 14)", () => {
  it.each([
    [
      'ko',
      '마약 운반책 체포\n\n하띤성 공안은 헤로인 2kg을 운반하던 남성을 체포했다. 이 남성은 응에안성 출신으로 응에안성에서 마약을 샀다고 진술했다.',
      'ha-tinh',
    ],
    [
      'ja',
      '麻薬密売人を逮捕\n\nハティン省警察はヘロイン2キロを運んでいた男を逮捕した。男はゲアン省出身で、ゲアン省で麻薬を購入したと供述した。',
      'ha-tinh',
    ],
    [
      'zh',
      '河静省警方抓获贩毒嫌犯\n\n河静省公安逮捕一名运输2公斤海洛因的男子。该男子籍贯义安省，供述在义安省购买毒品。',
      'ha-tinh',
    ],
    [
      'th',
      'จับผู้ค้ายาเสพติด\n\nตำรวจจังหวัดห่าติ๋ญจับกุมชายคนหนึ่งพร้อมเฮโรอีน 2 กิโลกรัม ชายคนนี้มาจากจังหวัดเหงะอาน และซื้อยาเสพติดในจังหวัดเหงะอาน',
      'ha-tinh',
    ],
    [
      'ar',
      'القبض على مهرب مخدرات\n\nألقت شرطة مقاطعة ها تينه القبض على رجل يحمل 2 كيلوغرام من الهيروين. الرجل من سكان مقاطعة نغي آن، واشترى المخدرات في مقاطعة نغي آن.',
      'ha-tinh',
    ],
    [
      'hi',
      'ड्रग तस्कर गिरफ्तार\n\nहा तिन्ह प्रांत की पुलिस ने 2 किलो हेरोइन के साथ एक व्यक्ति को गिरफ्तार किया। वह व्यक्ति न्घे आन प्रांत का निवासी है और उसने न्घे आन प्रांत में ड्रग्स खरीदी थी।',
      'ha-tinh',
    ],
    [
      'ms',
      'Penyeludup dadah ditahan\n\nPolis wilayah Ha Tinh menahan seorang lelaki membawa 2 kg heroin. Lelaki itu berasal dari wilayah Nghe An dan membeli dadah di wilayah Nghe An.',
      'ha-tinh',
    ],
    [
      'pt',
      'Preso traficante\n\nA polícia provincial de Ha Tinh prendeu um homem com 2 kg de heroína. O homem, residente na província de Nghe An, comprou a droga na província de Nghe An.',
      'ha-tinh',
    ],
    [
      'nl',
      'Drugskoerier opgepakt\n\nDe politie van Ha Tinh heeft een man met 2 kilo heroïne aangehouden. De man komt uit Nghe An en kocht de drugs in Nghe An.',
      'ha-tinh',
    ],
    [
      'pl',
      'Zatrzymano przemytnika\n\nPolicja prowincji Ha Tinh zatrzymała mężczyznę z 2 kg heroiny. Mężczyzna pochodzi z prowincji Nghe An i kupił narkotyki w prowincji Nghe An.',
      'ha-tinh',
    ],
    [
      'ro',
      'Traficant reținut\n\nPoliția provinciei Ha Tinh a reținut un bărbat cu 2 kg de heroină. Bărbatul este originar din provincia Nghe An și a cumpărat drogurile în provincia Nghe An.',
      'ha-tinh',
    ],
  ])('%s: %s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
  });
});

describe("Places: a home in the title, a byline or an outlet's address, a transit province (all read right before session 14)", () => {
  it.each([
    [
      'en',
      'Nghe An man held with heroin\n\nHa Tinh police arrested a man carrying 2 kg of heroin on Monday.',
      'ha-tinh',
    ],
    [
      'fr',
      "Un homme de Nghe An arrêté avec de l'héroïne\n\nLa police de Ha Tinh a arrêté lundi un homme qui transportait 2 kg d'héroïne.",
      'ha-tinh',
    ],
    [
      'vi',
      'Bắt đối tượng quê Nghệ An vận chuyển ma túy\n\nCông an tỉnh Hà Tĩnh bắt giữ một đối tượng vận chuyển 2 kg heroin.',
      'ha-tinh',
    ],
    [
      'en',
      'Police seize heroin\n\nHa Tinh police arrested a man carrying 2 kg of heroin on Monday.\n\nBy Nguyen Van A, Hanoi',
      'ha-tinh',
    ],
    [
      'en',
      'Police seize heroin\n\nHa Tinh police arrested a man carrying 2 kg of heroin on Monday.\n\nNghe An Newspaper, 12 Le Loi Street, Vinh City, Nghe An',
      'ha-tinh',
    ],
    [
      'en',
      'Two drown in Quang Nam\n\nTwo children from Da Nang drowned while swimming in a river in Quang Nam on Sunday. The children were visiting relatives from Da Nang.',
      'quang-nam',
    ],
    [
      'en',
      'Drugs seized\n\nPolice arrested a man from Son La who was carrying 3 kg of heroin through Hoa Binh province to Hanoi. He was stopped in Hoa Binh.',
      'hoa-binh',
    ],
    [
      'es',
      'Droga incautada\n\nLa policía detuvo en Hoa Binh a un hombre de Son La que llevaba 3 kg de heroína a Hanói. El hombre, vecino de Son La, fue detenido en Hoa Binh.',
      'hoa-binh',
    ],
    [
      'de',
      'Drogen beschlagnahmt\n\nIn Hoa Binh hat die Polizei einen Mann aus Son La mit 3 kg Heroin festgenommen, der auf dem Weg nach Hanoi war.',
      'hoa-binh',
    ],
  ])('%s: %s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
  });
});

describe('Places: a wire dateline in brackets, and a report that names one province only as a home (5 of these 7 failed before session 14)', () => {
  it.each([
    [
      'ko',
      '베트남서 40대 남성 흉기 난동\n(하노이=연합뉴스) 특파원 = 베트남 중부 다낭시에 거주하는 40대 남성이 이웃에게 흉기를 휘둘러 공안에 체포됐다.',
      'da-nang',
    ],
    [
      'ja',
      'ベトナムで男が放火\n【ハノイ共同】ベトナム南部カントー市に住む男が隣人の家に放火し、警察に逮捕された。',
      'can-tho',
    ],
    [
      'en',
      "Man sets fire to neighbour's house\n\nHANOI (AP) - A 37-year-old man living in Can Tho set fire to his neighbour's house after a quarrel over noise, police said.",
      'can-tho',
    ],
    [
      'en',
      "Man sets fire to neighbour's house\n\nA 37-year-old man living in Can Tho set fire to his neighbour's house after a quarrel over noise, police said.",
      'can-tho',
    ],
    [
      'fr',
      'Un homme incendie la maison de son voisin\n\nUn homme de 37 ans résidant à Can Tho a incendié la maison de son voisin après une dispute, a indiqué la police.',
      'can-tho',
    ],
    [
      'ko',
      '마약 운반 남성 체포\n(하노이=연합뉴스) 특파원 = 하띤성 공안은 응에안성에 거주하는 남성을 헤로인 운반 혐의로 체포했다.',
      'ha-tinh',
    ],
    [
      'en',
      'Two men arrested\n\nPolice arrested two men living in Nghe An and Ha Tinh for trafficking heroin.',
      null,
    ],
  ])('%s: %s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
  });
});

describe('Places: a numbered district is one of Hồ Chí Minh City (all 4 failed before session 14)', () => {
  it.each([
    [
      'vi',
      'Cháy nhà ở Quận 7\n\nMột căn nhà ở phường Tân Thuận Đông, Quận 7 bị cháy rạng sáng nay, 3 người tử vong.',
      'ho-chi-minh',
    ],
    [
      'en',
      'Fire kills three\n\nA house fire in District 7 killed three people early on Sunday, firefighters said.',
      'ho-chi-minh',
    ],
    ['zh', '第七郡民房失火\n\n第七郡某住房昨日凌晨失火,3人喪生。', 'ho-chi-minh'],
    ['zh', '第7郡民房失火\n\n第7郡某住房昨日凌晨失火,3人喪生。', 'ho-chi-minh'],
  ])('%s: %s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
  });
});

describe("Places: a district's own force in Chinese, read by its characters (1 of these 2 failed before session 14)", () => {
  it.each([
    [
      'zh',
      '两名男子运输海洛因被抓\n\n演州县公安局抓获两名运输海洛因的男子。两人此前在河静省购买毒品，准备经河静省运往南方。演州县警察局已立案调查。',
      'nghe-an',
    ],
    [
      'zh',
      '警方查获走私香烟\n\n芒街市公安局查获一批走私香烟。货物原定运往海防市，司机曾在海防市工作。芒街市警察局正在调查。',
      'quang-ninh',
    ],
  ])('%s: %s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
  });
});
