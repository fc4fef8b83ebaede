/**
 * Primary-province classes of session 36 (pp36), on sentences written for this test:
 * - Greek districts and communes after their type word ("περιοχή Ταμ Ντάο", "κοινότητα Μουόνγκ Λατ"): the Greek
 *   reader keyed only provinces and curated cities, so a story told from a district named no province; the
 *   Greek letters are now read as Cyrillic ones are after a local type word, by the locality sound key, with ντ
 *   as d or đ and γι before a vowel as y or gi.
 * - national round-ups whose nationwide word is in the lead, not the title: cs, ro, th and el had no nationwide
 *   words (lexicon places.nationwide), nl one; Thai writes no full stop, so the lead's clause ends at a space
 *   between Thai words (nationwide.ts). A province's own force acting still makes it the story's place.
 * - a suspect's home named more often than the acting police unit's province: id, ms, ro and el had no
 *   residence phrases (lexicon places.residenceBefore), so each home counted as a place of the story and
 *   outweighed the force that acted.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';

function primaryOf(text: string): string | null | undefined {
  const result = extractArticle(Buffer.from(text, 'utf8'));
  return result.ok ? (result.article.primaryProvince?.slug ?? null) : undefined;
}

describe('Function: extractArticle (Greek districts and communes)', () => {
  it.each([
    [
      'Πυρκαγιά σε αποθήκη ξυλείας\nΗ φωτιά ξέσπασε τα ξημερώματα σε αποθήκη στην περιοχή Ταμ Ντάο. Οι πυροσβέστες την έσβησαν μετά από τρεις ώρες.',
      'vinh-phuc',
    ],
    [
      'Σύλληψη διακινητών\nΗ αστυνομία της περιοχής Ντιεν Τσάου συνέλαβε δύο άνδρες με ηρωίνη. Η επιχείρηση κράτησε δύο ημέρες.',
      'nghe-an',
    ],
    [
      'Πυρκαγιά σε εργοστάσιο\nΗ φωτιά ξέσπασε το απόγευμα σε εργοστάσιο ρούχων στην κωμόπολη Κουάνγκ Γιεν.',
      'quang-ninh',
    ],
  ])('%s', (text, province) => {
    expect(primaryOf(text)).toBe(province);
  });

  it('places a commune in the province the text names', () => {
    const result = extractArticle(
      Buffer.from(
        'Πλημμύρες στην επαρχία Ταν Χόα\nΟι κάτοικοι της κοινότητας Μουόνγκ Λατ εγκατέλειψαν τα σπίτια τους.',
        'utf8',
      ),
    );
    const localities = result.ok ? result.article.localities.map((l) => `${l.slug}@${l.province.slug}`) : [];
    expect(localities).toEqual(['muong-lat@thanh-hoa']);
  });

  it('reads no Vietnamese district in a Greek place after its type word', () => {
    expect(
      primaryOf(
        'Σεισμός στην Ελλάδα\nΟ σεισμός έγινε αισθητός στην περιοχή Μεσσηνίας και στην πόλη Καλαμάτα.',
      ),
    ).toBeNull();
  });
});

describe('Function: extractArticle (national round-ups with the nationwide word in the lead)', () => {
  it.each([
    'Méně nehod během svátků\nBěhem pěti dnů svátků se v celé zemi stalo 120 dopravních nehod, při nichž zemřelo 70 lidí. Devět lidí zemřelo v provincii Nghe An a sedm v provincii Thanh Hoa.',
    'Mai puține accidente în vacanță\nÎn cele cinci zile de sărbătoare, în toată țara s-au produs 120 de accidente rutiere, soldate cu 70 de morți. Nouă oameni au murit în provincia Nghe An și șapte în provincia Thanh Hoa.',
    'อุบัติเหตุลดลงช่วงวันหยุด\nในช่วงวันหยุด 5 วัน เกิดอุบัติเหตุทางถนนทั่วประเทศ 120 ครั้ง มีผู้เสียชีวิต 70 คน ผู้เสียชีวิต 9 คนอยู่ในจังหวัดเหงะอาน และอีก 7 คนอยู่ในจังหวัดแทงฮวา',
    'Minder ongevallen tijdens de feestdagen\nTijdens de vijf feestdagen gebeurden in heel het land 120 verkeersongevallen met 70 doden. Negen mensen kwamen om in de provincie Nghe An en zeven in de provincie Thanh Hoa.',
    'Λιγότερα τροχαία στις γιορτές\nΚατά τις πέντε ημέρες των γιορτών σημειώθηκαν σε όλη τη χώρα 120 τροχαία με 70 νεκρούς. Εννέα άνθρωποι σκοτώθηκαν στην επαρχία Νγκε Αν.',
  ])('%s', (text) => {
    expect(primaryOf(text)).toBeNull();
  });

  it('keeps the province whose police act', () => {
    expect(
      primaryOf(
        'Zadržení pašeráci\nPolicie provincie Nghe An zadržela dva muže, kteří pašovali drogy, jež se pak prodávaly v celé zemi.',
      ),
    ).toBe('nghe-an');
  });
});

describe("Function: extractArticle (a suspect's home against the acting police unit)", () => {
  it.each([
    'Un tânăr originar din provincia Thanh Hoa, prins cu heroină\nUn bărbat originar din provincia Thanh Hoa a fost prins cu două kilograme de heroină. Bărbatul, domiciliat în provincia Thanh Hoa, transporta drogurile într-un rucsac. Poliția provinciei Nghe An a anunțat că ancheta continuă, iar familia sa, locuitori din provincia Thanh Hoa, a fost informată.',
    'Seorang pria asal Provinsi Thanh Hoa ditangkap membawa heroin\nSeorang pria asal Provinsi Thanh Hoa tertangkap membawa dua kilogram heroin. Pria yang tinggal di Provinsi Thanh Hoa itu menyimpan narkoba di dalam tas. Kepolisian Provinsi Nghe An menyatakan penyelidikan masih berlanjut, dan keluarganya, warga Provinsi Thanh Hoa, telah diberi tahu.',
    'Lelaki dari wilayah Thanh Hoa ditahan bersama heroin\nSeorang lelaki yang berasal dari wilayah Thanh Hoa ditahan bersama dua kilogram heroin. Lelaki yang tinggal di wilayah Thanh Hoa itu menyimpan dadah di dalam beg. Polis provinsi Nghe An berkata siasatan masih diteruskan, dan keluarganya, penduduk wilayah Thanh Hoa, telah dimaklumkan.',
    'Άνδρας συνελήφθη με ηρωίνη\nΈνας άνδρας, κάτοικος της επαρχίας Ταν Χόα, πιάστηκε με δύο κιλά ηρωίνη. Ο άνδρας, που ζει στην επαρχία Ταν Χόα, έκρυβε τα ναρκωτικά σε ένα σακίδιο. Η αστυνομία της επαρχίας Νγκε Αν ανακοίνωσε ότι η έρευνα συνεχίζεται και ενημέρωσε την οικογένειά του, κατοίκους της επαρχίας Ταν Χόα.',
  ])('%s', (text) => {
    expect(primaryOf(text)).toBe('nghe-an');
  });
});
