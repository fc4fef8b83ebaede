/**
 * Classes of the people misses on unseen text (transfer batches 16-19): an office written after the name in
 * the languages whose noun phrases end in their head (Hungarian, Turkish, Finnish: lexicon rolesAfterName),
 * Slovak offices (read with the Czech lexicon), and a name joined to the authority it speaks for with no
 * office word ("X van de rampendienst", "X dari Badan ...": lexicon memberLinkers) in Dutch, Romanian,
 * Indonesian, Malay and Polish. Sentences written for the purpose; the real gazetteer decides places.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function officials(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName })
    .map((p): [string, string | null] => [p.name, p.rank])
    .sort();
}

describe('Function: findPeople (an office after the name, head-final languages)', () => {
  it.each([
    ['hu', 'Pham Quoc Viet belügyminiszter elrendelte a vizsgálatot.', 'Pham Quoc Viet'],
    ['hu', 'Pham Quoc Viet külügyminiszter-helyettes fogadta a küldöttséget.', 'Pham Quoc Viet'],
    ['hu', 'Pham Quoc Viet megyei rendőrkapitány szerint a sofőr elaludt.', 'Pham Quoc Viet'],
    ['hu', 'Pham Quoc Viet, a tartományi népbizottság alelnöke, a helyszínre sietett.', 'Pham Quoc Viet'],
    [
      'tr',
      'Pham Quoc Viet, il halk komitesi başkan yardımcısı, yolların kapandığını söyledi.',
      'Pham Quoc Viet',
    ],
    ['tr', 'Pham Quoc Viet, Quang Nam Valisi, kurtarma ekiplerini bölgeye gönderdi.', 'Pham Quoc Viet'],
    ['fi', 'Pham Quoc Viet, maakunnan poliisipäällikkö, kertoi tutkinnan jatkuvan.', 'Pham Quoc Viet'],
  ])('[%s] %s', (language, text, name) => {
    expect(officials(text, language)).toEqual([[name, null]]);
  });

  it.each([
    // The object of a verb, not an office: an article opens it (hu), or no comma where titles never follow.
    ['hu', 'Nguyen Van Phuc felkereste az igazgatót a kórházban.'],
    ['hu', 'Nguyen Van Phuc meglátogatta a tartományi rendőrség igazgatóját.'],
    ['tr', 'Nguyen Van Phuc valiye bir dilekçe verdi.'],
    ['fi', 'Nguyen Van Phuc tapasi johtajan sairaalassa.'],
    // A place's own police, and a suspect's place in a gang.
    ['hu', 'Quang Nam tartományi rendőrsége vizsgálatot indított.'],
    ['hu', 'A gyanúsított Lo Van Sinh, a banda vezetője, beismerte tettét.'],
    ['tr', 'Şüpheli Lo Van Sinh, çetenin elebaşı, suçunu itiraf etti.'],
  ])('[%s] %s', (language, text) => {
    expect(officials(text, language)).toEqual([]);
  });
});

describe('Function: findPeople (Slovak offices, read with the Czech lexicon)', () => {
  it.each([
    ['Podpredseda vlády Pham Quoc Viet navštívil postihnuté obce.'],
    ['„Záchranári pracujú celú noc,“ povedal podpredseda provinčného ľudového výboru Pham Quoc Viet.'],
    ['Riaditeľ provinčnej polície Pham Quoc Viet nariadil vyšetrovanie.'],
    ['Náčelník dopravnej polície Pham Quoc Viet uviedol, že vodič zaspal.'],
  ])('%s', (text) => {
    expect(officials(text, 'sk')).toEqual([['Pham Quoc Viet', null]]);
  });
});

describe('Function: findPeople (a name and the authority it speaks for, nl ro id ms pl)', () => {
  it.each([
    ['nl', '"De dijk hield stand," zei Pham Quoc Viet van de provinciale waterstaatsdienst.'],
    [
      'ro',
      '„Drumurile sunt blocate”, a spus Pham Quoc Viet de la Inspectoratul provincial pentru situații de urgență.',
    ],
    ['id', '"Jalan masih tertutup," ujar Pham Quoc Viet dari Dinas Perhubungan provinsi.'],
    ['ms', '"Jalan masih ditutup," kata Pham Quoc Viet dari Jabatan Kerja Raya wilayah itu.'],
    ['pl', '– Drogi są zamknięte – powiedział Pham Quoc Viet z komendy policji prowincji.'],
  ])('[%s] %s', (language, text) => {
    expect(officials(text, language)).toEqual([['Pham Quoc Viet', null]]);
  });

  it.each([
    ['nl', 'De verdachte Lo Van Sinh van het transportbedrijf werd opgepakt.'],
    ['ro', 'Suspectul Lo Van Sinh de la firma de transport a fost reținut.'],
    ['id', 'Lo Van Sinh dari Desa Hoa Binh ditangkap polisi.'],
    ['pl', 'Lo Van Sinh z Hoa Binh został zatrzymany przez policję.'],
  ])('[%s] %s', (language, text) => {
    expect(officials(text, language)).toEqual([]);
  });
});

describe('Function: findPeople (a two-word name and the authority it speaks for)', () => {
  it.each([
    ['pt', '"Ninguém ficou sem abrigo", disse Lam Khoa, do departamento provincial de defesa civil.'],
    ['en', '"No one was left without shelter," said Lam Khoa of the provincial civil defence department.'],
    ['de', '„Niemand blieb ohne Unterkunft“, sagte Lam Khoa von der Provinzbehörde für Zivilschutz.'],
  ])('[%s] %s', (language, text) => {
    expect(officials(text, language)).toEqual([['Lam Khoa', null]]);
  });
});

describe('Function: findPeople (Swahili ranks, offices and private persons)', () => {
  it.each([
    ['Naibu Waziri Mkuu Pham Quoc Viet alitembelea vijiji vilivyoathirika.', 'Pham Quoc Viet', null],
    [
      'Kanali Pham Quoc Viet, mkurugenzi wa polisi wa mkoa, aliongoza uchunguzi.',
      'Pham Quoc Viet',
      'colonel',
    ],
    [
      'Mkuu wa polisi ya trafiki, Luteni Kanali Pham Quoc Viet, alisema dereva alisinzia.',
      'Pham Quoc Viet',
      'lieutenant-colonel',
    ],
    [
      '"Tunawahamisha wakazi," alisema Pham Quoc Viet, mwenyekiti wa kamati ya watu ya mkoa.',
      'Pham Quoc Viet',
      null,
    ],
  ])('%s', (text, name, rank) => {
    expect(officials(text, 'sw')).toEqual([[name, rank]]);
  });

  it.each([
    ['Mshukiwa Lo Van Sinh, mwenye umri wa miaka 41, alikamatwa na polisi.'],
    ['Dereva Lo Van Sinh alikufa papo hapo.'],
    ['Bwana Lo Van Sinh alisema moto ulianza jikoni.'],
  ])('%s', (text) => {
    expect(officials(text, 'sw')).toEqual([]);
  });
});
