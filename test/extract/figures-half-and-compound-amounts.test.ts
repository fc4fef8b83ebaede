/**
 * Spelled amounts whose scale word is followed by the rest of the number ("dos millones quinientos mil",
 * "two million five hundred thousand", "dos millones 500 mil"), and "half" as a number before a scale or a
 * measure ("media tonelada", "half a million", "eine halbe Tonne"), not before other nouns ("medio
 * ambiente", "half of the suspects", "halbe Stunde"). Sentences written for the project as a news outlet
 * would write them, before the engine read them so.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

type Case = [language: string, text: string, figures: [number, string][]];

const COMPOUNDS: Case[] = [
  ['es', 'La estafa causó pérdidas de dos millones quinientos mil dongs a las víctimas.', [[2500000, 'vnd']]],
  ['es', 'El acusado se apropió de dos millones 500 mil dongs de sus clientes.', [[2500000, 'vnd']]],
  ['es', 'La red movió tres millones doscientos mil dólares en efectivo.', [[3200000, 'other']]],
  ['pt', 'O golpe causou prejuízo de dois milhões e quinhentos mil reais às vítimas.', [[2500000, 'other']]],
  ['fr', 'Les escrocs ont détourné deux millions cinq cent mille euros en trois ans.', [[2500000, 'other']]],
  [
    'en',
    'The gang laundered two million five hundred thousand dollars through shell firms.',
    [[2500000, 'other']],
  ],
  [
    'en',
    'Investigators traced one million and two hundred thousand dollars to the ring.',
    [[1200000, 'other']],
  ],
  ['it', 'La truffa ha fruttato agli indagati due milioni e cinquecentomila euro.', [[2500000, 'other']]],
];

const HALVES: Case[] = [
  ['es', 'La policía incautó media tonelada de cocaína en el puerto.', [[500, 'kg']]],
  ['es', 'El grupo blanqueó medio millón de dólares en dos años.', [[500000, 'other']]],
  ['pt', 'A polícia apreendeu meia tonelada de maconha num caminhão.', [[500, 'kg']]],
  ['fr', 'Les douaniers ont saisi une demi-tonne de cannabis dans un camion.', [[500, 'kg']]],
  ['fr', "Le réseau a blanchi un demi-million d'euros.", [[500000, 'other']]],
  ['en', 'Police seized half a tonne of methamphetamine at the border.', [[500, 'kg']]],
  ['en', 'Officers found half a million tablets of ecstasy in the truck.', [[500000, 'other']]],
  ['it', 'La Guardia di Finanza ha sequestrato mezza tonnellata di hashish.', [[500, 'kg']]],
  ['de', 'Der Zoll stellte eine halbe Tonne Kokain im Hafen sicher.', [[500, 'kg']]],
  ['nl', 'De politie vond een half miljoen pillen in een loods.', [[500000, 'other']]],
  ['vi', 'Lực lượng chức năng thu giữ nửa tấn ma túy đá.', [[500, 'kg']]],
];

const NOT_HALVES: Case[] = [
  ['es', 'La ministra de Medio Ambiente visitó la zona con 3 agentes.', [[3, 'person']]],
  ['es', 'A media mañana la policía detuvo a 4 sospechosos.', [[4, 'person']]],
  ['es', 'El cargamento venía de Oriente Medio.', []],
  ['en', 'Half of the suspects were released on bail.', []],
  ['fr', 'À la mi-temps, les supporters ont envahi le terrain.', []],
  ['de', 'Nach einer halben Stunde nahm die Polizei 3 Männer fest.', [[3, 'person']]],
  ['pt', 'A operação começou a meia-noite.', []],
  ['it', 'Il furto è avvenuto a mezza mattina.', []],
];

describe('Function: extractFigures (compound spelled amounts and halves)', () => {
  itReadsEach(COMPOUNDS, valueAndUnit, '%s reads the whole spelled amount: %s');

  itReadsEach(HALVES, valueAndUnit, '%s reads half before a scale or measure: %s');

  itReadsEach(NOT_HALVES, valueAndUnit, '%s reads no half elsewhere: %s');
});
