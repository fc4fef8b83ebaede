import { describe, expect, it } from 'vitest';
import { contentHash, extractArticle } from '../../lambdas/extract/index.js';
import { ExtractedArticleSchema } from '../../lambdas/shared/article.js';
import { PRIMARY } from '../support/primary-choice.js';

const TEXT =
  "La police de la province de Nghệ An a arrêté 14 suspects.\nL'ordre socio-économique est maintenu dans 3 communes.\n";

function utf16le(text: string): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  return Buffer.concat([Buffer.from([0xff, 0xfe]), body]);
}

describe('Function: extractArticle', () => {
  it('returns a record that satisfies the Article schema', () => {
    // Act
    const result = extractArticle(Buffer.from(TEXT), { primary: PRIMARY });
    // Assess
    expect(result.ok).toBe(true);
    if (result.ok) expect(ExtractedArticleSchema.safeParse(result.article).success).toBe(true);
  });

  it('gives the same content hash for the same text in another encoding, line ending or spacing', () => {
    // Prepare
    const variants = [
      Buffer.from(TEXT),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]),
      utf16le(TEXT),
      Buffer.from(TEXT.replace(/\n/g, '\r\n')),
      Buffer.from(`\n  ${TEXT.replace(/ /g, '  ')}\n\n`),
    ];
    // Act
    const hashes = variants.map((bytes) => {
      const r = extractArticle(bytes, { primary: PRIMARY });
      if (!r.ok) throw new Error(r.rejection.message);
      return r.article.contentHash;
    });
    // Assess
    expect(new Set(hashes).size).toBe(1);
    expect(hashes[0]).not.toBe(contentHash(TEXT.replace('14', '15')));
  });

  it.each([
    [
      'tabs, no-break and ideographic spaces',
      `\t${TEXT.replace(/ /g, ' \u00a0\t').replace(/\n/g, '\u3000\n \n')}`,
    ],
    ['line and paragraph separators', TEXT.replace(/\n/g, '\u2028\n\u2029')],
    [
      'captions and boilerplate',
      `${TEXT}Officers at work \u2013 Photo: Le Thu\nSource: https://example.org/1\n`,
    ],
    ['a decomposed letter', TEXT.replace('é', 'e\u0301')],
    ['a control character between a letter and its mark', TEXT.replace('é', 'e\u0007\u0301')],
  ])('records contentHash of the decoded text for %s', (_, text) => {
    // Act: the engine hashes the lines its structure pass normalized, not the text a second time
    const r = extractArticle(Buffer.from(text), { primary: PRIMARY });
    // Assess
    if (!r.ok) throw new Error(r.rejection.message);
    // (decoding takes the control character out)
    expect(r.article.contentHash).toBe(contentHash(text.replace('\u0007', '')));
  });

  it('counts words with apostrophes and hyphens inside one word', () => {
    const r = extractArticle(Buffer.from("L'ordre socio-économique de la province a 3 156 agents."), {
      primary: PRIMARY,
    });
    expect(r.ok && r.article.wordCount).toBe(9);
  });

  it.each([
    ['empty', Buffer.alloc(0), 'EMPTY'],
    ['whitespace', Buffer.from(' \n\t \n'), 'EMPTY'],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'BINARY'],
    ['digits only', Buffer.from('12 34 56\n'), 'NO_TEXT'],
    ['a few words', Buffer.from('Hello world, this is a test.\n'), 'TOO_SHORT'],
    ['a title alone', Buffer.from('Quảng Ninh bắt 5 đối tượng\n'), 'TOO_SHORT'],
  ])('rejects %s input with a reason instead of throwing', (_name, bytes, reason) => {
    const r = extractArticle(bytes, { primary: PRIMARY });
    expect(r.ok ? null : r.rejection.reason).toBe(reason);
    if (!r.ok) expect(r.rejection.message.length).toBeGreaterThan(10);
  });

  it('accepts a text of the minimum article length', () => {
    // Prepare: seven words is a note, eight an article.
    const seven = 'La police a arrêté deux suspects hier.';
    // Act
    const [short, enough] = [seven, `${seven} Enquête.`].map((t) =>
      extractArticle(Buffer.from(t), { primary: PRIMARY }),
    );
    // Assess
    expect(short!.ok ? null : short!.rejection.reason).toBe('TOO_SHORT');
    expect(enough!.ok && enough!.article.wordCount).toBe(8);
  });

  it.each([
    [
      'zh',
      '越南广宁省发生交通事故\n\n广宁省发生一起严重交通事故，导致2人当场死亡、3人受伤。警方已拘留肇事司机。\n',
    ],
    [
      'ja',
      'クアンニン省で交通事故\n\nクアンニン省で大型バスが横転し、2人が死亡、14人が負傷した。警察が原因を調べている。\n',
    ],
    ['th', 'อุบัติเหตุในจังหวัดหวิญฟุก\n\nรถโดยสารพลิกคว่ำบนทางหลวงเมื่อคืนนี้ มีผู้เสียชีวิตสามราย\n'],
  ])(
    'counts the words of a short %s brief, written without spaces, by word boundaries',
    (_language, text) => {
      // Act
      const r = extractArticle(Buffer.from(text), { primary: PRIMARY });
      // Assess: a brief of two sentences is an article, though it holds fewer than eight runs of letters.
      expect(r.ok ? r.article.wordCount : r.rejection.message).toBeGreaterThanOrEqual(8);
    },
  );

  it('still rejects a title alone written without spaces', () => {
    const r = extractArticle(Buffer.from('广宁省查获毒品\n'), { primary: PRIMARY });
    expect(r.ok ? null : r.rejection.reason).toBe('TOO_SHORT');
  });

  it('rejects input over the size limit before reading it', () => {
    const r = extractArticle(Buffer.from(TEXT), { maxBytes: 10 });
    expect(r.ok ? null : r.rejection.reason).toBe('TOO_LARGE');
  });

  it.each([
    [
      'en',
      'Villagers hand over homemade explosives\n\nSeized shells on display at the headquarters of Phu Vang district, Hue City. Photo: Le Minh\n\nOn Monday, three villagers brought 40 homemade shells to the local police station. The police thanked them for their help.\n',
      'hue',
    ],
    [
      'fr',
      "Des villageois remettent des pétards\n\nLes pétards saisis au siège de la police de la province de Quang Tri. Photo : Tran Anh\n\nLundi, deux habitants ont remis 25 kg de pétards au poste de police de la commune. L'enquête se poursuit.\n",
      'quang-tri',
    ],
  ])('reads the province of a %s text that names none from its photo caption', (_language, text, slug) => {
    // Act
    const r = extractArticle(Buffer.from(text), { primary: PRIMARY });
    // Assess
    expect(r.ok && r.article.captions.length).toBe(1);
    expect(r.ok && r.article.primaryProvince?.slug).toBe(slug);
    expect(r.ok && r.article.provinces.map((p) => p.slug)).toEqual([slug]);
  });

  it('keeps the provinces of the text over those of a caption', () => {
    const text =
      'Police seize drugs\n\nOfficers at the scene in Hanoi. Photo: VNA\n\nPolice in Nghe An province seized 5 kg of heroin and arrested two men on Monday.\n';
    const r = extractArticle(Buffer.from(text), { primary: PRIMARY });
    expect(r.ok && r.article.primaryProvince?.slug).toBe('nghe-an');
    expect(r.ok && r.article.provinces.map((p) => p.slug)).toEqual(['nghe-an']);
  });
});
