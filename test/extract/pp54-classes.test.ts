/**
 * Classes of session 54's places helper (pp54), on sentences written for this test:
 * - a provincial police story of the common shapes reads its province in el, it, ko, ja, ur, bn, ar and nl: the
 *   unit names its province once and the town three times; the suspect's home province is named as often as the
 *   scene; the force works with partners of a list; a district is named with its province in apposition; the
 *   province is named in the headline only; a place is named by its new and its old name after the 2025 merger
 *   (read through the whole engine, which gives an article dated after the reform the unit of its day);
 * - a caption some outlets wrap whole in angle brackets ("<…(写真提供:X)>") is a caption (structure/markers.ts;
 *   ja 写真提供 is a credit marker), and one that names several provinces under a text that names none lists them
 *   but makes none the article's (a road joining two provinces); one province under the photo is still the place;
 * - a national authority acting in the lead over a short list of provinces ("the Ministry … arrested 30 people in
 *   the provinces of A, B and C") makes none of them the story's place; a province whose own force acts keeps it
 *   (summarize.ts);
 * - the force that opens a short text, before any other province is named, is no item of a round-up however many
 *   provinces follow ("the police of A arrested 30 people in the provinces of B, C and D") (summarize.ts);
 * - ar: a home written before the type word of a name read by its sound ("يقيم في مقاطعة X") is a home
 *   (arabic.ts; lexicon residenceBefore), so a headline's province stays the story's;
 * - ja and zh: a formerly cue in Han characters is glued to the name it glosses ("（旧フーイエン省）") and dates the
 *   text after the reform (formerly.ts); "(旧正月)", the lunar new year, glosses no place.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import { parseStructure } from '../../lambdas/extract/structure/index.js';
import { PRIMARY, placeSlugsOf } from '../support/primary-choice.js';

/** The primary province's slug the whole engine gives `text` (null: none). */
function articlePrimary(text: string): string | null {
  const result = extractArticle(new TextEncoder().encode(text), { primary: PRIMARY });
  if (!result.ok) throw new Error(result.rejection.message);
  return result.article.primaryProvince?.slug ?? null;
}

describe('Function: findPlaces (pp54 classes)', () => {
  describe('a provincial police story of the common shapes', () => {
    it.each([
      [
        'it',
        'town',
        "Sequestro di droga a Mong Cai\nLa polizia della provincia di Quang Ninh ha arrestato due uomini a Mong Cai. I due trasportavano 5 chili di eroina verso il centro di Mong Cai. Secondo la polizia, la droga era nascosta in un camion fermato all'ingresso di Mong Cai.",
        'quang-ninh',
      ],
      [
        'it',
        'home',
        "Arrestato un corriere\nLa polizia di Quang Ninh ha arrestato un uomo di 40 anni originario della provincia di Thai Binh. L'uomo, residente a Thai Binh, trasportava 3 chili di droga. La polizia di Quang Ninh ha sequestrato anche un'auto.",
        'quang-ninh',
      ],
      [
        'it',
        'list',
        'Operazione congiunta\nLa polizia della provincia di Nghe An, in collaborazione con la polizia di Ha Tinh e Thanh Hoa, ha smantellato una banda di trafficanti. Sono stati arrestati 7 sospetti.',
        'nghe-an',
      ],
      [
        'it',
        'appos',
        'Incidente stradale\nUn camion si è scontrato con un autobus nel distretto di Tuy Phong, provincia di Binh Thuan. Tre persone sono morte. La polizia del distretto di Tuy Phong indaga sulle cause.',
        'binh-thuan',
      ],
      [
        'it',
        'headline',
        'Quang Ninh, sequestrati 20 chili di metanfetamina\nLa polizia provinciale ha arrestato tre uomini che trasportavano 20 chili di metanfetamina su un camion. I tre sono stati fermati al confine.',
        'quang-ninh',
      ],
      [
        'nl',
        'town',
        'Drugsvangst in Mong Cai\nDe politie van de provincie Quang Ninh heeft in Mong Cai twee mannen aangehouden. Ze vervoerden 5 kilo heroïne naar het centrum van Mong Cai. De drugs zaten verstopt in een vrachtwagen die bij de ingang van Mong Cai werd tegengehouden.',
        'quang-ninh',
      ],
      [
        'nl',
        'home',
        'Koerier opgepakt\nDe politie van Quang Ninh heeft een 40-jarige man uit de provincie Thai Binh gearresteerd. De man, die in Thai Binh woont, vervoerde 3 kilo drugs. De politie van Quang Ninh nam ook een auto in beslag.',
        'quang-ninh',
      ],
      [
        'nl',
        'list',
        'Gezamenlijke actie\nDe politie van de provincie Nghe An heeft samen met de politie van Ha Tinh en Thanh Hoa een drugsbende opgerold. Er werden 7 verdachten gearresteerd.',
        'nghe-an',
      ],
      [
        'nl',
        'appos',
        'Verkeersongeluk\nEen vrachtwagen is in het district Tuy Phong, provincie Binh Thuan, op een bus gebotst. Drie mensen kwamen om. De politie van het district Tuy Phong onderzoekt de oorzaak.',
        'binh-thuan',
      ],
      [
        'nl',
        'headline',
        'Quang Ninh: 20 kilo methamfetamine in beslag genomen\nDe provinciale politie heeft drie mannen gearresteerd die 20 kilo methamfetamine in een vrachtwagen vervoerden. Ze werden bij de grens aangehouden.',
        'quang-ninh',
      ],
      [
        'el',
        'town',
        'Κατάσχεση ναρκωτικών στο Μονγκ Κάι\nΗ αστυνομία της επαρχίας Κουάνγκ Νιν συνέλαβε δύο άνδρες στο Μονγκ Κάι. Οι δύο μετέφεραν 5 κιλά ηρωίνης προς το κέντρο του Μονγκ Κάι. Τα ναρκωτικά ήταν κρυμμένα σε φορτηγό που σταμάτησε στην είσοδο του Μονγκ Κάι.',
        'quang-ninh',
      ],
      [
        'el',
        'home',
        'Σύλληψη μεταφορέα\nΗ αστυνομία του Κουάνγκ Νιν συνέλαβε έναν 40χρονο άνδρα από την επαρχία Τάι Μπινχ. Ο άνδρας, κάτοικος Τάι Μπινχ, μετέφερε 3 κιλά ναρκωτικών. Η αστυνομία του Κουάνγκ Νιν κατέσχεσε και ένα αυτοκίνητο.',
        'quang-ninh',
      ],
      [
        'el',
        'list',
        'Κοινή επιχείρηση\nΗ αστυνομία της επαρχίας Νγκε Αν, σε συνεργασία με την αστυνομία των επαρχιών Χα Τιν και Τάνχ Χόα, εξάρθρωσε κύκλωμα διακίνησης ναρκωτικών. Συνελήφθησαν 7 ύποπτοι.',
        'nghe-an',
      ],
      [
        'el',
        'appos',
        'Τροχαίο δυστύχημα\nΈνα φορτηγό συγκρούστηκε με λεωφορείο στην περιφέρεια Τούι Φονγκ της επαρχίας Μπινχ Τουάν. Τρεις άνθρωποι σκοτώθηκαν. Η αστυνομία της περιφέρειας Τούι Φονγκ ερευνά τα αίτια.',
        'binh-thuan',
      ],
      [
        'el',
        'headline',
        'Κουάνγκ Νιν: κατασχέθηκαν 20 κιλά μεθαμφεταμίνης\nΗ επαρχιακή αστυνομία συνέλαβε τρεις άνδρες που μετέφεραν 20 κιλά μεθαμφεταμίνης με φορτηγό. Οι τρεις σταμάτησαν στα σύνορα.',
        'quang-ninh',
      ],
      [
        'ko',
        'town',
        '몽까이에서 마약 압수\n꽝닌성 공안은 몽까이에서 남성 2명을 체포했다고 밝혔다. 이들은 헤로인 5kg을 몽까이 시내로 운반하던 중이었다. 마약은 몽까이 입구에서 멈춰 선 트럭 안에 숨겨져 있었다.',
        'quang-ninh',
      ],
      [
        'ko',
        'home',
        '운반책 체포\n꽝닌성 공안은 타이빈성 출신의 40세 남성을 체포했다. 타이빈에 사는 이 남성은 마약 3kg을 운반하고 있었다. 꽝닌성 공안은 차량 1대도 압수했다.',
        'quang-ninh',
      ],
      [
        'ko',
        'list',
        '합동 작전\n응에안성 공안은 하띤성, 탄호아성 공안과 협력해 마약 조직을 적발했다. 용의자 7명이 체포됐다.',
        'nghe-an',
      ],
      [
        'ko',
        'appos',
        '교통사고\n빈투언성 뚜이퐁현에서 트럭이 버스와 충돌해 3명이 숨졌다. 뚜이퐁현 경찰이 사고 원인을 조사하고 있다.',
        'binh-thuan',
      ],
      [
        'ko',
        'headline',
        '꽝닌성, 메스암페타민 20kg 압수\n성 공안은 트럭으로 메스암페타민 20kg을 운반하던 남성 3명을 체포했다. 이들은 국경에서 붙잡혔다.',
        'quang-ninh',
      ],
      [
        'ja',
        'town',
        'モンカイで麻薬押収\nクアンニン省警察は、モンカイで男2人を逮捕したと発表した。2人はヘロイン5キロをモンカイ中心部に運んでいた。麻薬はモンカイの入り口で止められたトラックに隠されていた。',
        'quang-ninh',
      ],
      [
        'ja',
        'home',
        '運び屋を逮捕\nクアンニン省警察は、タイビン省出身の40歳の男を逮捕した。タイビン在住のこの男は麻薬3キロを運んでいた。クアンニン省警察は車1台も押収した。',
        'quang-ninh',
      ],
      [
        'ja',
        'list',
        '合同作戦\nゲアン省警察は、ハティン省、タインホア省の警察と協力して麻薬組織を摘発した。容疑者7人が逮捕された。',
        'nghe-an',
      ],
      [
        'ja',
        'appos',
        '交通事故\nビントゥアン省トゥイフォン県でトラックがバスと衝突し、3人が死亡した。トゥイフォン県警察が原因を調べている。',
        'binh-thuan',
      ],
      [
        'ja',
        'headline',
        'クアンニン省、覚醒剤20キロ押収\n省警察は、トラックで覚醒剤20キロを運んでいた男3人を逮捕した。3人は国境で拘束された。',
        'quang-ninh',
      ],
      [
        'ur',
        'town',
        'مونگ کائی میں منشیات ضبط\nکوانگ نین صوبے کی پولیس نے مونگ کائی میں دو افراد کو گرفتار کر لیا۔ وہ 5 کلو ہیروئن مونگ کائی کے مرکز میں لے جا رہے تھے۔ منشیات مونگ کائی کے داخلی راستے پر روکے گئے ٹرک میں چھپائی گئی تھیں۔',
        'quang-ninh',
      ],
      [
        'ur',
        'home',
        'منشیات بردار گرفتار\nکوانگ نین صوبے کی پولیس نے تھائی بن صوبے کے ایک 40 سالہ شخص کو گرفتار کیا۔ تھائی بن کا رہائشی یہ شخص 3 کلو منشیات لے جا رہا تھا۔ کوانگ نین پولیس نے ایک گاڑی بھی ضبط کی۔',
        'quang-ninh',
      ],
      [
        'ur',
        'list',
        'مشترکہ کارروائی\nنگھے این صوبے کی پولیس نے ہا تین اور تھان ہوا صوبوں کی پولیس کے تعاون سے منشیات کا گروہ پکڑ لیا۔ 7 مشتبہ افراد گرفتار ہوئے۔',
        'nghe-an',
      ],
      [
        'ur',
        'appos',
        'سڑک حادثہ\nبن تھوان صوبے کے ضلع توئی فونگ میں ایک ٹرک بس سے ٹکرا گیا جس سے 3 افراد ہلاک ہو گئے۔ توئی فونگ ضلع کی پولیس حادثے کی وجوہات کی تحقیقات کر رہی ہے۔',
        'binh-thuan',
      ],
      [
        'ur',
        'headline',
        'کوانگ نین: 20 کلو میتھ ایمفیٹامین ضبط\nصوبائی پولیس نے ٹرک میں 20 کلو میتھ ایمفیٹامین لے جانے والے تین افراد کو گرفتار کر لیا۔ تینوں کو سرحد پر روکا گیا۔',
        'quang-ninh',
      ],
      [
        'bn',
        'town',
        'মং কাইয়ে মাদক জব্দ\nকোয়াং নিন প্রদেশের পুলিশ মং কাইয়ে দুই ব্যক্তিকে গ্রেপ্তার করেছে। তারা ৫ কেজি হেরোইন মং কাই শহরের কেন্দ্রে নিয়ে যাচ্ছিল। মাদকগুলো মং কাইয়ের প্রবেশপথে থামানো একটি ট্রাকে লুকানো ছিল।',
        'quang-ninh',
      ],
      [
        'bn',
        'home',
        'মাদক বাহক গ্রেপ্তার\nকোয়াং নিন প্রদেশের পুলিশ থাই বিন প্রদেশের ৪০ বছর বয়সী এক ব্যক্তিকে গ্রেপ্তার করেছে। থাই বিনের বাসিন্দা এই ব্যক্তি ৩ কেজি মাদক বহন করছিল। কোয়াং নিন পুলিশ একটি গাড়িও জব্দ করেছে।',
        'quang-ninh',
      ],
      [
        'bn',
        'list',
        'যৌথ অভিযান\nএনগে আন প্রদেশের পুলিশ হা তিন ও থান হোয়া প্রদেশের পুলিশের সহযোগিতায় একটি মাদক চক্র ভেঙে দিয়েছে। ৭ জন সন্দেহভাজন গ্রেপ্তার হয়েছে।',
        'nghe-an',
      ],
      [
        'bn',
        'appos',
        'সড়ক দুর্ঘটনা\nবিন থুয়ান প্রদেশের তুয় ফং জেলায় একটি ট্রাক বাসের সঙ্গে ধাক্কা খেয়ে ৩ জন নিহত হয়েছে। তুয় ফং জেলা পুলিশ দুর্ঘটনার কারণ তদন্ত করছে।',
        'binh-thuan',
      ],
      [
        'bn',
        'headline',
        'কোয়াং নিন: ২০ কেজি মেথামফেটামিন জব্দ\nপ্রাদেশিক পুলিশ ট্রাকে করে ২০ কেজি মেথামফেটামিন পরিবহনকারী তিন ব্যক্তিকে গ্রেপ্তার করেছে। তাদের সীমান্তে আটক করা হয়।',
        'quang-ninh',
      ],
      [
        'ar',
        'town',
        'ضبط مخدرات في مونغ كاي\nألقت شرطة مقاطعة كوانغ نينه القبض على رجلين في مونغ كاي. وكان الرجلان ينقلان 5 كيلوغرامات من الهيروين إلى وسط مونغ كاي. وكانت المخدرات مخبأة في شاحنة أوقفت عند مدخل مونغ كاي.',
        'quang-ninh',
      ],
      [
        'ar',
        'home',
        'القبض على ناقل مخدرات\nألقت شرطة كوانغ نينه القبض على رجل يبلغ من العمر 40 عامًا من مقاطعة تاي بينه. وكان الرجل المقيم في تاي بينه ينقل 3 كيلوغرامات من المخدرات. وصادرت شرطة كوانغ نينه سيارة أيضًا.',
        'quang-ninh',
      ],
      [
        'ar',
        'list',
        'عملية مشتركة\nفككت شرطة مقاطعة نغي آن بالتعاون مع شرطة مقاطعتي ها تينه وثانه هوا عصابة لتهريب المخدرات. وتم القبض على 7 مشتبه بهم.',
        'nghe-an',
      ],
      [
        'ar',
        'appos',
        'حادث مروري\nاصطدمت شاحنة بحافلة في منطقة توي فونغ بمقاطعة بينه ثوان، ما أسفر عن مقتل 3 أشخاص. وتحقق شرطة منطقة توي فونغ في أسباب الحادث.',
        'binh-thuan',
      ],
      [
        'ar',
        'headline',
        'كوانغ نينه: ضبط 20 كيلوغرامًا من الميثامفيتامين\nألقت الشرطة الإقليمية القبض على ثلاثة رجال كانوا ينقلون 20 كيلوغرامًا من الميثامفيتامين في شاحنة. وتم توقيفهم عند الحدود.',
        'quang-ninh',
      ],
    ])('%s %s', (language, _shape, text, primary) => {
      expect(placeSlugsOf(text, language).primary).toBe(primary);
    });

    it.each([
      [
        'it',
        "Arresto a Tuy Hoa\nLa polizia della provincia di Dak Lak (ex provincia di Phu Yen) ha arrestato un uomo nel rione di Tuy Hoa. L'uomo vendeva droga a Tuy Hoa da un anno.",
      ],
      [
        'nl',
        'Arrestatie in Tuy Hoa\nDe politie van de provincie Dak Lak (voorheen de provincie Phu Yen) heeft in de wijk Tuy Hoa een man aangehouden. De man verkocht al een jaar drugs in Tuy Hoa.',
      ],
      [
        'el',
        'Σύλληψη στο Τούι Χόα\nΗ αστυνομία της επαρχίας Ντακ Λακ (πρώην επαρχία Φου Γεν) συνέλαβε έναν άνδρα στη συνοικία Τούι Χόα. Ο άνδρας πουλούσε ναρκωτικά στο Τούι Χόα εδώ και ένα χρόνο.',
      ],
      [
        'ko',
        '뚜이호아에서 체포\n닥락성(옛 푸옌성) 공안은 뚜이호아 동에서 남성 1명을 체포했다. 이 남성은 1년 동안 뚜이호아에서 마약을 팔았다.',
      ],
      [
        'ja',
        'トゥイホアで逮捕\nダクラク省（旧フーイエン省）警察は、トゥイホア街区で男1人を逮捕した。男は1年間トゥイホアで麻薬を売っていた。',
      ],
      [
        'ur',
        'توئی ہوا میں گرفتاری\nڈاک لاک صوبے (سابقہ فو ین صوبہ) کی پولیس نے توئی ہوا وارڈ میں ایک شخص کو گرفتار کیا۔ یہ شخص ایک سال سے توئی ہوا میں منشیات فروخت کر رہا تھا۔',
      ],
      [
        'bn',
        'তুই হোয়াতে গ্রেপ্তার\nডাক লাক প্রদেশের (সাবেক ফু ইয়েন প্রদেশ) পুলিশ তুই হোয়া ওয়ার্ডে এক ব্যক্তিকে গ্রেপ্তার করেছে। লোকটি এক বছর ধরে তুই হোয়াতে মাদক বিক্রি করছিল।',
      ],
      [
        'ar',
        'اعتقال في توي هوا\nألقت شرطة مقاطعة داك لاك (فو ين سابقًا) القبض على رجل في حي توي هوا. وكان الرجل يبيع المخدرات في توي هوا منذ عام.',
      ],
    ])('%s: the new unit named with the old one in brackets', (_language, text) => {
      expect(articlePrimary(text)).toBe('dak-lak');
    });
  });

  describe('a caption wrapped in angle brackets', () => {
    const report =
      '国家交通安全委員会によると、連休中に交通事故が120件発生し、80人が死亡したという。飲酒運転が主な原因だった。警察は違反者に罰金を科した。';

    it('is a caption, its credit stripped', () => {
      const structure = parseStructure(
        `連休中の交通事故\n<混雑する国道の様子(写真提供:Tuoi Tre)>\n${report}`,
      );
      expect(structure.captions).toEqual(['<混雑する国道の様子(写真提供:Tuoi Tre)>']);
      expect(structure.body).not.toContain('写真提供');
    });

    it('naming two provinces under a text that names none: both listed, neither the place', () => {
      const text = `連休中の交通事故\n<クアンニン省とハイフォン市を結ぶ国道の渋滞(写真提供:Tuoi Tre)>\n${report}`;
      const result = extractArticle(new TextEncoder().encode(text), { primary: PRIMARY });
      expect(result.ok && result.article.provinces.map((p) => p.slug)).toEqual(['quang-ninh', 'hai-phong']);
      expect(articlePrimary(text)).toBeNull();
    });

    it('naming one province under a text that names none: that one is the place', () => {
      expect(articlePrimary(`連休中の交通事故\n<ダナン市の国道の渋滞(写真提供:Tuoi Tre)>\n${report}`)).toBe(
        'da-nang',
      );
    });
  });

  describe('a national authority over a short list of provinces', () => {
    it.each([
      [
        'it',
        "Operazione nazionale\nIl Ministero della Pubblica Sicurezza ha annunciato l'arresto di 30 persone nelle province di Quang Ninh, Nghe An e Thanh Hoa.",
      ],
      [
        'el',
        'Εθνική επιχείρηση\nΤο Υπουργείο Δημόσιας Ασφάλειας ανακοίνωσε τη σύλληψη 30 ατόμων στις επαρχίες Κουάνγκ Νιν, Νγκε Αν και Τάνχ Χόα.',
      ],
      [
        'nl',
        'Landelijke actie\nHet ministerie van Openbare Veiligheid heeft 30 mensen gearresteerd in de provincies Quang Ninh, Nghe An en Thanh Hoa.',
      ],
      ['ko', '전국 단속\n베트남 공안부는 꽝닌성, 응에안성, 탄호아성에서 30명을 체포했다고 밝혔다.'],
      [
        'ja',
        '全国一斉摘発\nベトナム公安省は、クアンニン省、ゲアン省、タインホア省で30人を逮捕したと発表した。',
      ],
      [
        'ar',
        'حملة وطنية\nأعلنت وزارة الأمن العام القبض على 30 شخصًا في مقاطعات كوانغ نينه ونغي آن وثانه هوا.',
      ],
      [
        'ur',
        'ملک گیر کارروائی\nعوامی سلامتی کی وزارت نے کوانگ نین، نگھے این اور تھان ہوا صوبوں میں 30 افراد کو گرفتار کیا۔',
      ],
      [
        'bn',
        'দেশব্যাপী অভিযান\nজননিরাপত্তা মন্ত্রণালয় কোয়াং নিন, এনগে আন ও থান হোয়া প্রদেশে ৩০ জনকে গ্রেপ্তার করেছে।',
      ],
    ])('%s: none of them', (language, text) => {
      const read = placeSlugsOf(text, language);
      expect(read.provinces).toEqual(['quang-ninh', 'nghe-an', 'thanh-hoa']);
      expect(read.primary).toBeNull();
    });

    it('a province whose own force acts keeps the story (it)', () => {
      expect(
        placeSlugsOf(
          'Operazione antidroga\nIl Ministero della Pubblica Sicurezza ha coordinato la polizia di Quang Ninh, che ha arrestato 30 persone a Nghe An e Thanh Hoa.',
          'it',
        ).primary,
      ).toBe('quang-ninh');
    });
  });

  describe('the force that opens a short text is no item of a round-up', () => {
    it.each([
      [
        'it',
        'Operazione congiunta\nLa polizia della provincia di Nghe An ha arrestato 30 persone nelle province di Quang Ninh, Ha Tinh e Thanh Hoa.',
      ],
      [
        'nl',
        'Gezamenlijke actie\nDe politie van de provincie Nghe An heeft 30 mensen gearresteerd in de provincies Quang Ninh, Ha Tinh en Thanh Hoa.',
      ],
    ])('%s', (language, text) => {
      expect(placeSlugsOf(text, language).primary).toBe('nghe-an');
    });
  });

  describe('ar a home written before the type word', () => {
    it('the headline province stays the story’s', () => {
      const read = placeSlugsOf(
        'كوانغ نينه: القبض على ناقل مخدرات\nألقت الشرطة القبض على رجل يبلغ من العمر 40 عامًا يقيم في مقاطعة تاي بينه. وكان الرجل المقيم في تاي بينه ينقل 3 كيلوغرامات من الهيروين في سيارة.',
        'ar',
      );
      expect(read.primary).toBe('quang-ninh');
      expect(read.provinces).toContain('thai-binh');
    });

    it('the police of the province before its type word is still its force', () => {
      expect(
        placeSlugsOf(
          'القبض على ناقل مخدرات\nألقت شرطة مقاطعة تاي بينه القبض على رجل ينقل 3 كيلوغرامات من الهيروين.',
          'ar',
        ).primary,
      ).toBe('thai-binh');
    });
  });

  describe('ja a formerly cue glued to its name', () => {
    it('"(旧正月)" glosses no place: the old province stays', () => {
      expect(
        articlePrimary(
          '運び屋を逮捕\nフーイエン省警察は、テト(旧正月)の前に麻薬3キロを運んでいた男を逮捕したと発表した。',
        ),
      ).toBe('phu-yen');
    });
  });
});
