/**
 * Session 29, people: the rank and office words of the lexicon languages grew from each language's own misses,
 * so a rank or an office one language read was missing in another (scripts/people-concepts.ts audits them).
 * The forms added from that audit: colonel general, major general and NCO grades where a language lacked them,
 * Indonesian police grades (Kombes, AKBP, Kompol, AKP), the political commissar's title, and offices missing in
 * one language (Korean 법원장 / 참모장, Thai รองเลขาธิการ / ผู้บังคับ..., Dutch president). Sentences
 * written for the purpose; negatives keep private persons out (a Romanian tycoon chairing her company: ro
 * privateCues "magnat*", "holding*", as en "tycoon*", "holdings"), words that are also common non-title words
 * (a flight attendant, a boat's skipper, a football coach, an auditor, company heads) unread, and captains in the plural, mostly fishing boats' masters in this news, no rank.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';
import { auditPeople, type PeopleTable } from '../../scripts/people-concepts.js';

function officials(text: string, language: string): Array<[string, string | null, boolean]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName })
    .map((p): [string, string | null, boolean] => [p.name, p.rank ?? null, p.role != null])
    .sort();
}

describe('Function: findPeople (ranks added by the audit)', () => {
  it.each([
    [
      'pl',
      'Generał pułkownik Tran Quoc Dung otworzył w piątek nowy posterunek.',
      'Tran Quoc Dung',
      'colonel general',
    ],
    [
      'es',
      'El coronel general Tran Quoc Dung inauguró el viernes un nuevo puesto.',
      'Tran Quoc Dung',
      'colonel general',
    ],
    [
      'it',
      'Il colonnello generale Tran Quoc Dung ha visitato la caserma.',
      'Tran Quoc Dung',
      'colonel general',
    ],
    ['it', 'Il maggiore generale Le Van Tam ha visitato la caserma.', 'Le Van Tam', 'major-general'],
    ['cs', 'Generálplukovník Tran Quoc Dung v pátek navštívil kasárna.', 'Tran Quoc Dung', 'colonel general'],
    [
      'pt',
      'O coronel-general Tran Quoc Dung visitou o quartel na sexta-feira.',
      'Tran Quoc Dung',
      'colonel general',
    ],
    [
      'nl',
      'Kolonel-generaal Tran Quoc Dung bezocht vrijdag de kazerne.',
      'Tran Quoc Dung',
      'colonel general',
    ],
    ['nl', 'Politiekolonel Pham Minh Duc leidde het onderzoek.', 'Pham Minh Duc', 'colonel'],
    ['id', 'Kombes Pol Pham Minh Duc memimpin penyelidikan kasus itu.', 'Pham Minh Duc', 'colonel'],
    ['id', 'AKBP Pham Minh Duc memimpin penyelidikan kasus itu.', 'Pham Minh Duc', 'lieutenant-colonel'],
    ['id', 'Kompol Pham Minh Duc memimpin penyelidikan kasus itu.', 'Pham Minh Duc', 'major'],
    [
      'id',
      'Ajun Komisaris Polisi Pham Minh Duc memimpin penyelidikan kasus itu.',
      'Pham Minh Duc',
      'captain',
    ],
    ['id', 'Sersan Kepala Pham Minh Duc ikut dalam patroli malam itu.', 'Pham Minh Duc', 'senior sergeant'],
    ['fr', 'Le sergent-chef Pham Minh Duc a participé à la patrouille.', 'Pham Minh Duc', 'senior sergeant'],
    ['fr', 'Le caporal Pham Minh Duc a participé à la patrouille.', 'Pham Minh Duc', 'corporal'],
    ['de', 'Oberfeldwebel Pham Minh Duc nahm an der Streife teil.', 'Pham Minh Duc', 'senior sergeant'],
    ['es', 'El sargento primero Pham Minh Duc participó en la patrulla.', 'Pham Minh Duc', 'senior sergeant'],
    ['it', 'Il caporale Pham Minh Duc ha partecipato alla pattuglia.', 'Pham Minh Duc', 'corporal'],
    ['pt', 'O primeiro-sargento Pham Minh Duc participou da patrulha.', 'Pham Minh Duc', 'senior sergeant'],
    ['nl', 'Korporaal Pham Minh Duc nam deel aan de patrouille.', 'Pham Minh Duc', 'corporal'],
    ['cs', 'Desátník Pham Minh Duc se zúčastnil hlídky.', 'Pham Minh Duc', 'corporal'],
    ['ro', 'Sergentul-major Pham Minh Duc a participat la patrulare.', 'Pham Minh Duc', 'senior sergeant'],
    [
      'ro',
      'Potrivit generalului-maior Tran Quoc Dung, patrularea continuă.',
      'Tran Quoc Dung',
      'major-general',
    ],
    ['zh', '范明德中士参加了当晚的巡逻。', '范明德', 'sergeant'],
    ['zh', '范明德上士参加了当晚的巡逻。', '范明德', 'senior sergeant'],
    ['ja', 'ファム・ミン・ドゥック軍曹は夜間の巡回に加わった。', 'ファム・ミン・ドゥック', 'sergeant'],
    ['ko', '팜 민 득 중사는 야간 순찰에 참여했다.', '팜 민 득', 'sergeant'],
    ['th', 'ส.อ. ฝ่าม มิญ ดึ๊ก เข้าร่วมการลาดตระเวน', 'ฝ่าม มิญ ดึ๊ก', 'sergeant'],
    ['de', 'GenMaj Tran Quoc Dung besuchte die Kaserne.', 'Tran Quoc Dung', 'major-general'],
  ])('%s: %s', (language, text, name, rank) => {
    // Prepare, act
    const found = officials(text, language);
    // Assess
    expect(found.map(([n, r]) => [n.replace(/\s/gu, ''), r])).toContainEqual([
      name.replace(/\s/gu, ''),
      rank,
    ]);
  });
});

describe('Function: findPeople (plural ranks added by the audit)', () => {
  it.each([
    ['pl', 'Generałowie broni Pham Minh Duc i Le Van Tam przybyli na ćwiczenia.', 'lieutenant-general'],
    ['es', 'Los tenientes generales Pham Minh Duc y Le Van Tam llegaron al ejercicio.', 'lieutenant-general'],
    ['it', 'I tenenti generali Pham Minh Duc e Le Van Tam sono arrivati.', 'lieutenant-general'],
    ['pt', 'Os tenentes-generais Pham Minh Duc e Le Van Tam chegaram ao exercício.', 'lieutenant-general'],
    ['nl', 'De luitenant-generaals Pham Minh Duc en Le Van Tam kwamen aan.', 'lieutenant-general'],
    ['ro', 'Generalii-locotenenți Pham Minh Duc și Le Van Tam au sosit la exercițiu.', 'lieutenant-general'],
  ])('%s: %s', (language, text, rank) => {
    // Prepare, act
    const found = officials(text, language);
    // Assess: both names hold the plural's rank
    expect(found.map(([n, r]) => [n, r])).toEqual([
      ['Le Van Tam', rank],
      ['Pham Minh Duc', rank],
    ]);
  });
});

describe('Function: findPeople (offices added by the audit)', () => {
  it.each([
    ['fr', 'Pham Minh Duc, commissaire politique de la brigade, a inspecté le poste.'],
    ['pl', 'Pham Minh Duc, komisarz polityczny brygady, skontrolował posterunek.'],
    ['en', 'Pham Minh Duc, political commissar of the brigade, inspected the post.'],
    ['de', 'Pham Minh Duc, Politkommissar der Brigade, besuchte den Posten.'],
    ['es', 'Pham Minh Duc, comisario político de la brigada, inspeccionó el puesto.'],
    ['it', 'Pham Minh Duc, commissario politico della brigata, ha ispezionato il posto.'],
    ['cs', 'Pham Minh Duc, politický komisař brigády, zkontroloval stanici.'],
    ['pt', 'Pham Minh Duc, comissário político da brigada, inspecionou o posto.'],
    ['nl', 'Pham Minh Duc, politiek commissaris van de brigade, inspecteerde de post.'],
    ['id', 'Pham Minh Duc, Komisaris Politik brigade itu, memeriksa pos tersebut.'],
    ['id', 'Pham Minh Duc, penyidik kepolisian setempat, memeriksa pos tersebut.'],
    ['ms', 'Pham Minh Duc, Komisar Politik briged itu, memeriksa pos tersebut.'],
    ['fr', 'Le commissaire de police Pham Minh Duc a ouvert une enquête.'],
    ['it', 'Il commissario di polizia Pham Minh Duc ha aperto un fascicolo.'],
    ['de', 'Kriminalkommissar Pham Minh Duc leitete die Ermittlungen.'],
    // Offices of a state body: the office word with the body it heads.
    ['nl', 'Pham Minh Duc, president van de rechtbank, sprak het vonnis uit.'],
    ['nl', 'Pham Minh Duc, teamleider van de recherche, leidde de inval.'],
    ['it', 'La direttrice della polizia, Pham Minh Duc, ha ispezionato il posto.'],
    ['ro', 'Directoarea poliției, Pham Minh Duc, a inspectat postul.'],
    ['ro', 'Pham Minh Duc, vicepreședinta consiliului județean, a inspectat postul.'],
    ['ro', 'Pham Minh Duc, președinta tribunalului, a citit sentința.'],
    ['nl', 'Pham Minh Duc, voorzitster van het provinciebestuur, bezocht de post.'],
    ['ko', '팜 민 득 성 인민법원장은 판결을 선고했다.'],
    ['ko', '팜 민 득 참모장은 훈련을 지휘했다.'],
    ['ja', 'ファム・ミン・ドゥック省人民検察院院長は起訴を発表した。'],
    ['th', 'ฝ่าม มิญ ดึ๊ก รองเลขาธิการพรรคประจำจังหวัด เป็นประธานการประชุม'],
    ['th', 'ฝ่าม มิญ ดึ๊ก ผู้บังคับด่านตรวจชายแดน ตรวจเยี่ยมพื้นที่'],
    ['th', 'ฝ่าม มิญ ดึ๊ก เสนาธิการกองทัพภาค ตรวจเยี่ยมพื้นที่'],
  ])('%s: %s', (language, text) => {
    // Prepare, act
    const found = officials(text, language);
    // Assess: the name is read as an official with a role
    expect(found.filter(([, , role]) => role)).toHaveLength(1);
  });
});

describe('Function: findPeople (what the additions must not read)', () => {
  it.each([
    // Office words that also name private functions: a flight attendant, a boat's skipper, a football
    // coach, an auditor, company heads, an investigator under arrest, a supervisory board member.
    ['pt', 'O comissário de bordo Tran Van Khoa ajudou os passageiros a sair do avião.'],
    ['pt', 'O comissário Tran Van Khoa ajudou os passageiros a sair do avião.'],
    ['th', 'ผู้บังคับเรือ นายเจิ่น วัน ควา ถูกควบคุมตัวหลังเรือประมงล่ม'],
    ['th', 'ผู้บังคับอากาศยาน นายเจิ่น วัน ควา นำเครื่องลงจอดฉุกเฉิน'],
    ['it', 'Il commissario tecnico Tran Van Khoa ha scelto ventitré giocatori.'],
    ['fr', 'Le commissaire aux comptes Tran Van Khoa a signé le bilan de la société.'],
    ['ro', 'Directoarea Tran Thi Mai a magazinului a fost reținută pentru evaziune.'],
    ['ro', 'Președinta Tran Thi Mai a clubului a demisionat ieri.'],
    ['it', 'La direttrice Tran Thi Mai del negozio è stata fermata per truffa.'],
    ['nl', 'Teamleider Tran Van Khoa van het magazijn werd ontslagen wegens diefstal.'],
    ['nl', 'President Tran Van Khoa van de voetbalclub werd opgepakt.'],
    ['nl', 'Commissaris Tran Van Khoa van de raad van commissarissen werd opgepakt.'],
    ['id', 'Penyidik Tran Van Khoa ditahan karena memeras saksi.'],
    ['de', 'Kommissar Tran Van Khoa aus der Fernsehserie löst jeden Fall.'],
  ])('%s: %s', (language, text) => {
    // Prepare, act
    const found = officials(text, language);
    // Assess
    expect(found).toEqual([]);
  });
});

describe('Function: auditPeople (scripts/people-concepts.json)', () => {
  it('finds every rank and office of the table in every lexicon language but those left out with a reason', () => {
    // Prepare
    const table = JSON.parse(
      readFileSync(new URL('../../scripts/people-concepts.json', import.meta.url), 'utf8'),
    ) as PeopleTable;
    // Act
    const { gaps } = auditPeople(table);
    // Assess
    expect(gaps.map((g) => `${g.language} ${g.form}`)).toEqual([]);
  });
});
