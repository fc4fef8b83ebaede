/**
 * Session 29's topic audit added cues that are also ordinary words of other subjects (review rv29): an
 * "unknown origin" that is a fire's or a body's, wild animals saved from a fire, social media showing a
 * crash, overweight patients, the alcohol content of a poisonous spirit, driving licences seized from drug
 * dealers, per mille of methanol, a red carpet, a factory outlet ("spaccio aziendale"), and Vietnamese
 * "tran bao" typed without marks, which is the name Trần Bảo. Each cue is now read only in the phrase that
 * names its subject (goods of unknown origin, trafficking of wild animals, an overloaded truck, alcohol in a
 * driver's breath, a car through a red light, drug dealing), or as a channel that needs a fraud beside it.
 * Sentences written for the project.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { auditTopics, loadTopicTable, type TopicTable } from '../../scripts/topic-concepts.js';
import { documentOf } from '../support/document.js';

function topicOf(language: string, text: string, value: number): string | undefined {
  return extractFigures(documentOf(text, language), []).find((f) => f.value === value)?.topic;
}

type Case = [language: string, text: string, value: number, topic: string];

describe('Function: extractFigures (ambiguous topic cues of the audit, rv29)', () => {
  it.each<Case>([
    ['ro', 'Un incendiu de origine necunoscută a mistuit 4 anexe gospodărești.', 4, 'fire'],
    ['ro', 'Salvatorii au scos 2 trupuri de origine necunoscută din dărâmăturile incendiului.', 2, 'fire'],
    ['fr', "Les pompiers ont évacué 25 animaux sauvages du parc menacé par l'incendie.", 25, 'fire'],
    ['pt', 'Os bombeiros resgataram 14 animais silvestres do incêndio florestal.', 14, 'fire'],
    ['ko', '소셜미디어에 퍼진 영상에는 승용차 4대가 추돌하는 모습이 담겼다.', 4, 'traffic'],
    ['pt', 'O hospital atendeu 11 pacientes com excesso de peso após o incêndio.', 11, 'fire'],
    ['es', 'El incendio dejó 6 heridos, entre ellos 3 adultos con sobrepeso.', 3, 'fire'],
    ['ru', '7 человек отравились суррогатом с высоким содержанием алкоголя.', 7, 'crime'],
    ['ro', 'Anchetatorii au ridicat 5 permise de conducere false de la traficanții de droguri.', 5, 'drugs'],
    [
      'de',
      'Im Schnaps fanden die Ermittler 4 Promille Methanol, 6 Menschen starben an der Vergiftung.',
      6,
      'crime',
    ],
    ['pl', 'Na czerwonym dywanie festiwalu stanęło 40 aktorów.', 40, 'crime'],
    ['it', 'Lo spaccio aziendale della fabbrica ha venduto 200 capi.', 200, 'crime'],
    ['vi', 'Ong Tran Bao cho biet 4 nguoi da duoc dua di cap cuu.', 4, 'crime'],
  ])('%s: %s is not read by the ambiguous word', (language, text, value, topic) => {
    expect(topicOf(language, text, value)).toBe(topic);
  });

  it('it: computer fraud named beside a crash is fraud, not a cyber cue on its own', () => {
    const text =
      'Il video mostra 3 auto che si scontrano in autostrada; nessun legame con le frodi informatiche.';
    expect(topicOf('it', text, 3)).not.toBe('cyber');
  });

  it.each<Case>([
    ['ro', 'Vameșii au confiscat 300 de mărfuri de origine necunoscută.', 300, 'smuggling'],
    [
      'fr',
      "Les douaniers ont démantelé un trafic d'espèces sauvages et saisi 30 pangolins.",
      30,
      'smuggling',
    ],
    ['pt', 'A polícia rodoviária multou 15 caminhões com excesso de peso.', 15, 'traffic'],
    ['es', 'La guardia civil inmovilizó 9 camiones con sobrepeso en la autovía.', 9, 'traffic'],
    ['it', 'Arrestati 4 giovani per spaccio di droga davanti alla scuola.', 4, 'drugs'],
    ['de', 'Mit 2 Promille am Steuer verursachte er einen Unfall, 3 Menschen wurden verletzt.', 3, 'traffic'],
    ['pl', 'Policjanci ukarali 18 kierowców, którzy przejechali na czerwonym.', 18, 'traffic'],
    [
      'ro',
      'Polițiștii i-au suspendat permisul de conducere unui șofer care a lovit 2 pietoni.',
      2,
      'traffic',
    ],
    ['ko', '경찰은 소셜미디어로 투자 사기를 벌여 12명을 속인 일당을 붙잡았다.', 12, 'cyber'],
  ])('%s: %s keeps its topic in the phrase that names it', (language, text, value, topic) => {
    expect(topicOf(language, text, value)).toBe(topic);
  });
});

describe('Function: auditTopics (a crime concept needs its own cue)', () => {
  it('counts as a gap a crime form that is no cue, which the default topic alone would pass', () => {
    // Prepare: the probe reads crime with no cue at all
    const table = loadTopicTable();
    const probe: TopicTable = {
      languages: ['en', 'fr'],
      probes: table.probes,
      concepts: [
        { concept: 'theft', topic: 'crime', forms: { en: ['theft'], fr: ['vol'] } },
        { concept: 'made up', topic: 'crime', forms: { en: ['zzqxv'], fr: ['zzqxv'] } },
        { concept: 'no topic', topic: 'crime', notCue: true, forms: { en: ['zzqxv'] } },
      ],
    };
    // Act
    const { gaps } = auditTopics(probe);
    // Assess
    expect(gaps.map((g) => `${g.language} ${g.form}`)).toEqual(['en zzqxv', 'fr zzqxv']);
  });

  it('leaves no gap in the audit table, crime concepts included (scripts/topic-concepts.json)', () => {
    const { gaps } = auditTopics(loadTopicTable());
    expect(gaps.map((g) => `${g.language} ${g.concept} «${g.form}» -> ${g.read}`)).toEqual([]);
  }, 120_000);
});

describe('Function: extractFigures (offence words the fixed audit found missing)', () => {
  it.each<Case>([
    ['de', 'Die Staatsanwaltschaft ermittelt in 5 Fällen von Unterschlagung.', 5, 'crime'],
    ['nl', 'De politie onderzoekt 7 inbraken in de wijk.', 7, 'crime'],
    ['ko', '경찰은 횡령 혐의로 3명을 입건했다.', 3, 'crime'],
  ])('%s: %s', (language, text, value, topic) => {
    expect(topicOf(language, text, value)).toBe(topic);
  });

  it.each<Case>([
    // Words an offence form must not start: a violent storm (gwałtowne), a violation of traffic law.
    ['pl', 'Gwałtowne burze zerwały dachy z 12 domów.', 12, 'other'],
    ['es', 'La policía multó 600 casos de violación de las leyes de tránsito.', 600, 'traffic'],
  ])('%s: %s is no offence', (language, text, value, topic) => {
    expect(topicOf(language, text, value)).toBe(topic);
  });
});
