/**
 * Officials in the languages that had no people lexicon of their own (session 20): Greek, Bulgarian, Persian,
 * Urdu, Tagalog, Hebrew and Mongolian. A rank or an office of the language before the name makes an official;
 * a suspect or a place named the same way makes none. Hebrew, Persian and Urdu have no capitals: the name is
 * read after the title by the script's Vietnamese family names, or kept in Latin letters as the copy writes it.
 * Sentences written for the purpose.
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

describe('Function: findPeople (languages given a people lexicon in session 20)', () => {
  it.each([
    ['el', 'Ο πρωθυπουργός Παμ Μινχ Τσινχ ζήτησε να διερευνηθεί το δυστύχημα.', 'Παμ Μινχ Τσινχ', null],
    [
      'el',
      'Ο συνταγματάρχης Νγκουγιέν Βαν Λονγκ δήλωσε ότι η έρευνα συνεχίζεται.',
      'Νγκουγιέν Βαν Λονγκ',
      'colonel',
    ],
    [
      'el',
      'Σύμφωνα με τον υπουργό Δημόσιας Ασφάλειας Λουόνγκ Ταμ Κουάνγκ, οι έλεγχοι θα ενταθούν.',
      'Λουόνγκ Ταμ Κουάνγκ',
      null,
    ],
    ['bg', 'Вицепремиерът Чан Хонг Ха посети пострадалите райони.', 'Чан Хонг Ха', null],
    [
      'bg',
      'Полковник Нгуен Ван Лонг, директор на полицията, заяви, че разследването продължава.',
      'Нгуен Ван Лонг',
      'colonel',
    ],
    ['bg', 'Министърът на обществената сигурност Лыонг Там Куанг нареди проверка.', 'Лыонг Там Куанг', null],
    ['fa', 'سرهنگ نگوین ون لونگ گفت که تحقیقات ادامه دارد.', 'نگوین ون لونگ', 'colonel'],
    ['fa', 'نخست‌وزیر فام مین چین دستور داد که علت حادثه بررسی شود.', 'فام مین چین', null],
    [
      'fa',
      'سرهنگ Nguyen Van Long، رئیس پلیس استان، گفت که تحقیقات ادامه دارد.',
      'Nguyen Van Long',
      'colonel',
    ],
    ['ur', 'سینئر لیفٹیننٹ جنرل Nguyen Duy Ngoc نے پولیس کو خط بھیجا۔', 'Nguyen Duy Ngoc', 'colonel general'],
    ['ur', 'کرنل نگوین وان لونگ نے بتایا کہ تحقیقات جاری ہیں۔', 'نگوین وان لونگ', 'colonel'],
    ['ur', 'نائب وزیر Le Quoc Hung نے جائے حادثہ کا دورہ کیا۔', 'Le Quoc Hung', null],
    [
      'tl',
      'Sinabi ni Koronel Nguyen Van Long na nagpapatuloy ang imbestigasyon.',
      'Nguyen Van Long',
      'colonel',
    ],
    [
      'tl',
      'Ayon kay Punong Ministro Pham Minh Chinh, dapat imbestigahan ang aksidente.',
      'Pham Minh Chinh',
      null,
    ],
    ['he', 'אלוף משנה נגוין ואן לונג אמר כי החקירה נמשכת.', 'נגוין ואן לונג', 'colonel'],
    ['he', "ראש הממשלה פאם מין צ'ין הורה לחקור את התאונה.", "פאם מין צ'ין", null],
    ['mn', 'Хурандаа Нгуен Ван Лонг мөрдөн шалгалт үргэлжилж байгааг мэдэгдэв.', 'Нгуен Ван Лонг', 'colonel'],
    ['mn', 'Ерөнхий сайд Фам Минь Чинь ослын шалтгааныг шалгахыг үүрэг болгов.', 'Фам Минь Чинь', null],
    // A Latin name with its office in apposition after the Arabic-script comma (،).
    ['fa', 'Nguyen Van Long، معاون وزیر امنیت عمومی، گفت که بازرسی ادامه دارد.', 'Nguyen Van Long', null],
    ['ur', 'Le Van Tuyen، صوبائی پولیس کے ڈائریکٹر، نے بتایا کہ تحقیقات جاری ہیں۔', 'Le Van Tuyen', null],
  ])('[%s] %s', (language, text, name, rank) => {
    expect(officials(text, language)).toEqual([[name, rank]]);
  });

  it.each([
    // A suspect or a victim named without a title, and a place with a Vietnamese name: no official.
    ['el', 'Ο ύποπτος Νγκουγιέν Βαν Ναμ συνελήφθη από την αστυνομία.'],
    ['el', 'Η επαρχία Κουάνγκ Νιν επλήγη από τον τυφώνα.'],
    ['bg', 'Заподозреният Нгуен Ван Нам беше задържан от полицията.'],
    ['bg', 'Провинция Куанг Нин пострада от тайфуна.'],
    ['fa', 'مظنون نگوین ون نام توسط پلیس دستگیر شد.'],
    ['ur', 'ملزم Nguyen Van Nam کو پولیس نے گرفتار کر لیا۔'],
    ['tl', 'Inaresto ng pulisya ang suspek na si Nguyen Van Nam.'],
    ['he', 'החשוד נגוין ואן נאם נעצר על ידי המשטרה.'],
    ['mn', 'Сэжигтэн Нгуен Ван Нам-ыг цагдаа баривчилжээ.'],
    ['mn', 'Куанг Нинь мужид хар салхи дайрчээ.'],
    // A place after an office and a particle: Hồ Chí Minh city is no Mr Hồ.
    ['ur', 'نائب وزیر نے ہو چی منہ شہر کے پولیس کو خط بھیجا۔'],
    ['ur', 'نائب وزیر نے ہا نوئی شہر کا دورہ کیا۔'],
    ['el', 'Ο οδηγός Τραν Βαν Χουνγκ τραυματίστηκε σοβαρά.'],
    ['fa', 'Nguyen Van Nam، ۴۵ ساله، ساکن استان، دستگیر شد.'],
  ])('[%s] no official in: %s', (language, text) => {
    expect(officials(text, language)).toEqual([]);
  });
});
