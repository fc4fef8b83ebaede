/**
 * People construct × language matrix (session 30, e30p): officials named with a rank, title or office, in
 * every word order the 18 lexicon languages write them, and the names that must not be read. Every sentence
 * was invented for the purpose, as a journalist of the language (VNA, VOV, Nhân Dân translations, national
 * press) would write police, smuggling, fire, traffic or disaster news about a Vietnamese province; none is
 * taken from the tuning or holdout texts. This is the measure of what the people stage does on text it never
 * saw, construct by construct:
 *   a  rank + name ("Colonel X", "Đại tá X", abbreviations)
 *   b  name + comma/apposition + office, or office + name as the language writes it
 *   c  title or office after the name (ko, ja, zh, th), case forms (pl, cs, ru, ro), contracted articles
 *   d  quoted speech and reporting verbs around the official
 *   e  officials of the Ministry of Public Security, People's Committees, border guards, courts, procuracies
 *   n  negatives: suspects, victims, drivers, company directors, "Ho Chi Minh" as a place, lunar years, one
 *      official written twice (listed once)
 * Expectations follow the gold conventions (tuning.gold.json `about`): officials only, name in the script the
 * text writes it (nominative in the languages that decline it), rank normalized to the English rank scheme
 * (Vietnamese thượng tá = "senior lieutenant-colonel"; 大校 and 上校 = "colonel", as the real tuning gold reads 上校).
 * Cells the engine does not read are listed in KNOWN_FAILING with the reason; they run as `it.fails`, so a
 * fixed cell fails the suite until it is moved out of the list.
 */
import { describe, expect } from 'vitest';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import type { Document } from '../../lambdas/extract/types.js';
import { runMatrix } from '../support/matrix.js';

type Construct = 'a' | 'b' | 'c' | 'd' | 'e' | 'n';
type Expected = Array<[name: string, rank: string | null]>;
type Row = [lang: string, construct: Construct, text: string, expect: Expected];

const ROWS: Row[] = [
  // ── English ──
  [
    'en',
    'a',
    'Colonel Nguyen Van Long led the raid on the warehouse in Mong Cai on Tuesday night.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'en',
    'a',
    'Police seized 12 kg of heroin, according to Lt. Gen. Tran Quoc Hung of the Ministry of Public Security.',
    [['Tran Quoc Hung', 'lieutenant-general']],
  ],
  [
    'en',
    'a',
    'Senior Lieutenant Colonel Le Minh Tuan and Major Pham Thi Hoa took part in the search.',
    [
      ['Le Minh Tuan', 'senior lieutenant-colonel'],
      ['Pham Thi Hoa', 'major'],
    ],
  ],
  [
    'en',
    'a',
    'Col. Dinh Van Noi said the gang had smuggled cigarettes across the border for two years.',
    [['Dinh Van Noi', 'colonel']],
  ],
  [
    'en',
    'b',
    'Nguyen Van Long, director of the Quang Ninh provincial police, chaired the meeting.',
    [['Nguyen Van Long', null]],
  ],
  [
    'en',
    'b',
    'The fire was put out after three hours, said Tran Quoc Hung, deputy head of the provincial fire police.',
    [['Tran Quoc Hung', null]],
  ],
  [
    'en',
    'b',
    'Le Minh Tuan, chief of the Ha Tinh traffic police division, urged drivers to slow down.',
    [['Le Minh Tuan', null]],
  ],
  [
    'en',
    'c',
    'The operation was commanded by Nguyen Van Long (colonel), head of the drug police.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'en',
    'c',
    'Police chief Tran Quoc Hung told reporters the landslide had buried two houses.',
    [['Tran Quoc Hung', null]],
  ],
  [
    'en',
    'c',
    'Provincial police director Major General Le Minh Tuan praised the officers.',
    [['Le Minh Tuan', 'major-general']],
  ],
  [
    'en',
    'd',
    '"We will not let the smugglers escape," said Colonel Nguyen Van Long.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'en',
    'd',
    '"The flood has cut off four communes," Tran Quoc Hung, chairman of the district People\'s Committee, told VNA.',
    [['Tran Quoc Hung', null]],
  ],
  [
    'en',
    'd',
    'According to Lieutenant Colonel Le Minh Tuan, the driver had been drinking.',
    [['Le Minh Tuan', 'lieutenant-colonel']],
  ],
  [
    'en',
    'e',
    'Deputy Minister of Public Security Lieutenant General Nguyen Van Long attended the ceremony.',
    [['Nguyen Van Long', 'lieutenant-general']],
  ],
  [
    'en',
    'e',
    "Tran Quoc Hung, chairman of the Nghe An provincial People's Committee, ordered an inspection.",
    [['Tran Quoc Hung', null]],
  ],
  [
    'en',
    'e',
    "Chief Justice Le Minh Tuan of the provincial People's Court read the verdict, while prosecutor Pham Thi Hoa asked for a life sentence.",
    [
      ['Le Minh Tuan', null],
      ['Pham Thi Hoa', null],
    ],
  ],
  [
    'en',
    'e',
    'Border guard commander Colonel Dinh Van Noi said patrols had been doubled.',
    [['Dinh Van Noi', 'colonel']],
  ],
  ['en', 'n', 'Suspect Nguyen Van An, 35, of Cam Pha city, was caught with 2 kg of methamphetamine.', []],
  [
    'en',
    'n',
    'The driver, Tran Van Binh, 42, lost control of the truck; the victim Le Thi Mai died at the scene.',
    [],
  ],
  [
    'en',
    'n',
    'Pham Van Duc, director of Hoang Phat Company, was arrested for tax evasion in Ho Chi Minh City.',
    [],
  ],
  [
    'en',
    'n',
    'Colonel Nguyen Van Long said the case was solved. Colonel Nguyễn Văn Long thanked the residents.',
    [['Nguyen Van Long', 'colonel']],
  ],
  // ── Vietnamese ──
  [
    'vi',
    'a',
    'Đại tá Nguyễn Văn Long chỉ đạo lực lượng vây bắt các đối tượng.',
    [['Nguyễn Văn Long', 'colonel']],
  ],
  [
    'vi',
    'a',
    'Thượng tá Trần Quốc Hùng và Thiếu tá Phạm Thị Hoa trực tiếp tham gia chuyên án.',
    [
      ['Trần Quốc Hùng', 'senior lieutenant-colonel'],
      ['Phạm Thị Hoa', 'major'],
    ],
  ],
  [
    'vi',
    'a',
    'Trung tướng Lê Minh Tuấn đã kiểm tra hiện trường vụ cháy.',
    [['Lê Minh Tuấn', 'lieutenant-general']],
  ],
  [
    'vi',
    'b',
    'Nguyễn Văn Long, Giám đốc Công an tỉnh Quảng Ninh, chủ trì hội nghị.',
    [['Nguyễn Văn Long', null]],
  ],
  [
    'vi',
    'b',
    'Ông Trần Quốc Hùng, Chủ tịch UBND huyện, đã có mặt tại hiện trường.',
    [['Trần Quốc Hùng', null]],
  ],
  [
    'vi',
    'b',
    'Theo ông Lê Minh Tuấn, Trưởng phòng Cảnh sát giao thông, vụ tai nạn làm 3 người chết.',
    [['Lê Minh Tuấn', null]],
  ],
  [
    'vi',
    'c',
    'Giám đốc Công an tỉnh, Đại tá Nguyễn Văn Long cho biết lực lượng đã thu giữ 20 bánh heroin.',
    [['Nguyễn Văn Long', 'colonel']],
  ],
  [
    'vi',
    'c',
    'Phó Giám đốc Công an tỉnh Hà Tĩnh Thượng tá Trần Quốc Hùng biểu dương các đơn vị.',
    [['Trần Quốc Hùng', 'senior lieutenant-colonel']],
  ],
  [
    'vi',
    'c',
    'Trưởng Công an huyện Lê Minh Tuấn đã chỉ đạo khám nghiệm hiện trường.',
    [['Lê Minh Tuấn', null]],
  ],
  [
    'vi',
    'd',
    'Đại tá Nguyễn Văn Long cho biết, đường dây này hoạt động từ năm 2023.',
    [['Nguyễn Văn Long', 'colonel']],
  ],
  [
    'vi',
    'd',
    '"Chúng tôi sẽ xử lý nghiêm", Thượng tá Trần Quốc Hùng nhấn mạnh.',
    [['Trần Quốc Hùng', 'senior lieutenant-colonel']],
  ],
  [
    'vi',
    'd',
    'Trao đổi với phóng viên, Trung tá Lê Minh Tuấn, Đội trưởng Đội Cảnh sát hình sự, khẳng định vụ việc đang được điều tra.',
    [['Lê Minh Tuấn', 'lieutenant-colonel']],
  ],
  [
    'vi',
    'e',
    'Thứ trưởng Bộ Công an, Trung tướng Nguyễn Văn Long dự lễ ra quân.',
    [['Nguyễn Văn Long', 'lieutenant-general']],
  ],
  [
    'vi',
    'e',
    'Chủ tịch UBND tỉnh Nghệ An Trần Quốc Hùng yêu cầu khắc phục hậu quả mưa lũ.',
    [['Trần Quốc Hùng', null]],
  ],
  [
    'vi',
    'e',
    'Chánh án TAND tỉnh Lê Minh Tuấn tuyên án, Viện trưởng VKSND tỉnh Phạm Thị Hoa giữ quyền công tố.',
    [
      ['Lê Minh Tuấn', null],
      ['Phạm Thị Hoa', null],
    ],
  ],
  [
    'vi',
    'e',
    'Chỉ huy trưởng Bộ đội Biên phòng tỉnh, Đại tá Đinh Văn Nơi, cho biết đã bắt 5 vụ buôn lậu.',
    [['Đinh Văn Nơi', 'colonel']],
  ],
  [
    'vi',
    'n',
    'Bị can Trần Văn Bình (35 tuổi, trú tại TP Cẩm Phả) bị khởi tố về tội mua bán trái phép chất ma túy.',
    [],
  ],
  ['vi', 'n', 'Tài xế Lê Văn Nam điều khiển xe tải tông vào nạn nhân Nguyễn Thị Mai.', []],
  [
    'vi',
    'n',
    'Giám đốc Công ty TNHH Hoàng Phát Phạm Văn Đức bị bắt tại TP Hồ Chí Minh trong dịp Tết Giáp Thìn.',
    [],
  ],
  [
    'vi',
    'n',
    'Đại tá Nguyễn Văn Long phát biểu. Đại tá Nguyen Van Long đề nghị người dân cảnh giác.',
    [['Nguyễn Văn Long', 'colonel']],
  ],
  // ── French ──
  [
    'fr',
    'a',
    'Le colonel Nguyen Van Long a dirigé le démantèlement du réseau à Mong Cai.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'fr',
    'a',
    "Le lieutenant-colonel Tran Quoc Hung et le commandant Pham Thi Hoa ont participé à l'opération.",
    [
      ['Tran Quoc Hung', 'lieutenant-colonel'],
      ['Pham Thi Hoa', 'major'],
    ],
  ],
  [
    'fr',
    'a',
    'Selon le général de division Le Minh Tuan, 30 kg de drogue ont été saisis.',
    [['Le Minh Tuan', 'major-general']],
  ],
  [
    'fr',
    'b',
    'Nguyen Van Long, directeur de la police provinciale de Quang Ninh, a présidé la réunion.',
    [['Nguyen Van Long', null]],
  ],
  [
    'fr',
    'b',
    "L'incendie a été maîtrisé, a indiqué Tran Quoc Hung, chef adjoint de la police de prévention des incendies.",
    [['Tran Quoc Hung', null]],
  ],
  [
    'fr',
    'b',
    "Le Minh Tuan, président du Comité populaire du district, a ordonné l'évacuation.",
    [['Le Minh Tuan', null]],
  ],
  [
    'fr',
    'c',
    'Les aveux ont été recueillis par les enquêteurs du colonel Nguyen Van Long.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'fr',
    'c',
    "Une délégation conduite par le directeur de la police provinciale, Tran Quoc Hung, s'est rendue sur place.",
    [['Tran Quoc Hung', null]],
  ],
  [
    'fr',
    'c',
    "Au lieutenant-colonel Le Minh Tuan revient la charge de l'enquête.",
    [['Le Minh Tuan', 'lieutenant-colonel']],
  ],
  [
    'fr',
    'd',
    "« Nous ne laisserons aucun trafiquant s'échapper », a déclaré le colonel Nguyen Van Long.",
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'fr',
    'd',
    "D'après le lieutenant-colonel Tran Quoc Hung, le conducteur avait bu.",
    [['Tran Quoc Hung', 'lieutenant-colonel']],
  ],
  [
    'fr',
    'd',
    '« Quatre communes sont isolées », a précisé Le Minh Tuan, vice-président du Comité populaire provincial.',
    [['Le Minh Tuan', null]],
  ],
  [
    'fr',
    'e',
    "Le vice-ministre de la Sécurité publique, le général de corps d'armée Nguyen Van Long, a assisté à la cérémonie.",
    [['Nguyen Van Long', 'lieutenant-general']],
  ],
  [
    'fr',
    'e',
    'Le président du Comité populaire de la province de Nghe An, Tran Quoc Hung, a demandé une inspection.',
    [['Tran Quoc Hung', null]],
  ],
  [
    'fr',
    'e',
    'Le procureur Le Minh Tuan a requis la peine de mort contre les accusés.',
    [['Le Minh Tuan', null]],
  ],
  ['fr', 'n', 'Le suspect Nguyen Van An, 35 ans, originaire de Cam Pha, a été interpellé.', []],
  ['fr', 'n', 'La victime, Le Thi Mai, a été percutée par le conducteur Tran Van Binh.', []],
  ['fr', 'n', 'Pham Van Duc, directeur de la société Hoang Phat, a été arrêté à Ho Chi Minh-Ville.', []],
  // ── German ──
  [
    'de',
    'a',
    'Oberst Nguyen Van Long leitete den Einsatz gegen die Schmugglerbande.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'de',
    'a',
    'Nach Angaben von Generalmajor Tran Quoc Hung wurden 30 Kilogramm Heroin beschlagnahmt.',
    [['Tran Quoc Hung', 'major-general']],
  ],
  [
    'de',
    'a',
    'Oberstleutnant Le Minh Tuan und Major Pham Thi Hoa befragten die Zeugen.',
    [
      ['Le Minh Tuan', 'lieutenant-colonel'],
      ['Pham Thi Hoa', 'major'],
    ],
  ],
  [
    'de',
    'b',
    'Nguyen Van Long, Direktor der Provinzpolizei von Quang Ninh, leitete die Sitzung.',
    [['Nguyen Van Long', null]],
  ],
  [
    'de',
    'b',
    'Tran Quoc Hung, stellvertretender Leiter der Feuerwehrpolizei, sagte, das Feuer sei gelöscht.',
    [['Tran Quoc Hung', null]],
  ],
  [
    'de',
    'b',
    'Le Minh Tuan, Vorsitzender des Volkskomitees der Provinz, ordnete die Evakuierung an.',
    [['Le Minh Tuan', null]],
  ],
  [
    'de',
    'c',
    'Die Ermittler von Oberst Nguyen Van Long verhörten die Verdächtigen.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'de',
    'c',
    'Der Polizeichef der Provinz, Tran Quoc Hung, besuchte den Unfallort.',
    [['Tran Quoc Hung', null]],
  ],
  [
    'de',
    'c',
    'Laut dem stellvertretenden Minister für öffentliche Sicherheit Le Minh Tuan ist die Lage unter Kontrolle.',
    [['Le Minh Tuan', null]],
  ],
  [
    'de',
    'd',
    '„Wir lassen keinen Schmuggler entkommen“, sagte Oberst Nguyen Van Long.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'de',
    'd',
    'Der Fahrer sei betrunken gewesen, erklärte Oberstleutnant Tran Quoc Hung.',
    [['Tran Quoc Hung', 'lieutenant-colonel']],
  ],
  [
    'de',
    'd',
    '„Vier Gemeinden sind abgeschnitten“, so Le Minh Tuan, Vorsitzender des Volkskomitees.',
    [['Le Minh Tuan', null]],
  ],
  [
    'de',
    'e',
    'Vizeminister für öffentliche Sicherheit Generalleutnant Nguyen Van Long nahm an der Zeremonie teil.',
    [['Nguyen Van Long', 'lieutenant-general']],
  ],
  [
    'de',
    'e',
    'Der Vorsitzende des Volkskomitees der Provinz Nghe An, Tran Quoc Hung, ordnete eine Prüfung an.',
    [['Tran Quoc Hung', null]],
  ],
  [
    'de',
    'e',
    'Staatsanwalt Le Minh Tuan forderte lebenslange Haft für die Angeklagten.',
    [['Le Minh Tuan', null]],
  ],
  ['de', 'n', 'Der Verdächtige Nguyen Van An, 35, aus Cam Pha wurde festgenommen.', []],
  ['de', 'n', 'Das Opfer Le Thi Mai wurde vom Fahrer Tran Van Binh erfasst.', []],
  ['de', 'n', 'Pham Van Duc, Direktor der Firma Hoang Phat, wurde in Ho-Chi-Minh-Stadt verhaftet.', []],
  // ── Spanish ──
  [
    'es',
    'a',
    'El coronel Nguyen Van Long dirigió la operación contra la red de contrabando.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'es',
    'a',
    'Según el teniente coronel Tran Quoc Hung, se incautaron 30 kilos de heroína.',
    [['Tran Quoc Hung', 'lieutenant-colonel']],
  ],
  [
    'es',
    'a',
    'El general de división Le Minh Tuan y el capitán Pham Thi Hoa inspeccionaron la zona.',
    [
      ['Le Minh Tuan', 'major-general'],
      ['Pham Thi Hoa', 'captain'],
    ],
  ],
  [
    'es',
    'b',
    'Nguyen Van Long, director de la policía provincial de Quang Ninh, presidió la reunión.',
    [['Nguyen Van Long', null]],
  ],
  [
    'es',
    'b',
    'Tran Quoc Hung, jefe adjunto de la policía de tráfico, dijo que el conductor iba ebrio.',
    [['Tran Quoc Hung', null]],
  ],
  [
    'es',
    'b',
    'Le Minh Tuan, presidente del Comité Popular del distrito, ordenó la evacuación.',
    [['Le Minh Tuan', null]],
  ],
  [
    'es',
    'c',
    'Los agentes del coronel Nguyen Van Long detuvieron a los sospechosos.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'es',
    'c',
    'La investigación quedó a cargo del director de la policía provincial, Tran Quoc Hung.',
    [['Tran Quoc Hung', null]],
  ],
  [
    'es',
    'c',
    'Al teniente coronel Le Minh Tuan se le encargó la búsqueda de los desaparecidos.',
    [['Le Minh Tuan', 'lieutenant-colonel']],
  ],
  [
    'es',
    'd',
    '"No dejaremos escapar a ningún traficante", afirmó el coronel Nguyen Van Long.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'es',
    'd',
    'De acuerdo con el teniente coronel Tran Quoc Hung, el incendio se originó en la cocina.',
    [['Tran Quoc Hung', 'lieutenant-colonel']],
  ],
  [
    'es',
    'd',
    '"Cuatro comunas están aisladas", declaró Le Minh Tuan, vicepresidente del Comité Popular provincial.',
    [['Le Minh Tuan', null]],
  ],
  [
    'es',
    'e',
    'El viceministro de Seguridad Pública, teniente general Nguyen Van Long, asistió a la ceremonia.',
    [['Nguyen Van Long', 'lieutenant-general']],
  ],
  [
    'es',
    'e',
    'El presidente del Comité Popular de la provincia de Nghe An, Tran Quoc Hung, pidió una inspección.',
    [['Tran Quoc Hung', null]],
  ],
  ['es', 'e', 'El fiscal Le Minh Tuan pidió la pena de muerte para los acusados.', [['Le Minh Tuan', null]]],
  ['es', 'n', 'El sospechoso Nguyen Van An, de 35 años, vecino de Cam Pha, fue detenido.', []],
  ['es', 'n', 'La víctima, Le Thi Mai, fue arrollada por el conductor Tran Van Binh.', []],
  ['es', 'n', 'Pham Van Duc, director de la empresa Hoang Phat, fue arrestado en Ciudad Ho Chi Minh.', []],
  // ── Italian ──
  [
    'it',
    'a',
    "Il colonnello Nguyen Van Long ha guidato l'operazione contro i trafficanti.",
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'it',
    'a',
    'Secondo il tenente colonnello Tran Quoc Hung, sono stati sequestrati 30 chili di eroina.',
    [['Tran Quoc Hung', 'lieutenant-colonel']],
  ],
  [
    'it',
    'a',
    'Il generale di divisione Le Minh Tuan e il maggiore Pham Thi Hoa hanno ispezionato la zona.',
    [
      ['Le Minh Tuan', 'major-general'],
      ['Pham Thi Hoa', 'major'],
    ],
  ],
  [
    'it',
    'b',
    'Nguyen Van Long, direttore della polizia provinciale di Quang Ninh, ha presieduto la riunione.',
    [['Nguyen Van Long', null]],
  ],
  [
    'it',
    'b',
    'Tran Quoc Hung, vicecapo della polizia stradale, ha detto che il conducente era ubriaco.',
    [['Tran Quoc Hung', null]],
  ],
  [
    'it',
    'b',
    "Le Minh Tuan, presidente del Comitato popolare del distretto, ha ordinato l'evacuazione.",
    [['Le Minh Tuan', null]],
  ],
  [
    'it',
    'c',
    'Gli agenti del colonnello Nguyen Van Long hanno arrestato i sospetti.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'it',
    'c',
    'Le indagini sono state affidate al direttore della polizia provinciale, Tran Quoc Hung.',
    [['Tran Quoc Hung', null]],
  ],
  [
    'it',
    'c',
    "Dal tenente colonnello Le Minh Tuan è arrivato l'ordine di evacuare.",
    [['Le Minh Tuan', 'lieutenant-colonel']],
  ],
  [
    'it',
    'd',
    '"Non lasceremo scappare nessun trafficante", ha dichiarato il colonnello Nguyen Van Long.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'it',
    'd',
    "Stando al tenente colonnello Tran Quoc Hung, l'incendio è partito dalla cucina.",
    [['Tran Quoc Hung', 'lieutenant-colonel']],
  ],
  [
    'it',
    'd',
    '"Quattro comuni sono isolati", ha precisato Le Minh Tuan, vicepresidente del Comitato popolare provinciale.',
    [['Le Minh Tuan', null]],
  ],
  [
    'it',
    'e',
    'Il viceministro della Pubblica Sicurezza, il tenente generale Nguyen Van Long, ha partecipato alla cerimonia.',
    [['Nguyen Van Long', 'lieutenant-general']],
  ],
  [
    'it',
    'e',
    "Il presidente del Comitato popolare della provincia di Nghe An, Tran Quoc Hung, ha chiesto un'ispezione.",
    [['Tran Quoc Hung', null]],
  ],
  [
    'it',
    'e',
    'Il procuratore Le Minh Tuan ha chiesto la pena di morte per gli imputati.',
    [['Le Minh Tuan', null]],
  ],
  ['it', 'n', 'Il sospettato Nguyen Van An, 35 anni, residente a Cam Pha, è stato fermato.', []],
  ['it', 'n', 'La vittima, Le Thi Mai, è stata investita dal conducente Tran Van Binh.', []],
  ['it', 'n', 'Pham Van Duc, direttore della società Hoang Phat, è stato arrestato a Ho Chi Minh City.', []],
  // ── Portuguese ──
  [
    'pt',
    'a',
    'O coronel Nguyen Van Long comandou a operação contra a rede de contrabando.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'pt',
    'a',
    'Segundo o tenente-coronel Tran Quoc Hung, foram apreendidos 30 quilos de heroína.',
    [['Tran Quoc Hung', 'lieutenant-colonel']],
  ],
  [
    'pt',
    'a',
    'O major-general Le Minh Tuan e o capitão Pham Thi Hoa inspecionaram a área.',
    [
      ['Le Minh Tuan', 'major-general'],
      ['Pham Thi Hoa', 'captain'],
    ],
  ],
  [
    'pt',
    'b',
    'Nguyen Van Long, diretor da polícia provincial de Quang Ninh, presidiu a reunião.',
    [['Nguyen Van Long', null]],
  ],
  [
    'pt',
    'b',
    'Tran Quoc Hung, chefe adjunto da polícia de trânsito, disse que o motorista estava bêbado.',
    [['Tran Quoc Hung', null]],
  ],
  [
    'pt',
    'b',
    'Le Minh Tuan, presidente do Comitê Popular do distrito, ordenou a retirada dos moradores.',
    [['Le Minh Tuan', null]],
  ],
  [
    'pt',
    'c',
    'Os agentes do coronel Nguyen Van Long detiveram os suspeitos.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'pt',
    'c',
    'A investigação ficou a cargo do diretor da polícia provincial, Tran Quoc Hung.',
    [['Tran Quoc Hung', null]],
  ],
  [
    'pt',
    'c',
    'Ao tenente-coronel Le Minh Tuan coube a busca pelos desaparecidos.',
    [['Le Minh Tuan', 'lieutenant-colonel']],
  ],
  [
    'pt',
    'd',
    '"Não deixaremos nenhum traficante escapar", afirmou o coronel Nguyen Van Long.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'pt',
    'd',
    'De acordo com o tenente-coronel Tran Quoc Hung, o incêndio começou na cozinha.',
    [['Tran Quoc Hung', 'lieutenant-colonel']],
  ],
  [
    'pt',
    'd',
    '"Quatro comunas estão isoladas", declarou Le Minh Tuan, vice-presidente do Comitê Popular provincial.',
    [['Le Minh Tuan', null]],
  ],
  [
    'pt',
    'e',
    'O vice-ministro da Segurança Pública, tenente-general Nguyen Van Long, participou da cerimônia.',
    [['Nguyen Van Long', 'lieutenant-general']],
  ],
  [
    'pt',
    'e',
    'O presidente do Comitê Popular da província de Nghe An, Tran Quoc Hung, pediu uma inspeção.',
    [['Tran Quoc Hung', null]],
  ],
  ['pt', 'e', 'O procurador Le Minh Tuan pediu a pena de morte para os réus.', [['Le Minh Tuan', null]]],
  ['pt', 'n', 'O suspeito Nguyen Van An, de 35 anos, morador de Cam Pha, foi preso.', []],
  ['pt', 'n', 'A vítima, Le Thi Mai, foi atropelada pelo motorista Tran Van Binh.', []],
  ['pt', 'n', 'Pham Van Duc, diretor da empresa Hoang Phat, foi preso na cidade de Ho Chi Minh.', []],
  // ── Dutch ──
  [
    'nl',
    'a',
    'Kolonel Nguyen Van Long leidde de actie tegen de smokkelbende.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'nl',
    'a',
    'Volgens luitenant-kolonel Tran Quoc Hung werd 30 kilo heroïne in beslag genomen.',
    [['Tran Quoc Hung', 'lieutenant-colonel']],
  ],
  [
    'nl',
    'a',
    'Generaal-majoor Le Minh Tuan en majoor Pham Thi Hoa inspecteerden het gebied.',
    [
      ['Le Minh Tuan', 'major-general'],
      ['Pham Thi Hoa', 'major'],
    ],
  ],
  [
    'nl',
    'b',
    'Nguyen Van Long, directeur van de provinciale politie van Quang Ninh, zat de vergadering voor.',
    [['Nguyen Van Long', null]],
  ],
  [
    'nl',
    'b',
    'Tran Quoc Hung, plaatsvervangend hoofd van de verkeerspolitie, zei dat de bestuurder dronken was.',
    [['Tran Quoc Hung', null]],
  ],
  [
    'nl',
    'b',
    'Le Minh Tuan, voorzitter van het Volkscomité van het district, gaf opdracht tot evacuatie.',
    [['Le Minh Tuan', null]],
  ],
  [
    'nl',
    'c',
    'De rechercheurs van kolonel Nguyen Van Long verhoorden de verdachten.',
    [['Nguyen Van Long', 'colonel']],
  ],
  ['nl', 'c', 'Het onderzoek werd geleid door politiechef Tran Quoc Hung.', [['Tran Quoc Hung', null]]],
  [
    'nl',
    'c',
    'Provinciaal politiedirecteur generaal-majoor Le Minh Tuan prees de agenten.',
    [['Le Minh Tuan', 'major-general']],
  ],
  [
    'nl',
    'd',
    '"We laten geen smokkelaar ontsnappen", zei kolonel Nguyen Van Long.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'nl',
    'd',
    'Volgens luitenant-kolonel Tran Quoc Hung begon de brand in de keuken.',
    [['Tran Quoc Hung', 'lieutenant-colonel']],
  ],
  [
    'nl',
    'd',
    '"Vier gemeenten zijn afgesneden", aldus Le Minh Tuan, vicevoorzitter van het provinciale Volkscomité.',
    [['Le Minh Tuan', null]],
  ],
  [
    'nl',
    'e',
    'Viceminister van Openbare Veiligheid luitenant-generaal Nguyen Van Long woonde de ceremonie bij.',
    [['Nguyen Van Long', 'lieutenant-general']],
  ],
  [
    'nl',
    'e',
    'De voorzitter van het Volkscomité van de provincie Nghe An, Tran Quoc Hung, eiste een inspectie.',
    [['Tran Quoc Hung', null]],
  ],
  ['nl', 'e', 'Aanklager Le Minh Tuan eiste de doodstraf tegen de verdachten.', [['Le Minh Tuan', null]]],
  ['nl', 'n', 'De verdachte Nguyen Van An (35) uit Cam Pha werd aangehouden.', []],
  ['nl', 'n', 'Het slachtoffer Le Thi Mai werd aangereden door de bestuurder Tran Van Binh.', []],
  [
    'nl',
    'n',
    'Pham Van Duc, directeur van het bedrijf Hoang Phat, werd in Ho Chi Minhstad gearresteerd.',
    [],
  ],
  // ── Romanian ──
  [
    'ro',
    'a',
    'Colonelul Nguyen Van Long a condus operațiunea împotriva rețelei de contrabandă.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'ro',
    'a',
    'Potrivit locotenent-colonelului Tran Quoc Hung, au fost confiscate 30 de kilograme de heroină.',
    [['Tran Quoc Hung', 'lieutenant-colonel']],
  ],
  [
    'ro',
    'a',
    'Generalul-maior Le Minh Tuan și maiorul Pham Thi Hoa au inspectat zona.',
    [
      ['Le Minh Tuan', 'major-general'],
      ['Pham Thi Hoa', 'major'],
    ],
  ],
  [
    'ro',
    'b',
    'Nguyen Van Long, directorul poliției provinciale Quang Ninh, a prezidat ședința.',
    [['Nguyen Van Long', null]],
  ],
  [
    'ro',
    'b',
    'Tran Quoc Hung, șef adjunct al poliției rutiere, a declarat că șoferul era băut.',
    [['Tran Quoc Hung', null]],
  ],
  [
    'ro',
    'b',
    'Le Minh Tuan, președintele Comitetului Popular al districtului, a dispus evacuarea.',
    [['Le Minh Tuan', null]],
  ],
  [
    'ro',
    'c',
    'Anchetatorii colonelului Nguyen Van Long i-au interogat pe suspecți.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'ro',
    'c',
    'Ancheta a fost condusă de șeful poliției provinciale, Tran Quoc Hung.',
    [['Tran Quoc Hung', null]],
  ],
  [
    'ro',
    'c',
    'Locotenent-colonelul Le Minh Tuan a coordonat căutările.',
    [['Le Minh Tuan', 'lieutenant-colonel']],
  ],
  [
    'ro',
    'd',
    '„Nu vom lăsa niciun traficant să scape”, a declarat colonelul Nguyen Van Long.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'ro',
    'd',
    'Potrivit colonelului Tran Quoc Hung, incendiul a pornit de la bucătărie.',
    [['Tran Quoc Hung', 'colonel']],
  ],
  [
    'ro',
    'd',
    '„Patru comune sunt izolate”, a precizat Le Minh Tuan, vicepreședintele Comitetului Popular provincial.',
    [['Le Minh Tuan', null]],
  ],
  [
    'ro',
    'e',
    'Viceministrul Securității Publice, general-locotenent Nguyen Van Long, a participat la ceremonie.',
    [['Nguyen Van Long', 'lieutenant-general']],
  ],
  [
    'ro',
    'e',
    'Președintele Comitetului Popular al provinciei Nghe An, Tran Quoc Hung, a cerut o inspecție.',
    [['Tran Quoc Hung', null]],
  ],
  [
    'ro',
    'e',
    'Procurorul Le Minh Tuan a cerut pedeapsa cu moartea pentru inculpați.',
    [['Le Minh Tuan', null]],
  ],
  ['ro', 'n', 'Suspectul Nguyen Van An, de 35 de ani, din Cam Pha, a fost reținut.', []],
  ['ro', 'n', 'Victima, Le Thi Mai, a fost lovită de șoferul Tran Van Binh.', []],
  ['ro', 'n', 'Pham Van Duc, directorul companiei Hoang Phat, a fost arestat în orașul Ho Chi Minh.', []],
  // ── Indonesian ──
  [
    'id',
    'a',
    'Kolonel Nguyen Van Long memimpin penggerebekan di gudang tersebut.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'id',
    'a',
    'Menurut Letnan Kolonel Tran Quoc Hung, polisi menyita 30 kilogram heroin.',
    [['Tran Quoc Hung', 'lieutenant-colonel']],
  ],
  [
    'id',
    'a',
    'Mayor Jenderal Le Minh Tuan dan Kapten Pham Thi Hoa meninjau lokasi banjir.',
    [
      ['Le Minh Tuan', 'major-general'],
      ['Pham Thi Hoa', 'captain'],
    ],
  ],
  [
    'id',
    'b',
    'Nguyen Van Long, kepala kepolisian provinsi Quang Ninh, memimpin rapat tersebut.',
    [['Nguyen Van Long', null]],
  ],
  [
    'id',
    'b',
    'Tran Quoc Hung, wakil kepala polisi lalu lintas, mengatakan sopir itu mabuk.',
    [['Tran Quoc Hung', null]],
  ],
  [
    'id',
    'b',
    'Le Minh Tuan, ketua Komite Rakyat distrik, memerintahkan evakuasi warga.',
    [['Le Minh Tuan', null]],
  ],
  [
    'id',
    'c',
    'Penyidik dari Kolonel Nguyen Van Long memeriksa para tersangka.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'id',
    'c',
    'Penyelidikan dipimpin oleh kepala polisi provinsi, Tran Quoc Hung.',
    [['Tran Quoc Hung', null]],
  ],
  [
    'id',
    'c',
    'Direktur polisi provinsi Mayor Jenderal Le Minh Tuan memuji para petugas.',
    [['Le Minh Tuan', 'major-general']],
  ],
  [
    'id',
    'd',
    '"Kami tidak akan membiarkan penyelundup lolos," kata Kolonel Nguyen Van Long.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'id',
    'd',
    'Kebakaran berawal dari dapur, ujar Letnan Kolonel Tran Quoc Hung.',
    [['Tran Quoc Hung', 'lieutenant-colonel']],
  ],
  [
    'id',
    'd',
    '"Empat komune terisolasi," ungkap Le Minh Tuan, wakil ketua Komite Rakyat provinsi.',
    [['Le Minh Tuan', null]],
  ],
  [
    'id',
    'e',
    'Wakil Menteri Keamanan Publik Letnan Jenderal Nguyen Van Long menghadiri upacara itu.',
    [['Nguyen Van Long', 'lieutenant-general']],
  ],
  [
    'id',
    'e',
    'Ketua Komite Rakyat Provinsi Nghe An, Tran Quoc Hung, meminta pemeriksaan.',
    [['Tran Quoc Hung', null]],
  ],
  ['id', 'e', 'Jaksa Le Minh Tuan menuntut hukuman mati bagi para terdakwa.', [['Le Minh Tuan', null]]],
  ['id', 'n', 'Tersangka Nguyen Van An (35), warga Cam Pha, ditangkap polisi.', []],
  ['id', 'n', 'Korban Le Thi Mai tertabrak truk yang dikemudikan sopir Tran Van Binh.', []],
  ['id', 'n', 'Pham Van Duc, direktur perusahaan Hoang Phat, ditangkap di Kota Ho Chi Minh.', []],
  // ── Malay ──
  [
    'ms',
    'a',
    'Kolonel Nguyen Van Long mengetuai serbuan ke atas gudang itu.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'ms',
    'a',
    'Menurut Leftenan Kolonel Tran Quoc Hung, polis merampas 30 kilogram heroin.',
    [['Tran Quoc Hung', 'lieutenant-colonel']],
  ],
  [
    'ms',
    'a',
    'Mejar Jeneral Le Minh Tuan dan Kapten Pham Thi Hoa meninjau kawasan banjir.',
    [
      ['Le Minh Tuan', 'major-general'],
      ['Pham Thi Hoa', 'captain'],
    ],
  ],
  [
    'ms',
    'b',
    'Nguyen Van Long, ketua polis wilayah Quang Ninh, mempengerusikan mesyuarat itu.',
    [['Nguyen Van Long', null]],
  ],
  [
    'ms',
    'b',
    'Tran Quoc Hung, timbalan ketua polis trafik, berkata pemandu itu mabuk.',
    [['Tran Quoc Hung', null]],
  ],
  [
    'ms',
    'b',
    'Le Minh Tuan, pengerusi Jawatankuasa Rakyat daerah, mengarahkan pemindahan penduduk.',
    [['Le Minh Tuan', null]],
  ],
  [
    'ms',
    'c',
    'Pegawai penyiasat Kolonel Nguyen Van Long menyoal siasat suspek.',
    [['Nguyen Van Long', 'colonel']],
  ],
  ['ms', 'c', 'Siasatan diketuai oleh ketua polis wilayah, Tran Quoc Hung.', [['Tran Quoc Hung', null]]],
  [
    'ms',
    'c',
    'Pengarah polis wilayah Mejar Jeneral Le Minh Tuan memuji anggotanya.',
    [['Le Minh Tuan', 'major-general']],
  ],
  [
    'ms',
    'd',
    '"Kami tidak akan membiarkan penyeludup terlepas," kata Kolonel Nguyen Van Long.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'ms',
    'd',
    'Kebakaran bermula dari dapur, jelas Leftenan Kolonel Tran Quoc Hung.',
    [['Tran Quoc Hung', 'lieutenant-colonel']],
  ],
  [
    'ms',
    'd',
    '"Empat komun terputus hubungan," kata Le Minh Tuan, timbalan pengerusi Jawatankuasa Rakyat wilayah.',
    [['Le Minh Tuan', null]],
  ],
  [
    'ms',
    'e',
    'Timbalan Menteri Keselamatan Awam Leftenan Jeneral Nguyen Van Long menghadiri majlis itu.',
    [['Nguyen Van Long', 'lieutenant-general']],
  ],
  [
    'ms',
    'e',
    'Pengerusi Jawatankuasa Rakyat wilayah Nghe An, Tran Quoc Hung, meminta pemeriksaan dijalankan.',
    [['Tran Quoc Hung', null]],
  ],
  [
    'ms',
    'e',
    'Pendakwa raya Le Minh Tuan menuntut hukuman mati terhadap tertuduh.',
    [['Le Minh Tuan', null]],
  ],
  ['ms', 'n', 'Suspek Nguyen Van An, 35, dari Cam Pha, ditahan polis.', []],
  ['ms', 'n', 'Mangsa Le Thi Mai dirempuh lori yang dipandu pemandu Tran Van Binh.', []],
  ['ms', 'n', 'Pham Van Duc, pengarah syarikat Hoang Phat, ditahan di Bandar Raya Ho Chi Minh.', []],
  // ── Polish ──
  [
    'pl',
    'a',
    'Pułkownik Nguyen Van Long kierował akcją przeciwko przemytnikom.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'pl',
    'a',
    'Ppłk Tran Quoc Hung i mjr Pham Thi Hoa przesłuchali świadków.',
    [
      ['Tran Quoc Hung', 'lieutenant-colonel'],
      ['Pham Thi Hoa', 'major'],
    ],
  ],
  ['pl', 'a', 'Generał dywizji Le Minh Tuan odwiedził zalane gminy.', [['Le Minh Tuan', 'major-general']]],
  [
    'pl',
    'b',
    'Nguyen Van Long, dyrektor policji prowincji Quang Ninh, przewodniczył spotkaniu.',
    [['Nguyen Van Long', null]],
  ],
  [
    'pl',
    'b',
    'Tran Quoc Hung, zastępca szefa policji drogowej, powiedział, że kierowca był pijany.',
    [['Tran Quoc Hung', null]],
  ],
  [
    'pl',
    'b',
    'Le Minh Tuan, przewodniczący Komitetu Ludowego dystryktu, zarządził ewakuację.',
    [['Le Minh Tuan', null]],
  ],
  [
    'pl',
    'c',
    'Według pułkownika Nguyena Van Longa gang przemycał papierosy od dwóch lat.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'pl',
    'c',
    'Śledztwo prowadzą funkcjonariusze podpułkownika Tran Quoc Hunga.',
    [['Tran Quoc Hung', 'lieutenant-colonel']],
  ],
  [
    'pl',
    'c',
    'Z generałem dywizji Le Minh Tuanem spotkali się przedstawiciele gminy.',
    [['Le Minh Tuan', 'major-general']],
  ],
  [
    'pl',
    'd',
    '– Nie pozwolimy uciec żadnemu przemytnikowi – powiedział płk Nguyen Van Long.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'pl',
    'd',
    'Pożar wybuchł w kuchni – poinformował podpułkownik Tran Quoc Hung.',
    [['Tran Quoc Hung', 'lieutenant-colonel']],
  ],
  [
    'pl',
    'd',
    '„Cztery gminy są odcięte” – przekazał Le Minh Tuan, wiceprzewodniczący prowincjonalnego Komitetu Ludowego.',
    [['Le Minh Tuan', null]],
  ],
  [
    'pl',
    'e',
    'Wiceminister bezpieczeństwa publicznego generał broni Nguyen Van Long wziął udział w uroczystości.',
    [['Nguyen Van Long', 'lieutenant-general']],
  ],
  [
    'pl',
    'e',
    'Przewodniczący Komitetu Ludowego prowincji Nghe An Tran Quoc Hung zażądał kontroli.',
    [['Tran Quoc Hung', null]],
  ],
  ['pl', 'e', 'Prokurator Le Minh Tuan zażądał kary śmierci dla oskarżonych.', [['Le Minh Tuan', null]]],
  ['pl', 'n', 'Podejrzany Nguyen Van An, 35-letni mieszkaniec Cam Pha, został zatrzymany.', []],
  ['pl', 'n', 'Ofiara, Le Thi Mai, została potrącona przez kierowcę Tran Van Binha.', []],
  ['pl', 'n', 'Pham Van Duc, dyrektor firmy Hoang Phat, został zatrzymany w Ho Chi Minh.', []],
  // ── Czech ──
  ['cs', 'a', 'Plukovník Nguyen Van Long vedl zásah proti pašerákům.', [['Nguyen Van Long', 'colonel']]],
  [
    'cs',
    'a',
    'Pplk. Tran Quoc Hung a mjr. Pham Thi Hoa vyslechli svědky.',
    [
      ['Tran Quoc Hung', 'lieutenant-colonel'],
      ['Pham Thi Hoa', 'major'],
    ],
  ],
  ['cs', 'a', 'Generálmajor Le Minh Tuan navštívil zaplavené obce.', [['Le Minh Tuan', 'major-general']]],
  [
    'cs',
    'b',
    'Nguyen Van Long, ředitel provinční policie Quang Ninh, řídil jednání.',
    [['Nguyen Van Long', null]],
  ],
  [
    'cs',
    'b',
    'Tran Quoc Hung, zástupce šéfa dopravní policie, uvedl, že řidič byl opilý.',
    [['Tran Quoc Hung', null]],
  ],
  ['cs', 'b', 'Le Minh Tuan, předseda lidového výboru okresu, nařídil evakuaci.', [['Le Minh Tuan', null]]],
  [
    'cs',
    'c',
    'Podle plukovníka Nguyena Van Longa pašoval gang cigarety dva roky.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'cs',
    'c',
    'Vyšetřování vedou policisté podplukovníka Tran Quoc Hunga.',
    [['Tran Quoc Hung', 'lieutenant-colonel']],
  ],
  [
    'cs',
    'c',
    'S generálmajorem Le Minh Tuanem se setkali zástupci obce.',
    [['Le Minh Tuan', 'major-general']],
  ],
  [
    'cs',
    'd',
    '„Žádného pašeráka nenecháme uniknout,“ řekl plukovník Nguyen Van Long.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'cs',
    'd',
    'Požár vznikl v kuchyni, sdělil podplukovník Tran Quoc Hung.',
    [['Tran Quoc Hung', 'lieutenant-colonel']],
  ],
  [
    'cs',
    'd',
    '„Čtyři obce jsou odříznuté,“ uvedl Le Minh Tuan, místopředseda provinčního lidového výboru.',
    [['Le Minh Tuan', null]],
  ],
  [
    'cs',
    'e',
    'Náměstek ministra veřejné bezpečnosti generálporučík Nguyen Van Long se zúčastnil ceremonie.',
    [['Nguyen Van Long', 'lieutenant-general']],
  ],
  [
    'cs',
    'e',
    'Předseda lidového výboru provincie Nghe An Tran Quoc Hung nařídil kontrolu.',
    [['Tran Quoc Hung', null]],
  ],
  ['cs', 'e', 'Prokurátor Le Minh Tuan navrhl pro obžalované trest smrti.', [['Le Minh Tuan', null]]],
  ['cs', 'n', 'Podezřelý Nguyen Van An (35) z Cam Pha byl zadržen.', []],
  ['cs', 'n', 'Oběť Le Thi Mai srazil řidič Tran Van Binh.', []],
  ['cs', 'n', 'Pham Van Duc, ředitel firmy Hoang Phat, byl zatčen v Ho Či Minově Městě.', []],
  // ── Russian ──
  [
    'ru',
    'a',
    'Полковник Нгуен Ван Лонг руководил операцией против контрабандистов.',
    [['Нгуен Ван Лонг', 'colonel']],
  ],
  [
    'ru',
    'a',
    'Подполковник Чан Куок Хунг и майор Фам Тхи Хоа допросили свидетелей.',
    [
      ['Чан Куок Хунг', 'lieutenant-colonel'],
      ['Фам Тхи Хоа', 'major'],
    ],
  ],
  ['ru', 'a', 'Генерал-майор Ле Минь Туан посетил затопленные общины.', [['Ле Минь Туан', 'major-general']]],
  [
    'ru',
    'b',
    'Нгуен Ван Лонг, начальник полиции провинции Куангнинь, провёл совещание.',
    [['Нгуен Ван Лонг', null]],
  ],
  [
    'ru',
    'b',
    'Чан Куок Хунг, заместитель начальника дорожной полиции, сообщил, что водитель был пьян.',
    [['Чан Куок Хунг', null]],
  ],
  [
    'ru',
    'b',
    'Ле Минь Туан, председатель народного комитета уезда, распорядился об эвакуации.',
    [['Ле Минь Туан', null]],
  ],
  [
    'ru',
    'c',
    'По словам полковника Нгуена Ван Лонга, банда переправляла сигареты два года.',
    [['Нгуен Ван Лонг', 'colonel']],
  ],
  [
    'ru',
    'c',
    'Расследование ведут сотрудники подполковника Чан Куок Хунга.',
    [['Чан Куок Хунг', 'lieutenant-colonel']],
  ],
  [
    'ru',
    'c',
    'С генерал-майором Ле Минь Туаном встретились жители общины.',
    [['Ле Минь Туан', 'major-general']],
  ],
  [
    'ru',
    'd',
    '«Ни один контрабандист не уйдёт», — заявил полковник Нгуен Ван Лонг.',
    [['Нгуен Ван Лонг', 'colonel']],
  ],
  [
    'ru',
    'd',
    'Пожар начался на кухне, сообщил подполковник Чан Куок Хунг.',
    [['Чан Куок Хунг', 'lieutenant-colonel']],
  ],
  [
    'ru',
    'd',
    '«Четыре общины отрезаны», — заявил заместитель председателя провинциального народного комитета Ле Минь Туан.',
    [['Ле Минь Туан', null]],
  ],
  [
    'ru',
    'e',
    'Заместитель министра общественной безопасности генерал-лейтенант Нгуен Ван Лонг принял участие в церемонии.',
    [['Нгуен Ван Лонг', 'lieutenant-general']],
  ],
  [
    'ru',
    'e',
    'Председатель народного комитета провинции Нгеан Чан Куок Хунг потребовал проверки.',
    [['Чан Куок Хунг', null]],
  ],
  ['ru', 'e', 'Прокурор Ле Минь Туан потребовал для обвиняемых смертной казни.', [['Ле Минь Туан', null]]],
  ['ru', 'n', 'Подозреваемый Нгуен Ван Ан, 35 лет, житель Камфы, задержан.', []],
  ['ru', 'n', 'Погибшую Ле Тхи Май сбил водитель Чан Ван Бинь.', []],
  ['ru', 'n', 'Фам Ван Дык, директор компании «Хоангфат», задержан в Хошимине.', []],
  // ── Chinese ──
  ['zh', 'a', '大校阮文龙指挥了这次打击走私行动。', [['阮文龙', 'colonel']]],
  [
    'zh',
    'a',
    '中校陈国雄和少校范氏花参加了搜救。',
    [
      ['陈国雄', 'lieutenant-colonel'],
      ['范氏花', 'major'],
    ],
  ],
  ['zh', 'a', '据少将黎明俊介绍，警方共缴获海洛因30公斤。', [['黎明俊', 'major-general']]],
  ['zh', 'b', '广宁省公安厅厅长阮文龙主持了会议。', [['阮文龙', null]]],
  ['zh', 'b', '交警大队副队长陈国雄说，司机当时醉酒驾驶。', [['陈国雄', null]]],
  ['zh', 'b', '县人民委员会主席黎明俊下令疏散居民。', [['黎明俊', null]]],
  ['zh', 'c', '阮文龙厅长表示，该团伙走私香烟已有两年。', [['阮文龙', null]]],
  ['zh', 'c', '陈国雄中校在现场指挥灭火。', [['陈国雄', 'lieutenant-colonel']]],
  ['zh', 'c', '黎明俊局长会见了受灾群众。', [['黎明俊', null]]],
  ['zh', 'd', '大校阮文龙表示：“我们绝不会让任何走私分子逃脱。”', [['阮文龙', 'colonel']]],
  ['zh', 'd', '“火灾起源于厨房，”中校陈国雄说。', [['陈国雄', 'lieutenant-colonel']]],
  ['zh', 'd', '省人民委员会副主席黎明俊称，四个乡与外界失去联系。', [['黎明俊', null]]],
  ['zh', 'e', '越南公安部副部长、中将阮文龙出席了仪式。', [['阮文龙', 'lieutenant-general']]],
  ['zh', 'e', '义安省人民委员会主席陈国雄要求开展检查。', [['陈国雄', null]]],
  ['zh', 'e', '省人民检察院检察长黎明俊要求判处被告死刑。', [['黎明俊', null]]],
  ['zh', 'n', '犯罪嫌疑人阮文安（35岁，锦普市人）被警方抓获。', []],
  ['zh', 'n', '遇难者黎氏梅被司机陈文平驾驶的卡车撞倒。', []],
  ['zh', 'n', '黄发公司经理范文德在胡志明市被捕。', []],
  // ── Japanese ──
  ['ja', 'a', 'グエン・バン・ロン大佐が密輸組織の摘発を指揮した。', [['グエン・バン・ロン', 'colonel']]],
  [
    'ja',
    'a',
    'チャン・クオック・フン中佐とファム・ティ・ホア少佐が捜索に加わった。',
    [
      ['チャン・クオック・フン', 'lieutenant-colonel'],
      ['ファム・ティ・ホア', 'major'],
    ],
  ],
  [
    'ja',
    'a',
    'レ・ミン・トゥアン少将によると、警察はヘロイン30キロを押収した。',
    [['レ・ミン・トゥアン', 'major-general']],
  ],
  ['ja', 'b', 'クアンニン省警察のグエン・バン・ロン局長が会議を主宰した。', [['グエン・バン・ロン', null]]],
  [
    'ja',
    'b',
    '交通警察のチャン・クオック・フン副隊長は、運転手が酒に酔っていたと話した。',
    [['チャン・クオック・フン', null]],
  ],
  ['ja', 'b', '県人民委員会のレ・ミン・トゥアン委員長が住民の避難を命じた。', [['レ・ミン・トゥアン', null]]],
  [
    'ja',
    'c',
    'グエン・バン・ロン公安局長は、組織が2年間たばこを密輸していたと述べた。',
    [['グエン・バン・ロン', null]],
  ],
  [
    'ja',
    'c',
    '現場ではチャン・クオック・フン中佐が消火を指揮した。',
    [['チャン・クオック・フン', 'lieutenant-colonel']],
  ],
  ['ja', 'c', 'レ・ミン・トゥアン署長（大佐）が被災者を見舞った。', [['レ・ミン・トゥアン', 'colonel']]],
  [
    'ja',
    'd',
    '「密輸業者は一人も逃がさない」とグエン・バン・ロン大佐は語った。',
    [['グエン・バン・ロン', 'colonel']],
  ],
  [
    'ja',
    'd',
    'チャン・クオック・フン中佐によれば、火災は台所から出たという。',
    [['チャン・クオック・フン', 'lieutenant-colonel']],
  ],
  [
    'ja',
    'd',
    '省人民委員会のレ・ミン・トゥアン副委員長は「4つの村が孤立している」と述べた。',
    [['レ・ミン・トゥアン', null]],
  ],
  [
    'ja',
    'e',
    'ベトナム公安省のグエン・バン・ロン次官（中将）が式典に出席した。',
    [['グエン・バン・ロン', 'lieutenant-general']],
  ],
  [
    'ja',
    'e',
    'ゲアン省人民委員会のチャン・クオック・フン委員長は点検を指示した。',
    [['チャン・クオック・フン', null]],
  ],
  [
    'ja',
    'e',
    '省人民検察院のレ・ミン・トゥアン検事は被告らに死刑を求刑した。',
    [['レ・ミン・トゥアン', null]],
  ],
  ['ja', 'n', '容疑者のグエン・バン・アン（35）がカムファ市で逮捕された。', []],
  ['ja', 'n', '被害者のレ・ティ・マイさんは、チャン・バン・ビン運転手のトラックにはねられた。', []],
  ['ja', 'n', 'ホアンファット社のファム・バン・ドゥック社長がホーチミン市で逮捕された。', []],
  // ── Korean ──
  ['ko', 'a', '응우옌 반 롱 대령이 밀수 조직 단속을 지휘했다.', [['응우옌 반 롱', 'colonel']]],
  [
    'ko',
    'a',
    '쩐 꾸옥 훙 중령과 팜 티 호아 소령이 수색에 참여했다.',
    [
      ['쩐 꾸옥 훙', 'lieutenant-colonel'],
      ['팜 티 호아', 'major'],
    ],
  ],
  ['ko', 'a', '레 민 뚜언 소장에 따르면 경찰은 헤로인 30㎏을 압수했다.', [['레 민 뚜언', 'major-general']]],
  ['ko', 'b', '꽝닌성 공안의 응우옌 반 롱 국장이 회의를 주재했다.', [['응우옌 반 롱', null]]],
  ['ko', 'b', '교통경찰 쩐 꾸옥 훙 부팀장은 운전자가 술에 취해 있었다고 말했다.', [['쩐 꾸옥 훙', null]]],
  ['ko', 'b', '현 인민위원회 레 민 뚜언 위원장이 주민 대피를 지시했다.', [['레 민 뚜언', null]]],
  ['ko', 'c', '응우옌 반 롱 공안국장은 조직이 2년 동안 담배를 밀수했다고 밝혔다.', [['응우옌 반 롱', null]]],
  ['ko', 'c', '현장에서는 쩐 꾸옥 훙 중령이 진화를 지휘했다.', [['쩐 꾸옥 훙', 'lieutenant-colonel']]],
  ['ko', 'c', '레 민 뚜언 서장(대령)이 이재민을 위로했다.', [['레 민 뚜언', 'colonel']]],
  [
    'ko',
    'd',
    '응우옌 반 롱 대령은 "밀수범을 한 명도 놓치지 않겠다"고 말했다.',
    [['응우옌 반 롱', 'colonel']],
  ],
  ['ko', 'd', '쩐 꾸옥 훙 중령에 따르면 불은 부엌에서 시작됐다.', [['쩐 꾸옥 훙', 'lieutenant-colonel']]],
  ['ko', 'd', '성 인민위원회 레 민 뚜언 부위원장은 "4개 마을이 고립됐다"고 전했다.', [['레 민 뚜언', null]]],
  [
    'ko',
    'e',
    '베트남 공안부 응우옌 반 롱 차관(중장)이 행사에 참석했다.',
    [['응우옌 반 롱', 'lieutenant-general']],
  ],
  ['ko', 'e', '응에안성 인민위원회 쩐 꾸옥 훙 위원장은 점검을 지시했다.', [['쩐 꾸옥 훙', null]]],
  ['ko', 'e', '성 인민검찰원 레 민 뚜언 검사는 피고인들에게 사형을 구형했다.', [['레 민 뚜언', null]]],
  ['ko', 'n', '용의자 응우옌 반 안(35)이 껌파시에서 체포됐다.', []],
  ['ko', 'n', '피해자 레 티 마이 씨는 운전기사 쩐 반 빈이 몰던 트럭에 치였다.', []],
  ['ko', 'n', '호앙팟사 팜 반 득 사장이 호찌민시에서 체포됐다.', []],
  // ── Thai ──
  ['th', 'a', 'พันเอก เหงียน วัน ลอง เป็นผู้นำการบุกค้นโกดังดังกล่าว', [['เหงียน วัน ลอง', 'colonel']]],
  [
    'th',
    'a',
    'พันโท เจิ่น ก๊วก หุ่ง และพันตรี ฝ่าม ถิ ฮวา ร่วมค้นหาผู้สูญหาย',
    [
      ['เจิ่น ก๊วก หุ่ง', 'lieutenant-colonel'],
      ['ฝ่าม ถิ ฮวา', 'major'],
    ],
  ],
  ['th', 'a', 'พลตรี เล มินห์ ต่วน เปิดเผยว่าตำรวจยึดเฮโรอีนได้ 30 กิโลกรัม', [['เล มินห์ ต่วน', 'major-general']]],
  ['th', 'b', 'นายเหงียน วัน ลอง ผู้บัญชาการตำรวจจังหวัดกว๋างนิญ เป็นประธานการประชุม', [['เหงียน วัน ลอง', null]]],
  ['th', 'b', 'นายเจิ่น ก๊วก หุ่ง รองหัวหน้าตำรวจจราจร กล่าวว่าคนขับเมาสุรา', [['เจิ่น ก๊วก หุ่ง', null]]],
  ['th', 'b', 'นายเล มินห์ ต่วน ประธานคณะกรรมการประชาชนอำเภอ สั่งอพยพประชาชน', [['เล มินห์ ต่วน', null]]],
  [
    'th',
    'c',
    'พันเอก เหงียน วัน ลอง ผู้บัญชาการตำรวจจังหวัด กล่าวว่าแก๊งนี้ลักลอบขนบุหรี่มาสองปี',
    [['เหงียน วัน ลอง', 'colonel']],
  ],
  ['th', 'c', 'พ.ท. เจิ่น ก๊วก หุ่ง ผู้กำกับการตำรวจดับเพลิง ควบคุมการดับไฟ', [['เจิ่น ก๊วก หุ่ง', 'lieutenant-colonel']]],
  ['th', 'c', 'เล มินห์ ต่วน ผู้อำนวยการตำรวจจังหวัด เยี่ยมผู้ประสบภัย', [['เล มินห์ ต่วน', null]]],
  ['th', 'd', '"เราจะไม่ปล่อยให้ผู้ลักลอบคนใดหลบหนี" พันเอก เหงียน วัน ลอง กล่าว', [['เหงียน วัน ลอง', 'colonel']]],
  ['th', 'd', 'พันโท เจิ่น ก๊วก หุ่ง ระบุว่าไฟเริ่มลุกจากห้องครัว', [['เจิ่น ก๊วก หุ่ง', 'lieutenant-colonel']]],
  ['th', 'd', 'นายเล มินห์ ต่วน รองประธานคณะกรรมการประชาชนจังหวัด เผยว่ามีสี่ตำบลถูกตัดขาด', [['เล มินห์ ต่วน', null]]],
  [
    'th',
    'e',
    'พลโท เหงียน วัน ลอง รัฐมนตรีช่วยว่าการกระทรวงความมั่นคงสาธารณะ เข้าร่วมพิธี',
    [['เหงียน วัน ลอง', 'lieutenant-general']],
  ],
  ['th', 'e', 'นายเจิ่น ก๊วก หุ่ง ประธานคณะกรรมการประชาชนจังหวัดเหงะอาน สั่งให้ตรวจสอบ', [['เจิ่น ก๊วก หุ่ง', null]]],
  ['th', 'e', 'อัยการ เล มินห์ ต่วน ขอให้ศาลลงโทษประหารชีวิตจำเลย', [['เล มินห์ ต่วน', null]]],
  ['th', 'n', 'ผู้ต้องสงสัย เหงียน วัน อาน อายุ 35 ปี ถูกจับกุมที่เมืองกามฟา', []],
  ['th', 'n', 'ผู้เสียชีวิต เล ถิ ไม ถูกรถบรรทุกที่ขับโดยคนขับ เจิ่น วัน บิ่ญ ชน', []],
  ['th', 'n', 'นายฝ่าม วัน ดึ๊ก กรรมการผู้จัดการบริษัทฮว่างฟาต ถูกจับที่นครโฮจิมินห์', []],
  // ── Second batch: abbreviations, inflections, contractions, unspaced and dotted names, more negatives ──
  [
    'en',
    'a',
    'Lt. Col. Bui Quang Thanh and Maj. Gen. Vu Hong Son visited the flooded villages.',
    [
      ['Bui Quang Thanh', 'lieutenant-colonel'],
      ['Vu Hong Son', 'major-general'],
    ],
  ],
  [
    'en',
    'b',
    'The provincial police director, Colonel Hoang Anh Dung, said 12 people had been detained.',
    [['Hoang Anh Dung', 'colonel']],
  ],
  [
    'en',
    'd',
    'Lieutenant-Colonel Bui Quang Thanh told reporters that the blaze started at 2 a.m.',
    [['Bui Quang Thanh', 'lieutenant-colonel']],
  ],
  [
    'en',
    'e',
    'Vu Hong Son, head of the Ho Chi Minh City police department, praised the officers.',
    [['Vu Hong Son', null]],
  ],
  [
    'en',
    'n',
    'The arrests came before the Lunar New Year of Giap Thin, when defendant Hoang Van Tu, 28, was charged.',
    [],
  ],
  [
    'vi',
    'a',
    'Thiếu tướng Bùi Quang Thanh và Đại úy Vũ Hồng Sơn đã đến hiện trường vụ sạt lở.',
    [
      ['Bùi Quang Thanh', 'major-general'],
      ['Vũ Hồng Sơn', 'captain'],
    ],
  ],
  [
    'vi',
    'b',
    'Ông Hoàng Anh Dũng - Phó Chủ tịch UBND tỉnh Lào Cai - chỉ đạo khắc phục hậu quả.',
    [['Hoàng Anh Dũng', null]],
  ],
  [
    'vi',
    'c',
    'Cục trưởng Cục Cảnh sát hình sự, Thiếu tướng Bùi Quang Thanh chủ trì chuyên án.',
    [['Bùi Quang Thanh', 'major-general']],
  ],
  [
    'vi',
    'd',
    'Theo Trung tá Vũ Hồng Sơn, Trưởng Công an huyện, lửa bùng phát lúc rạng sáng.',
    [['Vũ Hồng Sơn', 'lieutenant-colonel']],
  ],
  [
    'vi',
    'e',
    'Giám đốc Công an TP Hồ Chí Minh, Trung tướng Hoàng Anh Dũng chúc Tết cán bộ chiến sĩ.',
    [['Hoàng Anh Dũng', 'lieutenant-general']],
  ],
  ['vi', 'n', 'Đối tượng Hoàng Văn Tư (SN 1990) khai nhận đã mua ma túy ở TP.HCM trước Tết Giáp Thìn.', []],
  [
    'fr',
    'a',
    'Le lieutenant-colonel supérieur Bui Quang Thanh a présenté le bilan des inondations.',
    [['Bui Quang Thanh', 'senior lieutenant-colonel']],
  ],
  [
    'fr',
    'c',
    'Les hommes du capitaine Vu Hong Son ont secouru douze habitants.',
    [['Vu Hong Son', 'captain']],
  ],
  [
    'fr',
    'e',
    'Mme Pham Thi Hoa, vice-présidente du Comité populaire provincial, a visité les sinistrés.',
    [['Pham Thi Hoa', null]],
  ],
  [
    'de',
    'c',
    'Oberst Nguyen Van Longs Ermittler nahmen drei Verdächtige fest.',
    [['Nguyen Van Long', 'colonel']],
  ],
  [
    'de',
    'a',
    'Obstlt. Bui Quang Thanh und Generalmajor Vu Hong Son besuchten die überfluteten Dörfer.',
    [
      ['Bui Quang Thanh', 'lieutenant-colonel'],
      ['Vu Hong Son', 'major-general'],
    ],
  ],
  [
    'de',
    'e',
    'Laut Grenzschutzkommandeur Oberst Hoang Anh Dung wurden die Patrouillen verdoppelt.',
    [['Hoang Anh Dung', 'colonel']],
  ],
  [
    'es',
    'c',
    'Según declaraciones del coronel Bui Quang Thanh, el alijo estaba oculto en un camión.',
    [['Bui Quang Thanh', 'colonel']],
  ],
  [
    'es',
    'e',
    'La capitana Pham Thi Hoa, de la guardia fronteriza, encabezó la patrulla.',
    [['Pham Thi Hoa', 'captain']],
  ],
  [
    'it',
    'c',
    'Secondo quanto riferito dal colonnello Bui Quang Thanh, la droga era nascosta in un camion.',
    [['Bui Quang Thanh', 'colonel']],
  ],
  [
    'it',
    'e',
    'Il presidente del tribunale provinciale Vu Hong Son ha letto la sentenza.',
    [['Vu Hong Son', null]],
  ],
  [
    'pt',
    'c',
    'Segundo declarações do coronel Bui Quang Thanh, a droga estava escondida num camião.',
    [['Bui Quang Thanh', 'colonel']],
  ],
  [
    'pt',
    'e',
    'O comandante da guarda de fronteira, coronel Hoang Anh Dung, disse que as patrulhas foram reforçadas.',
    [['Hoang Anh Dung', 'colonel']],
  ],
  [
    'nl',
    'a',
    'Lkol. Bui Quang Thanh en kapitein Vu Hong Son bezochten de overstroomde dorpen.',
    [
      ['Bui Quang Thanh', 'lieutenant-colonel'],
      ['Vu Hong Son', 'captain'],
    ],
  ],
  [
    'nl',
    'e',
    'De president van de provinciale rechtbank, Hoang Anh Dung, las het vonnis voor.',
    [['Hoang Anh Dung', null]],
  ],
  [
    'ro',
    'c',
    'Oamenii colonelului Bui Quang Thanh au salvat doisprezece locuitori.',
    [['Bui Quang Thanh', 'colonel']],
  ],
  [
    'ro',
    'e',
    'Comandantul grănicerilor, colonelul Hoang Anh Dung, a declarat că patrulele au fost dublate.',
    [['Hoang Anh Dung', 'colonel']],
  ],
  [
    'id',
    'a',
    'Letkol Bui Quang Thanh dan Mayjen Vu Hong Son meninjau desa yang terendam banjir.',
    [
      ['Bui Quang Thanh', 'lieutenant-colonel'],
      ['Vu Hong Son', 'major-general'],
    ],
  ],
  [
    'id',
    'e',
    'Komandan penjaga perbatasan, Kolonel Hoang Anh Dung, mengatakan patroli telah ditingkatkan.',
    [['Hoang Anh Dung', 'colonel']],
  ],
  [
    'ms',
    'a',
    'Lt Kol Bui Quang Thanh dan Mej Jen Vu Hong Son melawat kampung yang dilanda banjir.',
    [
      ['Bui Quang Thanh', 'lieutenant-colonel'],
      ['Vu Hong Son', 'major-general'],
    ],
  ],
  [
    'ms',
    'e',
    'Komander pengawal sempadan, Kolonel Hoang Anh Dung, berkata rondaan telah dipertingkatkan.',
    [['Hoang Anh Dung', 'colonel']],
  ],
  [
    'pl',
    'c',
    'Funkcjonariusze pod dowództwem płk. Bui Quang Thanha zatrzymali trzech podejrzanych.',
    [['Bui Quang Thanh', 'colonel']],
  ],
  [
    'pl',
    'e',
    'Komendant straży granicznej płk Hoang Anh Dung poinformował o podwojeniu patroli.',
    [['Hoang Anh Dung', 'colonel']],
  ],
  [
    'cs',
    'c',
    'Policisté pod velením plk. Bui Quang Thanha zadrželi tři podezřelé.',
    [['Bui Quang Thanh', 'colonel']],
  ],
  [
    'cs',
    'e',
    'Velitel pohraniční stráže plukovník Hoang Anh Dung oznámil zdvojnásobení hlídek.',
    [['Hoang Anh Dung', 'colonel']],
  ],
  [
    'ru',
    'c',
    'Начальнику полиции провинции полковнику Буй Куанг Тханю доложили о задержании.',
    [['Буй Куанг Тхань', 'colonel']],
  ],
  [
    'ru',
    'e',
    'Командир пограничной охраны провинции полковник Хоанг Ань Зунг сообщил, что патрули удвоены.',
    [['Хоанг Ань Зунг', 'colonel']],
  ],
  ['ru', 'n', 'Задержанный Хоанг Ван Ту, 28 лет, доставлен в отделение полиции Хошимина.', []],
  [
    'zh',
    'a',
    '上校裴光成和大尉武鸿山赶赴滑坡现场。',
    [
      ['裴光成', 'colonel'],
      ['武鸿山', 'captain'],
    ],
  ],
  ['zh', 'c', '胡志明市公安局局长黄英勇中将向全体干警拜年。', [['黄英勇', 'lieutenant-general']]],
  ['zh', 'e', '边防部队指挥长黄英勇大校说，巡逻力度已加倍。', [['黄英勇', 'colonel']]],
  ['zh', 'n', '甲辰年春节前，被告人黄文秀（28岁）在胡志明市被捕。', []],
  [
    'ja',
    'a',
    'ブイ・クアン・タイン中佐とヴー・ホン・ソン大尉が地滑りの現場に駆けつけた。',
    [
      ['ブイ・クアン・タイン', 'lieutenant-colonel'],
      ['ヴー・ホン・ソン', 'captain'],
    ],
  ],
  [
    'ja',
    'c',
    'ホーチミン市警察のホアン・アイン・ズン局長（中将）は職員を激励した。',
    [['ホアン・アイン・ズン', 'lieutenant-general']],
  ],
  [
    'ja',
    'e',
    '国境警備隊のホアン・アイン・ズン司令官は、パトロールを倍増したと述べた。',
    [['ホアン・アイン・ズン', null]],
  ],
  [
    'ko',
    'a',
    '부이꽝타인 중령과 부홍선 대위가 산사태 현장에 출동했다.',
    [
      ['부이꽝타인', 'lieutenant-colonel'],
      ['부홍선', 'captain'],
    ],
  ],
  [
    'ko',
    'c',
    '호찌민시 공안국장인 호앙 아인 중 중장은 직원들을 격려했다.',
    [['호앙 아인 중', 'lieutenant-general']],
  ],
  ['ko', 'e', '국경수비대 호앙 아인 중 사령관은 순찰을 두 배로 늘렸다고 말했다.', [['호앙 아인 중', null]]],
  [
    'th',
    'a',
    'พ.ต.อ. บุ่ย กวาง ถั่ญ และ ร.ต.อ. หวู ห่ง เซิน ลงพื้นที่ดินถล่ม',
    [
      ['บุ่ย กวาง ถั่ญ', 'colonel'],
      ['หวู ห่ง เซิน', 'captain'],
    ],
  ],
  [
    'th',
    'e',
    'พันเอก หว่าง อัญ สุ่ง ผู้บัญชาการหน่วยรักษาชายแดน กล่าวว่าได้เพิ่มการลาดตระเวนเป็นสองเท่า',
    [['หว่าง อัญ สุ่ง', 'colonel']],
  ],
  // ── Third batch (written after the first fixes, probing further forms; first reading 18/20) ──
  [
    'ru',
    'b',
    'Об этом сообщил начальник управления полиции провинции Тханьхоа полковник Нгуен Ван Лонг.',
    [['Нгуен Ван Лонг', 'colonel']],
  ],
  ['ru', 'a', 'Расследование возглавил полковник полиции Ле Ван Нам.', [['Ле Ван Нам', 'colonel']]],
  [
    'ru',
    'd',
    '«Мы усилим патрули», — заявил начальник пограничной заставы подполковник Чан Ван Минь.',
    [['Чан Ван Минь', 'lieutenant-colonel']],
  ],
  [
    'ru',
    'e',
    'Замминистра общественной безопасности Вьетнама генерал-лейтенант Ле Куок Хунг провёл совещание.',
    [['Ле Куок Хунг', 'lieutenant-general']],
  ],
  [
    'pl',
    'd',
    'Jak poinformował rzecznik policji prowincji Quang Ninh ppłk Nguyen Van Long, zatrzymano trzech mężczyzn.',
    [['Nguyen Van Long', 'lieutenant-colonel']],
  ],
  [
    'de',
    'b',
    'Der Leiter der Grenzschutzstation, Oberstleutnant Tran Van Minh, sagte, man habe 5 Schmuggler gefasst.',
    [['Tran Van Minh', 'lieutenant-colonel']],
  ],
  [
    'de',
    'a',
    'Polizeioberst Nguyen Van Long, Chef der Kriminalpolizei der Provinz, bestätigte die Festnahmen.',
    [['Nguyen Van Long', 'colonel']],
  ],
  ['vi', 'n', 'Tết Giáp Thìn, Đại tá Lê Văn Nam thăm hỏi cán bộ chiến sĩ.', [['Lê Văn Nam', 'colonel']]],
  ['vi', 'b', 'Đ/c Nguyễn Văn Long, Phó Bí thư Tỉnh ủy, phát biểu chỉ đạo.', [['Nguyễn Văn Long', null]]],
  [
    'vi',
    'd',
    'Theo Thiếu tá Nguyễn Thị Thu Hà - Phó Trưởng phòng CSGT, vụ tai nạn xảy ra lúc 3h sáng.',
    [['Nguyễn Thị Thu Hà', 'major']],
  ],
  [
    'vi',
    'e',
    'Đại úy Lò Văn Pấu, cán bộ Đồn Biên phòng Na Mèo, cho biết đã bắt giữ 2 đối tượng.',
    [['Lò Văn Pấu', 'captain']],
  ],
  ['vi', 'n', 'Bị cáo Nguyễn Văn Lộc, cựu Trung tá Công an huyện, bị tuyên phạt 10 năm tù.', []],
  ['th', 'a', 'พ.ต.อ.เหงียน วัน ลอง ผู้กำกับการตำรวจ กล่าวว่าจับกุมผู้ต้องหาได้ 3 คน', [['เหงียน วัน ลอง', 'colonel']]],
  ['th', 'a', 'ร.ต.อ.เล วัน นาม เปิดเผยว่าไฟไหม้เริ่มจากห้องครัว', [['เล วัน นาม', 'captain']]],
  ['th', 'b', 'นายเหงียน วัน ลอง รองผู้ว่าราชการจังหวัด ให้สัมภาษณ์ว่ามีผู้เสียชีวิต 2 ราย', [['เหงียน วัน ลอง', null]]],
  [
    'th',
    'e',
    'นายเจิ่น วัน มินห์ รองโฆษกกระทรวงความมั่นคงสาธารณะ แถลงว่าได้ยึดยาเสพติดจำนวนมาก',
    [['เจิ่น วัน มินห์', null]],
  ],
  ['th', 'n', 'นายเหงียน วัน อาน รองหัวหน้าแก๊งค้ายา ถูกจับกุมพร้อมยาบ้า 5,000 เม็ด', []],
  ['ko', 'n', '갑진년 설을 앞두고 용의자 쩐 반 떤(41)이 호찌민시에서 붙잡혔다.', []],
  ['ja', 'n', 'ホーチミン市のグエン・バン・アン社長（52）が逮捕された。', []],
  ['en', 'n', 'Police in Ho Chi Minh City said the suspect, Tran Van Tan, 41, confessed.', []],
];

/** Cells the engine does not read yet (id → why). */
const KNOWN_FAILING: Record<string, string> = {
  'ro-c2':
    'ro formerWords "fost*" takes the passive "a fost" (has been) two words before the office for "former": no person',
};

interface Case {
  id: string;
  lang: string;
  construct: Construct;
  text: string;
  expect: Expected;
}

/** Case ids: language, construct and the cell's number within them ("ru-c2"). */
export const CASES: Case[] = (() => {
  const seen = new Map<string, number>();
  return ROWS.map(([lang, construct, text, expect]) => {
    const n = (seen.get(lang + construct) ?? 0) + 1;
    seen.set(lang + construct, n);
    return { id: `${lang}-${construct}${n}`, lang, construct, text, expect };
  });
})();

/** Names compared as the scorer does: folded, letters and digits only ("Nguyễn Văn Long" = "Nguyen Van Long"). */
const key = (name: string): string => fold(name).replace(/[^\p{L}\p{N}]/gu, '');

function read(text: string, language: string): string[] {
  const doc: Document = { body: text, folded: fold(text), sentences: splitSentences(text), language };
  return findPeople(doc, { isPlaceName, isNamesake, isLocalityName })
    .map((p) => `${key(p.name)}|${p.rank}`)
    .sort();
}

const expected = (e: Expected): string[] => e.map(([name, rank]) => `${key(name)}|${rank}`).sort();

describe('People construct × language matrix (invented sentences)', () => {
  runMatrix(
    CASES.map((c) => ({
      id: c.id,
      name: `${c.id}: ${c.text}`,
      check: () => expect(read(c.text, c.lang)).toEqual(expected(c.expect)),
    })),
    KNOWN_FAILING,
  );
});
