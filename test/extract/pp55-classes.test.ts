/**
 * Classes of session 55's places helper (pp55), on sentences written for this test:
 * - a provincial police story of the common shapes reads its province in it, pl, ru, uk, el, ar, ur, bn, hi, ko,
 *   ja, zh and th: the unit names its province once and the town three times; the suspect's home province is
 *   named as often as the scene; the force works with the police of a list of provinces; a ministry acts with
 *   the province's police; a district is named with its province in apposition; the province is named in the
 *   headline only; a road is named after two provinces ("the Hanoi–Hai Phong expressway") and runs through the
 *   scene's province; a local police force (지역 경찰, 地元警察) acts in a tourist town; and a place is named by
 *   its new and its old name after the 2025 merger (read through the whole engine);
 * - a headline that opens with a road's name, a dash touching both ends and a road word after them
 *   ("하노이-하이퐁 고속도로서 사고", "河内—海防高速公路", "ハノイ－ハイフォン高速道路"), names the road's ends, not a
 *   dateline (roads.ts; ko 고속도로, ja 高速道路, zh 高速公路 are road words; the full-width dash joins ends); a
 *   dateline whose dash is spaced ("Hanoi – Lao Cai police…") stays a dateline;
 * - hi: Hưng Yên is written हंग येन (names-in-scripts.json).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import { PRIMARY, placeSlugsOf } from '../support/primary-choice.js';

/** The primary province's slug the whole engine gives `text` (null: none). */
function articlePrimary(text: string): string | null {
  const result = extractArticle(new TextEncoder().encode(text), { primary: PRIMARY });
  if (!result.ok) throw new Error(result.rejection.message);
  return result.article.primaryProvince?.slug ?? null;
}

type Story = [language: string, shape: string, text: string, primary: string | null];

const STORIES: Story[] = [
  // ---------- it
  [
    'it',
    'town',
    'Contrabbando a Dong Dang\nLa polizia della provincia di Lang Son ha fermato un camion a Dong Dang con 2 tonnellate di zucchero di contrabbando. Il conducente abita a Dong Dang. Il carico era diretto al mercato di Dong Dang.',
    'lang-son',
  ],
  [
    'it',
    'home',
    "Arrestato uno spacciatore\nLa polizia di Nghe An ha arrestato un uomo di 35 anni, originario di Thanh Hoa. L'uomo era tornato da Thanh Hoa con 2 chili di droga. La polizia di Nghe An ha sequestrato anche una moto.",
    'nghe-an',
  ],
  [
    'it',
    'list',
    'Rete smantellata\nLa polizia di Dien Bien, insieme alla polizia delle province di Son La, Lai Chau e Lao Cai, ha smantellato una rete di trafficanti. Dodici persone sono state arrestate.',
    'dien-bien',
  ],
  [
    'it',
    'ministry',
    "Fabbrica abusiva\nIl Ministero della Pubblica Sicurezza, con la polizia della provincia di Dong Nai, ha perquisito una fabbrica a Bien Hoa che produceva farmaci falsi. Il titolare dell'impresa di Bien Hoa è stato arrestato.",
    'dong-nai',
  ],
  [
    'it',
    'appos',
    'Frana\nUna frana ha colpito il distretto di Muong Te, provincia di Lai Chau, uccidendo due persone. La polizia del distretto di Muong Te ha chiuso la strada.',
    'lai-chau',
  ],
  [
    'it',
    'headline',
    'Gia Lai, arrestati due ladri di bestiame\nLa polizia provinciale ha arrestato due uomini che avevano rubato 15 mucche. Gli animali sono stati restituiti ai proprietari.',
    'gia-lai',
  ],
  [
    'it',
    'road',
    "Incidente sull'autostrada Hanoi-Hai Phong\nUn camion si è ribaltato sull'autostrada Hanoi-Hai Phong, nel tratto che attraversa la provincia di Hung Yen. Il conducente è morto. La polizia stradale di Hung Yen indaga.",
    'hung-yen',
  ],
  [
    'it',
    'local',
    'Turista derubato a Nha Trang\nUn turista italiano è stato derubato a Nha Trang, nella provincia di Khanh Hoa. La polizia locale ha arrestato il ladro. Il consolato a Ho Chi Minh ha assistito il turista.',
    'khanh-hoa',
  ],
  // ---------- pl
  [
    'pl',
    'town',
    'Przemyt w Dong Dang\nPolicja prowincji Lang Son zatrzymała w Dong Dang ciężarówkę z 2 tonami przemycanego cukru. Kierowca mieszka w Dong Dang. Towar jechał na targ w Dong Dang.',
    'lang-son',
  ],
  [
    'pl',
    'home',
    'Zatrzymany diler\nPolicja Nghe An zatrzymała 35-letniego mężczyznę pochodzącego z prowincji Thanh Hoa. Mężczyzna przywiózł z Thanh Hoa 2 kg narkotyków. Policja Nghe An zarekwirowała też motocykl.',
    'nghe-an',
  ],
  [
    'pl',
    'list',
    'Rozbita siatka\nPolicja Dien Bien wraz z policją prowincji Son La, Lai Chau i Lao Cai rozbiła siatkę przemytników. Zatrzymano dwanaście osób.',
    'dien-bien',
  ],
  [
    'pl',
    'ministry',
    'Nielegalna fabryka\nMinisterstwo Bezpieczeństwa Publicznego wraz z policją prowincji Dong Nai przeszukało fabrykę w Bien Hoa produkującą podrobione leki. Właściciel firmy z Bien Hoa został zatrzymany.',
    'dong-nai',
  ],
  [
    'pl',
    'appos',
    'Osuwisko\nOsuwisko w dystrykcie Muong Te w prowincji Lai Chau zabiło dwie osoby. Policja dystryktu Muong Te zamknęła drogę.',
    'lai-chau',
  ],
  [
    'pl',
    'headline',
    'Gia Lai: zatrzymano dwóch złodziei bydła\nPolicja prowincji zatrzymała dwóch mężczyzn, którzy ukradli 15 krów. Zwierzęta wróciły do właścicieli.',
    'gia-lai',
  ],
  [
    'pl',
    'road',
    'Wypadek na autostradzie Hanoi–Hai Phong\nCiężarówka przewróciła się na autostradzie Hanoi–Hai Phong, na odcinku w prowincji Hung Yen. Kierowca zginął. Policja drogowa Hung Yen prowadzi śledztwo.',
    'hung-yen',
  ],
  [
    'pl',
    'local',
    'Turysta okradziony w Nha Trang\nPolski turysta został okradziony w Nha Trang w prowincji Khanh Hoa. Lokalna policja zatrzymała złodzieja. Konsulat w Ho Chi Minh pomógł turyście.',
    'khanh-hoa',
  ],
  // ---------- ru
  [
    'ru',
    'town',
    'Контрабанда в Донгданге\nПолиция провинции Лангшон задержала в Донгданге грузовик с 2 тоннами контрабандного сахара. Водитель живёт в Донгданге. Груз везли на рынок Донгданга.',
    'lang-son',
  ],
  [
    'ru',
    'home',
    'Задержан наркоторговец\nПолиция провинции Нгеан задержала 35-летнего уроженца провинции Тханьхоа. Мужчина привёз из Тханьхоа 2 кг наркотиков. Полиция Нгеана изъяла также мотоцикл.',
    'nghe-an',
  ],
  [
    'ru',
    'list',
    'Разгромлена сеть\nПолиция провинции Дьенбьен совместно с полицией провинций Шонла, Лайтяу и Лаокай разгромила сеть наркоторговцев. Задержаны двенадцать человек.',
    'dien-bien',
  ],
  [
    'ru',
    'ministry',
    'Подпольная фабрика\nМинистерство общественной безопасности совместно с полицией провинции Донгнай провело обыск на фабрике в Бьенхоа, выпускавшей поддельные лекарства. Владелец предприятия из Бьенхоа задержан.',
    'dong-nai',
  ],
  [
    'ru',
    'appos',
    'Оползень\nОползень в уезде Мыонгте провинции Лайтяу унёс жизни двух человек. Полиция уезда Мыонгте перекрыла дорогу.',
    'lai-chau',
  ],
  [
    'ru',
    'headline',
    'Зялай: задержаны двое похитителей скота\nПровинциальная полиция задержала двоих мужчин, укравших 15 коров. Животных вернули владельцам.',
    'gia-lai',
  ],
  [
    'ru',
    'road',
    'ДТП на скоростной трассе Ханой — Хайфон\nГрузовик перевернулся на скоростной трассе Ханой — Хайфон на участке в провинции Хынгйен. Водитель погиб. Дорожная полиция Хынгйена ведёт расследование.',
    'hung-yen',
  ],
  [
    'ru',
    'local',
    'Туриста ограбили в Нячанге\nРоссийского туриста ограбили в Нячанге, провинция Кханьхоа. Местная полиция задержала грабителя. Генконсульство в Хошимине оказало туристу помощь.',
    'khanh-hoa',
  ],
  // ---------- uk
  [
    'uk',
    'town',
    'Контрабанда в Донгдангу\nПоліція провінції Лангшон затримала в Донгдангу вантажівку з 2 тоннами контрабандного цукру. Водій мешкає в Донгдангу. Вантаж везли на ринок Донгданга.',
    'lang-son',
  ],
  [
    'uk',
    'home',
    'Затримано наркоторговця\nПоліція провінції Нгеан затримала 35-річного уродженця провінції Тханьхоа. Чоловік привіз із Тханьхоа 2 кг наркотиків. Поліція Нгеана вилучила також мотоцикл.',
    'nghe-an',
  ],
  [
    'uk',
    'list',
    'Розгромлено мережу\nПоліція провінції Дьєнб’єн спільно з поліцією провінцій Шонла, Лайтяу та Лаокай розгромила мережу наркоторговців. Затримано дванадцять осіб.',
    'dien-bien',
  ],
  [
    'uk',
    'ministry',
    'Підпільна фабрика\nМіністерство громадської безпеки разом із поліцією провінції Донгнай провело обшук на фабриці в Бьєнхоа, що випускала підроблені ліки. Власника підприємства з Бьєнхоа затримано.',
    'dong-nai',
  ],
  [
    'uk',
    'appos',
    'Зсув ґрунту\nЗсув ґрунту в повіті Мионгте провінції Лайтяу забрав життя двох людей. Поліція повіту Мионгте перекрила дорогу.',
    'lai-chau',
  ],
  [
    'uk',
    'headline',
    'Зялай: затримано двох викрадачів худоби\nПровінційна поліція затримала двох чоловіків, які вкрали 15 корів. Тварин повернули власникам.',
    'gia-lai',
  ],
  [
    'uk',
    'road',
    'ДТП на швидкісній трасі Ханой — Хайфон\nВантажівка перекинулася на швидкісній трасі Ханой — Хайфон на ділянці в провінції Хинг’єн. Водій загинув. Дорожня поліція провінції Хинг’єн веде розслідування.',
    'hung-yen',
  ],
  [
    'uk',
    'local',
    'Туриста пограбували в Нячангу\nУкраїнського туриста пограбували в Нячангу, провінція Кханьхоа. Місцева поліція затримала грабіжника. Консульство в Хошиміні надало туристу допомогу.',
    'khanh-hoa',
  ],
  // ---------- el
  [
    'el',
    'town',
    'Λαθρεμπόριο στο Ντονγκ Νταγκ\nΗ αστυνομία της επαρχίας Λανγκ Σον ακινητοποίησε στο Ντονγκ Νταγκ φορτηγό με 2 τόνους λαθραίας ζάχαρης. Ο οδηγός ζει στο Ντονγκ Νταγκ. Το φορτίο πήγαινε στην αγορά του Ντονγκ Νταγκ.',
    'lang-son',
  ],
  [
    'el',
    'home',
    'Σύλληψη εμπόρου ναρκωτικών\nΗ αστυνομία του Νγκε Αν συνέλαβε έναν 35χρονο άνδρα καταγόμενο από την επαρχία Τάνχ Χόα. Ο άνδρας είχε φέρει από το Τάνχ Χόα 2 κιλά ναρκωτικών. Η αστυνομία του Νγκε Αν κατέσχεσε και μια μοτοσικλέτα.',
    'nghe-an',
  ],
  [
    'el',
    'list',
    'Εξάρθρωση κυκλώματος\nΗ αστυνομία του Ντιέν Μπιέν, μαζί με την αστυνομία των επαρχιών Σον Λα, Λάι Τσάου και Λάο Κάι, εξάρθρωσε κύκλωμα διακινητών. Συνελήφθησαν δώδεκα άτομα.',
    'dien-bien',
  ],
  [
    'el',
    'ministry',
    'Παράνομο εργοστάσιο\nΤο Υπουργείο Δημόσιας Ασφάλειας, μαζί με την αστυνομία της επαρχίας Ντονγκ Νάι, έκανε έφοδο σε εργοστάσιο στο Μπιέν Χόα που παρήγαγε πλαστά φάρμακα. Ο ιδιοκτήτης της επιχείρησης στο Μπιέν Χόα συνελήφθη.',
    'dong-nai',
  ],
  [
    'el',
    'appos',
    'Κατολίσθηση\nΚατολίσθηση στην περιφέρεια Μουόνγκ Τε της επαρχίας Λάι Τσάου σκότωσε δύο ανθρώπους. Η αστυνομία της περιφέρειας Μουόνγκ Τε έκλεισε τον δρόμο.',
    'lai-chau',
  ],
  [
    'el',
    'headline',
    'Ζια Λάι: συνελήφθησαν δύο κλέφτες ζώων\nΗ επαρχιακή αστυνομία συνέλαβε δύο άνδρες που είχαν κλέψει 15 αγελάδες. Τα ζώα επιστράφηκαν στους ιδιοκτήτες τους.',
    'gia-lai',
  ],
  [
    'el',
    'road',
    'Τροχαίο στον αυτοκινητόδρομο Ανόι-Χαϊφόνγκ\nΈνα φορτηγό ανατράπηκε στον αυτοκινητόδρομο Ανόι-Χαϊφόνγκ, στο τμήμα που διασχίζει την επαρχία Χουνγκ Γεν. Ο οδηγός σκοτώθηκε. Η τροχαία του Χουνγκ Γεν ερευνά.',
    'hung-yen',
  ],
  [
    'el',
    'local',
    'Ληστεία τουρίστα στη Να Τρανγκ\nΈνας Έλληνας τουρίστας έπεσε θύμα ληστείας στη Να Τρανγκ, στην επαρχία Καν Χόα. Η τοπική αστυνομία συνέλαβε τον δράστη. Το προξενείο στην πόλη Χο Τσι Μινχ βοήθησε τον τουρίστα.',
    'khanh-hoa',
  ],
  // ---------- ar
  [
    'ar',
    'town',
    'تهريب في دونغ دانغ\nأوقفت شرطة مقاطعة لانغ سن شاحنة في دونغ دانغ تحمل طنين من السكر المهرب. ويقيم السائق في دونغ دانغ. وكانت الشحنة متجهة إلى سوق دونغ دانغ.',
    'lang-son',
  ],
  [
    'ar',
    'home',
    'القبض على تاجر مخدرات\nألقت شرطة مقاطعة نغي آن القبض على رجل يبلغ 35 عامًا ينحدر من مقاطعة ثانه هوا. وكان الرجل قد جلب من ثانه هوا كيلوغرامين من المخدرات. وصادرت شرطة نغي آن أيضًا دراجة نارية.',
    'nghe-an',
  ],
  [
    'ar',
    'list',
    'تفكيك شبكة\nفككت شرطة مقاطعة ديان بيان، بالتعاون مع شرطة مقاطعات سون لا ولاي تشاو ولاو كاي، شبكة لتهريب المخدرات. وتم القبض على اثني عشر شخصًا.',
    'dien-bien',
  ],
  [
    'ar',
    'ministry',
    'مصنع غير قانوني\nداهمت وزارة الأمن العام، بالتعاون مع شرطة مقاطعة دونغ ناي، مصنعًا في بيان هوا ينتج أدوية مزيفة. وتم القبض على صاحب الشركة في بيان هوا.',
    'dong-nai',
  ],
  [
    'ar',
    'appos',
    'انهيار أرضي\nأودى انهيار أرضي في منطقة موونغ تي بمقاطعة لاي تشاو بحياة شخصين. وأغلقت شرطة منطقة موونغ تي الطريق.',
    'lai-chau',
  ],
  [
    'ar',
    'headline',
    'جيا لاي: القبض على لصين للماشية\nألقت الشرطة الإقليمية القبض على رجلين سرقا 15 بقرة. وأعيدت الحيوانات إلى أصحابها.',
    'gia-lai',
  ],
  [
    'ar',
    'road',
    'حادث على الطريق السريع هانوي - هاي فونغ\nانقلبت شاحنة على الطريق السريع هانوي - هاي فونغ في الجزء المار بمقاطعة هونغ ين. ولقي السائق حتفه. وتحقق شرطة المرور في هونغ ين في الحادث.',
    'hung-yen',
  ],
  [
    'ar',
    'local',
    'سرقة سائح في نها ترانغ\nتعرض سائح عربي للسرقة في نها ترانغ بمقاطعة خانه هوا. وألقت الشرطة المحلية القبض على اللص. وقدمت القنصلية في مدينة هو تشي منه المساعدة للسائح.',
    'khanh-hoa',
  ],
  // ---------- ur
  [
    'ur',
    'town',
    'ڈونگ ڈانگ میں اسمگلنگ\nلانگ سون صوبے کی پولیس نے ڈونگ ڈانگ میں 2 ٹن اسمگل شدہ چینی سے لدا ٹرک پکڑ لیا۔ ڈرائیور ڈونگ ڈانگ میں رہتا ہے۔ سامان ڈونگ ڈانگ کی منڈی جا رہا تھا۔',
    'lang-son',
  ],
  [
    'ur',
    'home',
    'منشیات فروش گرفتار\nنگھے این صوبے کی پولیس نے تھان ہوا صوبے سے تعلق رکھنے والے 35 سالہ شخص کو گرفتار کیا۔ یہ شخص تھان ہوا سے 2 کلو منشیات لایا تھا۔ نگھے این پولیس نے ایک موٹر سائیکل بھی ضبط کی۔',
    'nghe-an',
  ],
  [
    'ur',
    'list',
    'گروہ کا خاتمہ\nدیئن بیئن صوبے کی پولیس نے سون لا، لائی چاؤ اور لاؤ کائی صوبوں کی پولیس کے ساتھ مل کر منشیات کا گروہ توڑ دیا۔ بارہ افراد گرفتار ہوئے۔',
    'dien-bien',
  ],
  [
    'ur',
    'ministry',
    'غیر قانونی فیکٹری\nوزارت عوامی سلامتی نے ڈونگ نائی صوبے کی پولیس کے ساتھ مل کر بیئن ہوا میں جعلی ادویات بنانے والی فیکٹری پر چھاپہ مارا۔ بیئن ہوا کی کمپنی کا مالک گرفتار کر لیا گیا۔',
    'dong-nai',
  ],
  [
    'ur',
    'appos',
    'لینڈ سلائیڈ\nلائی چاؤ صوبے کے ضلع موونگ تے میں لینڈ سلائیڈ سے دو افراد ہلاک ہو گئے۔ موونگ تے ضلع کی پولیس نے سڑک بند کر دی۔',
    'lai-chau',
  ],
  [
    'ur',
    'headline',
    'جیا لائی: مویشی چور گرفتار\nصوبائی پولیس نے 15 گائیں چرانے والے دو افراد کو گرفتار کر لیا۔ جانور مالکان کو واپس کر دیے گئے۔',
    'gia-lai',
  ],
  [
    'ur',
    'local',
    'نہا ترانگ میں سیاح لٹ گیا\nخان ہوا صوبے کے شہر نہا ترانگ میں ایک پاکستانی سیاح کو لوٹ لیا گیا۔ مقامی پولیس نے چور کو گرفتار کر لیا۔ ہو چی منہ شہر میں قونصل خانے نے سیاح کی مدد کی۔',
    'khanh-hoa',
  ],
  // ---------- bn
  [
    'bn',
    'town',
    'ডং ডাংয়ে চোরাচালান\nলাং সন প্রদেশের পুলিশ ডং ডাংয়ে ২ টন চোরাই চিনি বোঝাই একটি ট্রাক আটক করেছে। চালক ডং ডাংয়ে থাকেন। পণ্যগুলো ডং ডাংয়ের বাজারে যাচ্ছিল।',
    'lang-son',
  ],
  [
    'bn',
    'home',
    'মাদক ব্যবসায়ী গ্রেপ্তার\nএনগে আন প্রদেশের পুলিশ থান হোয়া প্রদেশের ৩৫ বছর বয়সী এক ব্যক্তিকে গ্রেপ্তার করেছে। লোকটি থান হোয়া থেকে ২ কেজি মাদক এনেছিল। এনগে আন পুলিশ একটি মোটরসাইকেলও জব্দ করেছে।',
    'nghe-an',
  ],
  [
    'bn',
    'list',
    'চক্র ভেঙে দেওয়া হয়েছে\nদিয়েন বিয়েন প্রদেশের পুলিশ সন লা, লাই চাউ ও লাও কাই প্রদেশের পুলিশের সঙ্গে মিলে একটি মাদক চক্র ভেঙে দিয়েছে। বারোজনকে গ্রেপ্তার করা হয়েছে।',
    'dien-bien',
  ],
  [
    'bn',
    'ministry',
    'অবৈধ কারখানা\nজননিরাপত্তা মন্ত্রণালয় ডং নাই প্রদেশের পুলিশের সঙ্গে মিলে বিয়েন হোয়াতে ভুয়া ওষুধ তৈরির একটি কারখানায় অভিযান চালিয়েছে। বিয়েন হোয়ার প্রতিষ্ঠানটির মালিককে গ্রেপ্তার করা হয়েছে।',
    'dong-nai',
  ],
  [
    'bn',
    'appos',
    'ভূমিধস\nলাই চাউ প্রদেশের মুওং তে জেলায় ভূমিধসে দুজন নিহত হয়েছেন। মুওং তে জেলা পুলিশ রাস্তাটি বন্ধ করে দিয়েছে।',
    'lai-chau',
  ],
  [
    'bn',
    'headline',
    'জিয়া লাই: দুই গবাদিপশু চোর গ্রেপ্তার\nপ্রাদেশিক পুলিশ ১৫টি গরু চুরি করা দুই ব্যক্তিকে গ্রেপ্তার করেছে। পশুগুলো মালিকদের ফিরিয়ে দেওয়া হয়েছে।',
    'gia-lai',
  ],
  [
    'bn',
    'road',
    'হ্যানয়-হাই ফং এক্সপ্রেসওয়েতে দুর্ঘটনা\nহ্যানয়-হাই ফং এক্সপ্রেসওয়ের হুং ইয়েন প্রদেশের অংশে একটি ট্রাক উল্টে গেছে। চালক নিহত হয়েছেন। হুং ইয়েনের ট্রাফিক পুলিশ তদন্ত করছে।',
    'hung-yen',
  ],
  [
    'bn',
    'local',
    'না ট্রাংয়ে পর্যটক ছিনতাইয়ের শিকার\nখান হোয়া প্রদেশের না ট্রাংয়ে এক বাংলাদেশি পর্যটক ছিনতাইয়ের শিকার হয়েছেন। স্থানীয় পুলিশ ছিনতাইকারীকে গ্রেপ্তার করেছে। হো চি মিন সিটির কনস্যুলেট পর্যটককে সহায়তা করেছে।',
    'khanh-hoa',
  ],
  // ---------- hi
  [
    'hi',
    'town',
    'डोंग डांग में तस्करी\nलांग सोन प्रांत की पुलिस ने डोंग डांग में 2 टन तस्करी की चीनी से लदा एक ट्रक पकड़ा। चालक डोंग डांग में रहता है। माल डोंग डांग के बाज़ार जा रहा था।',
    'lang-son',
  ],
  [
    'hi',
    'home',
    'ड्रग तस्कर गिरफ्तार\nन्घे आन प्रांत की पुलिस ने थान होआ प्रांत के 35 वर्षीय एक व्यक्ति को गिरफ्तार किया। वह व्यक्ति थान होआ से 2 किलो ड्रग्स लाया था। न्घे आन पुलिस ने एक मोटरसाइकिल भी ज़ब्त की।',
    'nghe-an',
  ],
  [
    'hi',
    'list',
    'गिरोह का भंडाफोड़\nडिएन बिएन प्रांत की पुलिस ने सोन ला, लाई चाऊ और लाओ काई प्रांतों की पुलिस के साथ मिलकर एक ड्रग गिरोह का भंडाफोड़ किया। बारह लोगों को गिरफ्तार किया गया।',
    'dien-bien',
  ],
  [
    'hi',
    'ministry',
    'अवैध कारखाना\nजन सुरक्षा मंत्रालय ने डोंग नाई प्रांत की पुलिस के साथ मिलकर बिएन होआ में नकली दवाएं बनाने वाले एक कारखाने पर छापा मारा। बिएन होआ की कंपनी के मालिक को गिरफ्तार कर लिया गया।',
    'dong-nai',
  ],
  [
    'hi',
    'appos',
    'भूस्खलन\nलाई चाऊ प्रांत के मुओंग ते ज़िले में भूस्खलन से दो लोगों की मौत हो गई। मुओंग ते ज़िला पुलिस ने सड़क बंद कर दी।',
    'lai-chau',
  ],
  [
    'hi',
    'headline',
    'जिया लाई: दो मवेशी चोर गिरफ्तार\nप्रांतीय पुलिस ने 15 गायें चुराने वाले दो लोगों को गिरफ्तार किया। पशुओं को उनके मालिकों को लौटा दिया गया।',
    'gia-lai',
  ],
  [
    'hi',
    'road',
    'हनोई-हाई फोंग एक्सप्रेसवे पर हादसा\nहनोई-हाई फोंग एक्सप्रेसवे पर हंग येन प्रांत से गुज़रने वाले हिस्से में एक ट्रक पलट गया। चालक की मौत हो गई। हंग येन की यातायात पुलिस जांच कर रही है।',
    'hung-yen',
  ],
  [
    'hi',
    'local',
    'न्हा ट्रांग में पर्यटक लूटा गया\nखान्ह होआ प्रांत के न्हा ट्रांग में एक भारतीय पर्यटक को लूट लिया गया। स्थानीय पुलिस ने लुटेरे को गिरफ्तार कर लिया। हो ची मिन्ह सिटी स्थित वाणिज्य दूतावास ने पर्यटक की मदद की।',
    'khanh-hoa',
  ],
  // ---------- ko
  [
    'ko',
    'town',
    '동당에서 밀수 적발\n랑선성 공안은 동당에서 밀수 설탕 2톤을 실은 트럭을 적발했다. 운전자는 동당에 산다. 화물은 동당 시장으로 향하던 중이었다.',
    'lang-son',
  ],
  [
    'ko',
    'home',
    '마약 밀매범 검거\n응에안성 공안은 타인호아성 출신 35세 남성을 체포했다. 이 남성은 타인호아에서 마약 2kg을 가져왔다. 응에안성 공안은 오토바이 1대도 압수했다.',
    'nghe-an',
  ],
  [
    'ko',
    'list',
    '밀매 조직 적발\n디엔비엔성 공안은 선라성, 라이쩌우성, 라오까이성 공안과 함께 마약 밀매 조직을 적발했다. 12명이 체포됐다.',
    'dien-bien',
  ],
  [
    'ko',
    'ministry',
    '불법 공장 적발\n공안부는 동나이성 공안과 함께 비엔호아의 가짜 약 제조 공장을 급습했다. 비엔호아 업체 대표가 체포됐다.',
    'dong-nai',
  ],
  [
    'ko',
    'appos',
    '산사태\n라이쩌우성 므엉떼현에서 산사태로 2명이 숨졌다. 므엉떼현 공안은 도로를 통제했다.',
    'lai-chau',
  ],
  [
    'ko',
    'headline',
    '자라이성, 소도둑 2명 검거\n성 공안은 소 15마리를 훔친 남성 2명을 체포했다. 소는 주인들에게 돌아갔다.',
    'gia-lai',
  ],
  [
    'ko',
    'road',
    '하노이-하이퐁 고속도로서 사고\n하노이-하이퐁 고속도로 흥옌성 구간에서 트럭이 전복됐다. 운전자가 숨졌다. 흥옌성 교통경찰이 사고를 조사하고 있다.',
    'hung-yen',
  ],
  [
    'ko',
    'local',
    '나트랑서 한국인 관광객 강도 피해\n카인호아성 나트랑에서 한국인 관광객이 강도를 당했다. 지역 경찰은 용의자를 붙잡았다. 주호찌민 총영사관은 관광객을 지원했다.',
    'khanh-hoa',
  ],
  // ---------- ja
  [
    'ja',
    'town',
    'ドンダンで密輸摘発\nランソン省警察は、ドンダンで密輸砂糖2トンを積んだトラックを摘発した。運転手はドンダン在住。荷はドンダンの市場に向かっていた。',
    'lang-son',
  ],
  [
    'ja',
    'home',
    '麻薬密売人を逮捕\nゲアン省警察は、タインホア省出身の35歳の男を逮捕した。男はタインホアから麻薬2キロを持ち込んだ。ゲアン省警察はバイク1台も押収した。',
    'nghe-an',
  ],
  [
    'ja',
    'list',
    '密売組織を摘発\nディエンビエン省警察は、ソンラ省、ライチャウ省、ラオカイ省の警察と共に麻薬密売組織を摘発した。12人が逮捕された。',
    'dien-bien',
  ],
  [
    'ja',
    'ministry',
    '違法工場を摘発\n公安省は、ドンナイ省警察と共にビエンホアの偽薬工場を捜索した。ビエンホアの企業の経営者が逮捕された。',
    'dong-nai',
  ],
  [
    'ja',
    'appos',
    '土砂崩れ\nライチャウ省ムオンテ県で土砂崩れがあり、2人が死亡した。ムオンテ県警察は道路を封鎖した。',
    'lai-chau',
  ],
  [
    'ja',
    'headline',
    'ザライ省、牛泥棒2人を逮捕\n省警察は、牛15頭を盗んだ男2人を逮捕した。牛は持ち主に返された。',
    'gia-lai',
  ],
  [
    'ja',
    'road',
    'ハノイ－ハイフォン高速道路で事故\nハノイ－ハイフォン高速道路のフンイエン省区間でトラックが横転し、運転手が死亡した。フンイエン省の交通警察が調べている。',
    'hung-yen',
  ],
  [
    'ja',
    'local',
    'ニャチャンで日本人観光客が強盗被害\nカインホア省ニャチャンで日本人観光客が強盗に遭った。地元警察は容疑者を逮捕した。在ホーチミン日本国総領事館が観光客を支援した。',
    'khanh-hoa',
  ],
  // ---------- zh
  [
    'zh',
    'town',
    '同登查获走私\n谅山省公安在同登查获一辆载有2吨走私白糖的卡车。司机住在同登。货物运往同登市场。',
    'lang-son',
  ],
  [
    'zh',
    'home',
    '贩毒嫌犯落网\n乂安省公安逮捕一名35岁男子，该男子籍贯清化省。他从清化带来2公斤毒品。乂安省公安还查扣一辆摩托车。',
    'nghe-an',
  ],
  [
    'zh',
    'list',
    '贩毒团伙被捣毁\n奠边省公安与山罗省、莱州省、老街省公安联手捣毁一个贩毒团伙，抓获12人。',
    'dien-bien',
  ],
  [
    'zh',
    'ministry',
    '非法工厂被查\n公安部会同同奈省公安突击检查边和一家假药工厂。边和该企业负责人被逮捕。',
    'dong-nai',
  ],
  ['zh', 'appos', '山体滑坡\n莱州省勐德县发生山体滑坡，造成2人死亡。勐德县公安已封闭道路。', 'lai-chau'],
  ['zh', 'headline', '嘉莱省抓获两名偷牛贼\n省公安逮捕了偷走15头牛的两名男子。牛已归还主人。', 'gia-lai'],
  [
    'zh',
    'road',
    '河内—海防高速公路发生车祸\n河内—海防高速公路兴安省路段一辆卡车翻车，司机死亡。兴安省交警正在调查。',
    'hung-yen',
  ],
  [
    'zh',
    'local',
    '中国游客在芽庄遭抢劫\n一名中国游客在庆和省芽庄遭抢劫。当地警方已抓获嫌犯。中国驻胡志明市总领馆为游客提供协助。',
    'khanh-hoa',
  ],
  // ---------- th
  [
    'th',
    'town',
    'จับของเถื่อนที่ด่งดัง\nตำรวจจังหวัดลั่งเซินยึดรถบรรทุกน้ำตาลเถื่อน 2 ตันที่ด่งดัง คนขับอาศัยอยู่ที่ด่งดัง สินค้ากำลังจะไปตลาดด่งดัง',
    'lang-son',
  ],
  [
    'th',
    'home',
    'จับผู้ค้ายาเสพติด\nตำรวจจังหวัดเหงะอานจับกุมชายอายุ 35 ปี ชาวจังหวัดแทงฮว้า ชายคนนี้นำยาเสพติด 2 กิโลกรัมมาจากแทงฮว้า ตำรวจเหงะอานยังยึดรถจักรยานยนต์ 1 คัน',
    'nghe-an',
  ],
  [
    'th',
    'list',
    'ทลายเครือข่าย\nตำรวจจังหวัดเดี่ยนเบียนร่วมกับตำรวจจังหวัดเซินลา ลายเจิว และหล่าวกาย ทลายเครือข่ายค้ายาเสพติด จับกุมได้ 12 คน',
    'dien-bien',
  ],
  [
    'th',
    'ministry',
    'บุกโรงงานเถื่อน\nกระทรวงความมั่นคงสาธารณะร่วมกับตำรวจจังหวัดด่งนายบุกค้นโรงงานผลิตยาปลอมในเบียนหว่า เจ้าของบริษัทในเบียนหว่าถูกจับกุม',
    'dong-nai',
  ],
  [
    'th',
    'appos',
    'ดินถล่ม\nเกิดดินถล่มในอำเภอเหมื่องเต จังหวัดลายเจิว มีผู้เสียชีวิต 2 คน ตำรวจอำเภอเหมื่องเตปิดถนน',
    'lai-chau',
  ],
  [
    'th',
    'headline',
    'ซาลาย จับโจรขโมยวัว 2 คน\nตำรวจจังหวัดจับกุมชาย 2 คนที่ขโมยวัว 15 ตัว วัวถูกส่งคืนเจ้าของแล้ว',
    'gia-lai',
  ],
  [
    'th',
    'road',
    'อุบัติเหตุบนทางด่วนฮานอย-ไฮฟอง\nรถบรรทุกพลิกคว่ำบนทางด่วนฮานอย-ไฮฟอง ช่วงที่ผ่านจังหวัดหึงเอียน คนขับเสียชีวิต ตำรวจจราจรหึงเอียนกำลังสอบสวน',
    'hung-yen',
  ],
  [
    'th',
    'local',
    'นักท่องเที่ยวไทยถูกชิงทรัพย์ที่ญาจาง\nนักท่องเที่ยวชาวไทยถูกชิงทรัพย์ที่ญาจาง จังหวัดคั้ญฮหว่า ตำรวจท้องที่จับกุมคนร้ายได้ สถานกงสุลใหญ่ที่นครโฮจิมินห์ให้ความช่วยเหลือ',
    'khanh-hoa',
  ],
];
/** The 2025 merger: the new unit named with the old in brackets, read through the whole engine. */
const MERGED: [language: string, text: string][] = [
  [
    'it',
    'Arresto a Gia Nghia\nLa polizia della provincia di Lam Dong (ex provincia di Dak Nong) ha arrestato un uomo nel rione di Gia Nghia. Vendeva droga a Gia Nghia da due anni.',
  ],
  [
    'pl',
    'Zatrzymanie w Gia Nghia\nPolicja prowincji Lam Dong (dawniej prowincja Dak Nong) zatrzymała mężczyznę w dzielnicy Gia Nghia. Od dwóch lat sprzedawał narkotyki w Gia Nghia.',
  ],
  [
    'ru',
    'Задержание в Зянгиа\nПолиция провинции Ламдонг (бывшая провинция Дакнонг) задержала мужчину в квартале Зянгиа. Он два года торговал наркотиками в Зянгиа.',
  ],
  [
    'uk',
    'Затримання в Зянгіа\nПоліція провінції Ламдонг (колишня провінція Дакнонг) затримала чоловіка в кварталі Зянгіа. Він два роки торгував наркотиками в Зянгіа.',
  ],
  [
    'el',
    'Σύλληψη στο Ζια Νγκία\nΗ αστυνομία της επαρχίας Λαμ Ντονγκ (πρώην επαρχία Ντακ Νονγκ) συνέλαβε έναν άνδρα στη συνοικία Ζια Νγκία. Πουλούσε ναρκωτικά στο Ζια Νγκία εδώ και δύο χρόνια.',
  ],
  [
    'ar',
    'اعتقال في جيا نغيا\nألقت شرطة مقاطعة لام دونغ (داك نونغ سابقًا) القبض على رجل في حي جيا نغيا. وكان يبيع المخدرات في جيا نغيا منذ عامين.',
  ],
  [
    'ur',
    'جیا نگیا میں گرفتاری\nلام ڈونگ صوبے (سابقہ ڈاک نونگ صوبہ) کی پولیس نے جیا نگیا وارڈ میں ایک شخص کو گرفتار کیا۔ وہ دو سال سے جیا نگیا میں منشیات بیچ رہا تھا۔',
  ],
  [
    'bn',
    'জিয়া এনগিয়াতে গ্রেপ্তার\nলাম ডং প্রদেশের (সাবেক ডাক নং প্রদেশ) পুলিশ জিয়া এনগিয়া ওয়ার্ডে এক ব্যক্তিকে গ্রেপ্তার করেছে। লোকটি দুই বছর ধরে জিয়া এনগিয়াতে মাদক বিক্রি করছিল।',
  ],
  [
    'hi',
    'जिया न्गिया में गिरफ्तारी\nलाम डोंग प्रांत (पूर्व में डाक नोंग प्रांत) की पुलिस ने जिया न्गिया वार्ड में एक व्यक्ति को गिरफ्तार किया। वह दो साल से जिया न्गिया में ड्रग्स बेच रहा था।',
  ],
  [
    'ko',
    '자응이아에서 체포\n럼동성(옛 닥농성) 공안은 자응이아 동에서 남성 1명을 체포했다. 이 남성은 2년 동안 자응이아에서 마약을 팔았다.',
  ],
  [
    'ja',
    'ザーギアで逮捕\nラムドン省（旧ダクノン省）警察は、ザーギア街区で男1人を逮捕した。男は2年間ザーギアで麻薬を売っていた。',
  ],
  ['zh', '嘉义坊一男子被捕\n林同省（原得农省）公安在嘉义坊逮捕一名男子。该男子两年来在嘉义坊贩卖毒品。'],
  [
    'th',
    'จับกุมที่ซาเงีย\nตำรวจจังหวัดเลิมด่ง (เดิมคือจังหวัดดั๊กนง) จับกุมชายคนหนึ่งในแขวงซาเงีย ชายคนนี้ขายยาเสพติดในซาเงียมาสองปี',
  ],
];

describe('Function: findPlaces (pp55 classes)', () => {
  it.each(STORIES)('%s %s: a provincial police story', (language, _shape, text, primary) => {
    expect(placeSlugsOf(text, language).primary).toBe(primary);
  });

  it.each(MERGED)('%s: the new unit named with the old one in brackets', (_language, text) => {
    expect(articlePrimary(text)).toBe('lam-dong');
  });

  describe('a headline opening with a road named after two provinces', () => {
    it.each([
      [
        'ko',
        '하노이-하이퐁 고속도로서 사고\n하노이-하이퐁 고속도로 흥옌성 구간에서 트럭이 전복됐다. 흥옌성 교통경찰이 조사 중이다.',
      ],
      ['zh', '河内—海防高速公路发生车祸\n河内—海防高速公路兴安省路段一辆卡车翻车。兴安省交警正在调查。'],
      [
        'ja',
        'ハノイ－ハイフォン高速道路で事故\nフンイエン省区間でトラックが横転した。フンイエン省の交通警察が調べている。',
      ],
    ])('%s: its ends are no scene', (language, text) => {
      expect(placeSlugsOf(text, language).primary).toBe('hung-yen');
    });

    it('a dateline whose dash is spaced stays a dateline (negative)', () => {
      const text =
        '하노이 - 라오까이성 공안이 헤로인 5kg을 압수했다고 밝혔다. 라오까이성 공안은 남성 2명을 체포했다.';
      expect(placeSlugsOf(text, 'ko').primary).toBe('lao-cai');
    });

    it('a dash between a province and its police opens no road (negative)', () => {
      const text = '라오까이-공안 합동 단속\n라오까이성 공안은 하노이에서 온 남성 2명을 체포했다.';
      expect(placeSlugsOf(text, 'ko').primary).toBe('lao-cai');
    });
  });
});
