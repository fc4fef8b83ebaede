/**
 * Serbo-Croatian's two standard pronunciations of the old vowel jat, after the word markers (markers.ts) have
 * spoken: Serbia's standard is ekavian (dve, deca, pre, mesto, povređen), Croatia's and Bosnia's are
 * ijekavian (dvije, djeca, prije, mjesto, povrijeđen). A text whose jat words are mostly ekavian is Serbian
 * whatever its other words; one whose jat words are mostly ijekavian and that writes none of Serbia's own
 * words (saopštenje, opština, bezbednost...) is not read as Serbian: franc's Serbian answer becomes Bosnian,
 * the ijekavian standard that shares Serbian's vocabulary (hiljada, uhapšen), when neither tells more. Both
 * alphabets; lower-case words as the texts write them (the reflexes differ in letters that folding keeps).
 */

const EKAVIAN = new Set(
  (
    'dve dvema deca dece deci dete pre posle mesto mesta mestu mesec meseca meseci meseca reka reke sreda sredu ' +
    'nedelja nedelje nedelju nedelji delu deo telo tela telu celo cela celog celom celu cena cene ceni svet ' +
    'sveta svetu severno severu severnom severni beli bela lepo mera mere povređen povređena povređeno povređeni ' +
    'povređenih povređenog povredio povredila ozleđen izvestio izvestila izvestili izveštaj izveštaju vest vesti ' +
    'smer smeru pešak pešaka pešaci uspeo uspela sleteo sletela hteo gde ovde negde lekar lekara lekari lekove ' +
    'vetar vetra vetru vetrom vetrovi vetrova ' +
    'zaplenjeno zaplenjena zaplenila zaplenili zaplena preneo prenela prenele bezbednost bezbednosti ' +
    'две деца деце деци дете пре после место места месту месец месеца река реке среда среду недеља недеље ' +
    'недељу делу део тело тела цело цела целог цена цене свет света свету северно северу бели бела мере ' +
    'повређен повређена повређено повређени повређених известио известила известили извештај извештају ' +
    'вест вести смеру пешак пешака пешаци успео успела слетео где овде лекар лекара заплењено заплењена ' +
    'запленила запленили пренео пренела безбедност безбедности'
  ).split(' '),
);

const IJEKAVIAN = new Set(
  (
    'dvije djeca djece djeci dijete prije poslije mjesto mjesta mjestu mjesec mjeseca mjeseci rijeka rijeke ' +
    'srijeda srijedu nedjelja nedjelje nedjelju nedjelji dijelu dio tijelo tijela tijelu cijelo cijela cijelog ' +
    'cijelom cijelu cijena cijene cijeni svijet svijeta svijetu sjeverno sjeveru sjevernom sjeverni bijeli ' +
    'bijela lijepo mjera mjere povrijeđen povrijeđena povrijeđeno povrijeđeni povrijeđenih povrijeđenog ' +
    'povrijedio povrijedila ozlijeđen ozlijeđena ozlijeđeno ozlijeđeni ozlijeđenih izvijestio izvijestila ' +
    'izvijestili izvještaj izvještaju vijest vijesti smjer smjeru pješak pješaka pješaci uspio uspjela sletio ' +
    'sletjela htio gdje ovdje negdje ljekar ljekara ljekari lijekove zaplijenjeno zaplijenjena zaplijenila ' +
    'vjetar vjetra vjetru vjetrom vjetrovi vjetrova ' +
    'zaplijenili zapljena prenio prenijela prenijele sigurnost sigurnosti ' +
    'двије дјеца дјеце дијете прије послије мјесто мјеста мјесту мјесец ријека ријеке сриједа сриједу ' +
    'недјеља недјеље недјељу дијелу дио тијело тијела цијело цијена цијене свијет свијета сјеверно бијели ' +
    'повријеђен повријеђена повријеђено повријеђени повријеђених извијестио извијестила извијештај вијест ' +
    'вијести пјешак гдје овдје заплијењено заплијењена заплијенила пренио'
  ).split(' '),
);

/**
 * Words of Serbia's own standard that ijekavian Serbian (Republika Srpska, Montenegro) writes too. Latin
 * saopštenje is not one: Bosnian's standard admits it beside saopćenje and Bosnian outlets write it; in
 * Cyrillic, which Bosnian news hardly uses, it still marks Serbian.
 */
const SERBIAN_WORD = /^(opštin|bezbedn|bezbjedn|саопшт|општин|безбедн|безбједн)/u;

/**
 * Latin texts typed without đ write it "dj" (povredjeno, medju); a word not found as written is looked up
 * with đ. Ijekavian dj (djeca, gdje) is found first, as written.
 */
function reflexOf(word: string): 'e' | 'ije' | undefined {
  for (const form of word.includes('dj') ? [word, word.replaceAll('dj', 'đ')] : [word]) {
    if (EKAVIAN.has(form)) return 'e';
    if (IJEKAVIAN.has(form)) return 'ije';
  }
  return undefined;
}

const WORD = /\p{L}+/gu;
const SERBO_CROATIAN = new Set(['hrv', 'srp', 'bos']);

/** Text between quotation marks of the styles these outlets use („…“, “…”, "…", »…«, «…»). */
const QUOTED = /„[^“”\n]*[“”]|“[^”\n]*”|"[^"\n]*"|»[^«\n]*«|«[^»\n]*»/gu;

function reflexCounts(text: string): { ekavian: number; ijekavian: number; serbian: boolean } {
  let ekavian = 0;
  let ijekavian = 0;
  let serbian = false;
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    const reflex = reflexOf(word);
    if (reflex === 'e') ekavian++;
    else if (reflex === 'ije') ijekavian++;
    if (SERBIAN_WORD.test(word)) serbian = true;
  }
  return { ekavian, ijekavian, serbian };
}

/** `code`, or the standard the text's jat reflexes name (ISO 639-3, franc's codes). */
export function refineJat(code: string, text: string): string {
  if (!SERBO_CROATIAN.has(code)) return code;
  // A report quotes speakers of other standards (an ekavian Belgrade report quoting a minister from Republika
  // Srpska): the reporter's own words decide, the quotes only when they are all there is.
  const own = reflexCounts(text.replace(QUOTED, ' '));
  const { ekavian, ijekavian, serbian } = own.ekavian + own.ijekavian > 0 ? own : reflexCounts(text);
  if (ekavian > ijekavian) return 'srp';
  if (ijekavian > ekavian && code === 'srp' && !serbian) return 'bos';
  return code;
}
