import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../lambdas/shared/vocabulary.js';
import { buildGazetteer as loadGazetteer } from '../../lambdas/extract/places/gazetteer.js';
import { loadPlacesLexicons, PlacesLexiconSchema } from '../../lambdas/extract/places/lexicon.js';
import { LexiconError, ProvinceWireError } from '../../lambdas/shared/errors.js';
import { LEXICONS } from '../../lambdas/extract/lexicons/index.generated.js';
import { modernTone } from '../../lambdas/extract/places/names.js';
import { buildGazetteer, splitPrefix } from '../../scripts/build-gazetteer.js';

const gaz = loadGazetteer();
const old = gaz.provinces.slice(0, 63);

describe('Data: gazetteer', () => {
  it('maps each of the 63 pre-2025 provinces to one of 34 units in force since 2025-07-01', () => {
    // Act
    const successors = new Set(old.map((p) => gaz.provinces[p.successor]!.slug));

    // Assess
    expect(old).toHaveLength(63);
    expect(new Set(old.map((p) => p.slug)).size).toBe(63);
    expect(successors.size).toBe(34);
    for (const slug of successors) expect(gaz.bySlug.get(slug)?.ref.successor.slug).toBe(slug);
  });

  it.each([
    ['tuyen-quang', ['ha-giang', 'tuyen-quang']],
    ['phu-tho', ['hoa-binh', 'phu-tho', 'vinh-phuc']],
    ['ninh-binh', ['ha-nam', 'nam-dinh', 'ninh-binh']],
    ['lam-dong', ['binh-thuan', 'dak-nong', 'lam-dong']],
    ['ho-chi-minh', ['ba-ria-vung-tau', 'binh-duong', 'ho-chi-minh']],
    ['can-tho', ['can-tho', 'hau-giang', 'soc-trang']],
    ['vinh-long', ['ben-tre', 'tra-vinh', 'vinh-long']],
    ['hue', ['thua-thien-hue']],
    ['quang-ninh', ['quang-ninh']],
  ])('merges into %s exactly %j', (successor, merged) => {
    // Act
    const found = old.filter((p) => p.ref.successor.slug === successor).map((p) => p.slug);

    // Assess
    expect(found.sort()).toEqual(merged);
  });

  it('places every locality in a known province', () => {
    // Act
    const entries = [...gaz.byKey.values()].flat();

    // Assess
    expect(entries.length).toBeGreaterThan(10_000);
    for (const e of entries) expect(gaz.provinces[e.province]).toBeDefined();
    expect(entries.every((e) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(e.slug))).toBe(true);
  });

  it('stays compact', () => {
    // Act
    const size = readFileSync(new URL('../../lambdas/extract/data/gazetteer.json', import.meta.url)).length;

    // Assess
    expect(size).toBeLessThan(400 * 1024);
  });

  it('is the committed output of scripts/build-gazetteer.ts', async () => {
    // Act
    const fresh = await buildGazetteer();

    // Assess
    expect(readFileSync(new URL('../../lambdas/extract/data/gazetteer.json', import.meta.url), 'utf8')).toBe(
      fresh,
    );
  });
});

describe('Function: splitPrefix', () => {
  it.each([
    ['Xã Cốc San', 'Cốc San', 'c'],
    ['Phường Cao Xanh', 'Cao Xanh', 'w'],
    ['Thị trấn Khe Sanh', 'Khe Sanh', 's'],
    ['Thị Trấn Mường Chà', 'Mường Chà', 's'],
    ['Huyện Hướng Hóa', 'Hướng Hóa', 'd'],
    ['Quận Ba Đình', 'Ba Đình', 'd'],
    ['Thành phố Đông Hà', 'Đông Hà', 'y'],
    ['Thị xã Thái Hoà', 'Thái Hòa', 't'],
    ['Tỉnh Quảng Ninh', 'Quảng Ninh', 'p'],
  ])('%s → %s (%s)', (raw, name, kind) => {
    // Act & assess
    expect(splitPrefix(raw)).toEqual({ name, kind });
  });

  it('rejects an unknown prefix', () => {
    // Act & assess
    expect(() => splitPrefix('Làng Vũ Đại')).toThrow(/unknown administrative prefix/);
  });
});

describe('Function: modernTone', () => {
  it.each([
    ['Hoà Bình', 'Hòa Bình'],
    ['Thuỵ Khuê', 'Thụy Khuê'],
    ['Hoàng Mai', 'Hoàng Mai'],
    ['Quý Lộc', 'Quý Lộc'],
    ['Khoẻ', 'Khỏe'],
  ])('%s → %s', (input, expected) => {
    // Act & assess
    expect(modernTone(input)).toBe(expected);
  });
});

describe('Data: places lexicons', () => {
  it.each(LANGUAGES)('%s has a valid places.json', (lang) => {
    // Act
    const parsed = PlacesLexiconSchema.safeParse(LEXICONS[lang]?.places);

    // Assess
    expect(parsed.success).toBe(true);
  });

  it('names the file and field of an invalid lexicon', () => {
    // Prepare
    const raw = {
      xx: { places: { before: { province: [''] }, after: {}, subjectBefore: [], subjectAfter: [] } },
    };

    // Act & assess
    expect(() => loadPlacesLexicons(raw)).toThrow(LexiconError);
    expect(() => loadPlacesLexicons(raw)).toThrow(ProvinceWireError);
    expect(() => loadPlacesLexicons(raw)).toThrow(/lexicons\/xx\/places\.json: [^]*before\.province\[0\]/);
  });
});
