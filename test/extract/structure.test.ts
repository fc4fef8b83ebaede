import { describe, expect, it } from 'vitest';
import { parseStructure, stripCredit } from '../../lambdas/extract/structure/index.js';

describe('Function: parseStructure', () => {
  it('splits title, lead, headed sections, captions and trailing boilerplate', () => {
    // Prepare
    const text = [
      'Police dismantle a smuggling ring',
      '',
      'The provincial police arrested four suspects on Monday. They seized two trucks.',
      'Officers searched a warehouse near the port – Photo: Tran Hoa',
      'Results of the campaign',
      'More than thirty cases were solved during the year, the report said.',
      'Residents praised the operation.',
      'Le Thu',
      'Source : https://example.org/news/123.html',
      '',
      'Comment (0)',
    ].join('\n');

    // Act
    const s = parseStructure(text);

    // Assess
    expect(s.title).toBe('Police dismantle a smuggling ring');
    expect(s.sections).toEqual([
      {
        heading: null,
        paragraphs: ['The provincial police arrested four suspects on Monday. They seized two trucks.'],
      },
      {
        heading: 'Results of the campaign',
        paragraphs: [
          'More than thirty cases were solved during the year, the report said.',
          'Residents praised the operation.',
        ],
      },
    ]);
    expect(s.captions).toEqual(['Officers searched a warehouse near the port – Photo: Tran Hoa']);
    expect(s.boilerplate).toEqual(['Le Thu', 'Source : https://example.org/news/123.html', 'Comment (0)']);
    expect(s.body).toBe(
      [
        'Police dismantle a smuggling ring',
        'The provincial police arrested four suspects on Monday. They seized two trucks.',
        'Results of the campaign',
        'More than thirty cases were solved during the year, the report said.',
        'Residents praised the operation.',
      ].join('\n'),
    );
  });

  it('takes the first sentence as title when the text has no title line', () => {
    // Prepare
    const text =
      'La police a saisi deux kilos de drogue. Trois suspects ont été arrêtés.\nLe procès aura lieu en mai.';

    // Act
    const s = parseStructure(text);

    // Assess
    expect(s.title).toBe('La police a saisi deux kilos de drogue.');
    expect(s.body).toBe(text);
    expect(s.sections[0]?.paragraphs).toHaveLength(2);
  });

  it.each([
    ['fr', 'Le colonel remet les médailles – Photo : Minh Anh'],
    ['pl', 'Pułkownik wręcza odznaczenia - Zdjęcie: Thu Ha'],
    ['de', 'Der Oberst überreicht die Urkunden – Foto: Quang Huy'],
    ['cs', 'Plukovník předává ocenění – Foto: Hai Nam'],
    ['de', 'Die Polizei bei der Kontrolle. Bild: Agentur'],
    ['vi', 'Đại tá Trần Văn B trao thưởng cho các tập thể. (Ảnh: Văn Hùng)'],
    ['vi', 'Ảnh: Hoàng Long'],
    ['es', 'El coronel entrega los premios – Fotografía: Thanh Tam'],
  ])('recognises a %s caption: %s', (_lang, caption) => {
    // Prepare
    const text = `Titre\nUn paragraphe ordinaire de l'article.\n${caption}\nUn autre paragraphe.`;

    // Act
    const s = parseStructure(text);

    // Assess
    expect(s.captions).toEqual([caption]);
    expect(s.body).not.toContain(caption);
  });

  it.each([
    ['Źródło', 'Komentarz (0)'],
    ['Nguồn: Báo Công an', 'Bình luận (0)'],
    ['Quelle', 'Kommentar (3)'],
    ['Fuente', 'Comentarios (0)'],
    ['Zdroj', 'Komentáře (0)'],
    ['Bron', 'Reacties (2)'],
    ['Fonte', 'Commenti (0)'],
  ])('removes trailing "%s" and "%s" with the byline before them', (source, comment) => {
    // Prepare
    const text = `Titel\nEin Absatz des Artikels.\nNoch ein Absatz.\nThanh Binh\n${source}\n\n\n${comment}\n`;

    // Act
    const s = parseStructure(text);

    // Assess
    expect(s.boilerplate).toEqual(['Thanh Binh', source, comment]);
    expect(s.body).toBe('Titel\nEin Absatz des Artikels.\nNoch ein Absatz.');
  });

  it('keeps a short last paragraph when no source line follows it', () => {
    // Prepare
    const text = 'Titel\nEin Absatz des Artikels.\nThanh Binh';

    // Act
    const s = parseStructure(text);

    // Assess
    expect(s.boilerplate).toEqual([]);
    expect(s.body).toContain('Thanh Binh');
  });

  it('does not take a sentence that mentions a photo for a caption', () => {
    // Prepare
    const line = 'The photo was published on social networks, and the police traced it.';

    // Act
    const s = parseStructure(`Title\n${line}`);

    // Assess
    expect(s.captions).toEqual([]);
  });

  it.each([
    [
      'Titel\nDie PolizeiZwei Männer wurden festgenommen.',
      'Titel\nDie Polizei Zwei Männer wurden festgenommen.',
    ],
    [
      'Titre\nLes feux saisisLa police a arrêté trois hommes.',
      'Titre\nLes feux saisis La police a arrêté trois hommes.',
    ],
    [
      'Title\nVnExpress and TikTok posts, seen by iPhone users.',
      'Title\nVnExpress and TikTok posts, seen by iPhone users.',
    ],
  ])('splits words glued by page extraction, not brand names: %s', (text, body) => {
    // Act
    const s = parseStructure(text);

    // Assess
    expect(s.body).toBe(body);
  });
});

describe('Function: stripCredit', () => {
  it.each([
    ['Colonel X presents awards – Photo: Y Z', 'Colonel X presents awards'],
    ['Pułkownik X wręcza - Zdjęcie: Y', 'Pułkownik X wręcza'],
    ['Đại tá X phát biểu. (Ảnh: Y)', 'Đại tá X phát biểu.'],
  ])('keeps what the photo shows: %s', (caption, expected) => {
    expect(stripCredit(caption)).toBe(expected);
  });
});
