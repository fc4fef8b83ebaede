/**
 * A generated corpus of stories where the truth is known (issue 10, item 1, measure (a)). Each story is an
 * event (province, district, officer, day, figures) rendered as several copies in several languages with
 * different wording, figure order, omissions, background figures of their own, a lead that names only the
 * district, another official quoted, and publication days; beside it are look-alike events that must
 * not join it: the same province and day with other figures, the same figures in another province, the same
 * province and officer weeks later, one that shares its small numbers only, and (since session 51) a later
 * report of the same case (its prosecution, indictment, trial or verdict days on: the same place, officer and
 * figures; another story by the product decision of session 8).
 *
 * The language comes from the lexicons and the platform: number words, decimal and thousands separators,
 * province and district phrases, ranks (lexicons/<lang>/*.json), month names (Intl). Only the glue (verbs,
 * nouns of a short police report) is written here, per language, and every counted noun is checked against
 * the language's unit lexicon so the generator cannot drift from what the engine reads.
 */
import gazetteerData from '../../lambdas/extract/data/gazetteer.json' with { type: 'json' };
import syllables from '../../lambdas/extract/data/person-syllables.json' with { type: 'json' };
import { LEXICONS } from '../../lambdas/extract/lexicons/index.generated.js';
import { findStage } from '../../lambdas/extract/stage/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { numberSeparators } from '../../lambdas/extract/text/locale.js';
import { seeded } from './random.js';

export interface GeneratedCopy {
  readonly id: string;
  readonly story: string;
  readonly language: string;
  readonly text: string;
  readonly key: string;
  /** Object metadata `published`, when the copy's uploader set it. */
  readonly published?: string;
  readonly uploadedAt: string;
}

type FigureKind = 'arrested' | 'kg' | 'pills' | 'vnd' | 'vehicles';
interface StoryFigure {
  readonly kind: FigureKind;
  readonly value: number;
}
interface Event {
  readonly id: string;
  readonly province: string;
  readonly district: string;
  readonly officer: { readonly rank: 'colonel' | 'lieutenant-colonel' | 'major'; readonly name: string };
  readonly day: string;
  readonly figures: readonly StoryFigure[];
}

/** Glue of a short police report: {province} {district} {date} {officer} {n}. */
interface Phrasebook {
  readonly lead: readonly string[];
  readonly figure: Readonly<Record<FigureKind, readonly string[]>>;
  readonly officer: readonly string[];
  readonly filler: readonly string[];
  /** A lead that names the district only, as rewrites for foreign readers often do. */
  readonly leadNoProvince: readonly string[];
  /** Background a copy may add: a figure that is not the event's, different in every copy. */
  readonly background: readonly string[];
  /** Counted nouns used above, with the unit the lexicon must give them. */
  readonly nouns: readonly (readonly [string, string])[];
  /** How the platform's "12 June" is introduced: "On {d}", "Le {d}". */
  readonly date: string;
  /**
   * The lead of a later report of the same case, one per court stage: the same ring, place and figures days
   * later, which is another story (a story is one report of one event at one stage). Each must read as its
   * stage with the language's stage cues (checkPhrasebooks), so the generator cannot drift from the lexicon.
   */
  readonly stages: Readonly<Record<LaterStage, string>>;
}

/** The later stages of a drug case the generated look-alikes render (lambdas/extract/stage/). */
export const LATER_STAGES = ['prosecution', 'indictment', 'trial', 'verdict'] as const;
type LaterStage = (typeof LATER_STAGES)[number];

const PHRASEBOOKS: Record<string, Phrasebook> = {
  en: {
    date: 'On {d}',
    lead: [
      '{date}, the police of {province} said officers had broken up a drug ring in {district}.',
      '{date}, {province} police announced the arrest of a trafficking ring operating in {district}.',
    ],
    figure: {
      arrested: ['Officers arrested {n} persons.', 'In total {n} suspects were detained.'],
      kg: ['They seized {n} kg of heroin.', 'The haul included {n} kg of methamphetamine.'],
      pills: ['Police also found {n} synthetic drug pills.', 'A further {n} ecstasy pills were confiscated.'],
      vnd: ['Cash of {n} dong was seized.', 'The suspects carried {n} VND.'],
      vehicles: ['{n} cars were impounded.', 'Police impounded {n} vehicles.'],
    },
    officer: ['{officer}, deputy director of the provincial police, said the investigation continues.'],
    leadNoProvince: ['{date}, police in {district} district broke up a drug trafficking ring.'],
    background: ['Since the start of the year, police nationwide have handled {n} drug cases.'],
    filler: ['The case is being investigated further.', 'The drugs came from across the border.'],
    stages: {
      prosecution:
        '{date}, the police of {province} charged the members of the drug ring broken up in {district}.',
      indictment:
        '{date}, prosecutors in {province} indicted the members of the drug ring broken up in {district}.',
      trial:
        "{date}, the People's Court of {province} opened the trial of the drug ring broken up in {district}.",
      verdict:
        "{date}, the People's Court of {province} sentenced the members of the drug ring broken up in {district}.",
    },
    nouns: [
      ['cases', 'case'],
      ['persons', 'person'],
      ['suspects', 'person'],
      ['kg', 'kg'],
      ['dong', 'vnd'],
      ['vnd', 'vnd'],
      ['cars', 'vehicle'],
      ['vehicles', 'vehicle'],
    ],
  },
  fr: {
    date: 'Le {d}',
    lead: [
      '{date}, la police de la province de {province} a annoncé le démantèlement d’un réseau de drogue dans le district de {district}.',
      '{date}, les autorités de la province de {province} ont arrêté les membres d’un réseau de trafic actif dans le district de {district}.',
    ],
    figure: {
      arrested: ['La police a arrêté {n} personnes.', 'Au total, {n} suspects ont été interpellés.'],
      kg: ['Les agents ont saisi {n} kg d’héroïne.', 'La saisie comprend {n} kg de méthamphétamine.'],
      pills: [
        'Ils ont aussi trouvé {n} comprimés de drogue de synthèse.',
        '{n} pilules d’ecstasy ont été confisquées.',
      ],
      vnd: ['Une somme de {n} dongs a été saisie.', 'Les suspects transportaient {n} VND.'],
      vehicles: ['{n} voitures ont été saisies.', 'La police a saisi {n} véhicules.'],
    },
    officer: [
      'Le {officer}, directeur adjoint de la police provinciale, a indiqué que l’enquête se poursuit.',
    ],
    leadNoProvince: [
      '{date}, la police du district de {district} a démantelé un réseau de trafic de drogue.',
    ],
    background: ['Depuis le début de l’année, la police a traité {n} affaires de drogue dans le pays.'],
    filler: ['L’enquête se poursuit.', 'La drogue provenait de l’autre côté de la frontière.'],
    stages: {
      prosecution:
        '{date}, la police de la province de {province} a inculpé les membres du réseau de drogue démantelé dans le district de {district}.',
      indictment:
        "{date}, le parquet de la province de {province} a dressé l'acte d'accusation du réseau de drogue démantelé dans le district de {district}.",
      trial:
        '{date}, le tribunal de la province de {province} a ouvert le procès du réseau de drogue démantelé dans le district de {district}.',
      verdict:
        '{date}, le tribunal de la province de {province} a condamné les membres du réseau de drogue démantelé dans le district de {district}.',
    },
    nouns: [
      ['affaires', 'case'],
      ['personnes', 'person'],
      ['suspects', 'person'],
      ['kg', 'kg'],
      ['dongs', 'vnd'],
      ['vnd', 'vnd'],
      ['voitures', 'vehicle'],
      ['vehicules', 'vehicle'],
    ],
  },
  de: {
    date: 'Am {d}',
    lead: [
      '{date} teilte die Polizei der Provinz {province} mit, dass im Bezirk {district} ein Drogenring zerschlagen wurde.',
      '{date} nahmen Beamte in der Provinz {province} einen Schmugglerring im Bezirk {district} fest.',
    ],
    figure: {
      arrested: ['Die Polizei nahm {n} Personen fest.', 'Insgesamt wurden {n} Verdächtige festgenommen.'],
      kg: ['Die Beamten stellten {n} kg Heroin sicher.', 'Beschlagnahmt wurden {n} kg Methamphetamin.'],
      pills: [
        'Außerdem fand die Polizei {n} synthetische Drogenpillen.',
        '{n} Ecstasy-Pillen wurden beschlagnahmt.',
      ],
      vnd: ['Bargeld in Höhe von {n} Dong wurde beschlagnahmt.', 'Die Verdächtigen hatten {n} VND bei sich.'],
      vehicles: ['{n} Autos wurden beschlagnahmt.', 'Die Polizei beschlagnahmte {n} Fahrzeuge.'],
    },
    officer: [
      '{officer}, stellvertretender Direktor der Provinzpolizei, sagte, die Ermittlungen dauerten an.',
    ],
    leadNoProvince: ['{date} zerschlug die Polizei im Bezirk {district} einen Drogenring.'],
    background: ['Seit Jahresbeginn hat die Polizei landesweit {n} Straftaten im Drogenbereich bearbeitet.'],
    filler: ['Die Ermittlungen dauern an.', 'Die Drogen stammten aus dem Nachbarland.'],
    stages: {
      prosecution:
        '{date} wurden die Mitglieder eines Drogenrings aus dem Bezirk {district} in der Provinz {province} angeklagt.',
      indictment:
        '{date} legte die Staatsanwaltschaft der Provinz {province} die Anklageschrift gegen einen Drogenring aus dem Bezirk {district} vor.',
      trial:
        '{date} begann vor dem Gericht der Provinz {province} der Prozess gegen einen Drogenring aus dem Bezirk {district}.',
      verdict:
        '{date} verurteilte das Gericht der Provinz {province} die Mitglieder eines Drogenrings aus dem Bezirk {district}.',
    },
    nouns: [
      ['straftaten', 'case'],
      ['personen', 'person'],
      ['verdachtige', 'person'],
      ['kg', 'kg'],
      ['dong', 'vnd'],
      ['vnd', 'vnd'],
      ['autos', 'vehicle'],
      ['fahrzeuge', 'vehicle'],
    ],
  },
  es: {
    date: 'El {d}',
    lead: [
      '{date}, la policía de la provincia de {province} anunció el desmantelamiento de una red de drogas en el distrito de {district}.',
      '{date}, las autoridades de la provincia de {province} detuvieron a una red de tráfico que operaba en el distrito de {district}.',
    ],
    figure: {
      arrested: ['La policía detuvo a {n} personas.', 'En total fueron arrestados {n} sospechosos.'],
      kg: ['Los agentes incautaron {n} kg de heroína.', 'El alijo incluía {n} kg de metanfetamina.'],
      pills: [
        'También se hallaron {n} pastillas de droga sintética.',
        'Se confiscaron {n} pastillas de éxtasis.',
      ],
      vnd: ['Se incautaron {n} dong en efectivo.', 'Los sospechosos llevaban {n} VND.'],
      vehicles: ['Se incautaron {n} coches.', 'La policía incautó {n} vehículos.'],
    },
    officer: ['El {officer}, subdirector de la policía provincial, dijo que la investigación continúa.'],
    leadNoProvince: ['{date}, la policía del distrito de {district} desmanteló una red de narcotráfico.'],
    background: ['Desde principios de año, la policía ha tramitado {n} casos de drogas en todo el país.'],
    filler: ['La investigación continúa.', 'La droga procedía del otro lado de la frontera.'],
    stages: {
      prosecution:
        '{date}, los miembros de una red de drogas del distrito de {district}, en la provincia de {province}, fueron procesados.',
      indictment:
        '{date}, la fiscalía de la provincia de {province} presentó el escrito de acusación contra una red de drogas del distrito de {district}.',
      trial:
        '{date}, el tribunal de la provincia de {province} abrió el juicio contra una red de drogas del distrito de {district}.',
      verdict:
        '{date}, los miembros de una red de drogas del distrito de {district} fueron condenados por el tribunal de la provincia de {province}.',
    },
    nouns: [
      ['casos', 'case'],
      ['personas', 'person'],
      ['sospechosos', 'person'],
      ['kg', 'kg'],
      ['dong', 'vnd'],
      ['vnd', 'vnd'],
      ['coches', 'vehicle'],
      ['vehiculos', 'vehicle'],
    ],
  },
  it: {
    date: 'Il {d}',
    lead: [
      '{date} la polizia della provincia di {province} ha annunciato lo smantellamento di una rete di droga nel distretto di {district}.',
      '{date} le autorità della provincia di {province} hanno arrestato una banda di trafficanti attiva nel distretto di {district}.',
    ],
    figure: {
      arrested: ['La polizia ha arrestato {n} persone.', 'In totale sono stati fermati {n} sospettati.'],
      kg: [
        'Gli agenti hanno sequestrato {n} kg di eroina.',
        'Il carico comprendeva {n} kg di metanfetamina.',
      ],
      pills: [
        'Sono state trovate anche {n} pastiglie di droga sintetica.',
        'Sono state confiscate {n} pasticche di ecstasy.',
      ],
      vnd: ['Sono stati sequestrati {n} dong in contanti.', 'I sospettati avevano con sé {n} VND.'],
      vehicles: ['Sono state sequestrate {n} auto.', 'La polizia ha sequestrato {n} veicoli.'],
    },
    officer: ['Il {officer}, vicedirettore della polizia provinciale, ha detto che le indagini proseguono.'],
    leadNoProvince: [
      '{date} la polizia del distretto di {district} ha smantellato una rete di traffico di droga.',
    ],
    background: ['Dall’inizio dell’anno la polizia ha trattato {n} casi di droga in tutto il paese.'],
    filler: ['Le indagini proseguono.', 'La droga proveniva da oltre confine.'],
    stages: {
      prosecution:
        '{date} la polizia della provincia di {province} ha avviato un procedimento penale contro una rete di droga del distretto di {district}.',
      indictment:
        '{date} la procura della provincia di {province} ha chiesto il rinvio a giudizio per una rete di droga del distretto di {district}.',
      trial:
        '{date} il tribunale della provincia di {province} ha aperto il processo contro una rete di droga del distretto di {district}.',
      verdict:
        '{date} il tribunale della provincia di {province} ha condannato i membri di una rete di droga del distretto di {district}.',
    },
    nouns: [
      ['casi', 'case'],
      ['persone', 'person'],
      ['sospettati', 'person'],
      ['kg', 'kg'],
      ['dong', 'vnd'],
      ['vnd', 'vnd'],
      ['auto', 'vehicle'],
      ['veicoli', 'vehicle'],
    ],
  },
  pt: {
    date: 'Em {d}',
    lead: [
      '{date}, a polícia da província de {province} anunciou o desmantelamento de uma rede de drogas no distrito de {district}.',
      '{date}, as autoridades da província de {province} prenderam uma rede de tráfico que atuava no distrito de {district}.',
    ],
    figure: {
      arrested: ['A polícia prendeu {n} pessoas.', 'No total, {n} suspeitos foram detidos.'],
      kg: ['Os agentes apreenderam {n} kg de heroína.', 'A apreensão incluiu {n} kg de metanfetamina.'],
      pills: [
        'Foram encontrados ainda {n} comprimidos de droga sintética.',
        'Foram confiscadas {n} pílulas de ecstasy.',
      ],
      vnd: ['Foram apreendidos {n} dong em dinheiro.', 'Os suspeitos levavam {n} VND.'],
      vehicles: ['Foram apreendidos {n} carros.', 'A polícia apreendeu {n} veículos.'],
    },
    officer: ['O {officer}, vice-diretor da polícia provincial, disse que a investigação continua.'],
    leadNoProvince: [
      '{date}, a polícia do distrito de {district} desmantelou uma rede de tráfico de drogas.',
    ],
    background: ['Desde o início do ano, a polícia tratou {n} casos de drogas em todo o país.'],
    filler: ['A investigação continua.', 'A droga vinha do outro lado da fronteira.'],
    stages: {
      prosecution:
        '{date}, os membros de uma rede de drogas do distrito de {district}, na província de {province}, foram indiciados.',
      indictment:
        '{date}, o Ministério Público da província de {province} apresentou denúncia contra uma rede de drogas do distrito de {district}.',
      trial:
        '{date}, o tribunal da província de {province} iniciou o julgamento de uma rede de drogas do distrito de {district}.',
      verdict:
        '{date}, os membros de uma rede de drogas do distrito de {district} foram condenados pelo tribunal da província de {province}.',
    },
    nouns: [
      ['casos', 'case'],
      ['pessoas', 'person'],
      ['suspeitos', 'person'],
      ['kg', 'kg'],
      ['dong', 'vnd'],
      ['vnd', 'vnd'],
      ['carros', 'vehicle'],
      ['veiculos', 'vehicle'],
    ],
  },
  vi: {
    date: 'Ngày {d}',
    lead: [
      '{date}, Công an tỉnh {province} cho biết đã triệt phá đường dây ma túy tại huyện {district}.',
      '{date}, lực lượng chức năng tỉnh {province} bắt giữ nhóm đối tượng mua bán ma túy ở huyện {district}.',
    ],
    figure: {
      arrested: ['Công an bắt giữ {n} đối tượng.', 'Tổng cộng {n} người bị tạm giữ.'],
      kg: ['Lực lượng chức năng thu giữ {n} kg heroin.', 'Tang vật gồm {n} kg ma túy đá.'],
      pills: ['Công an còn thu giữ {n} viên ma túy tổng hợp.', 'Thu giữ thêm {n} viên thuốc lắc.'],
      vnd: ['Thu giữ {n} đồng tiền mặt.', 'Các đối tượng mang theo {n} đồng.'],
      vehicles: ['Tạm giữ {n} xe ô tô.', 'Công an tạm giữ {n} xe.'],
    },
    officer: ['{officer}, Phó Giám đốc Công an tỉnh, cho biết vụ án đang được điều tra mở rộng.'],
    leadNoProvince: ['{date}, Công an huyện {district} triệt phá đường dây mua bán ma túy.'],
    background: ['Từ đầu năm, lực lượng công an cả nước đã xử lý {n} vụ án ma túy.'],
    filler: ['Vụ án đang được điều tra mở rộng.', 'Số ma túy được vận chuyển từ bên kia biên giới.'],
    stages: {
      prosecution:
        '{date}, Công an tỉnh {province} đã ra quyết định khởi tố vụ án ma túy xảy ra tại huyện {district}.',
      indictment:
        '{date}, Viện kiểm sát tỉnh {province} đã ban hành cáo trạng đối với nhóm đối tượng mua bán ma túy ở huyện {district}.',
      trial:
        '{date}, Tòa án tỉnh {province} mở phiên tòa xét xử nhóm đối tượng mua bán ma túy ở huyện {district}.',
      verdict: '{date}, Tòa án tỉnh {province} đã tuyên án nhóm đối tượng mua bán ma túy ở huyện {district}.',
    },
    nouns: [
      ['vu', 'case'],
      ['doi tuong', 'person'],
      ['nguoi', 'person'],
      ['kg', 'kg'],
      ['dong', 'vnd'],
      ['xe', 'vehicle'],
    ],
  },
};

export const CORPUS_LANGUAGES = Object.keys(PHRASEBOOKS);

interface FiguresLex {
  /** Absent: the locale's own (Intl), as the engine reads it. */
  decimal?: string;
  thousands?: string[];
  numberWords: Record<string, number>;
  units: Record<string, string[]>;
}
interface PeopleLex {
  ranks: Record<string, string[]>;
}

function figuresLex(language: string): FiguresLex {
  return LEXICONS[language]!['figures'] as FiguresLex;
}

/** Every counted noun of a phrasebook must be one the language's lexicon gives that unit. */
export function checkPhrasebooks(): string[] {
  const problems: string[] = [];
  for (const [language, book] of Object.entries(PHRASEBOOKS)) {
    const units = figuresLex(language).units;
    for (const [noun, unit] of book.nouns) {
      const ok = (units[unit] ?? []).some((w) =>
        w.endsWith('*') ? fold(noun).startsWith(w.slice(0, -1)) : fold(noun) === w,
      );
      if (!ok) problems.push(`${language}: "${noun}" is not a ${unit} noun of the lexicon`);
    }
    for (const stage of LATER_STAGES) {
      const lead = book.stages[stage]
        .replace('{date}', renderDate('2024-06-12', language, book))
        .replace('{province}', 'Quảng Trị')
        .replace('{district}', 'Hướng Hóa');
      const read = findStage({ language, title: '', sections: [{ paragraphs: [lead] }] });
      if (read !== stage) problems.push(`${language}: the ${stage} lead reads as ${read}`);
    }
  }
  return problems;
}

const gz = gazetteerData as unknown as {
  p: [string, string, number, number][];
  d: [string, string, number, string][];
};

type Random = () => number;
const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Random, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
function shuffle<T>(r: Random, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const GIVEN = [
  'Hùng',
  'Dũng',
  'Tuấn',
  'Lan',
  'Mai',
  'Sơn',
  'Hải',
  'Long',
  'Thắng',
  'Hòa',
  'Bình',
  'Quân',
  'Phong',
  'Trung',
  'Nam',
  'Thảo',
  'Cường',
  'Hiếu',
  'Khánh',
  'Vinh',
];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Hữu', 'Đình', 'Quốc', 'Công', 'Xuân', 'Ngọc', 'Thanh', 'Minh'];

function personName(r: Random): string {
  // The families and middles are the engine's own lists (person-syllables.json), written with diacritics here.
  const family = pick(r, FAMILY);
  const middle = pick(r, MIDDLE);
  if (!syllables.family.includes(fold(family)) || !syllables.middle.includes(fold(middle))) {
    throw new Error(`${family} ${middle}: not in person-syllables.json`);
  }
  return `${family} ${middle} ${pick(r, GIVEN)}`;
}

function randomFigures(r: Random): StoryFigure[] {
  const kinds = shuffle(r, ['arrested', 'kg', 'pills', 'vnd', 'vehicles'] as FigureKind[]).slice(
    0,
    int(r, 3, 4),
  );
  if (!kinds.includes('arrested')) kinds[0] = 'arrested';
  return kinds.map((kind) => ({ kind, value: figureValue(r, kind) }));
}

function figureValue(r: Random, kind: FigureKind): number {
  switch (kind) {
    case 'arrested':
      return int(r, 2, 12);
    case 'kg':
      return r() < 0.3 ? int(r, 5, 95) / 10 : int(r, 2, 150);
    case 'pills':
      return int(r, 2, 120) * 500;
    case 'vnd':
      return int(r, 2, 900) * 1_000_000;
    case 'vehicles':
      return int(r, 1, 4);
  }
}

/** Index of the 2025 unit a province (by name) belongs to. */
function successorIndex(province: string): number {
  return gz.p.find((p) => p[1] === province)![2];
}

function isoPlus(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function randomEvent(r: Random, id: string, over: Partial<Event> = {}): Event {
  const province = over.province ?? pick(r, gz.p.slice(5))[1];
  const provinceIndex = gz.p.findIndex((p) => p[1] === province);
  const districts = gz.d.filter((d) => d[2] === provinceIndex && d[1] === 'd').map((d) => d[0]);
  return {
    id,
    province,
    district: over.district ?? pick(r, districts.length > 0 ? districts : [province]),
    officer: over.officer ?? {
      rank: pick(r, ['colonel', 'lieutenant-colonel', 'major'] as const),
      name: personName(r),
    },
    day: over.day ?? isoPlus('2023-01-01', int(r, 0, 700)),
    figures: over.figures ?? randomFigures(r),
  };
}

function renderNumber(r: Random, value: number, language: string): string {
  const lex = figuresLex(language);
  if (Number.isInteger(value) && value <= 10 && r() < 0.5) {
    const word = Object.entries(lex.numberWords).find(([, v]) => v === value)?.[0];
    if (word) return word;
  }
  const intl = numberSeparators(language);
  if (!Number.isInteger(value)) return String(value).replace('.', lex.decimal ?? intl.decimal);
  const sep = lex.thousands?.[0] ?? intl.group;
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function renderDate(day: string, language: string, book: Phrasebook): string {
  const d = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
  return book.date.replace('{d}', d);
}

function renderCopy(r: Random, e: Event, language: string, omit: boolean, stage?: LaterStage): string {
  const book = PHRASEBOOKS[language]!;
  const people = LEXICONS[language]!['people'] as PeopleLex;
  const fill = (t: string, n?: string): string =>
    t
      .replace('{date}', renderDate(e.day, language, book))
      .replace('{province}', r() < 0.5 ? e.province : stripMarks(e.province))
      .replace('{district}', e.district)
      .replace('{officer}', `${capitalize(people.ranks[e.officer.rank]![0]!)} ${e.officer.name}`)
      .replace('{n}', n ?? '');
  let figures = shuffle(r, e.figures);
  // A rewrite or an excerpt may leave a figure out (never the last two).
  if (omit && figures.length > 2) figures = figures.slice(0, -1);
  const sentences = figures.map((f) => {
    const t = pick(r, book.figure[f.kind]);
    const n = renderNumber(r, f.value, language);
    return capitalize(fill(t, n));
  });
  const lead = fill(pick(r, r() < 0.15 ? book.leadNoProvince : book.lead));
  const body = [stage ? fill(book.stages[stage]) : lead, ...sentences];
  if (r() < 0.7) body.splice(int(r, 2, body.length), 0, fill(pick(r, book.officer)));
  // Another official quoted in this copy only.
  if (r() < 0.2) {
    const other = { ...e, officer: { rank: e.officer.rank, name: personName(r) } };
    body.push(renderOfficer(other, language));
  }
  if (r() < 0.3)
    body.push(
      capitalize(pick(r, book.background).replace('{n}', renderNumber(r, int(r, 20, 3000), language))),
    );
  if (r() < 0.5) body.push(pick(r, book.filler));
  const title = sentences[0]!.replace(/[.]$/, '');
  return `${title}\n\n${body.join(' ')}\n`;
}

function renderOfficer(e: Event, language: string): string {
  const people = LEXICONS[language]!['people'] as PeopleLex;
  const officer = `${capitalize(people.ranks[e.officer.rank]![0]!)} ${e.officer.name}`;
  return pick(() => 0, PHRASEBOOKS[language]!.officer).replace('{officer}', officer);
}

function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface CorpusOptions {
  readonly seed?: number;
  readonly stories?: number;
}

/**
 * `stories` events with 2–5 copies each, and per event up to four look-alikes with 1–2 copies each. Copies
 * are published 0–3 days after the event; half carry that day as metadata, the rest only the text's day.
 */
export function generateStoryCorpus(opts: CorpusOptions = {}): GeneratedCopy[] {
  const seed = opts.seed ?? 20261129;
  const r = seeded(seed);
  // The later-stage look-alikes (since session 51) draw from a stream of their own, so that every copy the
  // corpus held before them is written as it was and the readings stay comparable.
  const rs = seeded((seed ^ 0x51a6e) >>> 0);
  const copies: GeneratedCopy[] = [];
  const emit = (e: Event, n: number, stage?: LaterStage, rng: Random = r): void => {
    const languages = shuffle(rng, CORPUS_LANGUAGES).slice(0, n);
    languages.forEach((language, i) => {
      const publishedDay = isoPlus(e.day, int(rng, 0, 3));
      copies.push({
        id: `${e.id}-${i}-${language}`,
        story: e.id,
        language,
        text: renderCopy(rng, e, language, i > 0 && rng() < 0.3, stage),
        key: `generated/${e.id}-${i}-${language}.txt`,
        ...(rng() < 0.5 ? { published: publishedDay } : {}),
        uploadedAt: `${isoPlus(publishedDay, int(rng, 0, 60))}T09:00:00.000Z`,
      });
    });
  };
  const count = opts.stories ?? 40;
  for (let s = 0; s < count; s++) {
    const id = `g${String(s).padStart(3, '0')}`;
    const event = randomEvent(r, id);
    emit(event, int(r, 2, 5));
    // Same province and day, other figures and officer.
    if (r() < 0.8) emit(randomEvent(r, `${id}a`, { province: event.province, day: event.day }), int(r, 1, 2));
    // Same figures, another province (another 2025 unit: in the same one, with the same figures and day, it
    // would be the same event by every measure but the officer's name), same day.
    if (r() < 0.6) {
      const elsewhere = gz.p.slice(5).filter((p) => p[2] !== successorIndex(event.province));
      const province = pick(r, elsewhere)[1];
      emit(randomEvent(r, `${id}b`, { figures: event.figures, day: event.day, province }), int(r, 1, 2));
    }
    // Same province and officer five to ten weeks later, other figures.
    if (r() < 0.5) {
      const later = isoPlus(event.day, int(r, 35, 70));
      emit(randomEvent(r, `${id}c`, { province: event.province, officer: event.officer, day: later }), 1);
    }
    // Same province, day and small numbers (persons, vehicles), other large figures.
    if (r() < 0.5) {
      const small = event.figures.filter((f) => f.kind === 'arrested' || f.kind === 'vehicles');
      const other = randomFigures(r).filter((f) => f.kind !== 'arrested' && f.kind !== 'vehicles');
      emit(
        randomEvent(r, `${id}d`, { province: event.province, day: event.day, figures: [...small, ...other] }),
        1,
      );
    }
    // A later report of the same case: its prosecution, indictment, trial or verdict 3 to 20 days on, with the
    // same province, district, officer and figures (a court's report recalls what was seized), within the date
    // gate's window: only the stage tells it from the event (stageConflict).
    if (rs() < 0.5) {
      const stage = pick(rs, LATER_STAGES);
      emit({ ...event, id: `${id}s`, day: isoPlus(event.day, int(rs, 3, 20)) }, int(rs, 1, 2), stage, rs);
    }
  }
  return copies;
}
