/**
 * Places × languages matrix (session 30, helper e30v): invented sentences, written from how each of the 18
 * lexicon languages reports Vietnamese provincial news, not from the tuning texts. Constructs:
 *   a  a province in every inflected form and with or without its type word;
 *   b  localities (district, commune, ward, town, city, and the units made by the 2025 merger) with their type
 *      words, mapped to their province;
 *   c  datelines in the outlets' styles (VNA, VOV, Nhân Dân translations, Xinhua, Yonhap …);
 *   d  the primary province: the acting unit's province over a suspect's home or transit province named as
 *      often or more, and the event's province over the Ministry in Hà Nội that reports it;
 *   e  national articles (nationwide campaigns, country-wide statistics, several provinces alike): primary null;
 *   f  look-alikes that are not places: people, companies, ships and streets named like provinces, and foreign
 *      places (Laos, Cambodia, China's provinces).
 * A cell the engine does not read yet is listed in KNOWN_FAILING with its reason and runs as `it.fails`, so a
 * fix that flips it must move it out of the list. First reading (before any change): see the commit message.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import type { ExtractedArticle } from '../../lambdas/shared/article.js';
import { LANGUAGES } from '../../lambdas/shared/vocabulary.js';
import { runMatrix } from '../support/matrix.js';

type Construct = 'a' | 'b' | 'c' | 'd' | 'e' | 'f';

interface Expect {
  /** Slug of the primary province (the name as written or its 2025 successor); null: none. */
  readonly primary?: string | null;
  /** Provinces the article must list (as written or as successor). */
  readonly has?: readonly string[];
  /** Provinces (as written) the article must not list. */
  readonly not?: readonly string[];
  /** Localities as [slug, province slug (as written or successor)]. */
  readonly loc?: readonly (readonly [string, string])[];
  /** The dateline's day and month. */
  readonly date?: readonly [number, number];
}

interface Case {
  readonly lang: string;
  readonly construct: Construct;
  readonly text: string;
  readonly expect: Expect;
}

const cases: Case[] = [];
function add(lang: string, construct: Construct, rows: readonly (readonly [string, Expect])[]): void {
  for (const [text, expect] of rows) cases.push({ lang, construct, text, expect });
}

// ── Vietnamese ────────────────────────────────────────────────────────────────────────────────────────────
add('vi', 'a', [
  [
    'Công an tỉnh Quảng Ninh vừa bắt giữ hai đối tượng vận chuyển 3 kg ma túy tổng hợp qua biên giới.',
    { primary: 'quang-ninh' },
  ],
  [
    'Ngày 12/3, lực lượng chức năng Nghệ An đã triệt phá đường dây buôn bán heroin, thu giữ 20 bánh.',
    { primary: 'nghe-an' },
  ],
  [
    'Mưa lớn kéo dài khiến nhiều tuyến đường ở Thanh Hóa bị chia cắt, hai người mất tích do lũ cuốn.',
    { primary: 'thanh-hoa' },
  ],
]);
add('vi', 'b', [
  [
    'Công an thành phố Móng Cái (Quảng Ninh) phát hiện xe tải chở 500 kg hàng lậu không rõ nguồn gốc.',
    { loc: [['mong-cai', 'quang-ninh']], primary: 'quang-ninh' },
  ],
  [
    'Vụ cháy xảy ra tại xã Mường Xén, huyện Kỳ Sơn, tỉnh Nghệ An làm thiêu rụi ba căn nhà của người dân.',
    { loc: [['ky-son', 'nghe-an']], primary: 'nghe-an' },
  ],
  [
    'Công an đặc khu Phú Quốc, tỉnh An Giang bắt quả tang hai đối tượng đánh bạc, thu giữ 40 triệu đồng.',
    { loc: [['phu-quoc', 'an-giang']], primary: 'an-giang' },
  ],
]);
add('vi', 'c', [
  [
    'HÀ NỘI (VNA) – Công an tỉnh Lạng Sơn cho biết đã bắt giữ một đối tượng vận chuyển 10.000 bao thuốc lá lậu.',
    { primary: 'lang-son' },
  ],
  [
    'Thanh Hóa (TTXVN) - Trận lũ quét đêm qua đã làm ba người chết và 12 ngôi nhà bị cuốn trôi tại huyện Mường Lát.',
    { primary: 'thanh-hoa' },
  ],
  [
    '(Chinhphu.vn) - Ngày 5/3, Công an tỉnh Hà Tĩnh khởi tố vụ án tai nạn giao thông làm hai người tử vong.',
    { primary: 'ha-tinh', date: [5, 3] },
  ],
]);
add('vi', 'd', [
  [
    'Công an tỉnh Lào Cai bắt giữ Nguyễn Văn T. (trú tại Hà Giang) cùng 2 kg ma túy. T. khai nhận mua ma túy ở Hà Giang rồi mang về Hà Giang bán lẻ.',
    { primary: 'lao-cai' },
  ],
  [
    'Bộ Công an tại Hà Nội thông báo: Công an tỉnh Đắk Lắk đã triệt phá đường dây đánh bạc qua mạng với số tiền giao dịch 100 tỷ đồng.',
    { primary: 'dak-lak' },
  ],
  [
    'Công an tỉnh Sơn La chặn bắt xe khách chở 6 bánh heroin từ Điện Biên về Hà Nội; tài xế quê Điện Biên, chủ hàng ở Điện Biên.',
    { primary: 'son-la' },
  ],
]);
add('vi', 'e', [
  [
    'Bộ Công an phát động đợt cao điểm tấn công trấn áp tội phạm ma túy trên phạm vi cả nước từ ngày 1/6 đến hết tháng 8.',
    { primary: null },
  ],
  [
    'Trong 6 tháng đầu năm, toàn quốc xảy ra 5.000 vụ tai nạn giao thông, làm chết 3.000 người, theo Cục Cảnh sát giao thông.',
    { primary: null },
  ],
  [
    'Mưa lũ tại Lào Cai, Yên Bái, Hà Giang và Cao Bằng đã làm 20 người chết; các tỉnh miền núi phía Bắc đều bị thiệt hại nặng.',
    { primary: null },
  ],
]);
add('vi', 'f', [
  [
    'Công an quận 3, TP Hồ Chí Minh bắt giữ đối tượng cướp giật điện thoại trên đường Điện Biên Phủ vào tối 7/4.',
    { primary: 'ho-chi-minh', not: ['dien-bien'] },
  ],
  [
    'Công an tỉnh Tây Ninh bắt giữ hai người Campuchia vận chuyển 30 kg ma túy từ tỉnh Svay Rieng qua cửa khẩu.',
    { primary: 'tay-ninh' },
  ],
  [
    'Công an Đà Nẵng khởi tố giám đốc Công ty TNHH Thanh Hóa Phát vì hành vi lừa đảo chiếm đoạt 12 tỷ đồng.',
    { primary: 'da-nang', not: ['thanh-hoa'] },
  ],
]);

// ── English ───────────────────────────────────────────────────────────────────────────────────────────────
add('en', 'a', [
  [
    'Police in the northern province of Quang Ninh have arrested two men for trafficking 3 kg of synthetic drugs across the border.',
    { primary: 'quang-ninh' },
  ],
  [
    'Nghe An province police seized 20 bricks of heroin and detained three suspects on Tuesday.',
    { primary: 'nghe-an' },
  ],
  [
    'Flash floods in Thanh Hoa have left two people missing and cut off dozens of villages, local authorities said.',
    { primary: 'thanh-hoa' },
  ],
]);
add('en', 'b', [
  [
    'Border guards in Mong Cai city, Quang Ninh province, stopped a truck carrying 500 kg of smuggled sugar.',
    { loc: [['mong-cai', 'quang-ninh']], primary: 'quang-ninh' },
  ],
  [
    'A fire destroyed three houses in Ky Son district of Nghe An province early on Sunday, with no casualties reported.',
    { loc: [['ky-son', 'nghe-an']], primary: 'nghe-an' },
  ],
  [
    'Police on Phu Quoc island in An Giang province caught two people gambling and seized VND 40 million.',
    { loc: [['phu-quoc', 'an-giang']], primary: 'an-giang' },
  ],
]);
add('en', 'c', [
  [
    'Hanoi, March 5 (VNA) - Lang Son police said they had arrested a man transporting 10,000 packs of contraband cigarettes.',
    { primary: 'lang-son', date: [5, 3] },
  ],
  [
    'HA TINH, 12 April (VNA) – The Ha Tinh traffic police have prosecuted a truck driver after a crash that killed two people.',
    { primary: 'ha-tinh', date: [12, 4] },
  ],
  [
    'Thanh Hoa (VNS) — A flash flood overnight killed three people and swept away 12 houses in Muong Lat district.',
    { primary: 'thanh-hoa' },
  ],
]);
add('en', 'd', [
  [
    'Lao Cai police arrested a man from Ha Giang with 2 kg of heroin. He told investigators he bought the drugs in Ha Giang and planned to sell them back in Ha Giang.',
    { primary: 'lao-cai' },
  ],
  [
    'The Ministry of Public Security in Hanoi announced that Dak Lak police had dismantled an online gambling ring that moved VND 100 billion.',
    { primary: 'dak-lak' },
  ],
  [
    'Son La police stopped a coach carrying six bricks of heroin from Dien Bien to Hanoi; the driver and the owner of the drugs both come from Dien Bien.',
    { primary: 'son-la' },
  ],
]);
add('en', 'e', [
  [
    'The Ministry of Public Security has launched a nationwide campaign against drug crime running from June 1 to the end of August.',
    { primary: null },
  ],
  [
    'Vietnam recorded 5,000 traffic accidents in the first half of the year, killing 3,000 people across the country, the Traffic Police Department said.',
    { primary: null },
  ],
  [
    'Floods in Lao Cai, Yen Bai, Ha Giang and Cao Bang have killed 20 people, with all northern mountainous provinces badly hit.',
    { primary: null },
  ],
]);
add('en', 'f', [
  [
    'Police in Ho Chi Minh City arrested a man who snatched a phone on Dien Bien Phu Street on Friday night.',
    { primary: 'ho-chi-minh', not: ['dien-bien'] },
  ],
  [
    'Tay Ninh police detained two Cambodian nationals who carried 30 kg of drugs from Svay Rieng province across the border.',
    { primary: 'tay-ninh' },
  ],
  [
    'Da Nang police charged the director of Thanh Hoa Phat Co. Ltd with fraud worth VND 12 billion.',
    { primary: 'da-nang', not: ['thanh-hoa'] },
  ],
]);

// ── French ────────────────────────────────────────────────────────────────────────────────────────────────
add('fr', 'a', [
  [
    'La police de la province de Quang Ninh a interpellé deux hommes qui transportaient 3 kg de drogue de synthèse.',
    { primary: 'quang-ninh' },
  ],
  [
    'À Nghe An, les forces de l’ordre ont saisi 20 pains d’héroïne et arrêté trois suspects mardi.',
    { primary: 'nghe-an' },
  ],
  [
    'Des crues soudaines dans la province centrale de Thanh Hoa ont fait deux disparus et isolé des dizaines de villages.',
    { primary: 'thanh-hoa' },
  ],
]);
add('fr', 'b', [
  [
    'Les gardes-frontières de la ville de Mong Cai, province de Quang Ninh, ont intercepté un camion chargé de 500 kg de sucre de contrebande.',
    { loc: [['mong-cai', 'quang-ninh']], primary: 'quang-ninh' },
  ],
  [
    'Un incendie a détruit trois maisons dans le district de Ky Son, province de Nghe An, sans faire de victimes.',
    { loc: [['ky-son', 'nghe-an']], primary: 'nghe-an' },
  ],
  [
    'La police de l’île de Phu Quoc, dans la province d’An Giang, a surpris deux joueurs et saisi 40 millions de dôngs.',
    { loc: [['phu-quoc', 'an-giang']], primary: 'an-giang' },
  ],
]);
add('fr', 'c', [
  [
    'Hanoï, 5 mars (VNA) – La police de Lang Son a arrêté un homme qui transportait 10.000 paquets de cigarettes de contrebande.',
    { primary: 'lang-son', date: [5, 3] },
  ],
  [
    'Ha Tinh (VNA) – La police routière de Ha Tinh a engagé des poursuites contre un chauffeur de camion après un accident qui a fait deux morts.',
    { primary: 'ha-tinh' },
  ],
  [
    'CVN – Une crue soudaine a tué trois personnes et emporté douze maisons dans le district de Muong Lat, province de Thanh Hoa.',
    { primary: 'thanh-hoa' },
  ],
]);
add('fr', 'd', [
  [
    'La police de Lao Cai a arrêté un homme originaire de Ha Giang avec 2 kg d’héroïne, achetée à Ha Giang et destinée à être revendue à Ha Giang.',
    { primary: 'lao-cai' },
  ],
  [
    'Le ministère de la Sécurité publique a annoncé à Hanoï que la police de Dak Lak avait démantelé un réseau de jeux en ligne de 100 milliards de dôngs.',
    { primary: 'dak-lak' },
  ],
  [
    'La police de Son La a intercepté un car transportant six pains d’héroïne de Dien Bien vers Hanoï ; le chauffeur et le propriétaire sont de Dien Bien.',
    { primary: 'son-la' },
  ],
]);
add('fr', 'e', [
  [
    'Le ministère de la Sécurité publique lance une campagne nationale contre la drogue du 1er juin à la fin août dans tout le pays.',
    { primary: null },
  ],
  [
    'Le Vietnam a enregistré 5.000 accidents de la route au premier semestre, qui ont fait 3.000 morts dans l’ensemble du pays.',
    { primary: null },
  ],
  [
    'Les inondations à Lao Cai, Yen Bai, Ha Giang et Cao Bang ont fait 20 morts ; toutes les provinces montagneuses du Nord sont touchées.',
    { primary: null },
  ],
]);
add('fr', 'f', [
  [
    'À Hô Chi Minh-Ville, la police a arrêté un voleur de téléphone rue Dien Bien Phu vendredi soir.',
    { primary: 'ho-chi-minh', not: ['dien-bien'] },
  ],
  [
    'La police de Tay Ninh a arrêté deux Cambodgiens qui transportaient 30 kg de drogue depuis la province de Svay Rieng.',
    { primary: 'tay-ninh' },
  ],
  [
    'La police de Da Nang a inculpé le directeur de la société Thanh Hoa Phat pour une escroquerie de 12 milliards de dôngs.',
    { primary: 'da-nang', not: ['thanh-hoa'] },
  ],
]);

// ── German ────────────────────────────────────────────────────────────────────────────────────────────────
add('de', 'a', [
  [
    'Die Polizei der Provinz Quang Ninh hat zwei Männer festgenommen, die 3 kg synthetische Drogen über die Grenze schmuggeln wollten.',
    { primary: 'quang-ninh' },
  ],
  [
    'Nghe Ans Polizei beschlagnahmte am Dienstag 20 Heroinpakete und nahm drei Verdächtige fest.',
    { primary: 'nghe-an' },
  ],
  [
    'Sturzfluten in der zentralvietnamesischen Provinz Thanh Hoa haben zwei Menschen mitgerissen; Dutzende Dörfer sind abgeschnitten.',
    { primary: 'thanh-hoa' },
  ],
]);
add('de', 'b', [
  [
    'Grenzschützer in der Stadt Mong Cai in der Provinz Quang Ninh stoppten einen Lastwagen mit 500 kg geschmuggeltem Zucker.',
    { loc: [['mong-cai', 'quang-ninh']], primary: 'quang-ninh' },
  ],
  [
    'Ein Feuer zerstörte im Bezirk Ky Son der Provinz Nghe An drei Häuser; verletzt wurde niemand.',
    { loc: [['ky-son', 'nghe-an']], primary: 'nghe-an' },
  ],
  [
    'Die Polizei auf der Insel Phu Quoc in der Provinz An Giang erwischte zwei Glücksspieler und stellte 40 Millionen Dong sicher.',
    { loc: [['phu-quoc', 'an-giang']], primary: 'an-giang' },
  ],
]);
add('de', 'c', [
  [
    'Hanoi, 5. März (VNA) – Die Polizei von Lang Son hat einen Mann mit 10.000 Schachteln Schmuggelzigaretten festgenommen.',
    { primary: 'lang-son', date: [5, 3] },
  ],
  [
    'HA TINH (VNA) – Nach einem Unfall mit zwei Toten hat die Verkehrspolizei von Ha Tinh Anklage gegen einen Lkw-Fahrer erhoben.',
    { primary: 'ha-tinh' },
  ],
  [
    'Thanh Hoa (dpa) - Eine Sturzflut hat in der Nacht im Kreis Muong Lat drei Menschen getötet und zwölf Häuser weggerissen.',
    { primary: 'thanh-hoa' },
  ],
]);
add('de', 'd', [
  [
    'Die Polizei von Lao Cai hat einen Mann aus Ha Giang mit 2 kg Heroin gefasst; er hatte das Rauschgift in Ha Giang gekauft und wollte es in Ha Giang weiterverkaufen.',
    { primary: 'lao-cai' },
  ],
  [
    'Das Ministerium für öffentliche Sicherheit in Hanoi teilte mit, die Polizei von Dak Lak habe einen Online-Glücksspielring mit Umsätzen von 100 Milliarden Dong zerschlagen.',
    { primary: 'dak-lak' },
  ],
  [
    'Die Polizei von Son La stoppte einen Reisebus mit sechs Heroinpaketen auf dem Weg von Dien Bien nach Hanoi; Fahrer und Besitzer stammen aus Dien Bien.',
    { primary: 'son-la' },
  ],
]);
add('de', 'e', [
  [
    'Das Ministerium für öffentliche Sicherheit startet eine landesweite Kampagne gegen Drogenkriminalität vom 1. Juni bis Ende August.',
    { primary: null },
  ],
  [
    'Im ersten Halbjahr wurden in ganz Vietnam 5.000 Verkehrsunfälle mit 3.000 Toten gezählt, teilte die Verkehrspolizei mit.',
    { primary: null },
  ],
  [
    'Überschwemmungen in Lao Cai, Yen Bai, Ha Giang und Cao Bang haben 20 Menschen getötet; alle nördlichen Bergprovinzen sind schwer getroffen.',
    { primary: null },
  ],
]);
add('de', 'f', [
  [
    'In Ho-Chi-Minh-Stadt nahm die Polizei einen Handydieb in der Dien-Bien-Phu-Straße fest.',
    { primary: 'ho-chi-minh', not: ['dien-bien'] },
  ],
  [
    'Die Polizei von Tay Ninh nahm zwei Kambodschaner fest, die 30 kg Drogen aus der Provinz Svay Rieng über die Grenze brachten.',
    { primary: 'tay-ninh' },
  ],
  [
    'Die Polizei von Da Nang klagte den Direktor der Firma Thanh Hoa Phat wegen Betrugs über 12 Milliarden Dong an.',
    { primary: 'da-nang', not: ['thanh-hoa'] },
  ],
]);

// ── Spanish ───────────────────────────────────────────────────────────────────────────────────────────────
add('es', 'a', [
  [
    'La policía de la provincia norteña de Quang Ninh detuvo a dos hombres que transportaban 3 kg de drogas sintéticas.',
    { primary: 'quang-ninh' },
  ],
  [
    'En Nghe An, los agentes incautaron 20 paquetes de heroína y arrestaron a tres sospechosos el martes.',
    { primary: 'nghe-an' },
  ],
  [
    'Las inundaciones repentinas en la provincia de Thanh Hoa dejaron dos desaparecidos y decenas de aldeas aisladas.',
    { primary: 'thanh-hoa' },
  ],
]);
add('es', 'b', [
  [
    'Guardias fronterizos de la ciudad de Mong Cai, en la provincia de Quang Ninh, interceptaron un camión con 500 kg de azúcar de contrabando.',
    { loc: [['mong-cai', 'quang-ninh']], primary: 'quang-ninh' },
  ],
  [
    'Un incendio destruyó tres viviendas en el distrito de Ky Son, provincia de Nghe An, sin causar víctimas.',
    { loc: [['ky-son', 'nghe-an']], primary: 'nghe-an' },
  ],
  [
    'La policía de la isla de Phu Quoc, en la provincia de An Giang, sorprendió a dos apostadores y confiscó 40 millones de dongs.',
    { loc: [['phu-quoc', 'an-giang']], primary: 'an-giang' },
  ],
]);
add('es', 'c', [
  [
    'Hanói, 5 mar (VNA) - La policía de Lang Son arrestó a un hombre que transportaba 10.000 cajetillas de cigarrillos de contrabando.',
    { primary: 'lang-son', date: [5, 3] },
  ],
  [
    'Ha Tinh (VNA) – La policía de tráfico de Ha Tinh procesó a un camionero tras un accidente que dejó dos muertos.',
    { primary: 'ha-tinh' },
  ],
  [
    'Thanh Hoa, 12 de abril (EFE).- Una crecida repentina mató a tres personas y arrastró doce casas en el distrito de Muong Lat.',
    { primary: 'thanh-hoa', date: [12, 4] },
  ],
]);
add('es', 'd', [
  [
    'La policía de Lao Cai detuvo a un hombre de Ha Giang con 2 kg de heroína, que compró en Ha Giang para revenderla en Ha Giang.',
    { primary: 'lao-cai' },
  ],
  [
    'El Ministerio de Seguridad Pública informó en Hanói que la policía de Dak Lak desmanteló una red de apuestas en línea de 100.000 millones de dongs.',
    { primary: 'dak-lak' },
  ],
  [
    'La policía de Son La interceptó un autobús con seis paquetes de heroína de Dien Bien a Hanói; el conductor y el dueño son de Dien Bien.',
    { primary: 'son-la' },
  ],
]);
add('es', 'e', [
  [
    'El Ministerio de Seguridad Pública lanzó una campaña nacional contra el narcotráfico del 1 de junio al 31 de agosto en todo el país.',
    { primary: null },
  ],
  [
    'Vietnam registró 5.000 accidentes de tráfico en el primer semestre, con 3.000 muertos en todo el país, según la Policía de Tráfico.',
    { primary: null },
  ],
  [
    'Las inundaciones en Lao Cai, Yen Bai, Ha Giang y Cao Bang causaron 20 muertos; todas las provincias montañosas del norte resultaron afectadas.',
    { primary: null },
  ],
]);
add('es', 'f', [
  [
    'La policía de Ciudad Ho Chi Minh detuvo a un ladrón de teléfonos en la calle Dien Bien Phu el viernes por la noche.',
    { primary: 'ho-chi-minh', not: ['dien-bien'] },
  ],
  [
    'La policía de Tay Ninh arrestó a dos camboyanos que llevaban 30 kg de drogas desde la provincia de Svay Rieng.',
    { primary: 'tay-ninh' },
  ],
  [
    'La policía de Da Nang acusó al director de la empresa Thanh Hoa Phat de una estafa de 12.000 millones de dongs.',
    { primary: 'da-nang', not: ['thanh-hoa'] },
  ],
]);

// ── Italian ───────────────────────────────────────────────────────────────────────────────────────────────
add('it', 'a', [
  [
    'La polizia della provincia di Quang Ninh ha arrestato due uomini che trasportavano 3 kg di droghe sintetiche.',
    { primary: 'quang-ninh' },
  ],
  [
    'A Nghe An gli agenti hanno sequestrato 20 panetti di eroina e fermato tre sospettati martedì.',
    { primary: 'nghe-an' },
  ],
  [
    'Le piene improvvise nella provincia centrale di Thanh Hoa hanno causato due dispersi e isolato decine di villaggi.',
    { primary: 'thanh-hoa' },
  ],
]);
add('it', 'b', [
  [
    'Le guardie di frontiera della città di Mong Cai, nella provincia di Quang Ninh, hanno fermato un camion con 500 kg di zucchero di contrabbando.',
    { loc: [['mong-cai', 'quang-ninh']], primary: 'quang-ninh' },
  ],
  [
    'Un incendio ha distrutto tre case nel distretto di Ky Son, provincia di Nghe An, senza vittime.',
    { loc: [['ky-son', 'nghe-an']], primary: 'nghe-an' },
  ],
  [
    'La polizia dell’isola di Phu Quoc, nella provincia di An Giang, ha sorpreso due giocatori d’azzardo e sequestrato 40 milioni di dong.',
    { loc: [['phu-quoc', 'an-giang']], primary: 'an-giang' },
  ],
]);
add('it', 'c', [
  [
    'Hanoi, 5 marzo (VNA) - La polizia di Lang Son ha arrestato un uomo che trasportava 10.000 pacchetti di sigarette di contrabbando.',
    { primary: 'lang-son', date: [5, 3] },
  ],
  [
    'HA TINH (VNA) – La polizia stradale di Ha Tinh ha denunciato un camionista dopo un incidente che ha causato due morti.',
    { primary: 'ha-tinh' },
  ],
  [
    'Thanh Hoa (ANSA) - Una piena improvvisa ha ucciso tre persone e travolto dodici case nel distretto di Muong Lat.',
    { primary: 'thanh-hoa' },
  ],
]);
add('it', 'd', [
  [
    'La polizia di Lao Cai ha fermato un uomo di Ha Giang con 2 kg di eroina, comprata a Ha Giang per rivenderla a Ha Giang.',
    { primary: 'lao-cai' },
  ],
  [
    'Il ministero della Pubblica Sicurezza ha reso noto a Hanoi che la polizia di Dak Lak ha smantellato una rete di scommesse online da 100 miliardi di dong.',
    { primary: 'dak-lak' },
  ],
  [
    'La polizia di Son La ha intercettato un pullman con sei panetti di eroina diretto da Dien Bien a Hanoi; autista e proprietario sono di Dien Bien.',
    { primary: 'son-la' },
  ],
]);
add('it', 'e', [
  [
    'Il ministero della Pubblica Sicurezza ha lanciato una campagna nazionale contro la droga dal 1° giugno alla fine di agosto in tutto il Paese.',
    { primary: null },
  ],
  [
    'Nel primo semestre il Vietnam ha registrato 5.000 incidenti stradali con 3.000 morti in tutto il Paese, secondo la polizia stradale.',
    { primary: null },
  ],
  [
    'Le alluvioni a Lao Cai, Yen Bai, Ha Giang e Cao Bang hanno causato 20 morti; tutte le province montuose del nord sono state colpite.',
    { primary: null },
  ],
]);
add('it', 'f', [
  [
    'A Ho Chi Minh City la polizia ha arrestato un ladro di telefoni in via Dien Bien Phu venerdì sera.',
    { primary: 'ho-chi-minh', not: ['dien-bien'] },
  ],
  [
    'La polizia di Tay Ninh ha arrestato due cambogiani che portavano 30 kg di droga dalla provincia di Svay Rieng.',
    { primary: 'tay-ninh' },
  ],
  [
    'La polizia di Da Nang ha incriminato il direttore della società Thanh Hoa Phat per una truffa da 12 miliardi di dong.',
    { primary: 'da-nang', not: ['thanh-hoa'] },
  ],
]);

// ── Portuguese ────────────────────────────────────────────────────────────────────────────────────────────
add('pt', 'a', [
  [
    'A polícia da província de Quang Ninh prendeu dois homens que transportavam 3 kg de drogas sintéticas pela fronteira.',
    { primary: 'quang-ninh' },
  ],
  [
    'Em Nghe An, os agentes apreenderam 20 tabletes de heroína e detiveram três suspeitos na terça-feira.',
    { primary: 'nghe-an' },
  ],
  [
    'As enxurradas na província central de Thanh Hoa deixaram dois desaparecidos e dezenas de aldeias isoladas.',
    { primary: 'thanh-hoa' },
  ],
]);
add('pt', 'b', [
  [
    'Guardas de fronteira da cidade de Mong Cai, na província de Quang Ninh, intercetaram um camião com 500 kg de açúcar contrabandeado.',
    { loc: [['mong-cai', 'quang-ninh']], primary: 'quang-ninh' },
  ],
  [
    'Um incêndio destruiu três casas no distrito de Ky Son, província de Nghe An, sem causar vítimas.',
    { loc: [['ky-son', 'nghe-an']], primary: 'nghe-an' },
  ],
  [
    'A polícia da ilha de Phu Quoc, na província de An Giang, flagrou dois apostadores e apreendeu 40 milhões de dongues.',
    { loc: [['phu-quoc', 'an-giang']], primary: 'an-giang' },
  ],
]);
add('pt', 'c', [
  [
    'Hanói, 5 mar (VNA) - A polícia de Lang Son prendeu um homem que transportava 10.000 maços de cigarros contrabandeados.',
    { primary: 'lang-son', date: [5, 3] },
  ],
  [
    'Ha Tinh (VNA) – A polícia de trânsito de Ha Tinh indiciou um camionista após um acidente que matou duas pessoas.',
    { primary: 'ha-tinh' },
  ],
  [
    'Thanh Hoa, 12 de abril (Lusa) - Uma enxurrada matou três pessoas e arrastou doze casas no distrito de Muong Lat.',
    { primary: 'thanh-hoa', date: [12, 4] },
  ],
]);
add('pt', 'd', [
  [
    'A polícia de Lao Cai prendeu um homem de Ha Giang com 2 kg de heroína, comprada em Ha Giang para revender em Ha Giang.',
    { primary: 'lao-cai' },
  ],
  [
    'O Ministério da Segurança Pública anunciou em Hanói que a polícia de Dak Lak desmantelou uma rede de apostas online de 100 mil milhões de dongues.',
    { primary: 'dak-lak' },
  ],
  [
    'A polícia de Son La intercetou um autocarro com seis tabletes de heroína de Dien Bien para Hanói; o motorista e o dono são de Dien Bien.',
    { primary: 'son-la' },
  ],
]);
add('pt', 'e', [
  [
    'O Ministério da Segurança Pública lançou uma campanha nacional contra o tráfico de drogas de 1 de junho ao fim de agosto em todo o país.',
    { primary: null },
  ],
  [
    'O Vietname registou 5.000 acidentes de viação no primeiro semestre, com 3.000 mortos em todo o país, segundo a polícia de trânsito.',
    { primary: null },
  ],
  [
    'As cheias em Lao Cai, Yen Bai, Ha Giang e Cao Bang mataram 20 pessoas; todas as províncias montanhosas do norte foram atingidas.',
    { primary: null },
  ],
]);
add('pt', 'f', [
  [
    'Na Cidade de Ho Chi Minh, a polícia prendeu um ladrão de telemóveis na rua Dien Bien Phu na sexta-feira à noite.',
    { primary: 'ho-chi-minh', not: ['dien-bien'] },
  ],
  [
    'A polícia de Tay Ninh prendeu dois cambojanos que levavam 30 kg de droga da província de Svay Rieng.',
    { primary: 'tay-ninh' },
  ],
  [
    'A polícia de Da Nang acusou o diretor da empresa Thanh Hoa Phat de uma fraude de 12 mil milhões de dongues.',
    { primary: 'da-nang', not: ['thanh-hoa'] },
  ],
]);

// ── Dutch ─────────────────────────────────────────────────────────────────────────────────────────────────
add('nl', 'a', [
  [
    'De politie van de provincie Quang Ninh heeft twee mannen aangehouden die 3 kilo synthetische drugs over de grens smokkelden.',
    { primary: 'quang-ninh' },
  ],
  [
    'In Nghe An heeft de politie dinsdag 20 blokken heroïne in beslag genomen en drie verdachten opgepakt.',
    { primary: 'nghe-an' },
  ],
  [
    'Door plotselinge overstromingen in de Vietnamese provincie Thanh Hoa worden twee mensen vermist.',
    { primary: 'thanh-hoa' },
  ],
]);
add('nl', 'b', [
  [
    'Grenswachten in de stad Mong Cai in de provincie Quang Ninh hielden een vrachtwagen met 500 kilo gesmokkelde suiker tegen.',
    { loc: [['mong-cai', 'quang-ninh']], primary: 'quang-ninh' },
  ],
  [
    'Een brand heeft in het district Ky Son in de provincie Nghe An drie huizen verwoest; er vielen geen slachtoffers.',
    { loc: [['ky-son', 'nghe-an']], primary: 'nghe-an' },
  ],
  [
    'De politie op het eiland Phu Quoc in de provincie An Giang betrapte twee gokkers en nam 40 miljoen dong in beslag.',
    { loc: [['phu-quoc', 'an-giang']], primary: 'an-giang' },
  ],
]);
add('nl', 'c', [
  [
    'Hanoi, 5 maart (VNA) - De politie van Lang Son heeft een man aangehouden met 10.000 pakjes gesmokkelde sigaretten.',
    { primary: 'lang-son', date: [5, 3] },
  ],
  [
    'HA TINH (VNA) – De verkeerspolitie van Ha Tinh vervolgt een vrachtwagenchauffeur na een ongeval met twee doden.',
    { primary: 'ha-tinh' },
  ],
  [
    'Thanh Hoa (ANP) - Een plotselinge overstroming heeft in het district Muong Lat drie mensen gedood en twaalf huizen weggespoeld.',
    { primary: 'thanh-hoa' },
  ],
]);
add('nl', 'd', [
  [
    'De politie van Lao Cai heeft een man uit Ha Giang gearresteerd met 2 kilo heroïne, die hij in Ha Giang kocht om in Ha Giang door te verkopen.',
    { primary: 'lao-cai' },
  ],
  [
    'Het ministerie van Openbare Veiligheid in Hanoi meldde dat de politie van Dak Lak een online gokbende met een omzet van 100 miljard dong heeft opgerold.',
    { primary: 'dak-lak' },
  ],
  [
    'De politie van Son La hield een bus aan met zes blokken heroïne op weg van Dien Bien naar Hanoi; chauffeur en eigenaar komen uit Dien Bien.',
    { primary: 'son-la' },
  ],
]);
add('nl', 'e', [
  [
    'Het ministerie van Openbare Veiligheid begint een landelijke campagne tegen drugscriminaliteit van 1 juni tot eind augustus.',
    { primary: null },
  ],
  [
    'Vietnam telde in het eerste halfjaar 5.000 verkeersongevallen met 3.000 doden in het hele land, meldt de verkeerspolitie.',
    { primary: null },
  ],
  [
    'Overstromingen in Lao Cai, Yen Bai, Ha Giang en Cao Bang hebben 20 doden geëist; alle noordelijke bergprovincies zijn zwaar getroffen.',
    { primary: null },
  ],
]);
add('nl', 'f', [
  [
    'In Ho Chi Minhstad heeft de politie een telefoondief opgepakt in de Dien Bien Phu-straat.',
    { primary: 'ho-chi-minh', not: ['dien-bien'] },
  ],
  [
    'De politie van Tay Ninh arresteerde twee Cambodjanen die 30 kilo drugs uit de provincie Svay Rieng de grens over brachten.',
    { primary: 'tay-ninh' },
  ],
  [
    'De politie van Da Nang heeft de directeur van het bedrijf Thanh Hoa Phat aangeklaagd voor fraude van 12 miljard dong.',
    { primary: 'da-nang', not: ['thanh-hoa'] },
  ],
]);

// ── Romanian ──────────────────────────────────────────────────────────────────────────────────────────────
add('ro', 'a', [
  [
    'Poliția provinciei Quang Ninh a reținut doi bărbați care transportau 3 kg de droguri sintetice peste graniță.',
    { primary: 'quang-ninh' },
  ],
  [
    'În provincia Nghe An, polițiștii au confiscat 20 de calupuri de heroină și au reținut trei suspecți marți.',
    { primary: 'nghe-an' },
  ],
  [
    'Viiturile din provincia Thanh Hoa au lăsat două persoane dispărute și zeci de sate izolate.',
    { primary: 'thanh-hoa' },
  ],
]);
add('ro', 'b', [
  [
    'Polițiștii de frontieră din orașul Mong Cai, provincia Quang Ninh, au oprit un camion cu 500 kg de zahăr de contrabandă.',
    { loc: [['mong-cai', 'quang-ninh']], primary: 'quang-ninh' },
  ],
  [
    'Un incendiu a distrus trei case în districtul Ky Son din provincia Nghe An, fără victime.',
    { loc: [['ky-son', 'nghe-an']], primary: 'nghe-an' },
  ],
  [
    'Poliția de pe insula Phu Quoc, din provincia An Giang, a prins doi jucători de noroc și a confiscat 40 de milioane de dongi.',
    { loc: [['phu-quoc', 'an-giang']], primary: 'an-giang' },
  ],
]);
add('ro', 'c', [
  [
    'Hanoi, 5 martie (VNA) - Poliția din Lang Son a reținut un bărbat care transporta 10.000 de pachete de țigări de contrabandă.',
    { primary: 'lang-son', date: [5, 3] },
  ],
  [
    'HA TINH (VNA) – Poliția rutieră din Ha Tinh a pus sub acuzare un șofer de camion după un accident soldat cu doi morți.',
    { primary: 'ha-tinh' },
  ],
  [
    'Thanh Hoa, 12 aprilie (Agerpres) - O viitură a ucis trei persoane și a luat douăsprezece case în districtul Muong Lat.',
    { primary: 'thanh-hoa', date: [12, 4] },
  ],
]);
add('ro', 'd', [
  [
    'Poliția din Lao Cai a reținut un bărbat din Ha Giang cu 2 kg de heroină, cumpărată în Ha Giang pentru a fi revândută în Ha Giang.',
    { primary: 'lao-cai' },
  ],
  [
    'Ministerul Securității Publice a anunțat la Hanoi că poliția din Dak Lak a destructurat o rețea de jocuri de noroc online de 100 de miliarde de dongi.',
    { primary: 'dak-lak' },
  ],
  [
    'Poliția din Son La a oprit un autocar cu șase calupuri de heroină dinspre Dien Bien spre Hanoi; șoferul și proprietarul sunt din Dien Bien.',
    { primary: 'son-la' },
  ],
]);
add('ro', 'e', [
  [
    'Ministerul Securității Publice lansează o campanie națională împotriva drogurilor între 1 iunie și sfârșitul lui august, în toată țara.',
    { primary: null },
  ],
  [
    'Vietnamul a înregistrat 5.000 de accidente rutiere în primul semestru, soldate cu 3.000 de morți la nivel național.',
    { primary: null },
  ],
  [
    'Inundațiile din Lao Cai, Yen Bai, Ha Giang și Cao Bang au ucis 20 de oameni; toate provinciile muntoase din nord au fost afectate.',
    { primary: null },
  ],
]);
add('ro', 'f', [
  [
    'În orașul Ho Chi Minh, poliția a prins un hoț de telefoane pe strada Dien Bien Phu vineri seara.',
    { primary: 'ho-chi-minh', not: ['dien-bien'] },
  ],
  [
    'Poliția din Tay Ninh a reținut doi cambodgieni care aduceau 30 kg de droguri din provincia Svay Rieng.',
    { primary: 'tay-ninh' },
  ],
  [
    'Poliția din Da Nang l-a pus sub acuzare pe directorul companiei Thanh Hoa Phat pentru o fraudă de 12 miliarde de dongi.',
    { primary: 'da-nang', not: ['thanh-hoa'] },
  ],
]);

// ── Polish ────────────────────────────────────────────────────────────────────────────────────────────────
add('pl', 'a', [
  [
    'Policja w prowincji Quang Ninh zatrzymała dwóch mężczyzn, którzy przemycali przez granicę 3 kg narkotyków syntetycznych.',
    { primary: 'quang-ninh' },
  ],
  [
    'Funkcjonariusze z prowincji Nghe An przejęli 20 kostek heroiny i zatrzymali trzech podejrzanych we wtorek.',
    { primary: 'nghe-an' },
  ],
  [
    'Gwałtowne powodzie w środkowowietnamskiej prowincji Thanh Hoa: dwie osoby zaginęły, dziesiątki wsi zostały odcięte.',
    { primary: 'thanh-hoa' },
  ],
]);
add('pl', 'b', [
  [
    'Straż graniczna w mieście Mong Cai w prowincji Quang Ninh zatrzymała ciężarówkę z 500 kg przemycanego cukru.',
    { loc: [['mong-cai', 'quang-ninh']], primary: 'quang-ninh' },
  ],
  [
    'Pożar strawił trzy domy w dystrykcie Ky Son w prowincji Nghe An; nikt nie ucierpiał.',
    { loc: [['ky-son', 'nghe-an']], primary: 'nghe-an' },
  ],
  [
    'Policja na wyspie Phu Quoc w prowincji An Giang przyłapała dwóch hazardzistów i zabezpieczyła 40 mln dongów.',
    { loc: [['phu-quoc', 'an-giang']], primary: 'an-giang' },
  ],
]);
add('pl', 'c', [
  [
    'Hanoi, 5 marca (VNA) – Policja z Lang Son zatrzymała mężczyznę przewożącego 10 tys. paczek przemycanych papierosów.',
    { primary: 'lang-son', date: [5, 3] },
  ],
  [
    'HA TINH (VNA) – Policja drogowa z Ha Tinh postawiła zarzuty kierowcy ciężarówki po wypadku, w którym zginęły dwie osoby.',
    { primary: 'ha-tinh' },
  ],
  [
    'Thanh Hoa (PAP) – Nocna fala powodziowa zabiła trzy osoby i porwała dwanaście domów w dystrykcie Muong Lat.',
    { primary: 'thanh-hoa' },
  ],
]);
add('pl', 'd', [
  [
    'Policja z Lao Cai zatrzymała mężczyznę z Ha Giang z 2 kg heroiny, kupionej w Ha Giang i przeznaczonej do sprzedaży w Ha Giang.',
    { primary: 'lao-cai' },
  ],
  [
    'Ministerstwo Bezpieczeństwa Publicznego poinformowało w Hanoi, że policja z Dak Lak rozbiła sieć hazardu online o obrotach 100 mld dongów.',
    { primary: 'dak-lak' },
  ],
  [
    'Policja z Son La zatrzymała autokar z sześcioma kostkami heroiny jadący z Dien Bien do Hanoi; kierowca i właściciel pochodzą z Dien Bien.',
    { primary: 'son-la' },
  ],
]);
add('pl', 'e', [
  [
    'Ministerstwo Bezpieczeństwa Publicznego rozpoczęło ogólnokrajową kampanię przeciwko przestępczości narkotykowej od 1 czerwca do końca sierpnia.',
    { primary: null },
  ],
  [
    'W pierwszym półroczu w całym Wietnamie doszło do 5 tys. wypadków drogowych, w których zginęło 3 tys. osób.',
    { primary: null },
  ],
  [
    'Powodzie w Lao Cai, Yen Bai, Ha Giang i Cao Bang zabiły 20 osób; ucierpiały wszystkie górskie prowincje na północy.',
    { primary: null },
  ],
]);
add('pl', 'f', [
  [
    'W Ho Chi Minh policja zatrzymała złodzieja telefonów na ulicy Dien Bien Phu w piątek wieczorem.',
    { primary: 'ho-chi-minh', not: ['dien-bien'] },
  ],
  [
    'Policja z Tay Ninh zatrzymała dwóch Kambodżan, którzy przewozili 30 kg narkotyków z prowincji Svay Rieng.',
    { primary: 'tay-ninh' },
  ],
  [
    'Policja w Da Nang oskarżyła dyrektora spółki Thanh Hoa Phat o oszustwo na 12 mld dongów.',
    { primary: 'da-nang', not: ['thanh-hoa'] },
  ],
]);

// ── Czech ─────────────────────────────────────────────────────────────────────────────────────────────────
add('cs', 'a', [
  [
    'Policie v provincii Quang Ninh zadržela dva muže, kteří přes hranici pašovali 3 kg syntetických drog.',
    { primary: 'quang-ninh' },
  ],
  [
    'Policisté z provincie Nghe An zabavili 20 balíčků heroinu a v úterý zadrželi tři podezřelé.',
    { primary: 'nghe-an' },
  ],
  [
    'Bleskové povodně ve středovietnamské provincii Thanh Hoa: dva lidé jsou pohřešováni, desítky vesnic odříznuty.',
    { primary: 'thanh-hoa' },
  ],
]);
add('cs', 'b', [
  [
    'Pohraničníci ve městě Mong Cai v provincii Quang Ninh zastavili nákladní auto s 500 kg pašovaného cukru.',
    { loc: [['mong-cai', 'quang-ninh']], primary: 'quang-ninh' },
  ],
  [
    'Požár zničil tři domy v okrese Ky Son v provincii Nghe An; nikdo nebyl zraněn.',
    { loc: [['ky-son', 'nghe-an']], primary: 'nghe-an' },
  ],
  [
    'Policie na ostrově Phu Quoc v provincii An Giang přistihla dva hazardní hráče a zabavila 40 milionů dongů.',
    { loc: [['phu-quoc', 'an-giang']], primary: 'an-giang' },
  ],
]);
add('cs', 'c', [
  [
    'Hanoj, 5. března (VNA) – Policie v Lang Son zadržela muže, který vezl 10 000 krabiček pašovaných cigaret.',
    { primary: 'lang-son', date: [5, 3] },
  ],
  [
    'HA TINH (VNA) – Dopravní policie v Ha Tinh obvinila řidiče kamionu po nehodě, při níž zemřeli dva lidé.',
    { primary: 'ha-tinh' },
  ],
  [
    'Thanh Hoa (ČTK) – Noční přívalová vlna zabila tři lidi a odnesla dvanáct domů v okrese Muong Lat.',
    { primary: 'thanh-hoa' },
  ],
]);
add('cs', 'd', [
  [
    'Policie v Lao Cai zadržela muže z Ha Giang se 2 kg heroinu, který koupil v Ha Giang a chtěl ho prodat v Ha Giang.',
    { primary: 'lao-cai' },
  ],
  [
    'Ministerstvo veřejné bezpečnosti v Hanoji oznámilo, že policie v Dak Lak rozbila síť online hazardu s obratem 100 miliard dongů.',
    { primary: 'dak-lak' },
  ],
  [
    'Policie v Son La zastavila autobus se šesti balíčky heroinu z Dien Bien do Hanoje; řidič i majitel pocházejí z Dien Bien.',
    { primary: 'son-la' },
  ],
]);
add('cs', 'e', [
  [
    'Ministerstvo veřejné bezpečnosti zahájilo celostátní kampaň proti drogové kriminalitě od 1. června do konce srpna.',
    { primary: null },
  ],
  [
    'Za první pololetí se v celém Vietnamu stalo 5 000 dopravních nehod, při nichž zemřelo 3 000 lidí.',
    { primary: null },
  ],
  [
    'Povodně v Lao Cai, Yen Bai, Ha Giang a Cao Bang zabily 20 lidí; zasaženy byly všechny horské provincie na severu.',
    { primary: null },
  ],
]);
add('cs', 'f', [
  [
    'V Ho Či Minově Městě zadržela policie zloděje telefonů v ulici Dien Bien Phu v pátek večer.',
    { primary: 'ho-chi-minh', not: ['dien-bien'] },
  ],
  [
    'Policie v Tay Ninh zadržela dva Kambodžany, kteří vezli 30 kg drog z provincie Svay Rieng.',
    { primary: 'tay-ninh' },
  ],
  [
    'Policie v Da Nangu obvinila ředitele firmy Thanh Hoa Phat z podvodu za 12 miliard dongů.',
    { primary: 'da-nang', not: ['thanh-hoa'] },
  ],
]);

// ── Russian ───────────────────────────────────────────────────────────────────────────────────────────────
add('ru', 'a', [
  [
    'Полиция провинции Куангнинь задержала двух мужчин, которые перевозили через границу 3 кг синтетических наркотиков.',
    { primary: 'quang-ninh' },
  ],
  [
    'В провинции Нгеан полицейские изъяли 20 брикетов героина и задержали трёх подозреваемых.',
    { primary: 'nghe-an' },
  ],
  [
    'Внезапные паводки в центральной провинции Тханьхоа: два человека пропали без вести, десятки деревень отрезаны.',
    { primary: 'thanh-hoa' },
  ],
]);
add('ru', 'b', [
  [
    'Пограничники в городе Монгкай провинции Куангнинь остановили грузовик с 500 кг контрабандного сахара.',
    { loc: [['mong-cai', 'quang-ninh']], primary: 'quang-ninh' },
  ],
  [
    'Пожар уничтожил три дома в уезде Кишон провинции Нгеан; пострадавших нет.',
    { loc: [['ky-son', 'nghe-an']], primary: 'nghe-an' },
  ],
  [
    'Полиция острова Фукуок провинции Анзянг задержала двух игроков и изъяла 40 млн донгов.',
    { loc: [['phu-quoc', 'an-giang']], primary: 'an-giang' },
  ],
]);
add('ru', 'c', [
  [
    'Ханой, 5 марта (ВИА) – Полиция провинции Лангшон задержала мужчину, перевозившего 10 тысяч пачек контрабандных сигарет.',
    { primary: 'lang-son', date: [5, 3] },
  ],
  [
    'ХАТИНЬ, 12 апреля. /ТАСС/. Дорожная полиция провинции Хатинь возбудила дело против водителя грузовика после аварии, в которой погибли два человека.',
    { primary: 'ha-tinh', date: [12, 4] },
  ],
  [
    'Тханьхоа (ВИА) – Ночной паводок унёс жизни трёх человек и смыл двенадцать домов в уезде Мыонглат.',
    { primary: 'thanh-hoa' },
  ],
]);
add('ru', 'd', [
  [
    'Полиция провинции Лаокай задержала уроженца провинции Хазянг с 2 кг героина: он купил наркотик в Хазянге и собирался продать его в Хазянге.',
    { primary: 'lao-cai' },
  ],
  [
    'Министерство общественной безопасности в Ханое сообщило, что полиция провинции Даклак ликвидировала сеть онлайн-казино с оборотом 100 млрд донгов.',
    { primary: 'dak-lak' },
  ],
  [
    'Полиция провинции Шонла остановила автобус с шестью брикетами героина, шедший из Дьенбьена в Ханой; водитель и владелец груза родом из Дьенбьена.',
    { primary: 'son-la' },
  ],
]);
add('ru', 'e', [
  [
    'Министерство общественной безопасности Вьетнама начало общенациональную кампанию против наркопреступности с 1 июня до конца августа.',
    { primary: null },
  ],
  [
    'За первое полугодие по всей стране произошло 5 тысяч ДТП, в которых погибли 3 тысячи человек, сообщила дорожная полиция.',
    { primary: null },
  ],
  [
    'Наводнения в провинциях Лаокай, Йенбай, Хазянг и Каобанг унесли жизни 20 человек; пострадали все горные провинции севера.',
    { primary: null },
  ],
]);
add('ru', 'f', [
  [
    'В Хошимине полиция задержала похитителя телефонов на улице Дьенбьенфу в пятницу вечером.',
    { primary: 'ho-chi-minh', not: ['dien-bien'] },
  ],
  [
    'Полиция провинции Тайнинь задержала двух граждан Камбоджи, которые везли 30 кг наркотиков из провинции Свайриенг.',
    { primary: 'tay-ninh' },
  ],
  [
    'Полиция Дананга предъявила обвинение директору компании «Тханьхоа Фат» в мошенничестве на 12 млрд донгов.',
    { primary: 'da-nang', not: ['thanh-hoa'] },
  ],
]);

// ── Chinese ───────────────────────────────────────────────────────────────────────────────────────────────
add('zh', 'a', [
  ['越南广宁省警方日前抓获两名跨境运输3公斤合成毒品的男子。', { primary: 'quang-ninh' }],
  ['乂安省公安机关周二缴获海洛因20块，抓获犯罪嫌疑人3名。', { primary: 'nghe-an' }],
  ['越南中部清化省连日暴雨引发山洪，造成2人失踪，数十个村庄交通中断。', { primary: 'thanh-hoa' }],
]);
add('zh', 'b', [
  [
    '广宁省芒街市边防部队查获一辆载有500公斤走私白糖的货车。',
    { loc: [['mong-cai', 'quang-ninh']], primary: 'quang-ninh' },
  ],
  [
    '乂安省奇山县发生火灾，烧毁民房3间，未造成人员伤亡。',
    { loc: [['ky-son', 'nghe-an']], primary: 'nghe-an' },
  ],
  [
    '安江省富国特区警方当场抓获两名赌博人员，收缴赌资4000万越南盾。',
    { loc: [['phu-quoc', 'an-giang']], primary: 'an-giang' },
  ],
]);
add('zh', 'c', [
  [
    '【越通社河内3月5日电】谅山省警方日前抓获一名运输1万包走私香烟的男子。',
    { primary: 'lang-son', date: [5, 3] },
  ],
  [
    '新华社河内4月12日电 越南河静省交警对一名肇事货车司机提起诉讼，事故造成2人死亡。',
    { primary: 'ha-tinh', date: [12, 4] },
  ],
  ['越通社清化讯 昨夜一场山洪在孟叻县造成3人死亡，12间房屋被冲毁。', { primary: 'thanh-hoa' }],
]);
add('zh', 'd', [
  [
    '老街省警方抓获一名河江省籍男子，缴获海洛因2公斤。该男子供述毒品购自河江省，准备运回河江省贩卖。',
    { primary: 'lao-cai' },
  ],
  ['越南公安部在河内通报，多乐省警方摧毁一个涉案金额达1000亿越盾的网络赌博团伙。', { primary: 'dak-lak' }],
  [
    '山罗省警方拦截一辆从奠边省开往河内的客车，查获海洛因6块；司机和货主均为奠边省人。',
    { primary: 'son-la' },
  ],
]);
add('zh', 'e', [
  ['越南公安部在全国范围内开展打击毒品犯罪专项行动，时间为6月1日至8月底。', { primary: null }],
  ['据越南交警局统计，今年上半年全国共发生交通事故5000起，造成3000人死亡。', { primary: null }],
  ['老街、安沛、河江和高平等省遭受洪灾，共造成20人死亡，北部山区各省均受重创。', { primary: null }],
]);
add('zh', 'f', [
  ['胡志明市警方周五晚在奠边府路抓获一名抢夺手机的男子。', { primary: 'ho-chi-minh', not: ['dien-bien'] }],
  ['西宁省警方抓获两名从柬埔寨柴桢省运输30公斤毒品入境的柬埔寨籍男子。', { primary: 'tay-ninh' }],
  ['中国广西壮族自治区警方与越南谅山省警方联合破获一起跨境贩毒案，缴获毒品15公斤。', { primary: 'lang-son' }],
]);

// ── Japanese ──────────────────────────────────────────────────────────────────────────────────────────────
add('ja', 'a', [
  [
    'ベトナム北部クアンニン省の警察は、合成麻薬3キロを国境を越えて運んでいた男2人を逮捕した。',
    { primary: 'quang-ninh' },
  ],
  ['ゲアン省警察は火曜日、ヘロイン20個を押収し、容疑者3人を拘束した。', { primary: 'nghe-an' }],
  [
    '中部タインホア省で鉄砲水が発生し、2人が行方不明となり、数十の村が孤立している。',
    { primary: 'thanh-hoa' },
  ],
]);
add('ja', 'b', [
  [
    'クアンニン省モンカイ市の国境警備隊は、密輸砂糖500キロを積んだトラックを摘発した。',
    { loc: [['mong-cai', 'quang-ninh']], primary: 'quang-ninh' },
  ],
  [
    'ゲアン省キーソン県で火災が発生し、住宅3棟が全焼した。けが人はいなかった。',
    { loc: [['ky-son', 'nghe-an']], primary: 'nghe-an' },
  ],
  [
    'アンザン省フーコック特別区の警察は、賭博をしていた2人を現行犯逮捕し、4000万ドンを押収した。',
    { loc: [['phu-quoc', 'an-giang']], primary: 'an-giang' },
  ],
]);
add('ja', 'c', [
  [
    '【ハノイ3月5日VNA】ランソン省警察は、密輸たばこ1万箱を運んでいた男を逮捕した。',
    { primary: 'lang-son', date: [5, 3] },
  ],
  [
    '【ハノイ共同】ベトナム中部ハティン省の交通警察は、2人が死亡した事故でトラック運転手を起訴した。',
    { primary: 'ha-tinh' },
  ],
  [
    '（VNA）タインホア省ムオンラット県で夜間に鉄砲水が発生し、3人が死亡、住宅12棟が流された。',
    { primary: 'thanh-hoa' },
  ],
]);
add('ja', 'd', [
  [
    'ラオカイ省警察は、ハザン省出身の男をヘロイン2キロとともに逮捕した。男はハザン省で麻薬を買い、ハザン省で売るつもりだったと供述した。',
    { primary: 'lao-cai' },
  ],
  [
    'ハノイの公安省は、ダクラク省警察が取引額1000億ドンのオンライン賭博組織を摘発したと発表した。',
    { primary: 'dak-lak' },
  ],
  [
    'ソンラ省警察は、ディエンビエン省からハノイに向かうバスを止め、ヘロイン6個を押収した。運転手と持ち主はいずれもディエンビエン省出身。',
    { primary: 'son-la' },
  ],
]);
add('ja', 'e', [
  ['ベトナム公安省は6月1日から8月末まで、全国で麻薬犯罪の集中取り締まりを実施する。', { primary: null }],
  ['交通警察局によると、上半期に全国で5000件の交通事故が発生し、3000人が死亡した。', { primary: null }],
  [
    'ラオカイ、イエンバイ、ハザン、カオバンの各省で洪水が発生し、20人が死亡した。北部山岳地帯の各省が大きな被害を受けた。',
    { primary: null },
  ],
]);
add('ja', 'f', [
  [
    'ホーチミン市の警察は金曜夜、ディエンビエンフー通りで携帯電話をひったくった男を逮捕した。',
    { primary: 'ho-chi-minh', not: ['dien-bien'] },
  ],
  [
    'タイニン省警察は、カンボジアのスバイリエン州から麻薬30キロを運んだカンボジア人2人を逮捕した。',
    { primary: 'tay-ninh' },
  ],
  [
    '中国雲南省の警察とベトナム・ラオカイ省の警察が合同で麻薬密輸事件を摘発し、15キロを押収した。',
    { primary: 'lao-cai' },
  ],
]);

// ── Korean ────────────────────────────────────────────────────────────────────────────────────────────────
add('ko', 'a', [
  [
    '베트남 북부 꽝닌성 경찰은 합성마약 3㎏을 국경 너머로 운반하던 남성 2명을 체포했다.',
    { primary: 'quang-ninh' },
  ],
  ['응에안성 공안은 화요일 헤로인 20덩어리를 압수하고 용의자 3명을 검거했다.', { primary: 'nghe-an' }],
  [
    '중부 타인호아성에서 돌발 홍수가 발생해 2명이 실종되고 수십 개 마을이 고립됐다.',
    { primary: 'thanh-hoa' },
  ],
]);
add('ko', 'b', [
  [
    '꽝닌성 몽까이시 국경수비대는 밀수 설탕 500㎏을 실은 트럭을 적발했다.',
    { loc: [['mong-cai', 'quang-ninh']], primary: 'quang-ninh' },
  ],
  [
    '응에안성 끼선현에서 화재가 발생해 주택 3채가 전소됐으나 인명 피해는 없었다.',
    { loc: [['ky-son', 'nghe-an']], primary: 'nghe-an' },
  ],
  [
    '안장성 푸꾸옥 특구 경찰은 도박을 하던 2명을 현장에서 붙잡고 4000만 동을 압수했다.',
    { loc: [['phu-quoc', 'an-giang']], primary: 'an-giang' },
  ],
]);
add('ko', 'c', [
  [
    '(하노이=연합뉴스) 랑선성 공안은 밀수 담배 1만 갑을 운반하던 남성을 체포했다고 5일 밝혔다.',
    { primary: 'lang-son' },
  ],
  ['【하노이=VNA】 하띤성 교통경찰은 2명이 숨진 사고를 낸 트럭 운전사를 기소했다.', { primary: 'ha-tinh' }],
  [
    '(타인호아=VNA) 타인호아성 므엉랏현에서 밤사이 돌발 홍수로 3명이 숨지고 주택 12채가 떠내려갔다.',
    { primary: 'thanh-hoa' },
  ],
]);
add('ko', 'd', [
  [
    '라오까이성 공안은 하장성 출신 남성을 헤로인 2㎏과 함께 체포했다. 그는 하장성에서 마약을 사서 하장성에서 팔려 했다고 진술했다.',
    { primary: 'lao-cai' },
  ],
  [
    '하노이의 공안부는 닥락성 공안이 거래액 1000억 동 규모의 온라인 도박 조직을 적발했다고 발표했다.',
    { primary: 'dak-lak' },
  ],
  [
    '선라성 공안은 디엔비엔성에서 하노이로 가던 버스에서 헤로인 6덩어리를 압수했다. 운전사와 주인은 모두 디엔비엔성 출신이다.',
    { primary: 'son-la' },
  ],
]);
add('ko', 'e', [
  ['베트남 공안부는 6월 1일부터 8월 말까지 전국적으로 마약 범죄 집중 단속을 벌인다.', { primary: null }],
  ['교통경찰국에 따르면 상반기 전국에서 교통사고 5000건이 발생해 3000명이 숨졌다.', { primary: null }],
  ['라오까이, 옌바이, 하장, 까오방 등 북부 산간 지방에서 홍수로 20명이 숨졌다.', { primary: null }],
]);
add('ko', 'f', [
  [
    '호찌민시 경찰은 금요일 밤 디엔비엔푸 거리에서 휴대전화를 날치기한 남성을 체포했다.',
    { primary: 'ho-chi-minh', not: ['dien-bien'] },
  ],
  [
    '떠이닌성 공안은 캄보디아 스바이리엥주에서 마약 30㎏을 들여온 캄보디아인 2명을 체포했다.',
    { primary: 'tay-ninh' },
  ],
  ['중국 윈난성 경찰과 베트남 라오까이성 공안이 공조해 마약 15㎏을 압수했다.', { primary: 'lao-cai' }],
]);

// ── Thai ──────────────────────────────────────────────────────────────────────────────────────────────────
add('th', 'a', [
  [
    'ตำรวจจังหวัดกว๋างนิญทางภาคเหนือของเวียดนามจับกุมชายสองคนที่ลักลอบขนยาเสพติดสังเคราะห์ 3 กิโลกรัมข้ามพรมแดน',
    { primary: 'quang-ninh' },
  ],
  ['ตำรวจจังหวัดเหงะอานยึดเฮโรอีน 20 แท่งและควบคุมตัวผู้ต้องสงสัย 3 คนเมื่อวันอังคาร', { primary: 'nghe-an' }],
  ['น้ำป่าไหลหลากในจังหวัดทัญฮว้าทางภาคกลางทำให้มีผู้สูญหาย 2 คน และหมู่บ้านหลายสิบแห่งถูกตัดขาด', { primary: 'thanh-hoa' }],
]);
add('th', 'b', [
  [
    'เจ้าหน้าที่ชายแดนเมืองมงก๋าย จังหวัดกว๋างนิญ สกัดรถบรรทุกที่ขนน้ำตาลเถื่อน 500 กิโลกรัม',
    { loc: [['mong-cai', 'quang-ninh']], primary: 'quang-ninh' },
  ],
  [
    'เกิดเหตุไฟไหม้บ้านเรือน 3 หลังในอำเภอกี่เซิน จังหวัดเหงะอาน โดยไม่มีผู้ได้รับบาดเจ็บ',
    { loc: [['ky-son', 'nghe-an']], primary: 'nghe-an' },
  ],
  [
    'ตำรวจเกาะฟู้โกว๊ก จังหวัดอานซาง จับกุมผู้เล่นการพนัน 2 คนพร้อมยึดเงิน 40 ล้านด่ง',
    { loc: [['phu-quoc', 'an-giang']], primary: 'an-giang' },
  ],
]);
add('th', 'c', [
  [
    'ฮานอย 5 มี.ค. (VNA) – ตำรวจจังหวัดลางเซินจับกุมชายคนหนึ่งที่ขนบุหรี่เถื่อน 10,000 ซอง',
    { primary: 'lang-son', date: [5, 3] },
  ],
  ['ฮานอย (VOV) – ตำรวจจราจรจังหวัดห่าติ๋ญดำเนินคดีคนขับรถบรรทุกหลังเกิดอุบัติเหตุที่มีผู้เสียชีวิต 2 คน', { primary: 'ha-tinh' }],
  [
    'สำนักข่าวเวียดนาม (VNA) รายงานว่าน้ำป่าในจังหวัดทัญฮว้าคร่าชีวิตผู้คน 3 คนและพัดบ้านเรือน 12 หลังเสียหาย',
    { primary: 'thanh-hoa' },
  ],
]);
add('th', 'd', [
  [
    'ตำรวจจังหวัดลาวกายจับกุมชายชาวจังหวัดห่ายางพร้อมเฮโรอีน 2 กิโลกรัม ซึ่งซื้อมาจากห่ายางเพื่อนำกลับไปขายที่ห่ายาง',
    { primary: 'lao-cai' },
  ],
  [
    'กระทรวงความมั่นคงสาธารณะที่กรุงฮานอยแถลงว่าตำรวจจังหวัดดั๊กลั๊กทลายเครือข่ายการพนันออนไลน์มูลค่า 1 แสนล้านด่ง',
    { primary: 'dak-lak' },
  ],
  [
    'ตำรวจจังหวัดเซินลาสกัดรถโดยสารที่ขนเฮโรอีน 6 แท่งจากเดียนเบียนไปฮานอย คนขับและเจ้าของเป็นชาวเดียนเบียน',
    { primary: 'son-la' },
  ],
]);
add('th', 'e', [
  [
    'กระทรวงความมั่นคงสาธารณะของเวียดนามเปิดปฏิบัติการปราบปรามยาเสพติดทั่วประเทศตั้งแต่ 1 มิถุนายนถึงสิ้นเดือนสิงหาคม',
    { primary: null },
  ],
  ['ในครึ่งปีแรก ทั่วประเทศเวียดนามเกิดอุบัติเหตุทางถนน 5,000 ครั้ง มีผู้เสียชีวิต 3,000 คน', { primary: null }],
  [
    'น้ำท่วมในลาวกาย เอียนบ๊าย ห่ายาง และกาวบั่ง คร่าชีวิต 20 คน จังหวัดภูเขาทางภาคเหนือได้รับผลกระทบทั้งหมด',
    { primary: null },
  ],
]);
add('th', 'f', [
  [
    'ตำรวจนครโฮจิมินห์จับกุมชายที่กระชากโทรศัพท์บนถนนเดียนเบียนฟูเมื่อคืนวันศุกร์',
    { primary: 'ho-chi-minh', not: ['dien-bien'] },
  ],
  ['ตำรวจจังหวัดเตยนิญจับกุมชาวกัมพูชา 2 คนที่ขนยาเสพติด 30 กิโลกรัมจากจังหวัดสวายเรียง', { primary: 'tay-ninh' }],
  ['ตำรวจแขวงหลวงน้ำทาของลาวร่วมกับตำรวจจังหวัดเดียนเบียนยึดยาบ้า 15 กิโลกรัม', { primary: 'dien-bien' }],
]);

// ── Indonesian ────────────────────────────────────────────────────────────────────────────────────────────
add('id', 'a', [
  [
    'Kepolisian Provinsi Quang Ninh di Vietnam utara menangkap dua pria yang menyelundupkan 3 kg narkoba sintetis melintasi perbatasan.',
    { primary: 'quang-ninh' },
  ],
  [
    'Polisi di Nghe An menyita 20 bungkus heroin dan menahan tiga tersangka pada Selasa.',
    { primary: 'nghe-an' },
  ],
  [
    'Banjir bandang di provinsi Thanh Hoa, Vietnam tengah, menyebabkan dua orang hilang dan puluhan desa terisolasi.',
    { primary: 'thanh-hoa' },
  ],
]);
add('id', 'b', [
  [
    'Penjaga perbatasan di kota Mong Cai, provinsi Quang Ninh, mencegat truk bermuatan 500 kg gula selundupan.',
    { loc: [['mong-cai', 'quang-ninh']], primary: 'quang-ninh' },
  ],
  [
    'Kebakaran menghanguskan tiga rumah di distrik Ky Son, provinsi Nghe An, tanpa korban jiwa.',
    { loc: [['ky-son', 'nghe-an']], primary: 'nghe-an' },
  ],
  [
    'Polisi di pulau Phu Quoc, provinsi An Giang, menangkap dua penjudi dan menyita uang 40 juta dong.',
    { loc: [['phu-quoc', 'an-giang']], primary: 'an-giang' },
  ],
]);
add('id', 'c', [
  [
    'Hanoi, 5 Maret (VNA) - Polisi Lang Son menangkap seorang pria yang mengangkut 10.000 bungkus rokok selundupan.',
    { primary: 'lang-son', date: [5, 3] },
  ],
  [
    'HA TINH (VNA) – Polisi lalu lintas Ha Tinh menjerat sopir truk setelah kecelakaan yang menewaskan dua orang.',
    { primary: 'ha-tinh' },
  ],
  [
    'Thanh Hoa (ANTARA) - Banjir bandang semalam menewaskan tiga orang dan menghanyutkan 12 rumah di distrik Muong Lat.',
    { primary: 'thanh-hoa' },
  ],
]);
add('id', 'd', [
  [
    'Polisi Lao Cai menangkap seorang pria asal Ha Giang dengan 2 kg heroin yang dibeli di Ha Giang untuk dijual kembali di Ha Giang.',
    { primary: 'lao-cai' },
  ],
  [
    'Kementerian Keamanan Publik di Hanoi mengumumkan polisi Dak Lak membongkar jaringan judi daring senilai 100 miliar dong.',
    { primary: 'dak-lak' },
  ],
  [
    'Polisi Son La mencegat bus berisi enam bungkus heroin dari Dien Bien menuju Hanoi; sopir dan pemiliknya berasal dari Dien Bien.',
    { primary: 'son-la' },
  ],
]);
add('id', 'e', [
  [
    'Kementerian Keamanan Publik Vietnam meluncurkan kampanye nasional melawan kejahatan narkoba dari 1 Juni hingga akhir Agustus.',
    { primary: null },
  ],
  [
    'Vietnam mencatat 5.000 kecelakaan lalu lintas di seluruh negeri pada semester pertama, menewaskan 3.000 orang.',
    { primary: null },
  ],
  [
    'Banjir di Lao Cai, Yen Bai, Ha Giang dan Cao Bang menewaskan 20 orang; semua provinsi pegunungan di utara terdampak.',
    { primary: null },
  ],
]);
add('id', 'f', [
  [
    'Polisi Kota Ho Chi Minh menangkap penjambret ponsel di Jalan Dien Bien Phu pada Jumat malam.',
    { primary: 'ho-chi-minh', not: ['dien-bien'] },
  ],
  [
    'Polisi Tay Ninh menangkap dua warga Kamboja yang membawa 30 kg narkoba dari provinsi Svay Rieng.',
    { primary: 'tay-ninh' },
  ],
  [
    'Polisi Da Nang menjerat direktur perusahaan Thanh Hoa Phat atas penipuan senilai 12 miliar dong.',
    { primary: 'da-nang', not: ['thanh-hoa'] },
  ],
]);

// ── Malay ─────────────────────────────────────────────────────────────────────────────────────────────────
add('ms', 'a', [
  [
    'Polis wilayah Quang Ninh di utara Vietnam menahan dua lelaki yang menyeludup 3 kg dadah sintetik merentasi sempadan.',
    { primary: 'quang-ninh' },
  ],
  [
    'Di wilayah Nghe An, polis merampas 20 ketul heroin dan menahan tiga suspek pada Selasa.',
    { primary: 'nghe-an' },
  ],
  [
    'Banjir kilat di wilayah Thanh Hoa menyebabkan dua orang hilang dan berpuluh-puluh kampung terputus hubungan.',
    { primary: 'thanh-hoa' },
  ],
]);
add('ms', 'b', [
  [
    'Pengawal sempadan di bandar Mong Cai, wilayah Quang Ninh, menahan sebuah lori yang membawa 500 kg gula seludup.',
    { loc: [['mong-cai', 'quang-ninh']], primary: 'quang-ninh' },
  ],
  [
    'Kebakaran memusnahkan tiga buah rumah di daerah Ky Son, wilayah Nghe An, tanpa sebarang kecederaan.',
    { loc: [['ky-son', 'nghe-an']], primary: 'nghe-an' },
  ],
  [
    'Polis di pulau Phu Quoc, wilayah An Giang, menangkap dua penjudi dan merampas wang 40 juta dong.',
    { loc: [['phu-quoc', 'an-giang']], primary: 'an-giang' },
  ],
]);
add('ms', 'c', [
  [
    'HANOI, 5 Mac (Bernama-VNA) -- Polis Lang Son menahan seorang lelaki yang membawa 10,000 kotak rokok seludup.',
    { primary: 'lang-son', date: [5, 3] },
  ],
  [
    'HA TINH (VNA) – Polis trafik Ha Tinh mendakwa pemandu lori selepas kemalangan yang meragut dua nyawa.',
    { primary: 'ha-tinh' },
  ],
  [
    'Thanh Hoa (Bernama) - Banjir kilat malam tadi mengorbankan tiga nyawa dan menghanyutkan 12 rumah di daerah Muong Lat.',
    { primary: 'thanh-hoa' },
  ],
]);
add('ms', 'd', [
  [
    'Polis Lao Cai menahan seorang lelaki dari Ha Giang dengan 2 kg heroin yang dibeli di Ha Giang untuk dijual semula di Ha Giang.',
    { primary: 'lao-cai' },
  ],
  [
    'Kementerian Keselamatan Awam di Hanoi mengumumkan polis Dak Lak menumpaskan sindiket judi dalam talian bernilai 100 bilion dong.',
    { primary: 'dak-lak' },
  ],
  [
    'Polis Son La menahan sebuah bas membawa enam ketul heroin dari Dien Bien ke Hanoi; pemandu dan pemiliknya berasal dari Dien Bien.',
    { primary: 'son-la' },
  ],
]);
add('ms', 'e', [
  [
    'Kementerian Keselamatan Awam Vietnam melancarkan kempen seluruh negara memerangi jenayah dadah dari 1 Jun hingga akhir Ogos.',
    { primary: null },
  ],
  [
    'Vietnam mencatatkan 5,000 kemalangan jalan raya di seluruh negara pada separuh pertama tahun ini, mengorbankan 3,000 nyawa.',
    { primary: null },
  ],
  [
    'Banjir di Lao Cai, Yen Bai, Ha Giang dan Cao Bang mengorbankan 20 nyawa; semua wilayah pergunungan di utara terjejas.',
    { primary: null },
  ],
]);
add('ms', 'f', [
  [
    'Polis Bandar Raya Ho Chi Minh menahan peragut telefon di Jalan Dien Bien Phu pada malam Jumaat.',
    { primary: 'ho-chi-minh', not: ['dien-bien'] },
  ],
  [
    'Polis Tay Ninh menahan dua warga Kemboja yang membawa 30 kg dadah dari wilayah Svay Rieng.',
    { primary: 'tay-ninh' },
  ],
  [
    'Polis Da Nang mendakwa pengarah syarikat Thanh Hoa Phat atas penipuan bernilai 12 bilion dong.',
    { primary: 'da-nang', not: ['thanh-hoa'] },
  ],
]);

// A person named like a province (the Vietnamese given name is often a place's two syllables): not that place.
add('vi', 'f', [
  [
    'Thượng tá Trần Long An, Phó Trưởng Công an tỉnh Nghệ An, cho biết đã bắt giữ 5 đối tượng.',
    { primary: 'nghe-an', not: ['long-an'] },
  ],
]);
add('en', 'f', [
  [
    'Senior Lieutenant Colonel Tran Long An, deputy director of Nghe An police, said five suspects were held.',
    { primary: 'nghe-an', not: ['long-an'] },
  ],
]);
add('fr', 'f', [
  [
    'Le lieutenant-colonel Tran Long An, directeur adjoint de la police de Nghe An, a indiqué que cinq suspects ont été arrêtés.',
    { primary: 'nghe-an', not: ['long-an'] },
  ],
]);
add('de', 'f', [
  [
    'Oberstleutnant Tran Long An, Vizechef der Polizei von Nghe An, sagte, fünf Verdächtige seien festgenommen worden.',
    { primary: 'nghe-an', not: ['long-an'] },
  ],
]);
add('es', 'f', [
  [
    'El teniente coronel Tran Long An, subdirector de la policía de Nghe An, dijo que cinco sospechosos fueron detenidos.',
    { primary: 'nghe-an', not: ['long-an'] },
  ],
]);
add('it', 'f', [
  [
    'Il tenente colonnello Tran Long An, vicedirettore della polizia di Nghe An, ha detto che cinque sospettati sono stati fermati.',
    { primary: 'nghe-an', not: ['long-an'] },
  ],
]);
add('pt', 'f', [
  [
    'O tenente-coronel Tran Long An, vice-diretor da polícia de Nghe An, disse que cinco suspeitos foram detidos.',
    { primary: 'nghe-an', not: ['long-an'] },
  ],
]);
add('nl', 'f', [
  [
    'Luitenant-kolonel Tran Long An, adjunct-directeur van de politie van Nghe An, zei dat vijf verdachten zijn aangehouden.',
    { primary: 'nghe-an', not: ['long-an'] },
  ],
]);
add('ro', 'f', [
  [
    'Locotenent-colonelul Tran Long An, director adjunct al poliției din Nghe An, a declarat că cinci suspecți au fost reținuți.',
    { primary: 'nghe-an', not: ['long-an'] },
  ],
]);
add('pl', 'f', [
  [
    'Podpułkownik Tran Long An, zastępca komendanta policji w Nghe An, poinformował o zatrzymaniu pięciu podejrzanych.',
    { primary: 'nghe-an', not: ['long-an'] },
  ],
]);
add('cs', 'f', [
  [
    'Podplukovník Tran Long An, zástupce ředitele policie v Nghe An, uvedl, že bylo zadrženo pět podezřelých.',
    { primary: 'nghe-an', not: ['long-an'] },
  ],
]);
add('id', 'f', [
  [
    'Letnan Kolonel Tran Long An, wakil direktur Kepolisian Nghe An, mengatakan lima tersangka telah ditahan.',
    { primary: 'nghe-an', not: ['long-an'] },
  ],
]);
add('ms', 'f', [
  [
    'Leftenan Kolonel Tran Long An, timbalan pengarah polis Nghe An, berkata lima suspek telah ditahan.',
    { primary: 'nghe-an', not: ['long-an'] },
  ],
]);

/** Cells the engine does not read yet: `lang/construct/index` → why. */
const KNOWN_FAILING: Record<string, string> = {
  // Indonesian and Malay put the modifier after the noun: "perusahaan Quang Ninh" is as often a Quảng Ninh
  // company as a company's name, so these words no longer hide a place (the session-30 review, m30).
  'id/f/2': 'reads province thanh-hoa: "perusahaan X" is also "a company of X"',
  'ms/f/2': 'reads province thanh-hoa: "syarikat X" is also "a company of X"',
  'en/f/2': 'reads province thanh-hoa',
  'de/a/1': 'primary none, expected nghe-an',
  'de/e/1': 'language read as af on one sentence',
  // Session 56's Portuguese/Galician markers (markers.json) read seven of the pt cells that were here; one
  // sentence still has too few words either standard spells its own way.
  'es/a/0': 'language read as gl on one sentence',
  'es/f/1': 'language read as gl on one sentence',
  'pt/a/1': 'language read as gl on one sentence',
  'pt/c/0': 'language read as es on one sentence',
  'ro/c/1': 'language read as sc on one sentence',
  'pl/f/2': 'language read as st on one sentence',
  'cs/a/1': 'language read as sl on one sentence',
  'cs/c/0': 'language read as sk on one sentence',
  'cs/d/1': 'language read as bs on one sentence',
  'cs/d/2': 'language read as sl on one sentence',
  'cs/e/0': 'language read as sl on one sentence',
  'cs/f/0': 'language read as sl on one sentence',
  'cs/f/1': 'language read as sl on one sentence',
  'cs/f/2': 'language read as st on one sentence',
  'ru/b/1': 'language read as sr on one sentence',
  'ru/e/2': 'primary lao-cai, expected none',
  'ru/f/2': 'language read as bg on one sentence',
  'zh/c/2': 'primary none, expected thanh-hoa',
  'ja/d/1': 'primary ha-noi, expected dak-lak',
  'ko/d/1': 'primary ha-noi, expected dak-lak',
  'th/b/2': 'no locality phu-quoc in an-giang',
  'id/e/0': 'language read as su on one sentence',
  'id/e/1': 'language read as ms on one sentence',
  'id/f/1': 'language read as tl on one sentence',
  'ms/a/2': 'language read as id on one sentence',
  'cs/f/3': 'language read as sk on one sentence',
};

function matches(slug: string | undefined, successor: string | undefined, want: string): boolean {
  return slug === want || successor === want;
}

/** What the case expects and the article does not do; empty when the cell passes. */
function misses(article: ExtractedArticle, expected: Expect): string[] {
  const out: string[] = [];
  const primary = article.primaryProvince;
  if (expected.primary === null && primary !== null) out.push(`primary ${primary.slug}, expected none`);
  if (
    typeof expected.primary === 'string' &&
    !matches(primary?.slug, primary?.successor.slug, expected.primary)
  )
    out.push(`primary ${primary?.slug ?? 'none'}, expected ${expected.primary}`);
  for (const want of expected.has ?? [])
    if (!article.provinces.some((p) => matches(p.slug, p.successor.slug, want)))
      out.push(`no province ${want}`);
  for (const bad of expected.not ?? [])
    if (article.provinces.some((p) => p.slug === bad)) out.push(`reads province ${bad}`);
  for (const [slug, province] of expected.loc ?? [])
    if (
      !article.localities.some(
        (l) => l.slug === slug && matches(l.province.slug, l.province.successor.slug, province),
      )
    )
      out.push(`no locality ${slug} in ${province}`);
  if (expected.date) {
    const d = article.textDate;
    if (!d || d.day !== expected.date[0] || d.month !== expected.date[1])
      out.push(`date ${d ? `${d.day}/${d.month}` : 'none'}, expected ${expected.date.join('/')}`);
  }
  return out;
}

const keyed = cases.map((c, _i, all) => {
  const index = all.filter((o) => o.lang === c.lang && o.construct === c.construct).indexOf(c);
  return { ...c, key: `${c.lang}/${c.construct}/${index}` };
});

describe('Places × languages matrix (invented sentences)', () => {
  it('has at least three cells for every construct in every lexicon language', () => {
    // Prepare
    const constructs: Construct[] = ['a', 'b', 'c', 'd', 'e', 'f'];

    // Act
    const thin = LANGUAGES.flatMap((lang) =>
      constructs
        .filter((k) => cases.filter((c) => c.lang === lang && c.construct === k).length < 3)
        .map((k) => `${lang}/${k}`),
    );

    // Assess
    expect(thin).toEqual([]);
  });

  runMatrix(
    keyed.map((c) => ({
      id: c.key,
      name: `${c.key}: ${c.text.slice(0, 60)}`,
      check: () => {
        // Act
        const result = extractArticle(new TextEncoder().encode(c.text));

        // Assess
        expect(result.ok, c.text).toBe(true);
        if (!result.ok) return;
        expect(result.article.language, c.text).toBe(c.lang);
        expect(misses(result.article, c.expect), c.text).toEqual([]);
      },
    })),
    KNOWN_FAILING,
  );
});
