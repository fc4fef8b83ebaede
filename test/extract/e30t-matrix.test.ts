/**
 * Construct × language matrix for figure topics (session 30, e30t). Every sentence was written for this
 * file from how police, drug, smuggling, fire, traffic and disaster news about Vietnam is written in each
 * lexicon language (never copied from an article). Constructs:
 * - a: the article's subject decides figures that do not name it (a drug bust's arrests are drugs');
 * - b: a figure whose own sentence names another subject than the article's (guns found in a drug bust);
 * - c: background and administrative figures in a crime story (population, rewards, propaganda sessions);
 * - d: ambiguous cue words that must not decide alone (a gun's fire, drug "trafficking", online gambling);
 * - e: each topic with its own agencies and verbs (disasters are `other`).
 * Expectations follow tuning.gold.json's conventions. A cell the engine misses is listed in KNOWN_FAILING
 * (run as it.fails) with the reason, so the matrix is an honest reading of the engine on unseen text.
 */
import { describe, expect } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';
import { runMatrix } from '../support/matrix.js';

type Construct = 'a' | 'b' | 'c' | 'd' | 'e';
interface Cell {
  readonly lang: string;
  readonly construct: Construct;
  readonly text: string;
  /**
   * Each expected figure as [value, topic]: a figure of that value must be read with that topic ("a|b" where
   * the gold conventions leave both open, e.g. people hurt in a shooting: crime or weapons, never fire).
   */
  readonly expect: readonly (readonly [number, string])[];
}

const CELLS: Cell[] = [];
function cells(
  lang: string,
  construct: Construct,
  ...rows: [string, ...(readonly [number, string])[]][]
): void {
  for (const [text, ...expected] of rows) CELLS.push({ lang, construct, text, expect: expected });
}

// English (VNA / VnExpress International / VOV World style)
cells(
  'en',
  'a',
  [
    'Drug ring busted in Quang Ninh\nPolice seized 3 kg of heroin and 2,000 synthetic pills. Officers arrested five people at the scene.',
    [3, 'drugs'],
    [2000, 'drugs'],
    [5, 'drugs'],
  ],
  [
    'Sugar smuggling foiled in An Giang\nBorder guards stopped 4 boats and detained 6 crew members.',
    [4, 'smuggling'],
    [6, 'smuggling'],
  ],
  [
    'Fire guts warehouse in Binh Duong\nThe blaze destroyed 2 workshops. Firefighters rescued 7 workers.',
    [2, 'fire'],
    [7, 'fire'],
  ],
);
cells(
  'en',
  'b',
  [
    'Heroin ring dismantled in Son La\nPolice seized 12 bricks of heroin. In the house officers also found 2 guns and 15 bullets.',
    [12, 'drugs'],
    [2, 'weapons'],
    [15, 'weapons'],
  ],
  [
    'Crash kills two in Nghe An\nA truck hit a motorbike on National Highway 1, killing 2 people. In another case, police detained 3 suspects over a fight at a karaoke bar.',
    [2, 'traffic'],
    [3, 'crime'],
  ],
  [
    'Counterfeit goods seized in Lang Son\nMarket surveillance officers seized 5,000 fake handbags. They also found 20 grams of methamphetamine in the truck.',
    [5000, 'smuggling'],
    [0.02, 'drugs'],
  ],
);
cells(
  'en',
  'c',
  [
    'Police step up drug fight in Dien Bien\nThe province has 600,000 inhabitants. This year police handled 85 drug cases.',
    [600000, 'population'],
    [85, 'drugs'],
  ],
  [
    'Task force rewarded\nThe provincial chairman awarded the task force 50 million VND for seizing 40 kg of meth.',
    [50000000, 'awards'],
    [40, 'drugs'],
  ],
  [
    'Drug prevention campaign in Lai Chau\nPolice held 120 propaganda sessions on drug prevention for 9,000 residents.',
    [120, 'propaganda'],
    [9000, 'propaganda'],
  ],
);
cells(
  'en',
  'd',
  [
    'Gunman opens fire at cafe in Hai Phong\nThe man fired at customers, injuring 2 people. Police seized 1 pistol and 6 bullets.',
    [2, 'crime|weapons'],
    [6, 'weapons'],
  ],
  [
    'Drug trafficking ring busted in Thanh Hoa\nPolice arrested 9 people for drug trafficking and seized 7 kg of crystal meth.',
    [9, 'drugs'],
    [7, 'drugs'],
  ],
  [
    'Online gambling ring busted in Da Nang\nPolice arrested 14 people who ran an online gambling site with bets worth 30 billion VND.',
    [14, 'crime'],
    [30000000000, 'crime'],
  ],
);
cells(
  'en',
  'e',
  [
    'Flash floods hit Yen Bai\nFlash floods and landslides killed 6 people and left 4 missing. Rescuers evacuated 300 households.',
    [6, 'other'],
    [4, 'other'],
    [300, 'other'],
  ],
  [
    'Investment app scam uncovered\nCyber security police arrested 3 people who defrauded 200 victims through a fake trading app.',
    [3, 'cyber'],
    [200, 'cyber'],
  ],
  [
    'Illegal firecrackers seized in Bac Giang\nPolice stopped a car carrying 60 kg of firecrackers and detained 2 people.',
    [60, 'fireworks'],
    [2, 'fireworks'],
  ],
);

// French (Le Courrier du Vietnam / VNA, Nhân Dân en français)
cells(
  'fr',
  'a',
  [
    "Démantèlement d'un réseau de drogue à Hà Tinh\nLa police a saisi 4 kg d'héroïne et 3.000 comprimés. Six suspects ont été arrêtés.",
    [4, 'drugs'],
    [3000, 'drugs'],
    [6, 'drugs'],
  ],
  [
    'Contrebande de cigarettes à Tây Ninh\nLes gardes-frontières ont intercepté 2 camions et saisi 8.000 paquets.',
    [2, 'smuggling'],
    [8000, 'smuggling'],
  ],
  [
    "Incendie d'une usine à Dông Nai\nLe sinistre a détruit trois entrepôts. Les pompiers ont évacué 150 ouvriers.",
    [3, 'fire'],
    [150, 'fire'],
  ],
);
cells(
  'fr',
  'b',
  [
    "Trafic de drogue à Diên Biên\nLa police a saisi 10 pains d'héroïne. Elle a aussi découvert deux fusils et 30 cartouches.",
    [10, 'drugs'],
    [2, 'weapons'],
    [30, 'weapons'],
  ],
  [
    'Accident de la route à Quang Nam\nUne collision entre un autocar et un camion a fait 3 morts. Par ailleurs, la police a arrêté 4 individus pour une bagarre.',
    [3, 'traffic'],
    [4, 'crime'],
  ],
  [
    'Marchandises de contrebande saisies à Lang Son\nLes douaniers ont saisi 2.000 montres contrefaites. Ils ont aussi trouvé 50 grammes de méthamphétamine.',
    [2000, 'smuggling'],
    [0.05, 'drugs'],
  ],
);
cells(
  'fr',
  'c',
  [
    "Lutte antidrogue à Son La\nLa province compte 1,2 million d'habitants. La police a démantelé 40 réseaux de drogue cette année.",
    [1200000, 'population'],
    [40, 'drugs'],
  ],
  [
    "Récompense pour les policiers\nLe président du comité populaire a accordé 30 millions de dongs à l'équipe qui a saisi 25 kg de drogue.",
    [30000000, 'awards'],
    [25, 'drugs'],
  ],
  [
    'Sensibilisation contre la drogue\nLa police a organisé 80 séances de sensibilisation à la prévention de la drogue pour 5.000 habitants.',
    [80, 'propaganda'],
    [5000, 'propaganda'],
  ],
);
cells(
  'fr',
  'd',
  [
    'Fusillade à Thai Nguyên\nUn homme a ouvert le feu sur un café, blessant deux clients. La police a saisi un pistolet et 8 balles.',
    [2, 'crime|weapons'],
    [8, 'weapons'],
  ],
  [
    'Trafic de stupéfiants à Quang Tri\nLa police a arrêté 7 personnes pour trafic de stupéfiants et saisi 5 kg de méthamphétamine.',
    [7, 'drugs'],
    [5, 'drugs'],
  ],
  [
    "Jeux d'argent en ligne\nLa police a arrêté 12 personnes qui géraient un site de paris en ligne de 20 milliards de dongs.",
    [12, 'crime'],
    [20000000000, 'crime'],
  ],
);
cells(
  'fr',
  'e',
  [
    'Inondations à Ha Giang\nLes crues et les glissements de terrain ont fait 5 morts et 3 disparus. 200 maisons ont été inondées.',
    [5, 'other'],
    [3, 'other'],
    [200, 'other'],
  ],
  [
    'Escroquerie en ligne démantelée\nLa police de la cybersécurité a arrêté 4 personnes qui ont escroqué 300 victimes sur les réseaux sociaux.',
    [4, 'cyber'],
    [300, 'cyber'],
  ],
  [
    'Saisie de pétards à Bac Ninh\nLa police a intercepté une voiture transportant 80 kg de pétards et arrêté 2 personnes.',
    [80, 'fireworks'],
    [2, 'fireworks'],
  ],
);

// German (dpa / VOV Deutsch / Vietnam.vn style)
cells(
  'de',
  'a',
  [
    'Drogenring in Quang Ninh zerschlagen\nDie Polizei beschlagnahmte 6 kg Heroin und 4.000 Pillen. Acht Verdächtige wurden festgenommen.',
    [6, 'drugs'],
    [4000, 'drugs'],
    [8, 'drugs'],
  ],
  [
    'Schmuggel an der Grenze zu Kambodscha\nGrenzschützer stoppten 3 Boote und nahmen 5 Männer fest.',
    [3, 'smuggling'],
    [5, 'smuggling'],
  ],
  [
    'Großbrand in Lagerhalle in Binh Duong\nDas Feuer zerstörte zwei Hallen. Die Feuerwehr rettete 12 Arbeiter.',
    [2, 'fire'],
    [12, 'fire'],
  ],
);
cells(
  'de',
  'b',
  [
    'Drogenrazzia in Son La\nDie Polizei stellte 15 Päckchen Heroin sicher. Im Haus fanden die Beamten außerdem 3 Gewehre und 40 Patronen.',
    [15, 'drugs'],
    [3, 'weapons'],
    [40, 'weapons'],
  ],
  [
    'Schwerer Verkehrsunfall in Nghe An\nBei dem Zusammenstoß eines Busses mit einem Lkw starben 4 Menschen. In einem anderen Fall nahm die Polizei 2 Männer nach einer Schlägerei fest.',
    [4, 'traffic'],
    [2, 'crime'],
  ],
  [
    'Gefälschte Waren in Lang Son beschlagnahmt\nDie Marktaufsicht beschlagnahmte 3.000 gefälschte Taschen. Im Lkw fanden die Beamten zudem 30 Gramm Crystal Meth.',
    [3000, 'smuggling'],
    [0.03, 'drugs'],
  ],
);
cells(
  'de',
  'c',
  [
    'Kampf gegen Drogen in Dien Bien\nDie Provinz hat rund 600.000 Einwohner. In diesem Jahr deckte die Polizei 90 Drogendelikte auf.',
    [600000, 'population'],
    [90, 'drugs'],
  ],
  [
    'Belohnung für Ermittler\nDer Vorsitzende des Volkskomitees zeichnete die Einheit mit 20 Millionen VND aus, nachdem sie 18 kg Drogen sichergestellt hatte.',
    [20000000, 'awards'],
    [18, 'drugs'],
  ],
  [
    'Aufklärung über Drogen in Lai Chau\nDie Polizei veranstaltete 60 Aufklärungsveranstaltungen zur Drogenprävention für 4.000 Einwohner.',
    [60, 'propaganda'],
    [4000, 'propaganda'],
  ],
);
cells(
  'de',
  'd',
  [
    'Schüsse in einem Café in Hai Phong\nEin Mann eröffnete das Feuer und verletzte zwei Gäste. Die Polizei beschlagnahmte eine Pistole und 5 Patronen.',
    [2, 'crime|weapons'],
    [5, 'weapons'],
  ],
  [
    'Drogenhandel in Thanh Hoa\nDie Polizei nahm 11 Personen wegen Drogenhandels fest und stellte 9 kg Methamphetamin sicher.',
    [11, 'drugs'],
    [9, 'drugs'],
  ],
  [
    'Illegales Online-Glücksspiel\nDie Polizei nahm 16 Personen fest, die eine Online-Glücksspielseite mit Einsätzen von 40 Milliarden VND betrieben.',
    [16, 'crime'],
    [40000000000, 'crime'],
  ],
);
cells(
  'de',
  'e',
  [
    'Sturzfluten in Yen Bai\nÜberschwemmungen und Erdrutsche töteten 7 Menschen, 2 werden vermisst. 500 Häuser wurden überflutet.',
    [7, 'other'],
    [2, 'other'],
    [500, 'other'],
  ],
  [
    'Online-Betrug aufgedeckt\nDie Cyberpolizei nahm 5 Personen fest, die 400 Opfer über eine gefälschte App betrogen hatten.',
    [5, 'cyber'],
    [400, 'cyber'],
  ],
  [
    'Feuerwerkskörper in Bac Giang beschlagnahmt\nDie Polizei stoppte ein Auto mit 70 kg Feuerwerkskörpern und nahm 2 Männer fest.',
    [70, 'fireworks'],
    [2, 'fireworks'],
  ],
);

// Spanish (Vietnam+ / VNA en español)
cells(
  'es',
  'a',
  [
    'Desarticulan red de drogas en Quang Ninh\nLa policía incautó 5 kilos de heroína y 6.000 pastillas. Fueron detenidas siete personas.',
    [5, 'drugs'],
    [6000, 'drugs'],
    [7, 'drugs'],
  ],
  [
    'Contrabando en la frontera de An Giang\nLos guardias fronterizos interceptaron 3 lanchas y detuvieron a 9 tripulantes.',
    [3, 'smuggling'],
    [9, 'smuggling'],
  ],
  [
    'Incendio en una fábrica de Dong Nai\nEl fuego destruyó dos naves. Los bomberos rescataron a 20 trabajadores.',
    [2, 'fire'],
    [20, 'fire'],
  ],
);
cells(
  'es',
  'b',
  [
    'Golpe al narcotráfico en Son La\nLa policía incautó 20 panes de heroína. En la vivienda también hallaron 2 fusiles y 50 balas.',
    [20, 'drugs'],
    [2, 'weapons'],
    [50, 'weapons'],
  ],
  [
    'Accidente de tráfico en Quang Nam\nEl choque entre un autobús y un camión dejó 5 muertos. En otro caso, la policía detuvo a 3 sospechosos por una pelea.',
    [5, 'traffic'],
    [3, 'crime'],
  ],
  [
    'Incautan mercancías falsificadas en Lang Son\nLos inspectores incautaron 4.000 bolsos falsificados. También encontraron 40 gramos de metanfetamina en el camión.',
    [4000, 'smuggling'],
    [0.04, 'drugs'],
  ],
);
cells(
  'es',
  'c',
  [
    'Lucha antidroga en Dien Bien\nLa provincia tiene 620.000 habitantes. Este año la policía descubrió 70 casos de drogas.',
    [620000, 'population'],
    [70, 'drugs'],
  ],
  [
    'Premian a la unidad antidroga\nEl presidente del comité popular otorgó 25 millones de dongs a la unidad que incautó 30 kilos de droga.',
    [25000000, 'awards'],
    [30, 'drugs'],
  ],
  [
    'Campaña contra las drogas en Lai Chau\nLa policía organizó 90 sesiones de divulgación sobre la prevención de drogas para 6.000 vecinos.',
    [90, 'propaganda'],
    [6000, 'propaganda'],
  ],
);
cells(
  'es',
  'd',
  [
    'Tiroteo en una cafetería de Hai Phong\nUn hombre abrió fuego contra los clientes e hirió a dos personas. La policía incautó una pistola y 7 balas.',
    [2, 'crime|weapons'],
    [7, 'weapons'],
  ],
  [
    'Tráfico de drogas en Thanh Hoa\nLa policía detuvo a 8 personas por tráfico de drogas e incautó 6 kilos de metanfetamina.',
    [8, 'drugs'],
    [6, 'drugs'],
  ],
  [
    'Apuestas en línea\nLa policía detuvo a 15 personas que gestionaban un sitio de apuestas en línea por 25.000 millones de dongs.',
    [15, 'crime'],
    [25000000000, 'crime'],
  ],
);
cells(
  'es',
  'e',
  [
    'Inundaciones en Ha Giang\nLas inundaciones y los deslizamientos de tierra dejaron 8 muertos y 3 desaparecidos. Unas 400 viviendas quedaron anegadas.',
    [8, 'other'],
    [3, 'other'],
    [400, 'other'],
  ],
  [
    'Estafa en línea desmantelada\nLa policía de ciberseguridad detuvo a 6 personas que estafaron a 500 víctimas mediante una aplicación falsa.',
    [6, 'cyber'],
    [500, 'cyber'],
  ],
  [
    'Incautan petardos en Bac Ninh\nLa policía interceptó un coche con 90 kilos de petardos y detuvo a 2 personas.',
    [90, 'fireworks'],
    [2, 'fireworks'],
  ],
);

// Italian (ANSA / Vietnam+ style)
cells(
  'it',
  'a',
  [
    'Smantellata rete della droga a Quang Ninh\nLa polizia ha sequestrato 8 kg di eroina e 5.000 pasticche. Sono state arrestate sei persone.',
    [8, 'drugs'],
    [5000, 'drugs'],
    [6, 'drugs'],
  ],
  [
    'Contrabbando al confine di An Giang\nLe guardie di frontiera hanno fermato 2 barche e arrestato 4 uomini.',
    [2, 'smuggling'],
    [4, 'smuggling'],
  ],
  [
    'Incendio in una fabbrica a Binh Duong\nLe fiamme hanno distrutto tre capannoni. I vigili del fuoco hanno salvato 15 operai.',
    [3, 'fire'],
    [15, 'fire'],
  ],
);
cells(
  'it',
  'b',
  [
    'Blitz antidroga a Son La\nLa polizia ha sequestrato 9 panetti di eroina. Nella casa sono stati trovati anche 2 fucili e 25 proiettili.',
    [9, 'drugs'],
    [2, 'weapons'],
    [25, 'weapons'],
  ],
  [
    'Incidente stradale a Nghe An\nLo scontro tra un autobus e un camion ha causato 3 morti. In un altro caso la polizia ha fermato 4 giovani per una rissa.',
    [3, 'traffic'],
    [4, 'crime'],
  ],
  [
    'Merce contraffatta sequestrata a Lang Son\nGli ispettori hanno sequestrato 6.000 borse contraffatte. Nel camion hanno trovato anche 35 grammi di metanfetamina.',
    [6000, 'smuggling'],
    [0.035, 'drugs'],
  ],
);
cells(
  'it',
  'c',
  [
    "Lotta alla droga a Dien Bien\nLa provincia conta 600.000 abitanti. Quest'anno la polizia ha scoperto 75 casi di droga.",
    [600000, 'population'],
    [75, 'drugs'],
  ],
  [
    'Premiati gli agenti\nIl presidente del comitato popolare ha consegnato un premio di 40 milioni di dong alla squadra che ha sequestrato 22 kg di droga.',
    [40000000, 'awards'],
    [22, 'drugs'],
  ],
  [
    'Campagna antidroga a Lai Chau\nLa polizia ha organizzato 50 incontri di sensibilizzazione sulla prevenzione della droga per 3.000 abitanti.',
    [50, 'propaganda'],
    [3000, 'propaganda'],
  ],
);
cells(
  'it',
  'd',
  [
    'Sparatoria in un bar di Hai Phong\nUn uomo ha aperto il fuoco ferendo due clienti. La polizia ha sequestrato una pistola e 9 proiettili.',
    [2, 'crime|weapons'],
    [9, 'weapons'],
  ],
  [
    'Traffico di droga a Thanh Hoa\nLa polizia ha arrestato 10 persone per traffico di droga e sequestrato 4 kg di metanfetamina.',
    [10, 'drugs'],
    [4, 'drugs'],
  ],
  [
    'Scommesse online\nLa polizia ha arrestato 13 persone che gestivano un sito di scommesse online con puntate per 15 miliardi di dong.',
    [13, 'crime'],
    [15000000000, 'crime'],
  ],
);
cells(
  'it',
  'e',
  [
    'Alluvioni a Yen Bai\nLe alluvioni e le frane hanno causato 9 morti e 2 dispersi. Oltre 300 case sono state allagate.',
    [9, 'other'],
    [2, 'other'],
    [300, 'other'],
  ],
  [
    'Truffa informatica scoperta\nLa polizia informatica ha arrestato 4 persone che avevano truffato 250 vittime con una falsa app.',
    [4, 'cyber'],
    [250, 'cyber'],
  ],
  [
    "Sequestrati petardi a Bac Giang\nLa polizia ha fermato un'auto con 50 kg di petardi e arrestato 2 persone.",
    [50, 'fireworks'],
    [2, 'fireworks'],
  ],
);

// Portuguese (Vietnam+ em português, VOV)
cells(
  'pt',
  'a',
  [
    'Rede de droga desmantelada em Quang Ninh\nA polícia apreendeu 7 kg de heroína e 9.000 comprimidos. Foram presas cinco pessoas.',
    [7, 'drugs'],
    [9000, 'drugs'],
    [5, 'drugs'],
  ],
  [
    'Contrabando na fronteira de An Giang\nOs guardas de fronteira intercetaram 4 barcos e detiveram 7 tripulantes.',
    [4, 'smuggling'],
    [7, 'smuggling'],
  ],
  [
    'Incêndio numa fábrica em Dong Nai\nO fogo destruiu dois armazéns. Os bombeiros resgataram 30 trabalhadores.',
    [2, 'fire'],
    [30, 'fire'],
  ],
);
cells(
  'pt',
  'b',
  [
    'Operação antidrogas em Son La\nA polícia apreendeu 11 tabletes de heroína. Na casa foram encontradas também 3 espingardas e 60 munições.',
    [11, 'drugs'],
    [3, 'weapons'],
    [60, 'weapons'],
  ],
  [
    'Acidente de trânsito em Quang Nam\nA colisão entre um ônibus e um caminhão deixou 4 mortos. Em outro caso, a polícia prendeu 3 suspeitos por uma briga.',
    [4, 'traffic'],
    [3, 'crime'],
  ],
  [
    'Mercadorias falsificadas em Lang Son\nOs fiscais apreenderam 7.000 bolsas falsificadas. No caminhão encontraram ainda 45 gramas de metanfetamina.',
    [7000, 'smuggling'],
    [0.045, 'drugs'],
  ],
);
cells(
  'pt',
  'c',
  [
    'Combate às drogas em Dien Bien\nA província tem 600 mil habitantes. Este ano a polícia descobriu 65 casos de drogas.',
    [600000, 'population'],
    [65, 'drugs'],
  ],
  [
    'Unidade premiada\nO presidente do comitê popular concedeu 35 milhões de dongues à equipe que apreendeu 28 kg de droga.',
    [35000000, 'awards'],
    [28, 'drugs'],
  ],
  [
    'Campanha antidrogas em Lai Chau\nA polícia realizou 70 sessões de sensibilização sobre a prevenção das drogas para 4.500 moradores.',
    [70, 'propaganda'],
    [4500, 'propaganda'],
  ],
);
cells(
  'pt',
  'd',
  [
    'Tiroteio num café de Hai Phong\nUm homem abriu fogo contra os clientes e feriu duas pessoas. A polícia apreendeu uma pistola e 10 balas.',
    [2, 'crime|weapons'],
    [10, 'weapons'],
  ],
  [
    'Tráfico de drogas em Thanh Hoa\nA polícia prendeu 6 pessoas por tráfico de drogas e apreendeu 3 kg de metanfetamina.',
    [6, 'drugs'],
    [3, 'drugs'],
  ],
  [
    'Apostas online\nA polícia prendeu 17 pessoas que geriam um site de apostas online com 12 bilhões de dongues em apostas.',
    [17, 'crime'],
    [12000000000, 'crime'],
  ],
);
cells(
  'pt',
  'e',
  [
    'Enchentes em Ha Giang\nAs enchentes e os deslizamentos de terra deixaram 6 mortos e 2 desaparecidos. Cerca de 350 casas ficaram inundadas.',
    [6, 'other'],
    [2, 'other'],
    [350, 'other'],
  ],
  [
    'Golpe online desmantelado\nA polícia de cibersegurança prendeu 5 pessoas que enganaram 600 vítimas com um aplicativo falso.',
    [5, 'cyber'],
    [600, 'cyber'],
  ],
  [
    'Apreensão de fogos de artifício em Bac Ninh\nA polícia parou um carro com 40 kg de fogos de artifício e prendeu 2 pessoas.',
    [40, 'fireworks'],
    [2, 'fireworks'],
  ],
);

// Polish (PAP / Vietnam+ po polsku style)
cells(
  'pl',
  'a',
  [
    'Rozbito siatkę narkotykową w Quang Ninh\nPolicja zabezpieczyła 4 kg heroiny i 3 tys. tabletek. Zatrzymano pięć osób.',
    [4, 'drugs'],
    [3000, 'drugs'],
    [5, 'drugs'],
  ],
  [
    'Przemyt na granicy w An Giang\nStraż graniczna zatrzymała 3 łodzie i 6 członków załogi.',
    [3, 'smuggling'],
    [6, 'smuggling'],
  ],
  [
    'Pożar fabryki w Binh Duong\nOgień strawił dwie hale. Strażacy uratowali 18 pracowników.',
    [2, 'fire'],
    [18, 'fire'],
  ],
);
cells(
  'pl',
  'b',
  [
    'Akcja antynarkotykowa w Son La\nPolicja przejęła 14 kostek heroiny. W domu znaleziono też 2 karabiny i 30 sztuk amunicji.',
    [14, 'drugs'],
    [2, 'weapons'],
    [30, 'weapons'],
  ],
  [
    'Wypadek drogowy w Nghe An\nW zderzeniu autobusu z ciężarówką zginęły 3 osoby. W innej sprawie policja zatrzymała 4 mężczyzn po bójce.',
    [3, 'traffic'],
    [4, 'crime'],
  ],
  [
    'Podrobione towary w Lang Son\nInspektorzy zarekwirowali 2500 podrobionych torebek. W ciężarówce znaleźli też 25 gramów metamfetaminy.',
    [2500, 'smuggling'],
    [0.025, 'drugs'],
  ],
);
cells(
  'pl',
  'c',
  [
    'Walka z narkotykami w Dien Bien\nProwincja liczy 600 tys. mieszkańców. W tym roku policja wykryła 55 przestępstw narkotykowych.',
    [600000, 'population'],
    [55, 'drugs'],
  ],
  [
    'Nagroda dla policjantów\nPrzewodniczący komitetu ludowego przyznał 20 mln VND zespołowi, który przejął 16 kg narkotyków.',
    [20000000, 'awards'],
    [16, 'drugs'],
  ],
  [
    'Kampania antynarkotykowa w Lai Chau\nPolicja zorganizowała 45 spotkań informacyjnych na temat zapobiegania narkomanii dla 2000 mieszkańców.',
    [45, 'propaganda'],
    [2000, 'propaganda'],
  ],
);
cells(
  'pl',
  'd',
  [
    'Strzelanina w kawiarni w Hai Phong\nMężczyzna otworzył ogień i ranił dwie osoby. Policja zabezpieczyła pistolet i 6 naboi.',
    [2, 'crime|weapons'],
    [6, 'weapons'],
  ],
  [
    'Handel narkotykami w Thanh Hoa\nPolicja zatrzymała 9 osób za handel narkotykami i przejęła 5 kg metamfetaminy.',
    [9, 'drugs'],
    [5, 'drugs'],
  ],
  [
    'Nielegalny hazard w internecie\nPolicja zatrzymała 12 osób prowadzących internetowy serwis hazardowy o obrotach 10 mld VND.',
    [12, 'crime'],
    [10000000000, 'crime'],
  ],
);
cells(
  'pl',
  'e',
  [
    'Powodzie w Yen Bai\nPowodzie i osuwiska zabiły 5 osób, 3 uznano za zaginione. Zalanych zostało 250 domów.',
    [5, 'other'],
    [3, 'other'],
    [250, 'other'],
  ],
  [
    'Oszustwo internetowe\nPolicja ds. cyberbezpieczeństwa zatrzymała 4 osoby, które oszukały 150 ofiar przez fałszywą aplikację.',
    [4, 'cyber'],
    [150, 'cyber'],
  ],
  [
    'Petardy przejęte w Bac Giang\nPolicja zatrzymała samochód przewożący 55 kg petard oraz 2 osoby.',
    [55, 'fireworks'],
    [2, 'fireworks'],
  ],
);

// Czech (ČTK style)
cells(
  'cs',
  'a',
  [
    'Policie rozbila drogový gang v Quang Ninh\nPolicisté zabavili 5 kg heroinu a 2 000 tablet. Zadrženo bylo šest lidí.',
    [5, 'drugs'],
    [2000, 'drugs'],
    [6, 'drugs'],
  ],
  [
    'Pašeráci na hranici v An Giang\nPohraničníci zastavili 2 čluny a zadrželi 5 mužů.',
    [2, 'smuggling'],
    [5, 'smuggling'],
  ],
  [
    'Požár továrny v Binh Duong\nOheň zničil dvě haly. Hasiči zachránili 14 dělníků.',
    [2, 'fire'],
    [14, 'fire'],
  ],
);
cells(
  'cs',
  'b',
  [
    'Protidrogová razie v Son La\nPolicie zabavila 13 cihel heroinu. V domě našla také 2 pušky a 20 nábojů.',
    [13, 'drugs'],
    [2, 'weapons'],
    [20, 'weapons'],
  ],
  [
    'Dopravní nehoda v Nghe An\nPři srážce autobusu s kamionem zemřeli 4 lidé. V jiném případě policie zadržela 3 muže kvůli rvačce.',
    [4, 'traffic'],
    [3, 'crime'],
  ],
  [
    'Padělky zabaveny v Lang Son\nInspektoři zabavili 3 000 padělaných kabelek. V kamionu našli také 15 gramů pervitinu.',
    [3000, 'smuggling'],
    [0.015, 'drugs'],
  ],
);
cells(
  'cs',
  'c',
  [
    'Boj proti drogám v Dien Bien\nProvincie má 600 000 obyvatel. Letos policie odhalila 60 drogových případů.',
    [600000, 'population'],
    [60, 'drugs'],
  ],
  [
    'Odměna pro policisty\nPředseda lidového výboru udělil odměnu 15 milionů VND týmu, který zabavil 12 kg drog.',
    [15000000, 'awards'],
    [12, 'drugs'],
  ],
  [
    'Osvěta proti drogám v Lai Chau\nPolicie uspořádala 40 osvětových besed o prevenci drog pro 2 500 obyvatel.',
    [40, 'propaganda'],
    [2500, 'propaganda'],
  ],
);
cells(
  'cs',
  'd',
  [
    'Střelba v kavárně v Hai Phong\nMuž zahájil palbu a zranil dva hosty. Policie zajistila pistoli a 7 nábojů.',
    [2, 'crime|weapons'],
    [7, 'weapons'],
  ],
  [
    'Obchod s drogami v Thanh Hoa\nPolicie zadržela 8 lidí kvůli obchodu s drogami a zabavila 4 kg metamfetaminu.',
    [8, 'drugs'],
    [4, 'drugs'],
  ],
  [
    'Nelegální online sázky\nPolicie zadržela 11 lidí, kteří provozovali online sázkový web s obratem 8 miliard VND.',
    [11, 'crime'],
    [8000000000, 'crime'],
  ],
);
cells(
  'cs',
  'e',
  [
    'Povodně v Yen Bai\nPovodně a sesuvy půdy zabily 6 lidí, 2 jsou pohřešováni. Zaplaveno bylo 200 domů.',
    [6, 'other'],
    [2, 'other'],
    [200, 'other'],
  ],
  [
    'Internetový podvod odhalen\nKybernetická policie zadržela 3 lidi, kteří podvedli 120 obětí přes falešnou aplikaci.',
    [3, 'cyber'],
    [120, 'cyber'],
  ],
  [
    'Zabavená pyrotechnika v Bac Giang\nPolicie zastavila auto se 45 kg zábavní pyrotechniky a zadržela 2 muže.',
    [45, 'fireworks'],
    [2, 'fireworks'],
  ],
);

// Dutch (ANP / NOS style)
cells(
  'nl',
  'a',
  [
    'Drugsbende opgerold in Quang Ninh\nDe politie nam 6 kilo heroïne en 2.500 pillen in beslag. Zeven verdachten werden opgepakt.',
    [6, 'drugs'],
    [2500, 'drugs'],
    [7, 'drugs'],
  ],
  [
    'Smokkel aan de grens bij An Giang\nGrenswachten hielden 3 boten aan en arresteerden 4 bemanningsleden.',
    [3, 'smuggling'],
    [4, 'smuggling'],
  ],
  [
    'Brand in fabriek in Binh Duong\nDe vlammen verwoestten twee loodsen. De brandweer redde 16 arbeiders.',
    [2, 'fire'],
    [16, 'fire'],
  ],
);
cells(
  'nl',
  'b',
  [
    'Drugsinval in Son La\nDe politie nam 12 blokken heroïne in beslag. In de woning vonden agenten ook 2 geweren en 35 kogels.',
    [12, 'drugs'],
    [2, 'weapons'],
    [35, 'weapons'],
  ],
  [
    'Verkeersongeluk in Nghe An\nBij een botsing tussen een bus en een vrachtwagen kwamen 3 mensen om. In een andere zaak hield de politie 5 jongeren aan na een vechtpartij.',
    [3, 'traffic'],
    [5, 'crime'],
  ],
  [
    'Namaakgoederen in beslag genomen in Lang Son\nInspecteurs namen 4.000 namaaktassen in beslag. In de vrachtwagen vonden ze ook 20 gram methamfetamine.',
    [4000, 'smuggling'],
    [0.02, 'drugs'],
  ],
);
cells(
  'nl',
  'c',
  [
    'Strijd tegen drugs in Dien Bien\nDe provincie telt 600.000 inwoners. Dit jaar ontdekte de politie 50 drugszaken.',
    [600000, 'population'],
    [50, 'drugs'],
  ],
  [
    'Beloning voor agenten\nDe voorzitter van het volkscomité kende 10 miljoen dong toe aan het team dat 14 kilo drugs in beslag nam.',
    [10000000, 'awards'],
    [14, 'drugs'],
  ],
  [
    'Voorlichting over drugs in Lai Chau\nDe politie hield 35 voorlichtingsbijeenkomsten over drugspreventie voor 1.800 bewoners.',
    [35, 'propaganda'],
    [1800, 'propaganda'],
  ],
);
cells(
  'nl',
  'd',
  [
    'Schietpartij in café in Hai Phong\nEen man opende het vuur en verwondde twee klanten. De politie nam een pistool en 4 kogels in beslag.',
    [2, 'crime|weapons'],
    [4, 'weapons'],
  ],
  [
    'Drugshandel in Thanh Hoa\nDe politie arresteerde 10 mensen voor drugshandel en nam 8 kilo methamfetamine in beslag.',
    [10, 'drugs'],
    [8, 'drugs'],
  ],
  [
    'Illegaal online gokken\nDe politie arresteerde 9 mensen die een online gokwebsite runden met inzetten van 5 miljard dong.',
    [9, 'crime'],
    [5000000000, 'crime'],
  ],
);
cells(
  'nl',
  'e',
  [
    'Overstromingen in Yen Bai\nOverstromingen en aardverschuivingen kostten 4 mensen het leven, 2 mensen worden vermist. 150 huizen liepen onder water.',
    [4, 'other'],
    [2, 'other'],
    [150, 'other'],
  ],
  [
    'Internetoplichting opgerold\nDe cyberpolitie arresteerde 3 mensen die 100 slachtoffers oplichtten via een nep-app.',
    [3, 'cyber'],
    [100, 'cyber'],
  ],
  [
    'Vuurwerk in beslag genomen in Bac Ninh\nDe politie hield een auto aan met 65 kilo vuurwerk en arresteerde 2 mannen.',
    [65, 'fireworks'],
    [2, 'fireworks'],
  ],
);

// Romanian (Agerpres / Vietnam+ style)
cells(
  'ro',
  'a',
  [
    'Rețea de droguri destructurată în Quang Ninh\nPoliția a confiscat 3 kg de heroină și 4.000 de pastile. Au fost reținute șase persoane.',
    [3, 'drugs'],
    [4000, 'drugs'],
    [6, 'drugs'],
  ],
  [
    'Contrabandă la granița din An Giang\nPolițiștii de frontieră au oprit 2 bărci și au reținut 5 membri ai echipajului.',
    [2, 'smuggling'],
    [5, 'smuggling'],
  ],
  [
    'Incendiu la o fabrică din Binh Duong\nFocul a distrus două hale. Pompierii au salvat 11 muncitori.',
    [2, 'fire'],
    [11, 'fire'],
  ],
);
cells(
  'ro',
  'b',
  [
    'Razie antidrog în Son La\nPoliția a confiscat 10 calupuri de heroină. În casă au fost găsite și 2 puști și 40 de cartușe.',
    [10, 'drugs'],
    [2, 'weapons'],
    [40, 'weapons'],
  ],
  [
    'Accident rutier în Nghe An\nÎn coliziunea dintre un autobuz și un camion au murit 3 persoane. Într-un alt caz, poliția a reținut 4 tineri după o bătaie.',
    [3, 'traffic'],
    [4, 'crime'],
  ],
  [
    'Mărfuri contrafăcute confiscate în Lang Son\nInspectorii au confiscat 5.000 de genți contrafăcute. În camion au găsit și 30 de grame de metamfetamină.',
    [5000, 'smuggling'],
    [0.03, 'drugs'],
  ],
);
cells(
  'ro',
  'c',
  [
    'Lupta împotriva drogurilor în Dien Bien\nProvincia are 600.000 de locuitori. Anul acesta poliția a descoperit 45 de cazuri de droguri.',
    [600000, 'population'],
    [45, 'drugs'],
  ],
  [
    'Polițiști recompensați\nPreședintele comitetului popular a acordat 30 de milioane de dongi echipei care a confiscat 20 kg de droguri.',
    [30000000, 'awards'],
    [20, 'drugs'],
  ],
  [
    'Campanie antidrog în Lai Chau\nPoliția a organizat 55 de sesiuni de informare despre prevenirea consumului de droguri pentru 3.500 de localnici.',
    [55, 'propaganda'],
    [3500, 'propaganda'],
  ],
);
cells(
  'ro',
  'd',
  [
    'Împușcături într-o cafenea din Hai Phong\nUn bărbat a deschis focul și a rănit doi clienți. Poliția a confiscat un pistol și 5 gloanțe.',
    [2, 'crime|weapons'],
    [5, 'weapons'],
  ],
  [
    'Trafic de droguri în Thanh Hoa\nPoliția a reținut 7 persoane pentru trafic de droguri și a confiscat 6 kg de metamfetamină.',
    [7, 'drugs'],
    [6, 'drugs'],
  ],
  [
    'Jocuri de noroc online\nPoliția a reținut 10 persoane care administrau un site de pariuri online cu mize de 9 miliarde de dongi.',
    [10, 'crime'],
    [9000000000, 'crime'],
  ],
);
cells(
  'ro',
  'e',
  [
    'Inundații în Yen Bai\nInundațiile și alunecările de teren au ucis 5 persoane, iar 2 sunt date dispărute. Peste 180 de case au fost inundate.',
    [5, 'other'],
    [2, 'other'],
    [180, 'other'],
  ],
  [
    'Fraudă online destructurată\nPoliția de securitate cibernetică a reținut 4 persoane care au înșelat 200 de victime printr-o aplicație falsă.',
    [4, 'cyber'],
    [200, 'cyber'],
  ],
  [
    'Petarde confiscate în Bac Giang\nPoliția a oprit o mașină care transporta 75 kg de petarde și a reținut 2 persoane.',
    [75, 'fireworks'],
    [2, 'fireworks'],
  ],
);

// Vietnamese (Công an nhân dân / VnExpress / Tuổi Trẻ style)
cells(
  'vi',
  'a',
  [
    'Triệt phá đường dây ma túy ở Quảng Ninh\nCông an thu giữ 5 kg heroin và 3.000 viên thuốc lắc, bắt giữ 6 đối tượng.',
    [5, 'drugs'],
    [3000, 'drugs'],
    [6, 'drugs'],
  ],
  [
    'Bắt giữ vụ buôn lậu đường cát tại An Giang\nBộ đội Biên phòng phát hiện 3 ghe chở 4 tấn đường, tạm giữ 5 người.',
    [3, 'smuggling'],
    [5, 'smuggling'],
  ],
  [
    'Cháy xưởng gỗ ở Bình Dương\nNgọn lửa thiêu rụi 2 nhà xưởng. Lực lượng PCCC đã giải cứu 9 công nhân.',
    [2, 'fire'],
    [9, 'fire'],
  ],
);
cells(
  'vi',
  'b',
  [
    'Bắt đối tượng mua bán ma túy ở Sơn La\nCông an thu giữ 10 bánh heroin. Khám xét nơi ở, lực lượng chức năng còn thu 2 khẩu súng và 20 viên đạn.',
    [10, 'drugs'],
    [2, 'weapons'],
    [20, 'weapons'],
  ],
  [
    'Tai nạn giao thông ở Nghệ An\nXe tải va chạm xe máy trên Quốc lộ 1 khiến 2 người tử vong. Trong vụ việc khác, công an tạm giữ 3 đối tượng gây rối đánh nhau.',
    [2, 'traffic'],
    [3, 'crime'],
  ],
  [
    'Thu giữ hàng giả tại Lạng Sơn\nQuản lý thị trường thu giữ 2.000 túi xách giả nhãn hiệu. Trên xe còn phát hiện 15 gam ma túy đá.',
    [2000, 'smuggling'],
    [0.015, 'drugs'],
  ],
);
cells(
  'vi',
  'c',
  [
    'Đấu tranh phòng chống ma túy ở Điện Biên\nTỉnh có hơn 600.000 dân. Năm nay, công an tỉnh phát hiện 80 vụ phạm tội về ma túy.',
    [600000, 'population'],
    [80, 'drugs'],
  ],
  [
    'Khen thưởng chuyên án ma túy\nChủ tịch UBND tỉnh thưởng 50 triệu đồng cho ban chuyên án đã thu giữ 30 kg ma túy.',
    [50000000, 'awards'],
    [30, 'drugs'],
  ],
  [
    'Tuyên truyền phòng chống ma túy ở Lai Châu\nCông an tỉnh tổ chức 150 buổi tuyên truyền phòng chống ma túy cho 10.000 lượt người dân.',
    [150, 'propaganda'],
    [10000, 'propaganda'],
  ],
);
cells(
  'vi',
  'd',
  [
    'Nổ súng tại quán cà phê ở Hải Phòng\nMột thanh niên nổ súng khiến 2 người bị thương. Công an thu giữ 1 khẩu súng ngắn và 5 viên đạn.',
    [2, 'crime|weapons'],
    [5, 'weapons'],
  ],
  [
    'Bắt giữ 2 bình gas lậu\nQuản lý thị trường thu giữ 500 bình gas không rõ nguồn gốc và tạm giữ 2 xe tải.',
    [500, 'smuggling'],
    [2, 'smuggling'],
  ],
  [
    'Triệt phá đường dây đánh bạc qua mạng\nCông an bắt 20 đối tượng tổ chức đánh bạc trực tuyến với số tiền giao dịch 50 tỷ đồng.',
    [20, 'crime'],
    [50000000000, 'crime'],
  ],
);
cells(
  'vi',
  'e',
  [
    'Lũ quét ở Yên Bái\nLũ quét và sạt lở đất làm 7 người chết, 3 người mất tích. Hơn 200 ngôi nhà bị ngập.',
    [7, 'other'],
    [3, 'other'],
    [200, 'other'],
  ],
  [
    'Bắt nhóm lừa đảo chiếm đoạt tài sản qua mạng\nPhòng An ninh mạng bắt 4 đối tượng lừa đảo 300 bị hại qua ứng dụng đầu tư giả.',
    [4, 'cyber'],
    [300, 'cyber'],
  ],
  [
    'Bắt xe chở pháo nổ ở Bắc Giang\nCảnh sát giao thông phát hiện ô tô chở 70 kg pháo nổ, tạm giữ 2 đối tượng.',
    [70, 'fireworks'],
    [2, 'fireworks'],
  ],
);

// Russian (ТАСС / VOV / Вьетнам+ style)
cells(
  'ru',
  'a',
  [
    'В Куангнине ликвидирована наркосеть\nПолиция изъяла 4 кг героина и 5000 таблеток. Задержаны шесть человек.',
    [4, 'drugs'],
    [5000, 'drugs'],
    [6, 'drugs'],
  ],
  [
    'Контрабанда на границе в Анзянге\nПограничники остановили 3 лодки и задержали 7 членов экипажа.',
    [3, 'smuggling'],
    [7, 'smuggling'],
  ],
  [
    'Пожар на фабрике в Биньзыонге\nОгонь уничтожил два цеха. Пожарные спасли 20 рабочих.',
    [2, 'fire'],
    [20, 'fire'],
  ],
);
cells(
  'ru',
  'b',
  [
    'Антинаркотическая операция в Шонла\nПолиция изъяла 16 брикетов героина. В доме также нашли 2 ружья и 30 патронов.',
    [16, 'drugs'],
    [2, 'weapons'],
    [30, 'weapons'],
  ],
  [
    'ДТП в провинции Нгеан\nВ результате столкновения автобуса и грузовика погибли 3 человека. В другом случае полиция задержала 4 подозреваемых в драке.',
    [3, 'traffic'],
    [4, 'crime'],
  ],
  [
    'Контрафакт изъят в Лангшоне\nИнспекторы изъяли 3000 поддельных сумок. В грузовике также нашли 20 граммов метамфетамина.',
    [3000, 'smuggling'],
    [0.02, 'drugs'],
  ],
);
cells(
  'ru',
  'c',
  [
    'Борьба с наркотиками в Дьенбьене\nВ провинции проживают 600 тысяч человек. В этом году полиция раскрыла 70 дел о наркотиках.',
    [600000, 'population'],
    [70, 'drugs'],
  ],
  [
    'Награда полицейским\nПредседатель народного комитета наградил группу премией в 20 миллионов донгов за изъятие 15 кг наркотиков.',
    [20000000, 'awards'],
    [15, 'drugs'],
  ],
  [
    'Профилактика наркомании в Лайтяу\nПолиция провела 60 пропагандистских мероприятий по профилактике наркомании для 4000 жителей.',
    [60, 'propaganda'],
    [4000, 'propaganda'],
  ],
);
cells(
  'ru',
  'd',
  [
    'Стрельба в кафе в Хайфоне\nМужчина открыл огонь и ранил двух посетителей. Полиция изъяла пистолет и 6 патронов.',
    [2, 'crime|weapons'],
    [6, 'weapons'],
  ],
  [
    'Торговля наркотиками в Тханьхоа\nПолиция задержала 9 человек за торговлю наркотиками и изъяла 5 кг метамфетамина.',
    [9, 'drugs'],
    [5, 'drugs'],
  ],
  [
    'Незаконные онлайн-казино\nПолиция задержала 15 человек, которые управляли сайтом онлайн-ставок с оборотом 20 млрд донгов.',
    [15, 'crime'],
    [20000000000, 'crime'],
  ],
);
cells(
  'ru',
  'e',
  [
    'Паводки в Йенбае\nНаводнения и оползни унесли жизни 6 человек, 3 числятся пропавшими без вести. Затоплены 250 домов.',
    [6, 'other'],
    [3, 'other'],
    [250, 'other'],
  ],
  [
    'Раскрыто интернет-мошенничество\nПолиция по кибербезопасности задержала 4 человек, обманувших 200 жертв через фальшивое приложение.',
    [4, 'cyber'],
    [200, 'cyber'],
  ],
  [
    'Изъяты петарды в Бакзянге\nПолиция остановила автомобиль с 60 кг петард и задержала 2 человек.',
    [60, 'fireworks'],
    [2, 'fireworks'],
  ],
);

// Chinese (新华社 / 越南人民报 中文 style)
cells(
  'zh',
  'a',
  [
    '广宁省警方破获一起贩毒案\n警方缴获海洛因5公斤、合成毒品3000粒，抓获犯罪嫌疑人6名。',
    [5, 'drugs'],
    [3000, 'drugs'],
    [6, 'drugs'],
  ],
  ['安江省边防查获走私白糖\n边防部队拦截3艘船只，扣留7名船员。', [3, 'smuggling'], [7, 'smuggling']],
  ['平阳省一工厂发生火灾\n大火烧毁2间厂房，消防人员救出15名工人。', [2, 'fire'], [15, 'fire']],
);
cells(
  'zh',
  'b',
  [
    '山罗省警方破获贩毒团伙\n警方缴获海洛因12块。在嫌犯家中，警方还搜出枪支2支、子弹30发。',
    [12, 'drugs'],
    [2, 'weapons'],
    [30, 'weapons'],
  ],
  [
    '乂安省发生交通事故\n一辆卡车与摩托车相撞，造成2人死亡。另一起案件中，警方拘留了3名斗殴嫌疑人。',
    [2, 'traffic'],
    [3, 'crime'],
  ],
  [
    '谅山省查获假冒商品\n市场管理部门查获假冒手提包2000个，还在车内发现冰毒20克。',
    [2000, 'smuggling'],
    [0.02, 'drugs'],
  ],
);
cells(
  'zh',
  'c',
  ['奠边省打击毒品犯罪\n全省人口约60万。今年警方共侦破毒品案件80起。', [600000, 'population'], [80, 'drugs']],
  [
    '专案组获表彰\n省人民委员会主席向缴获毒品25公斤的专案组奖励5000万越南盾。',
    [50000000, 'awards'],
    [25, 'drugs'],
  ],
  [
    '莱州省开展禁毒宣传\n警方举办禁毒宣传活动120场，吸引8000名群众参加。',
    [120, 'propaganda'],
    [8000, 'propaganda'],
  ],
);
cells(
  'zh',
  'd',
  [
    '海防市一咖啡馆发生枪击\n一名男子开枪打伤2名顾客。警方缴获手枪1支、子弹6发。',
    [2, 'crime|weapons'],
    [6, 'weapons'],
  ],
  ['清化省破获毒品贩运案\n警方以贩运毒品罪逮捕9人，缴获冰毒7公斤。', [9, 'drugs'], [7, 'drugs']],
  [
    '岘港市破获网络赌博团伙\n警方逮捕14名开设网络赌场的嫌犯，涉案金额达300亿越南盾。',
    [14, 'crime'],
    [30000000000, 'crime'],
  ],
);
cells(
  'zh',
  'e',
  [
    '安沛省遭遇山洪\n山洪和山体滑坡造成6人死亡、4人失踪，300户房屋被淹。',
    [6, 'other'],
    [4, 'other'],
    [300, 'other'],
  ],
  [
    '警方破获网络诈骗案\n网络安全警察逮捕3名通过虚假投资软件诈骗200名受害者的嫌犯。',
    [3, 'cyber'],
    [200, 'cyber'],
  ],
  [
    '北江省查获非法烟花爆竹\n警方拦截一辆载有60公斤鞭炮的汽车，抓获2名嫌疑人。',
    [60, 'fireworks'],
    [2, 'fireworks'],
  ],
);

// Japanese (共同 / NNA / VietJo style)
cells(
  'ja',
  'a',
  [
    'クアンニン省で麻薬密売組織を摘発\n警察はヘロイン5キロと錠剤3000錠を押収し、容疑者6人を逮捕した。',
    [5, 'drugs'],
    [3000, 'drugs'],
    [6, 'drugs'],
  ],
  [
    'アンザン省で砂糖の密輸を摘発\n国境警備隊は船3隻を拿捕し、乗組員7人を拘束した。',
    [3, 'smuggling'],
    [7, 'smuggling'],
  ],
  [
    'ビンズオン省の工場で火災\n火は工場2棟を全焼させた。消防隊は作業員15人を救出した。',
    [2, 'fire'],
    [15, 'fire'],
  ],
);
cells(
  'ja',
  'b',
  [
    'ソンラ省で麻薬組織を摘発\n警察はヘロイン12個を押収した。容疑者の自宅からは銃2丁と銃弾30発も見つかった。',
    [12, 'drugs'],
    [2, 'weapons'],
    [30, 'weapons'],
  ],
  [
    'ゲアン省で交通事故\nトラックとバイクが衝突し、2人が死亡した。別の事件で、警察はけんかの容疑者3人を拘束した。',
    [2, 'traffic'],
    [3, 'crime'],
  ],
  [
    'ランソン省で偽造品を押収\n市場管理当局は偽ブランドのバッグ2000個を押収した。車内からは覚醒剤20グラムも見つかった。',
    [2000, 'smuggling'],
    [0.02, 'drugs'],
  ],
);
cells(
  'ja',
  'c',
  [
    'ディエンビエン省で麻薬犯罪を取り締まり\n同省の人口は約60万人。警察は今年、麻薬事件80件を摘発した。',
    [600000, 'population'],
    [80, 'drugs'],
  ],
  [
    '捜査班を表彰\n省人民委員会の委員長は、麻薬25キロを押収した捜査班に報奨金5000万ドンを贈った。',
    [50000000, 'awards'],
    [25, 'drugs'],
  ],
  [
    'ライチャウ省で麻薬防止の啓発活動\n警察は麻薬防止の啓発集会を120回開き、住民8000人が参加した。',
    [120, 'propaganda'],
    [8000, 'propaganda'],
  ],
);
cells(
  'ja',
  'd',
  [
    'ハイフォン市のカフェで発砲事件\n男が発砲し、客2人が負傷した。警察は拳銃1丁と銃弾6発を押収した。',
    [2, 'crime|weapons'],
    [6, 'weapons'],
  ],
  [
    'タインホア省で麻薬の密売を摘発\n警察は麻薬密売の容疑で9人を逮捕し、覚醒剤7キロを押収した。',
    [9, 'drugs'],
    [7, 'drugs'],
  ],
  [
    'ダナン市でオンライン賭博を摘発\n警察はオンライン賭博サイトを運営していた14人を逮捕した。賭け金は300億ドンに上る。',
    [14, 'crime'],
    [30000000000, 'crime'],
  ],
);
cells(
  'ja',
  'e',
  [
    'イエンバイ省で鉄砲水\n鉄砲水と土砂崩れで6人が死亡し、4人が行方不明となった。家屋300棟が浸水した。',
    [6, 'other'],
    [4, 'other'],
    [300, 'other'],
  ],
  [
    '投資詐欺グループを摘発\nサイバー警察は、偽の投資アプリで200人をだました3人を逮捕した。',
    [3, 'cyber'],
    [200, 'cyber'],
  ],
  [
    'バクザン省で爆竹を押収\n警察は爆竹60キロを積んだ車を止め、2人を拘束した。',
    [60, 'fireworks'],
    [2, 'fireworks'],
  ],
);

// Korean (연합뉴스 / 인사이드비나 style)
cells(
  'ko',
  'a',
  [
    '꽝닌성 경찰, 마약 조직 적발\n경찰은 헤로인 5kg과 합성마약 3000정을 압수하고 용의자 6명을 체포했다.',
    [5, 'drugs'],
    [3000, 'drugs'],
    [6, 'drugs'],
  ],
  [
    '안장성 국경서 설탕 밀수 적발\n국경수비대는 선박 3척을 나포하고 선원 7명을 구금했다.',
    [3, 'smuggling'],
    [7, 'smuggling'],
  ],
  [
    '빈즈엉성 공장 화재\n불은 공장 건물 2동을 태웠다. 소방대는 근로자 15명을 구조했다.',
    [2, 'fire'],
    [15, 'fire'],
  ],
);
cells(
  'ko',
  'b',
  [
    '선라성 마약 조직 검거\n경찰은 헤로인 12덩어리를 압수했다. 용의자의 집에서는 총기 2정과 실탄 30발도 발견됐다.',
    [12, 'drugs'],
    [2, 'weapons'],
    [30, 'weapons'],
  ],
  [
    '응에안성 교통사고\n트럭과 오토바이가 충돌해 2명이 숨졌다. 다른 사건에서 경찰은 패싸움 용의자 3명을 붙잡았다.',
    [2, 'traffic'],
    [3, 'crime'],
  ],
  [
    '랑선성서 위조품 압수\n시장관리국은 위조 가방 2000개를 압수했다. 차 안에서는 필로폰 20g도 발견됐다.',
    [2000, 'smuggling'],
    [0.02, 'drugs'],
  ],
);
cells(
  'ko',
  'c',
  [
    '디엔비엔성 마약 범죄 단속\n이 성의 인구는 약 60만 명이다. 경찰은 올해 마약 사건 80건을 적발했다.',
    [600000, 'population'],
    [80, 'drugs'],
  ],
  [
    '전담반 포상\n성 인민위원장은 마약 25kg을 압수한 전담반에 포상금 5000만동을 수여했다.',
    [50000000, 'awards'],
    [25, 'drugs'],
  ],
  [
    '라이쩌우성 마약 예방 홍보\n경찰은 마약 예방 홍보 행사 120회를 열었고 주민 8000명이 참석했다.',
    [120, 'propaganda'],
    [8000, 'propaganda'],
  ],
);
cells(
  'ko',
  'd',
  [
    '하이퐁 카페서 총격\n한 남성이 총을 쏴 손님 2명이 다쳤다. 경찰은 권총 1정과 실탄 6발을 압수했다.',
    [2, 'crime|weapons'],
    [6, 'weapons'],
  ],
  [
    '타인호아성 마약 밀매 적발\n경찰은 마약 밀매 혐의로 9명을 체포하고 필로폰 7kg을 압수했다.',
    [9, 'drugs'],
    [7, 'drugs'],
  ],
  [
    '다낭서 온라인 도박 조직 적발\n경찰은 온라인 도박 사이트를 운영한 14명을 검거했다. 판돈은 300억동에 달했다.',
    [14, 'crime'],
    [30000000000, 'crime'],
  ],
);
cells(
  'ko',
  'e',
  [
    '옌바이성 돌발 홍수\n돌발 홍수와 산사태로 6명이 숨지고 4명이 실종됐다. 주택 300채가 침수됐다.',
    [6, 'other'],
    [4, 'other'],
    [300, 'other'],
  ],
  [
    '투자 사기 조직 검거\n사이버 경찰은 가짜 투자 앱으로 200명을 속인 3명을 체포했다.',
    [3, 'cyber'],
    [200, 'cyber'],
  ],
  [
    '박장성서 불법 폭죽 압수\n경찰은 폭죽 60kg을 실은 차량을 적발하고 2명을 붙잡았다.',
    [60, 'fireworks'],
    [2, 'fireworks'],
  ],
);

// Thai (VOV ภาษาไทย / Thai PBS style)
cells(
  'th',
  'a',
  [
    'ตำรวจกว๋างนิญทลายเครือข่ายยาเสพติด\nตำรวจยึดเฮโรอีน 5 กิโลกรัม และยาบ้า 3,000 เม็ด พร้อมจับกุมผู้ต้องหา 6 คน',
    [5, 'drugs'],
    [3000, 'drugs'],
    [6, 'drugs'],
  ],
  [
    'จับลักลอบขนน้ำตาลที่ชายแดนอานซาง\nเจ้าหน้าที่ตำรวจตระเวนชายแดนสกัดเรือ 3 ลำ และควบคุมตัวลูกเรือ 7 คน',
    [3, 'smuggling'],
    [7, 'smuggling'],
  ],
  [
    'ไฟไหม้โรงงานในบิ่ญเซือง\nเพลิงเผาผลาญโรงงาน 2 หลัง เจ้าหน้าที่ดับเพลิงช่วยคนงานออกมาได้ 15 คน',
    [2, 'fire'],
    [15, 'fire'],
  ],
);
cells(
  'th',
  'b',
  [
    'ตำรวจเซินลาทลายแก๊งค้ายา\nตำรวจยึดเฮโรอีน 12 แท่ง นอกจากนี้ยังพบปืน 2 กระบอก และกระสุน 30 นัด ในบ้านผู้ต้องหา',
    [12, 'drugs'],
    [2, 'weapons'],
    [30, 'weapons'],
  ],
  [
    'อุบัติเหตุทางถนนในเหงะอาน\nรถบรรทุกชนรถจักรยานยนต์ ทำให้มีผู้เสียชีวิต 2 คน ในอีกคดีหนึ่ง ตำรวจควบคุมตัวผู้ต้องสงสัยทะเลาะวิวาท 3 คน',
    [2, 'traffic'],
    [3, 'crime'],
  ],
  [
    'ยึดสินค้าปลอมในลางเซิน\nเจ้าหน้าที่ยึดกระเป๋าปลอม 2,000 ใบ และยังพบยาไอซ์ 20 กรัม ในรถ',
    [2000, 'smuggling'],
    [0.02, 'drugs'],
  ],
);
cells(
  'th',
  'c',
  [
    'ปราบปรามยาเสพติดในเดียนเบียน\nจังหวัดนี้มีประชากรประมาณ 600,000 คน ปีนี้ตำรวจจับกุมคดียาเสพติดได้ 80 คดี',
    [600000, 'population'],
    [80, 'drugs'],
  ],
  [
    'มอบรางวัลแก่ชุดสืบสวน\nประธานคณะกรรมการประชาชนจังหวัดมอบเงินรางวัล 50 ล้านด่ง แก่ชุดสืบสวนที่ยึดยาเสพติด 25 กิโลกรัม',
    [50000000, 'awards'],
    [25, 'drugs'],
  ],
  [
    'รณรงค์ป้องกันยาเสพติดในลายเจิว\nตำรวจจัดกิจกรรมประชาสัมพันธ์ป้องกันยาเสพติด 120 ครั้ง มีประชาชนเข้าร่วม 8,000 คน',
    [120, 'propaganda'],
    [8000, 'propaganda'],
  ],
);
cells(
  'th',
  'd',
  [
    'เหตุยิงในร้านกาแฟที่ไฮฟอง\nชายคนหนึ่งเปิดฉากยิง ทำให้ลูกค้าได้รับบาดเจ็บ 2 คน ตำรวจยึดปืนพก 1 กระบอก และกระสุน 6 นัด',
    [2, 'crime|weapons'],
    [6, 'weapons'],
  ],
  [
    'จับเครือข่ายค้ายาเสพติดในแทงฮวา\nตำรวจจับกุมผู้ต้องหาค้ายาเสพติด 9 คน และยึดยาไอซ์ 7 กิโลกรัม',
    [9, 'drugs'],
    [7, 'drugs'],
  ],
  [
    'ทลายเว็บพนันออนไลน์ในดานัง\nตำรวจจับกุมผู้ต้องหา 14 คน ที่เปิดเว็บพนันออนไลน์ มีเงินหมุนเวียน 30,000 ล้านด่ง',
    [14, 'crime'],
    [30000000000, 'crime'],
  ],
);
cells(
  'th',
  'e',
  [
    'น้ำป่าไหลหลากในเอียนบ๊าย\nน้ำป่าและดินถล่มทำให้มีผู้เสียชีวิต 6 คน สูญหาย 4 คน บ้านเรือน 300 หลัง ถูกน้ำท่วม',
    [6, 'other'],
    [4, 'other'],
    [300, 'other'],
  ],
  [
    'จับแก๊งหลอกลงทุนออนไลน์\nตำรวจไซเบอร์จับกุมผู้ต้องหา 3 คน ที่หลอกลวงผู้เสียหาย 200 คน ผ่านแอปลงทุนปลอม',
    [3, 'cyber'],
    [200, 'cyber'],
  ],
  [
    'ยึดประทัดในบั๊กซาง\nตำรวจสกัดรถยนต์ที่บรรทุกประทัด 60 กิโลกรัม และควบคุมตัวผู้ต้องหา 2 คน',
    [60, 'fireworks'],
    [2, 'fireworks'],
  ],
);

// Indonesian (Antara / VOV Bahasa Indonesia style)
cells(
  'id',
  'a',
  [
    'Polisi bongkar jaringan narkoba di Quang Ninh\nPolisi menyita 5 kg heroin dan 3.000 butir pil. Enam tersangka ditangkap.',
    [5, 'drugs'],
    [3000, 'drugs'],
    [6, 'drugs'],
  ],
  [
    'Penyelundupan gula di perbatasan An Giang\nPenjaga perbatasan mencegat 3 perahu dan menahan 7 awak.',
    [3, 'smuggling'],
    [7, 'smuggling'],
  ],
  [
    'Kebakaran pabrik di Binh Duong\nApi menghanguskan 2 gudang. Petugas pemadam kebakaran menyelamatkan 15 pekerja.',
    [2, 'fire'],
    [15, 'fire'],
  ],
);
cells(
  'id',
  'b',
  [
    'Polisi Son La gerebek sindikat narkoba\nPolisi menyita 12 bata heroin. Di rumah tersangka, petugas juga menemukan 2 pucuk senjata api dan 30 butir peluru.',
    [12, 'drugs'],
    [2, 'weapons'],
    [30, 'weapons'],
  ],
  [
    'Kecelakaan lalu lintas di Nghe An\nTruk menabrak sepeda motor di Jalan Raya Nasional 1 dan menewaskan 2 orang. Dalam kasus lain, polisi menahan 3 tersangka perkelahian.',
    [2, 'traffic'],
    [3, 'crime'],
  ],
  [
    'Barang palsu disita di Lang Son\nPetugas pengawas pasar menyita 2.000 tas palsu. Di dalam truk juga ditemukan 20 gram sabu.',
    [2000, 'smuggling'],
    [0.02, 'drugs'],
  ],
);
cells(
  'id',
  'c',
  [
    'Pemberantasan narkoba di Dien Bien\nProvinsi itu berpenduduk sekitar 600.000 jiwa. Tahun ini polisi mengungkap 80 kasus narkoba.',
    [600000, 'population'],
    [80, 'drugs'],
  ],
  [
    'Tim khusus diberi penghargaan\nKetua komite rakyat provinsi memberikan hadiah 50 juta dong kepada tim yang menyita 25 kg narkoba.',
    [50000000, 'awards'],
    [25, 'drugs'],
  ],
  [
    'Penyuluhan antinarkoba di Lai Chau\nPolisi menggelar 120 sesi penyuluhan pencegahan narkoba yang diikuti 8.000 warga.',
    [120, 'propaganda'],
    [8000, 'propaganda'],
  ],
);
cells(
  'id',
  'd',
  [
    'Penembakan di kafe di Hai Phong\nSeorang pria melepaskan tembakan dan melukai 2 pengunjung. Polisi menyita 1 pucuk pistol dan 6 butir peluru.',
    [2, 'crime|weapons'],
    [6, 'weapons'],
  ],
  [
    'Perdagangan narkoba di Thanh Hoa\nPolisi menangkap 9 orang atas perdagangan narkoba dan menyita 7 kg sabu.',
    [9, 'drugs'],
    [7, 'drugs'],
  ],
  [
    'Judi online dibongkar di Da Nang\nPolisi menangkap 14 orang yang mengelola situs judi online dengan taruhan senilai 30 miliar dong.',
    [14, 'crime'],
    [30000000000, 'crime'],
  ],
);
cells(
  'id',
  'e',
  [
    'Banjir bandang di Yen Bai\nBanjir bandang dan tanah longsor menewaskan 6 orang dan 4 orang hilang. Sebanyak 300 rumah terendam.',
    [6, 'other'],
    [4, 'other'],
    [300, 'other'],
  ],
  [
    'Penipuan investasi online dibongkar\nPolisi siber menangkap 3 orang yang menipu 200 korban melalui aplikasi investasi palsu.',
    [3, 'cyber'],
    [200, 'cyber'],
  ],
  [
    'Petasan disita di Bac Giang\nPolisi menghentikan mobil yang membawa 60 kg petasan dan menahan 2 orang.',
    [60, 'fireworks'],
    [2, 'fireworks'],
  ],
);

// Malay (Bernama / VOV Bahasa Melayu style)
cells(
  'ms',
  'a',
  [
    'Polis tumpaskan sindiket dadah di Quang Ninh\nPolis merampas 5 kg heroin dan 3,000 biji pil. Enam suspek ditahan.',
    [5, 'drugs'],
    [3000, 'drugs'],
    [6, 'drugs'],
  ],
  [
    'Penyeludupan gula di sempadan An Giang\nPengawal sempadan menahan 3 bot dan 7 anak kapal.',
    [3, 'smuggling'],
    [7, 'smuggling'],
  ],
  [
    'Kebakaran kilang di Binh Duong\nApi memusnahkan 2 gudang. Anggota bomba menyelamatkan 15 pekerja.',
    [2, 'fire'],
    [15, 'fire'],
  ],
);
cells(
  'ms',
  'b',
  [
    'Polis Son La serbu sindiket dadah\nPolis merampas 12 ketul heroin. Di rumah suspek, polis turut menemui 2 laras senapang dan 30 butir peluru.',
    [12, 'drugs'],
    [2, 'weapons'],
    [30, 'weapons'],
  ],
  [
    'Kemalangan jalan raya di Nghe An\nSebuah lori merempuh motosikal dan mengorbankan 2 orang. Dalam kes lain, polis menahan 3 suspek pergaduhan.',
    [2, 'traffic'],
    [3, 'crime'],
  ],
  [
    'Barangan tiruan dirampas di Lang Son\nPegawai penguatkuasa merampas 2,000 beg tangan tiruan. Di dalam lori turut ditemui 20 gram syabu.',
    [2000, 'smuggling'],
    [0.02, 'drugs'],
  ],
);
cells(
  'ms',
  'c',
  [
    'Usaha banteras dadah di Dien Bien\nWilayah itu mempunyai kira-kira 600,000 penduduk. Tahun ini polis mengesan 80 kes dadah.',
    [600000, 'population'],
    [80, 'drugs'],
  ],
  [
    'Pasukan khas diberi ganjaran\nPengerusi jawatankuasa rakyat wilayah menyampaikan ganjaran 50 juta dong kepada pasukan yang merampas 25 kg dadah.',
    [50000000, 'awards'],
    [25, 'drugs'],
  ],
  [
    'Kempen pencegahan dadah di Lai Chau\nPolis mengadakan 120 sesi penerangan mengenai pencegahan dadah yang disertai 8,000 penduduk.',
    [120, 'propaganda'],
    [8000, 'propaganda'],
  ],
);
cells(
  'ms',
  'd',
  [
    'Kejadian tembakan di kafe di Hai Phong\nSeorang lelaki melepaskan tembakan dan mencederakan 2 pelanggan. Polis merampas 1 pucuk pistol dan 6 butir peluru.',
    [2, 'crime|weapons'],
    [6, 'weapons'],
  ],
  [
    'Pengedaran dadah di Thanh Hoa\nPolis menahan 9 orang kerana mengedar dadah dan merampas 7 kg syabu.',
    [9, 'drugs'],
    [7, 'drugs'],
  ],
  [
    'Judi dalam talian ditumpaskan di Da Nang\nPolis menahan 14 orang yang mengendalikan laman judi dalam talian dengan pertaruhan 30 bilion dong.',
    [14, 'crime'],
    [30000000000, 'crime'],
  ],
);
cells(
  'ms',
  'e',
  [
    'Banjir kilat di Yen Bai\nBanjir kilat dan tanah runtuh mengorbankan 6 orang manakala 4 lagi hilang. Sebanyak 300 rumah ditenggelami air.',
    [6, 'other'],
    [4, 'other'],
    [300, 'other'],
  ],
  [
    'Sindiket penipuan pelaburan tumpas\nPolis siber menahan 3 orang yang menipu 200 mangsa melalui aplikasi pelaburan palsu.',
    [3, 'cyber'],
    [200, 'cyber'],
  ],
  [
    'Mercun dirampas di Bac Giang\nPolis menahan sebuah kereta yang membawa 60 kg mercun dan 2 orang suspek.',
    [60, 'fireworks'],
    [2, 'fireworks'],
  ],
);

// d: a gas cylinder is a fire's cause where it explodes, and goods where it is carried or seized.
cells('en', 'd', [
  'Gas explosion at restaurant in Can Tho\nA gas cylinder exploded in the kitchen, injuring 3 people and damaging 2 houses.',
  [3, 'fire'],
  [2, 'fire'],
]);
cells('en', 'd', [
  'Smuggled gas cylinders seized\nMarket surveillance officers seized 400 gas cylinders of unknown origin and 2 trucks in Tay Ninh.',
  [400, 'smuggling'],
  [2, 'smuggling'],
]);
cells('fr', 'd', [
  'Explosion de gaz dans un restaurant à Can Tho\nUne bouteille de gaz a explosé dans la cuisine, blessant 3 personnes et endommageant 2 maisons.',
  [3, 'fire'],
  [2, 'fire'],
]);
cells('de', 'd', [
  'Gasexplosion in Restaurant in Can Tho\nEine Gasflasche explodierte in der Küche, 3 Menschen wurden verletzt und 2 Häuser beschädigt.',
  [3, 'fire'],
  [2, 'fire'],
]);
cells('es', 'd', [
  'Explosión de gas en un restaurante de Can Tho\nUna bombona de gas explotó en la cocina e hirió a 3 personas, además de dañar 2 viviendas.',
  [3, 'fire'],
  [2, 'fire'],
]);
cells('it', 'd', [
  'Esplosione di gas in un ristorante a Can Tho\nUna bombola di gas è esplosa in cucina ferendo 3 persone e danneggiando 2 case.',
  [3, 'fire'],
  [2, 'fire'],
]);
cells('pt', 'd', [
  'Explosão de gás num restaurante em Can Tho\nUm botijão de gás explodiu na cozinha, ferindo 3 pessoas e danificando 2 casas.',
  [3, 'fire'],
  [2, 'fire'],
]);
cells('pl', 'd', [
  'Wybuch gazu w restauracji w Can Tho\nW kuchni eksplodowała butla z gazem, raniąc 3 osoby i uszkadzając 2 domy.',
  [3, 'fire'],
  [2, 'fire'],
]);
cells('cs', 'd', [
  'Výbuch plynu v restauraci v Can Tho\nV kuchyni vybuchla plynová láhev, zranila 3 lidi a poškodila 2 domy.',
  [3, 'fire'],
  [2, 'fire'],
]);
cells('nl', 'd', [
  'Gasexplosie in restaurant in Can Tho\nEen gasfles ontplofte in de keuken, waarbij 3 mensen gewond raakten en 2 huizen beschadigd werden.',
  [3, 'fire'],
  [2, 'fire'],
]);
cells('ro', 'd', [
  'Explozie de gaz într-un restaurant din Can Tho\nO butelie de gaz a explodat în bucătărie, rănind 3 persoane și avariind 2 case.',
  [3, 'fire'],
  [2, 'fire'],
]);
cells('vi', 'd', [
  'Nổ bình gas tại nhà hàng ở Cần Thơ\nBình gas trong bếp phát nổ làm 3 người bị thương, 2 căn nhà bị hư hỏng.',
  [3, 'fire'],
  [2, 'fire'],
]);
cells('ru', 'd', [
  'Взрыв газа в ресторане в Кантхо\nНа кухне взорвался газовый баллон, пострадали 3 человека, повреждены 2 дома.',
  [3, 'fire'],
  [2, 'fire'],
]);
cells('zh', 'd', [
  '芹苴市一餐馆发生燃气爆炸\n厨房内一个煤气罐发生爆炸，造成3人受伤，2栋房屋受损。',
  [3, 'fire'],
  [2, 'fire'],
]);
cells('ja', 'd', [
  'カントー市の飲食店でガス爆発\n厨房のガスボンベが爆発し、3人が負傷、家屋2棟が損傷した。',
  [3, 'fire'],
  [2, 'fire'],
]);
cells('ko', 'd', [
  '껀터 식당서 가스 폭발\n주방의 가스통이 폭발해 3명이 다치고 주택 2채가 파손됐다.',
  [3, 'fire'],
  [2, 'fire'],
]);
cells('th', 'd', [
  'ถังแก๊สระเบิดในร้านอาหารที่เกิ่นเทอ\nถังแก๊สในห้องครัวระเบิด ทำให้มีผู้บาดเจ็บ 3 คน และบ้านเสียหาย 2 หลัง',
  [3, 'fire'],
  [2, 'fire'],
]);
cells('id', 'd', [
  'Ledakan gas di restoran di Can Tho\nTabung gas di dapur meledak dan melukai 3 orang serta merusak 2 rumah.',
  [3, 'fire'],
  [2, 'fire'],
]);
cells('ms', 'd', [
  'Letupan gas di restoran di Can Tho\nTong gas di dapur meletup dan mencederakan 3 orang serta merosakkan 2 rumah.',
  [3, 'fire'],
  [2, 'fire'],
]);

/**
 * Cells the engine misses, by id (language/construct/n, n counted from 1 in the order above), with the reason:
 * run as it.fails, so a fix that makes one pass says so.
 */
const KNOWN_FAILING: Readonly<Record<string, string>> = {
  'en/b/2': "another subject in the figure's own sentence not read: 3:crime→traffic",
  'fr/c/2': "reward money takes the article's subject, the award verb is not read: 30000000:awards→drugs",
  'de/c/2': "reward money takes the article's subject, the award verb is not read: 20000000:awards→drugs",
  'de/e/2': 'scam victims not read (or not as cyber): 400:cyber→smuggling',
  'es/b/1': 'bullets found in a drug bust take the drug subject: 50:weapons→drugs',
  'es/c/2': "reward money takes the article's subject, the award verb is not read: 25000000:awards→drugs",
  'pt/c/2': "reward money takes the article's subject, the award verb is not read: 35000000:awards→drugs",
  'pl/c/2': "reward money takes the article's subject, the award verb is not read: 20000000:awards→drugs",
  'cs/a/2': 'crew members of a smuggling boat read as crime: 2:smuggling→crime',
  'nl/c/2': "reward money takes the article's subject, the award verb is not read: 10000000:awards→drugs",
  'nl/d/3': 'online gambling read as a cyber crime: 9:crime→cyber',
  'nl/e/2': 'scam victims not read (or not as cyber): 100:cyber→none',
  'ro/c/2': "reward money takes the article's subject, the award verb is not read: 30000000:awards→drugs",
  'ro/c/3': 'localnici (locals) is no person noun: 3,500 read as other, drugs',
  'vi/c/1':
    "a census count (the province's inhabitants) takes the article's subject: 600000:population→drugs",
  'vi/d/2': 'gas cylinders (bình gas) read as a fire cue: 500:smuggling→fire',
  'ru/d/3': 'online gambling read as a cyber crime: 15:crime→cyber',
  'zh/c/1': "a census count (the province's inhabitants) takes the article's subject: 600000:population→none",
  'zh/d/3': 'online gambling read as a cyber crime: 14:crime→cyber',
  'ja/a/2': 'crew members of a smuggling boat read as crime: 3:smuggling→crime',
  'ja/c/3': 'a count of times (回, 회, ครั้ง) is not read as a count of sessions: 120→none',
  'ko/a/2': 'crew members of a smuggling boat read as crime: 3:smuggling→crime',
  'ko/b/3': 'counterfeit goods not read as smuggling beside drugs: 2000:smuggling→drugs',
  'ko/c/3': 'a count of times (回, 회, ครั้ง) is not read as a count of sessions: 120→none',
  'th/b/3': 'counterfeit goods not read as smuggling beside drugs: 2000:smuggling→drugs',
  'th/c/1':
    "a census count (the province's inhabitants) takes the article's subject: 600000:population→drugs",
  'th/c/3': 'a count of times (回, 회, ครั้ง) is not read as a count of sessions: 120→none',
  'id/c/2': "reward money takes the article's subject, the award verb is not read: 50000000:awards→drugs",
  'ms/b/3': 'counterfeit goods not read as smuggling beside drugs: 2000:smuggling→drugs',
};

function idsOf(all: readonly Cell[]): string[] {
  const seen = new Map<string, number>();
  return all.map((c) => {
    const key = `${c.lang}/${c.construct}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `${key}/${n}`;
  });
}

/** The figures of the cell whose value or topic differ from what it expects, as "value:expected→read". */
export function missesOf(cell: Cell): string[] {
  const figures = extractFigures(documentOf(cell.text, cell.lang), []);
  const misses: string[] = [];
  for (const [value, topic] of cell.expect) {
    const same = figures.filter((f) => f.value === value);
    if (same.some((f) => topic.split('|').includes(f.topic))) continue;
    misses.push(`${value}:${topic}→${same.map((f) => f.topic).join('|') || 'none'}`);
  }
  return misses;
}

const IDS = idsOf(CELLS);

describe('figure topics: construct × language matrix (e30t)', () => {
  runMatrix(
    CELLS.map((cell, i) => ({
      id: IDS[i]!,
      name: IDS[i]!,
      check: () => expect(missesOf(cell)).toEqual([]),
    })),
    KNOWN_FAILING,
  );
});
