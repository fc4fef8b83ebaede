/**
 * Spanish news as the Spanish editions of Vietnamese outlets and the wire agencies write police, court, drug,
 * smuggling, traffic, fire and disaster news, with a few Portuguese and Italian sentences where the same rule
 * holds. Written for the project (a title, then a paragraph, as outlets print them) before the engine read
 * them so. Each lists every figure the gold conventions want, in reading order, with its unit and topic:
 * counts written as words or collectives ("una decena"), dot thousands and comma decimals, "mil millones",
 * tonnes and grams read as kilograms; ages, dates, years, article numbers, plates, times and sentences in
 * years are no figures.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import type { Topic, Unit } from '../../lambdas/shared/vocabulary.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, figures: [value: number, unit: Unit, topic: Topic][]];

function read(language: string, text: string): [number, Unit, Topic][] {
  return extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit, f.topic]);
}

const CASES: Case[] = [
  [
    'es',
    'Desmantelan una red de tráfico de drogas en Son La\nLa Policía de Son La detuvo a cinco sospechosos y se incautó de 2,5 kilogramos de heroína y 3.000 pastillas de éxtasis.',
    [
      [5, 'person', 'drugs'],
      [2.5, 'kg', 'drugs'],
      [3000, 'other', 'drugs'],
    ],
  ],
  [
    'es',
    'Incautan metanfetamina en la frontera de Quang Tri\nLos guardias fronterizos decomisaron unos 500 kilos de metanfetamina y detuvieron a dos ciudadanos laosianos, de 35 y 42 años.',
    [
      [500, 'kg', 'drugs'],
      [2, 'person', 'drugs'],
    ],
  ],
  [
    'es',
    'Incautan azúcar de contrabando en An Giang\nEl valor de la mercancía de contrabando se estima en más de 1.200 millones de dongs.',
    [[1_200_000_000, 'vnd', 'smuggling']],
  ],
  [
    'es',
    'Decomisan mercancías de contrabando en Lang Son\nLa Aduana de Lang Son incautó 1,5 toneladas de ropa y 12.000 paquetes de cigarrillos de origen extranjero.',
    [
      [1500, 'kg', 'smuggling'],
      [12_000, 'other', 'smuggling'],
    ],
  ],
  [
    'es',
    'Grave accidente de tránsito en Gia Lai\nEl choque entre el autobús y el camión dejó tres muertos y 12 heridos en la carretera nacional 14.',
    [
      [3, 'person', 'traffic'],
      [12, 'person', 'traffic'],
    ],
  ],
  [
    'es',
    'Bajan los accidentes de tránsito en Dong Nai\nEn los primeros nueve meses del año, la provincia registró 245 accidentes de tránsito que causaron 112 muertos, un 8 % menos que en el mismo período de 2023.',
    [
      [245, 'case', 'traffic'],
      [112, 'person', 'traffic'],
      [8, 'percent', 'traffic'],
    ],
  ],
  [
    'es',
    'Incendio en un almacén de Binh Duong\nEl incendio arrasó unos 2.000 metros cuadrados de naves; los bomberos movilizaron 15 camiones y un centenar de efectivos.',
    [
      [2000, 'other', 'fire'],
      [15, 'vehicle', 'fire'],
      [100, 'person', 'fire'],
    ],
  ],
  [
    'es',
    'Inundaciones en el centro de Vietnam\nLas inundaciones dejaron 12 muertos y tres desaparecidos, además de 1.500 viviendas anegadas.',
    [
      [12, 'person', 'other'],
      [3, 'person', 'other'],
      [1500, 'other', 'other'],
    ],
  ],
  [
    'es',
    'Desarticulan una red de apuestas ilegales en Hanoi\nLa Policía de Hanoi detuvo a una decena de implicados en una red de juegos de azar que movió más de 2 billones de dongs.',
    [
      [10, 'person', 'crime'],
      [2_000_000_000_000, 'vnd', 'crime'],
    ],
  ],
  [
    'es',
    'Condenan a un exfuncionario en Hanoi\nEl 15 de marzo de 2024, el Tribunal Popular de Hanoi condenó a 20 años de prisión al acusado, de 52 años, por el delito previsto en el artículo 249 del Código Penal.',
    [],
  ],
  [
    'es',
    'Vuelca un camión en Lao Cai\nHacia las 22.30 horas del 3 de mayo, el camión con matrícula 24C-123.45 volcó en el kilómetro 15 de la carretera.',
    [],
  ],
  [
    'es',
    'Lucha contra el narcotráfico en Dien Bien\nLos delitos de narcotráfico bajaron un 12,5 por ciento respecto al año pasado.',
    [[12.5, 'percent', 'drugs']],
  ],
  [
    'es',
    'Detenida una red de estafas en Ciudad Ho Chi Minh\nLos sospechosos, que se hacían pasar por policías en llamadas telefónicas, se apropiaron de más de 15 mil millones de dongs de 300 víctimas.',
    [
      [15_000_000_000, 'vnd', 'cyber'],
      [300, 'person', 'cyber'],
    ],
  ],
  [
    'es',
    'Investigan una red de blanqueo de dinero en Hai Phong\nSegún la Policía, la red blanqueó unos 3 millones de dólares a través de casas de cambio ilegales.',
    [[3_000_000, 'other', 'crime']],
  ],
  [
    'es',
    'Veintidós detenidos por una reyerta en Bac Ninh\nVeintidós personas fueron detenidas por participar en una pelea multitudinaria.',
    [
      [22, 'person', 'crime'],
      [22, 'person', 'crime'],
    ],
  ],
  [
    'es',
    'Interceptan a migrantes en la frontera de Tay Ninh\nLos guardias fronterizos interceptaron a 14 personas que salían ilegalmente del país hacia Camboya.',
    [[14, 'person', 'crime']],
  ],
  [
    'es',
    'Extracción ilegal de arena en el río Rojo\nLa Policía fluvial sorprendió a tres dragas extrayendo arena ilegalmente y decomisó 300 metros cúbicos de arena.',
    [
      [3, 'vehicle', 'crime'],
      [300, 'other', 'crime'],
    ],
  ],
  [
    'es',
    'Incautan armas y explosivos en Cao Bang\nLos agentes incautaron 120 cartuchos, dos pistolas caseras y 5 kilos de explosivos.',
    [
      [120, 'other', 'weapons'],
      [2, 'weapon', 'weapons'],
      [5, 'kg', 'weapons'],
    ],
  ],
  [
    'es',
    'Decomisan petardos en Quang Ninh\nLa Policía se incautó de 85 kilogramos de petardos de fabricación china.',
    [[85, 'kg', 'fireworks']],
  ],
  [
    'es',
    'Operativo antidrogas en Nghe An\nEn la operación participaron más de 200 agentes, que inspeccionaron 35 establecimientos de karaoke donde se consumían drogas.',
    [
      [200, 'person', 'drugs'],
      [35, 'point', 'drugs'],
    ],
  ],
  [
    'es',
    'Balance de la lucha antidrogas en Thanh Hoa\nEn 2024 las fuerzas descubrieron 1.234 casos de delitos de drogas con 2.100 infractores.',
    [
      [1234, 'case', 'drugs'],
      [2100, 'person', 'drugs'],
    ],
  ],
  [
    'es',
    'Controles de alcoholemia en Hanoi\nLa Policía de Tránsito impuso multas por un total de 450 millones de dongs a 60 conductores.',
    [
      [450_000_000, 'vnd', 'traffic'],
      [60, 'person', 'traffic'],
    ],
  ],
  [
    'es',
    'Detenido con heroína en Lai Chau\nEl hombre, de 47 años y residente en el distrito 7, fue sorprendido con 0,5 gramos de heroína.',
    [[0.0005, 'kg', 'drugs']],
  ],
  [
    'es',
    'Multas por conducir bajo los efectos del alcohol\nHasta el momento, 2.350 motocicletas han sido multadas por conducir bajo los efectos del alcohol.',
    [[2350, 'vehicle', 'traffic']],
  ],
  [
    'es',
    'Redada contra el juego ilegal en Bac Giang\nLa Policía sorprendió a una veintena de jugadores y confiscó tres mil dólares y dos millones de dongs.',
    [
      [20, 'person', 'crime'],
      [3000, 'other', 'crime'],
      [2_000_000, 'vnd', 'crime'],
    ],
  ],
  [
    'es',
    'Incautan madera en Kon Tum\nLos guardabosques decomisaron entre 10 y 15 metros cúbicos de madera talada ilegalmente.',
    [
      [10, 'other', 'crime'],
      [15, 'other', 'crime'],
    ],
  ],
  [
    'es',
    'Rescatan a pescadores en Quang Ngai\nUn barco pesquero con nueve tripulantes naufragó; los guardacostas rescataron a siete de ellos y buscan a los otros dos.',
    [
      [9, 'person', 'other'],
      [7, 'person', 'other'],
      [2, 'person', 'other'],
    ],
  ],
  [
    'es',
    'Tráfico de personas en Lao Cai\nLa Policía rescató a cuatro mujeres víctimas de trata de personas y detuvo a dos intermediarios.',
    [
      [4, 'person', 'smuggling'],
      [2, 'person', 'smuggling'],
    ],
  ],
  [
    'es',
    'Incautan heroína en Dien Bien\nSe decomisaron 16 panes de heroína y 6.000 comprimidos de metanfetamina.',
    [
      [16, 'other', 'drugs'],
      [6000, 'other', 'drugs'],
    ],
  ],
  [
    'es',
    'Deslizamiento de tierra en Ha Giang\nEl deslizamiento de tierra sepultó dos casas y dejó cuatro personas muertas y una herida.',
    [
      [2, 'other', 'other'],
      [4, 'person', 'other'],
      [1, 'person', 'other'],
    ],
  ],
  [
    'es',
    'Incautan drogas en Son La\nLa Policía decomisó seiscientas pastillas de metanfetamina y setecientos gramos de heroína.',
    [
      [600, 'other', 'drugs'],
      [0.7, 'kg', 'drugs'],
    ],
  ],
  [
    'es',
    'Choque de motocicletas en Hue\nEl accidente de tránsito dejó dos muertos y uno herido; la Policía de Tránsito retuvo veintiún motocicletas sin matrícula.',
    [
      [2, 'person', 'traffic'],
      [1, 'person', 'traffic'],
      [21, 'vehicle', 'traffic'],
    ],
  ],
  [
    'es',
    'Policía de Hanoi celebra su aniversario\nEn el 80 aniversario de la fuerza, la Policía presentó su red 5G y la plataforma de la Revolución Industrial 4.0, y condecoró a 45 agentes.',
    [[45, 'person', 'awards']],
  ],
  [
    'es',
    'Detenida una traficante de drogas en Hai Phong\nLa mujer, que vive en el piso 12 de un edificio, guardaba 300 gramos de heroína.',
    [[0.3, 'kg', 'drugs']],
  ],
  [
    'es',
    'Cae una red de apuestas en Nghe An\nLa Policía detuvo a 12 personas que organizaban apuestas de fútbol en línea con un volumen de 500 mil millones de dongs.',
    [
      [12, 'person', 'crime'],
      [500_000_000_000, 'vnd', 'crime'],
    ],
  ],
  [
    'es',
    'Tragedia en Quang Ngai\nEl tren SE3 arrolló a un camión en un paso a nivel; dos personas murieron.',
    [[2, 'person', 'traffic']],
  ],
  [
    'es',
    'Identificación electrónica en Hanoi\nLa Policía de Hanoi expidió más de 2 millones de cédulas de identidad y activó 1,5 millones de cuentas VNeID.',
    [
      [2_000_000, 'document', 'administration'],
      [1_500_000, 'account', 'administration'],
    ],
  ],
  [
    'pt',
    'Apreensão de drogas em Son La\nA polícia deteve três suspeitos e apreendeu 2,5 quilos de heroína e 3.000 comprimidos de metanfetamina.',
    [
      [3, 'person', 'drugs'],
      [2.5, 'kg', 'drugs'],
      [3000, 'other', 'drugs'],
    ],
  ],
  [
    'pt',
    'Acidente de trânsito em Gia Lai\nA colisão entre o ônibus e o caminhão deixou dois mortos e 15 feridos na rodovia nacional 14.',
    [
      [2, 'person', 'traffic'],
      [15, 'person', 'traffic'],
    ],
  ],
  [
    'it',
    'Sequestro di droga a Son La\nLa polizia ha arrestato quattro sospettati e sequestrato 2,5 chili di eroina e 3.000 pasticche di metanfetamina.',
    [
      [4, 'person', 'drugs'],
      [2.5, 'kg', 'drugs'],
      [3000, 'other', 'drugs'],
    ],
  ],
  [
    'it',
    'Contrabbando a Lang Son\nLa dogana ha sequestrato 1,5 tonnellate di zucchero di contrabbando per un valore di oltre 1,2 miliardi di dong.',
    [
      [1500, 'kg', 'smuggling'],
      [1_200_000_000, 'vnd', 'smuggling'],
    ],
  ],
  [
    'pt',
    'Apreensão de drogas em Son La\nA polícia prendeu cento e vinte pessoas e apreendeu seiscentas pílulas de metanfetamina.',
    [
      [120, 'person', 'drugs'],
      [600, 'other', 'drugs'],
    ],
  ],
  [
    'it',
    'Sequestro di droga a Lai Chau\nLa polizia ha arrestato trentotto persone e sequestrato quattrocento chili di eroina.',
    [
      [38, 'person', 'drugs'],
      [400, 'kg', 'drugs'],
    ],
  ],
];

describe('Function: extractFigures (Spanish news and its Romance kin)', () => {
  it.each(CASES)('%s reads every figure with its unit and topic: %s', (language, text, expected) => {
    // Act
    const figures = read(language, text);

    // Assess
    expect(figures).toEqual(expected);
  });
});
