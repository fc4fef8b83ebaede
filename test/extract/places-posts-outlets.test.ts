/**
 * Spec cases for two primary-province classes of unseen text (session 11), written for these rules as outlets
 * write them, in several languages; never sentences of the tuning or holdout sets.
 * - A border guard station is named after its commune ("Đồn Biên phòng Pù Nhi", "Grenzschutzposten Pù Nhi"):
 *   when the article names no province of its own, that commune is where the story happens.
 * - A provincial outlet's address ("hanoimoi.com.vn", "congan.quangninh.gov.vn", "huengaynay.vn") names its
 *   province even when it is not written bao<province>.vn.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import { PRIMARY, primaryOf } from '../support/primary-choice.js';

describe('Places: a border guard station names its commune', () => {
  it.each([
    [
      'de',
      'Heroin beschlagnahmt\nDie Grenzschutzkräfte der Provinz haben gemeinsam mit dem Grenzschutzposten Tam Chung einen Mann festgenommen. Der Verdächtige ist wohnhaft in der Provinz Son La.',
      'thanh-hoa',
    ],
    [
      'en',
      'Drug courier caught at the border\nOfficers of the Tam Chung Border Guard Station arrested a man carrying 20 blocks of heroin. The suspect lives in Son La province.',
      'thanh-hoa',
    ],
    [
      'en',
      'Border guards seize meth\nThe Quang Chieu border guard station, in coordination with local police, caught a man from Dien Bien province with 5 kg of meth.',
      'thanh-hoa',
    ],
    [
      'fr',
      "Saisie d'héroïne\nLe poste frontière de Pù Nhi a arrêté un homme originaire de la province de Son La qui transportait 12 pains d'héroïne.",
      'thanh-hoa',
    ],
    [
      'es',
      'Incautan heroína\nEl puesto fronterizo de Tam Chung detuvo a un hombre residente en la provincia de Son La con 12 panes de heroína.',
      'thanh-hoa',
    ],
    [
      'vi',
      'Bắt đối tượng vận chuyển ma túy\nĐồn Biên phòng Tam Chung phối hợp với Công an xã bắt giữ một đối tượng trú tại tỉnh Sơn La.',
      'thanh-hoa',
    ],
    [
      'en',
      'Smuggler caught at sea\nA patrol of the Hai Lien Border Guard Station (Nghe An Border Guard) seized 300 kg of firecrackers. The Hai Lien Border Guard Station is completing the case file.',
      'nghe-an',
    ],
  ])('%s: %s', (language, body, slug) => {
    expect(primaryOf(body, language)).toBe(slug);
  });
});

describe('Places: a provincial outlet named by its address', () => {
  it.each([
    [
      'ms',
      'Polis menahan pengedar dadah\nPasukan polis bandar menahan dua lelaki dengan 3 kg dadah.\nSumber: https://huengaynay.vn/an-ninh/bat-giu-123.html',
      'hue',
    ],
    [
      'en',
      'Police arrest two drug dealers\nCity police arrested two men with 3 kg of drugs.\nSource: hanoimoi.vn',
      'ha-noi',
    ],
    [
      'fr',
      'La police démantèle un réseau\nLa police provinciale a arrêté quatre personnes.\nSource : https://congan.quangninh.gov.vn/tin-tuc/456',
      'quang-ninh',
    ],
    [
      'de',
      'Polizei fasst Schmuggler\nDie Provinzpolizei hat drei Männer festgenommen.\nQuelle: thanhhoa.gov.vn',
      'thanh-hoa',
    ],
    [
      'es',
      'Detenidos dos hombres\nLa policía provincial detuvo a dos hombres.\nFuente: https://www.baonghean.vn/detenidos-789.html',
      'nghe-an',
    ],
  ])('%s: %s', (language, body, slug) => {
    expect(primaryOf(body, language)).toBe(slug);
  });

  it('reads no province from a national outlet or an ordinary word before .vn', () => {
    expect(
      primaryOf(
        'Police arrest two drug dealers\nPolice arrested two men with 3 kg of drugs.\nSource: vnexpress.net, tuoitre.vn',
        'en',
      ),
    ).toBeNull();
  });

  it('reads the address on a source line the structure keeps out of the body', () => {
    const text = [
      'Pengawal sempadan menahan pengedar dadah',
      'Pasukan pengawal sempadan bandar menahan tiga lelaki yang membawa 5 kg dadah sintetik dan 2 senjata api.',
      'Komander pasukan meminta semua unit meningkatkan rondaan sebelum Tahun Baru.',
      'Sumber: https://baoquangninh.vn/an-ninh/tangkap-789.html',
    ].join('\n');
    const result = extractArticle(Buffer.from(text), { primary: PRIMARY });
    expect(result.ok && result.article.primaryProvince?.slug).toBe('quang-ninh');
  });
});
