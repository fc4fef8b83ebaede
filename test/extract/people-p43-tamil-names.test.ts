/**
 * Session 43 (ppl43): Tamil writes Vietnamese names in several spellings (டிரான் and ட்ரான், Trần; நுயேன், Nguyễn;
 * டுவோங், Dương; லுவோங், Lương), its senior ranks with மூத்த or சீனியர், the head of government பிரதமர், and a
 * name is followed by the verb of saying ("அமைச்சர் டோ லாம் கூறினார்"), which ends it. Sentences written for the
 * purpose.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function officials(text: string): Array<[string, string | null, string | null]> {
  return findPeople(makeDocument(text, 'ta'), { isPlaceName, isNamesake, isLocalityName })
    .map((p): [string, string | null, string | null] => [p.name, p.rank, p.role])
    .sort();
}

describe('ta: Vietnamese names in Tamil spellings, senior ranks and offices (p43)', () => {
  it.each<[string, string, string | null, string | null]>([
    ['கர்னல் டிரான் வான் நாம் தெரிவித்தார்.', 'டிரான் வான் நாம்', 'colonel', null],
    ['கர்னல் டுவாங் வான் தாய் தெரிவித்தார்.', 'டுவாங் வான் தாய்', 'colonel', null],
    ['கர்னல் லுவோங் மின் துவான் தெரிவித்தார்.', 'லுவோங் மின் துவான்', 'colonel', null],
    ['கேப்டன் நுகுயென் தி லான் கூறினார்.', 'நுகுயென் தி லான்', 'captain', null],
    ['மூத்த லெப்டினன்ட் புய் வான் தோ கூறினார்.', 'புய் வான் தோ', 'senior lieutenant', null],
    ['வியட்நாம் பிரதமர் பாம் மின் சின் உத்தரவிட்டார்.', 'பாம் மின் சின்', null, 'பிரதமர்'],
    ['பொது பாதுகாப்பு அமைச்சர் டோ லாம் கூறினார்.', 'டோ லாம்', null, 'அமைச்சர்'],
  ])('%s', (text, name, rank, role) => {
    expect(officials(text)).toEqual([[name, rank, role]]);
  });

  it('a Tamil word that is no Vietnamese name after a rank makes no official', () => {
    expect(officials('கர்னல் பதவி உயர்வு விழா நடைபெற்றது.')).toEqual([]);
  });
});
