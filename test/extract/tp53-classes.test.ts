/**
 * Topic classes of batch tp53 (vi ur bn th ja ko hi ar, and the border-marker words in every lexicon language),
 * on sentences written for this test:
 * - border markers ("12 cột mốc biên giới", "16 سرحدی نشانات", "หลักเขตแดน", "国境標識", "국경 표지석",
 *   "सीमा स्तंभ", "علامات حدودية") are the border's, 'other', not the crime of the border guards who patrol
 *   them; a marker named by its number ("gần cột mốc biên giới số 104") is a place, no cue (vi notCues);
 * - a flood's evacuated households: vi "ngập lũ" (flooded) is a disaster cue; ar "الإنقاذ" (rescue) is the
 *   fire police's name (an agency, as vi cứu hộ), so rescue teams in a flood's clause are no fire; households
 *   (th "ชาวบ้าน 120 ครัวเรือน") in a disaster's or an offence's clause are its people, as persons are, and a
 *   bare count of a place's households stays population;
 * - ar scams: fraud (احتيال), channel (الهاتف, تحويل الأموال) and impersonation (انتحل) words, as in ur/hi;
 *   a fraud with no means stays crime;
 * - ar medals and honouring (ميداليات, تكريما) are awards; prizes (الجوائز) stolen in a theft are no award;
 * - ur a vehicle that "ٹکرا گئی" (collided) tells a crash, and "ریسنگ" (racing) a road offence; a brawl's
 *   clash (جھگڑا) stays crime.
 * - explosive materials (lexicon `explosives`: explosives, detonators, in 18 languages) in a paragraph that names
 *   fireworks are the firecrackers' raw materials: fireworks; with no fireworks named they stay weapons;
 * - a disaster or a collapse is no road crash: ko 참사 (a disaster; 참사관, a counsellor, is none), 붕괴 사고, vi
 *   sập cầu, ja 崩落/倒壊, en bridge collapse, stampede, ur پل گرنے, hi पुल ढहने are 'other' cues, and the
 *   accident word after them is theirs (hi दुर्घटना/हादसा are now `accidents`, as ur حادثہ is; alone they
 *   still tell a crash).
 * The first table is nine common story kinds (drug bust, gambling ring, fire, traffic crash, smuggling at the
 * border, fraud or scam, award ceremony, flood rescue, border-marker patrol) in each of the eight languages,
 * twice, read by general cues. 36 of the cases in this file failed on 22a200ac.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndTopic } from '../support/figure-cases.js';

describe('Function: extractFigures (tp53 classes)', () => {
  describe('nine story kinds in vi ur bn th ja ko hi ar', () => {
    itReadsEach(
      [
        [
          'vi',
          'Công an huyện bắt giữ 3 đối tượng, thu giữ 2 kg ma túy tổng hợp.',
          [
            [3, 'drugs'],
            [2, 'drugs'],
          ],
        ],
        ['vi', 'Công an triệt phá đường dây đánh bạc, bắt quả tang 12 đối tượng.', [[12, 'crime']]],
        ['vi', 'Vụ cháy nhà xưởng lúc rạng sáng làm 2 người bị thương.', [[2, 'fire']]],
        ['vi', 'Xe khách va chạm với xe tải trên quốc lộ 1A khiến 5 người tử vong.', [[5, 'traffic']]],
        [
          'vi',
          'Bộ đội Biên phòng bắt giữ 4 đối tượng vận chuyển 500 bao thuốc lá lậu qua biên giới.',
          [
            [4, 'smuggling'],
            [500, 'smuggling'],
          ],
        ],
        [
          'vi',
          'Đối tượng giả danh công an gọi điện lừa đảo 15 người, chiếm đoạt 2 tỷ đồng.',
          [
            [15, 'cyber'],
            [2_000_000_000, 'cyber'],
          ],
        ],
        ['vi', 'Chủ tịch UBND tỉnh trao bằng khen cho 10 tập thể có thành tích xuất sắc.', [[10, 'awards']]],
        ['vi', 'Lực lượng cứu hộ đã sơ tán 120 hộ dân khỏi vùng ngập lũ.', [[120, 'other']]],
        ['vi', 'Đồn Biên phòng phối hợp tuần tra, kiểm tra 12 cột mốc biên giới.', [[12, 'other']]],
        [
          'ur',
          'پولیس نے منشیات فروشوں کے خلاف کارروائی میں 3 افراد کو گرفتار کر کے 2 کلو ہیروئن برآمد کی۔',
          [
            [3, 'drugs'],
            [2, 'drugs'],
          ],
        ],
        ['ur', 'پولیس نے جوئے کے اڈے پر چھاپہ مار کر 12 جواریوں کو گرفتار کر لیا۔', [[12, 'crime']]],
        ['ur', 'فیکٹری میں آگ لگنے سے 2 مزدور زخمی ہو گئے۔', [[2, 'fire']]],
        ['ur', 'قومی شاہراہ پر بس اور ٹرک کے تصادم میں 5 افراد ہلاک ہو گئے۔', [[5, 'traffic']]],
        [
          'ur',
          'سرحدی محافظوں نے سرحد پار 500 ڈبے سگریٹ اسمگل کرنے کی کوشش ناکام بنا دی۔',
          [[500, 'smuggling']],
        ],
        ['ur', 'ملزمان نے پولیس افسر بن کر فون پر 15 افراد سے دھوکہ دہی کی۔', [[15, 'cyber']]],
        ['ur', 'صوبائی چیئرمین نے شاندار کارکردگی پر 10 افسران کو تعریفی اسناد سے نوازا۔', [[10, 'awards']]],
        [
          'ur',
          'سیلاب سے متاثرہ علاقے سے امدادی ٹیموں نے 120 خاندانوں کو محفوظ مقام پر منتقل کیا۔',
          [[120, 'other']],
        ],
        ['ur', 'سرحدی چوکی کے اہلکاروں نے 12 سرحدی نشانات کا گشت کیا۔', [[12, 'other']]],
        [
          'bn',
          'পুলিশ অভিযান চালিয়ে ৩ জনকে গ্রেপ্তার করে এবং ২ কেজি মাদক জব্দ করে।',
          [
            [3, 'drugs'],
            [2, 'drugs'],
          ],
        ],
        ['bn', 'পুলিশ জুয়ার আসরে অভিযান চালিয়ে ১২ জন জুয়াড়িকে আটক করেছে।', [[12, 'crime']]],
        ['bn', 'কারখানায় আগুন লেগে ২ জন শ্রমিক আহত হয়েছেন।', [[2, 'fire']]],
        ['bn', 'মহাসড়কে বাস ও ট্রাকের সংঘর্ষে ৫ জন নিহত হয়েছেন।', [[5, 'traffic']]],
        ['bn', 'সীমান্তরক্ষীরা চোরাচালানের সময় ৫০০ প্যাকেট সিগারেট জব্দ করেছে।', [[500, 'smuggling']]],
        ['bn', 'প্রতারকরা পুলিশ সেজে ফোন করে ১৫ জনের সঙ্গে প্রতারণা করেছে।', [[15, 'cyber']]],
        [
          'bn',
          'প্রাদেশিক চেয়ারম্যান অসামান্য কৃতিত্বের জন্য ১০ জন কর্মকর্তাকে সম্মাননা সনদ প্রদান করেন।',
          [[10, 'awards']],
        ],
        ['bn', 'উদ্ধারকর্মীরা বন্যাকবলিত এলাকা থেকে ১২০টি পরিবারকে নিরাপদে সরিয়ে নিয়েছেন।', [[120, 'other']]],
        ['bn', 'সীমান্ত চৌকির সদস্যরা ১২টি সীমান্ত খুঁটি টহল দিয়েছেন।', [[12, 'other']]],
        [
          'th',
          'ตำรวจจับกุมผู้ต้องหา 3 คน พร้อมยาบ้า 2 กิโลกรัม',
          [
            [3, 'drugs'],
            [2, 'drugs'],
          ],
        ],
        ['th', 'ตำรวจบุกจับบ่อนการพนัน จับกุมนักพนัน 12 คน', [[12, 'crime']]],
        ['th', 'เพลิงไหม้โรงงานเมื่อเช้ามืด ทำให้มีผู้บาดเจ็บ 2 คน', [[2, 'fire']]],
        ['th', 'รถบัสชนกับรถบรรทุกบนทางหลวง ทำให้มีผู้เสียชีวิต 5 คน', [[5, 'traffic']]],
        ['th', 'เจ้าหน้าที่ชายแดนจับกุมผู้ลักลอบขนบุหรี่เถื่อน 500 ซองข้ามชายแดน', [[500, 'smuggling']]],
        ['th', 'แก๊งคอลเซ็นเตอร์แอบอ้างเป็นตำรวจโทรหลอกลวงเหยื่อ 15 ราย', [[15, 'cyber']]],
        ['th', 'ผู้ว่าราชการจังหวัดมอบประกาศเกียรติคุณแก่เจ้าหน้าที่ 10 นาย', [[10, 'awards']]],
        ['th', 'เจ้าหน้าที่กู้ภัยอพยพชาวบ้าน 120 ครัวเรือนออกจากพื้นที่น้ำท่วม', [[120, 'other']]],
        ['th', 'เจ้าหน้าที่ด่านชายแดนลาดตระเวนตรวจหลักเขตแดน 12 หลัก', [[12, 'other']]],
        [
          'ja',
          '警察は容疑者3人を逮捕し、覚醒剤2キロを押収した。',
          [
            [3, 'drugs'],
            [2, 'drugs'],
          ],
        ],
        ['ja', '警察は賭博場を摘発し、客12人を逮捕した。', [[12, 'crime']]],
        ['ja', '工場で火災が発生し、従業員2人がけがをした。', [[2, 'fire']]],
        ['ja', '国道でバスとトラックが衝突し、5人が死亡した。', [[5, 'traffic']]],
        ['ja', '国境警備隊は国境を越えてたばこ500箱を密輸しようとした男を逮捕した。', [[500, 'smuggling']]],
        ['ja', '警察官を装った男らが電話で高齢者15人から現金をだまし取った。', [[15, 'cyber']]],
        ['ja', '省人民委員会の委員長は優れた功績を挙げた10人に表彰状を授与した。', [[10, 'awards']]],
        ['ja', '救助隊は洪水で孤立した住民120人を救出した。', [[120, 'other']]],
        ['ja', '国境警備所の隊員は国境標識12か所を巡回点検した。', [[12, 'other']]],
        [
          'ko',
          '경찰은 용의자 3명을 체포하고 마약 2kg을 압수했다.',
          [
            [3, 'drugs'],
            [2, 'drugs'],
          ],
        ],
        ['ko', '경찰은 도박장을 급습해 도박 참가자 12명을 검거했다.', [[12, 'crime']]],
        ['ko', '공장에서 화재가 발생해 근로자 2명이 다쳤다.', [[2, 'fire']]],
        ['ko', '국도에서 버스와 트럭이 충돌해 5명이 숨졌다.', [[5, 'traffic']]],
        ['ko', '국경수비대는 국경을 넘어 담배 500갑을 밀수하려던 일당을 적발했다.', [[500, 'smuggling']]],
        ['ko', '경찰을 사칭한 일당이 전화로 15명에게 사기를 쳤다.', [[15, 'cyber']]],
        ['ko', '성 인민위원장은 우수한 성과를 거둔 10명에게 표창장을 수여했다.', [[10, 'awards']]],
        ['ko', '구조대는 홍수로 고립된 주민 120명을 구조했다.', [[120, 'other']]],
        ['ko', '국경수비대 초소 대원들은 국경 표지석 12개를 순찰했다.', [[12, 'other']]],
        [
          'hi',
          'पुलिस ने 3 लोगों को गिरफ्तार कर 2 किलो हेरोइन जब्त की।',
          [
            [3, 'drugs'],
            [2, 'drugs'],
          ],
        ],
        ['hi', 'पुलिस ने जुए के अड्डे पर छापा मारकर 12 जुआरियों को पकड़ा।', [[12, 'crime']]],
        ['hi', 'फैक्ट्री में आग लगने से 2 मजदूर घायल हो गए।', [[2, 'fire']]],
        ['hi', 'राजमार्ग पर बस और ट्रक की टक्कर में 5 लोगों की मौत हो गई।', [[5, 'traffic']]],
        [
          'hi',
          'सीमा सुरक्षा बल ने सीमा पार से तस्करी कर लाई जा रही सिगरेट के 500 पैकेट जब्त किए।',
          [[500, 'smuggling']],
        ],
        ['hi', 'ठगों ने पुलिस अधिकारी बनकर फोन पर 15 लोगों से धोखाधड़ी की।', [[15, 'cyber']]],
        [
          'hi',
          'प्रांतीय अध्यक्ष ने उत्कृष्ट कार्य के लिए 10 अधिकारियों को प्रशस्ति पत्र देकर सम्मानित किया।',
          [[10, 'awards']],
        ],
        ['hi', 'बचाव दल ने बाढ़ प्रभावित इलाके से 120 परिवारों को सुरक्षित निकाला।', [[120, 'other']]],
        ['hi', 'सीमा चौकी के जवानों ने 12 सीमा स्तंभों पर गश्त की।', [[12, 'other']]],
        [
          'ar',
          'ألقت الشرطة القبض على 3 أشخاص وضبطت 2 كيلوغرام من المخدرات.',
          [
            [3, 'drugs'],
            [2, 'drugs'],
          ],
        ],
        ['ar', 'داهمت الشرطة وكرا للقمار واعتقلت 12 مقامرا.', [[12, 'crime']]],
        ['ar', 'اندلع حريق في مصنع أسفر عن إصابة 4 عمال.', [[4, 'fire']]],
        ['ar', 'لقي 5 أشخاص مصرعهم في حادث تصادم بين حافلة وشاحنة على الطريق السريع.', [[5, 'traffic']]],
        ['ar', 'ضبطت قوات حرس الحدود 500 علبة سجائر مهربة عبر الحدود.', [[500, 'smuggling']]],
        ['ar', 'انتحل المحتالون صفة ضباط الشرطة واحتالوا على 15 شخصا عبر الهاتف.', [[15, 'cyber']]],
        [
          'ar',
          'منح رئيس اللجنة الشعبية للمقاطعة شهادات تقدير لـ 10 ضباط لإنجازاتهم المتميزة.',
          [[10, 'awards']],
        ],
        ['ar', 'أجلت فرق الإنقاذ 120 أسرة من المناطق التي غمرتها الفيضانات.', [[120, 'other']]],
        ['ar', 'سيّر أفراد مركز حرس الحدود دوريات على 12 علامة حدودية.', [[12, 'other']]],
        [
          'vi',
          'Lực lượng chức năng phát hiện 5 người đang sử dụng trái phép chất ma túy trong quán karaoke.',
          [[5, 'drugs']],
        ],
        [
          'vi',
          'Công an thu giữ 45 triệu đồng trên chiếu bạc cùng 8 điện thoại.',
          [
            [45_000_000, 'crime'],
            [8, 'crime'],
          ],
        ],
        [
          'vi',
          'Ngọn lửa thiêu rụi 3 căn nhà, thiệt hại khoảng 2 tỷ đồng.',
          [
            [3, 'fire'],
            [2_000_000_000, 'fire'],
          ],
        ],
        ['vi', 'Ô tô con tông vào xe máy khiến 2 người trên xe máy tử vong.', [[2, 'traffic']]],
        [
          'vi',
          'Hải quan cửa khẩu phát hiện 1.200 kg hàng hóa nhập lậu không có hóa đơn.',
          [[1200, 'smuggling']],
        ],
        [
          'vi',
          'Nhiều người bị lừa chuyển khoản tổng cộng 500 triệu đồng sau khi nhận tin nhắn giả mạo ngân hàng.',
          [[500_000_000, 'cyber']],
        ],
        ['vi', 'Tại buổi lễ, 25 tập thể và cá nhân được tặng giấy khen.', [[25, 'awards']]],
        [
          'vi',
          'Mưa lũ khiến 300 ngôi nhà bị ngập sâu, 2 người mất tích.',
          [
            [300, 'other'],
            [2, 'other'],
          ],
        ],
        [
          'vi',
          'Cán bộ, chiến sĩ Đồn Biên phòng thường xuyên tuần tra, bảo vệ 8 cột mốc quốc giới.',
          [[8, 'other']],
        ],
        [
          'ur',
          'انسداد منشیات فورس نے 4 ملزمان سے 5 کلو آئس برآمد کر لی۔',
          [
            [4, 'drugs'],
            [5, 'drugs'],
          ],
        ],
        ['ur', 'پولیس نے قمار بازی میں ملوث 9 افراد کو حراست میں لے لیا۔', [[9, 'crime']]],
        ['ur', 'شارٹ سرکٹ کے باعث لگنے والی آگ نے 3 دکانیں جلا دیں۔', [[3, 'fire']]],
        ['ur', 'تیز رفتار موٹر سائیکل کار سے ٹکرا گئی جس سے 2 نوجوان جاں بحق ہو گئے۔', [[2, 'traffic']]],
        ['ur', 'کسٹم حکام نے سرحد پر اسمگلنگ کا 800 کلو کپڑا ضبط کر لیا۔', [[800, 'smuggling']]],
        ['ur', 'آن لائن فراڈ کرنے والے گروہ نے 40 شہریوں سے رقم ہتھیا لی۔', [[40, 'cyber']]],
        ['ur', 'تقریب میں 12 اہلکاروں کو اعزازی سرٹیفکیٹ دیے گئے۔', [[12, 'awards']]],
        ['ur', 'شدید بارشوں کے بعد سیلاب میں 7 افراد لاپتہ ہو گئے۔', [[7, 'other']]],
        ['ur', 'بارڈر گارڈ اسٹیشن 9 سرحدی ستونوں کی حفاظت کرتا ہے۔', [[9, 'other']]],
        [
          'bn',
          'অভিযানে ৫০০ পিস ইয়াবাসহ ২ জন মাদক ব্যবসায়ী গ্রেপ্তার হয়েছে।',
          [
            [500, 'drugs'],
            [2, 'drugs'],
          ],
        ],
        ['bn', 'জুয়া খেলার সময় পুলিশ ৭ জনকে হাতেনাতে আটক করে।', [[7, 'crime']]],
        ['bn', 'অগ্নিকাণ্ডে ৪টি দোকান পুড়ে ছাই হয়ে গেছে।', [[4, 'fire']]],
        ['bn', 'মোটরসাইকেল দুর্ঘটনায় ২ জন আরোহী নিহত হয়েছেন।', [[2, 'traffic']]],
        ['bn', 'সীমান্তে চোরাচালানকৃত ২০০ কেজি চিনি জব্দ করা হয়েছে।', [[200, 'smuggling']]],
        ['bn', 'অনলাইনে প্রতারণার মাধ্যমে একটি চক্র ৩০ জনের কাছ থেকে টাকা হাতিয়ে নিয়েছে।', [[30, 'cyber']]],
        ['bn', 'অনুষ্ঠানে ১৫ জন পুলিশ সদস্যকে পুরস্কার দেওয়া হয়।', [[15, 'awards']]],
        ['bn', 'বন্যায় ৮টি গ্রাম প্লাবিত হয়েছে।', [[0.008, 'other']]],
        ['bn', 'বিজিবির টহল দল ৬টি সীমান্ত পিলার পরিদর্শন করেছে।', [[6, 'other']]],
        ['th', 'เจ้าหน้าที่ตรวจค้นพบยาไอซ์ 3 กิโลกรัม ในรถกระบะ', [[3, 'drugs']]],
        ['th', 'ตำรวจจับกุมผู้ลักลอบเล่นการพนันออนไลน์ 20 คน', [[20, 'crime']]],
        ['th', 'เกิดเหตุไฟไหม้บ้านเรือน 5 หลัง', [[5, 'fire']]],
        ['th', 'อุบัติเหตุรถจักรยานยนต์ชนกันทำให้มีผู้เสียชีวิต 2 ราย', [[2, 'traffic']]],
        ['th', 'ศุลกากรตรวจยึดสินค้าลักลอบนำเข้า 300 ลัง', [[300, 'smuggling']]],
        ['th', 'มิจฉาชีพโทรศัพท์หลอกให้ผู้เสียหาย 8 รายโอนเงิน', [[8, 'cyber']]],
        ['th', 'ในพิธีมอบรางวัล มีผู้ได้รับโล่เกียรติยศ 30 คน', [[30, 'awards']]],
        ['th', 'น้ำป่าไหลหลากทำให้บ้านเรือนเสียหาย 40 หลัง', [[40, 'other']]],
        ['th', 'ทหารพรานตรวจสอบหลักเขตแดน 5 หลักตามแนวชายแดน', [[5, 'other']]],
        ['ja', '大麻を所持していたとして男2人が現行犯逮捕された。', [[2, 'drugs']]],
        ['ja', '違法カジノを経営した疑いで従業員ら7人を逮捕した。', [[7, 'crime']]],
        ['ja', '住宅5棟を焼く火事があった。', [[5, 'fire']]],
        ['ja', '乗用車とバイクの事故で2人がけがをした。', [[2, 'traffic']]],
        ['ja', '税関は密輸された金塊30キロを押収した。', [[30, 'smuggling']]],
        ['ja', '特殊詐欺の被害は今年、40件に上った。', [[40, 'cyber']]],
        ['ja', '式典で功労者15人に感謝状が贈られた。', [[15, 'awards']]],
        ['ja', '大雨による洪水で住宅200棟が浸水した。', [[200, 'other']]],
        ['ja', '部隊は国境標識8か所の点検を行った。', [[8, 'other']]],
        [
          'ko',
          '필로폰 300g을 밀반입한 2명이 구속됐다.',
          [
            [0.3, 'drugs'],
            [2, 'drugs'],
          ],
        ],
        ['ko', '불법 도박 사이트를 운영한 일당 6명이 검거됐다.', [[6, 'crime']]],
        ['ko', '불이 나 주택 3채가 탔다.', [[3, 'fire']]],
        [
          'ko',
          '교통사고로 운전자 1명이 숨지고 4명이 다쳤다.',
          [
            [1, 'traffic'],
            [4, 'traffic'],
          ],
        ],
        ['ko', '세관은 밀수품 500상자를 적발했다.', [[500, 'smuggling']]],
        ['ko', '보이스피싱 조직에 속아 20명이 돈을 송금했다.', [[20, 'cyber']]],
        ['ko', '시상식에서 유공자 18명이 표창을 받았다.', [[18, 'awards']]],
        ['ko', '집중호우로 주택 60채가 침수됐다.', [[60, 'other']]],
        ['ko', '대원들은 국경 표지석 7개를 점검했다.', [[7, 'other']]],
        [
          'hi',
          'तलाशी में 200 ग्राम स्मैक के साथ 2 तस्कर पकड़े गए।',
          [
            [0.2, 'drugs'],
            [2, 'drugs'],
          ],
        ],
        ['hi', 'सट्टा खेलते हुए 6 लोगों को गिरफ्तार किया गया।', [[6, 'crime']]],
        ['hi', 'आग में 4 दुकानें जलकर राख हो गईं।', [[4, 'fire']]],
        ['hi', 'सड़क हादसे में 3 लोगों की मौत हो गई।', [[3, 'traffic']]],
        ['hi', 'सीमा शुल्क विभाग ने तस्करी का 10 किलो सोना जब्त किया।', [[10, 'smuggling']]],
        ['hi', 'साइबर ठगों ने 25 लोगों के बैंक खातों से पैसे निकाल लिए।', [[25, 'cyber']]],
        ['hi', 'समारोह में 20 पुलिसकर्मियों को पदक से सम्मानित किया गया।', [[20, 'awards']]],
        ['hi', 'बाढ़ में 9 लोग बह गए।', [[9, 'other']]],
        ['hi', 'जवानों ने सीमा पर 5 सीमा स्तंभों का निरीक्षण किया।', [[5, 'other']]],
        ['ar', 'ضبطت الشرطة 5 كيلوغرامات من الهيروين في سيارة.', [[5, 'drugs']]],
        ['ar', 'اعتقلت الشرطة 9 أشخاص بتهمة تنظيم القمار.', [[9, 'crime']]],
        ['ar', 'التهمت النيران 3 منازل في القرية.', [[3, 'fire']]],
        ['ar', 'أسفر حادث مروري عن وفاة 3 أشخاص.', [[3, 'traffic']]],
        ['ar', 'أحبطت الجمارك تهريب 400 كيلوغرام من السكر عبر الحدود.', [[400, 'smuggling']]],
        ['ar', 'احتالت عصابة على 30 شخصا عبر الإنترنت.', [[30, 'cyber']]],
        ['ar', 'حصل 12 ضابطا على ميداليات تكريما لجهودهم.', [[12, 'awards']]],
        ['ar', 'غمرت مياه الفيضانات 150 منزلا.', [[150, 'other']]],
        ['ar', 'تفقدت الدورية 6 علامات حدودية على طول الحدود.', [[6, 'other']]],
      ],
      valueAndTopic,
    );
  });

  describe('a collapse or a disaster is no road crash', () => {
    itReadsEach(
      [
        ['ko', '축제 중 압사 참사 사고로 150여명이 숨졌다.', [[150, 'other']]],
        ['ko', '교량 붕괴 사고로 근로자 3명이 숨졌다.', [[3, 'other']]],
        // A bus accident, or an accident alone, is still a crash; a counsellor (참사관) is no disaster.
        ['hi', 'बस दुर्घटना में 4 यात्री घायल हो गए।', [[4, 'traffic']]],
        ['hi', 'दुर्घटना में 2 लोगों की मौत हो गई।', [[2, 'traffic']]],
        ['ko', '버스 사고로 승객 3명이 숨졌다.', [[3, 'traffic']]],
        ['ko', '대사관 참사관 2명이 교통안전 캠페인에 참석했다.', [[2, 'traffic']]],
        ['ja', '橋の崩落事故で作業員3人が死亡した。', [[3, 'other']]],
        ['vi', 'Vụ sập cầu khiến 3 công nhân tử vong.', [[3, 'other']]],
        ['th', 'เหตุสะพานถล่มทำให้คนงานเสียชีวิต 3 คน', [[3, 'other']]],
        ['en', 'The bridge collapse killed 3 workers.', [[3, 'other']]],
        ['en', 'The stampede disaster killed 150 people.', [[150, 'other']]],
        ['bn', 'সেতু ধসে ৩ জন শ্রমিক নিহত হয়েছেন।', [[3, 'other']]],
        ['ur', 'پل گرنے کے حادثے میں 3 مزدور ہلاک ہو گئے۔', [[3, 'other']]],
        ['hi', 'पुल ढहने की दुर्घटना में 3 मजदूरों की मौत हो गई।', [[3, 'other']]],
      ],
      valueAndTopic,
    );
  });

  describe('explosives in a paragraph of fireworks are their raw materials', () => {
    itReadsEach(
      [
        ['ru', 'В цехе по производству петард изъяли 300 кг взрывчатых веществ.', [[300, 'fireworks']]],
        ['vi', 'Đối tượng mua 5 kg thuốc nổ về để sản xuất pháo.', [[5, 'fireworks']]],
        ['en', 'Police seized 20 kg of explosives used to make firecrackers.', [[20, 'fireworks']]],
        ['zh', '警方在非法生产鞭炮的作坊查获炸药50公斤。', [[50, 'fireworks']]],
        // With no fireworks named, explosives and detonators are arms.
        [
          'en',
          'Police seized 3 kg of explosives and 2 detonators from the house.',
          [
            [3, 'weapons'],
            [2, 'weapons'],
          ],
        ],
        [
          'vi',
          'Công an thu giữ 2 kg thuốc nổ và 5 kíp nổ tại nhà đối tượng.',
          [
            [2, 'weapons'],
            [5, 'weapons'],
          ],
        ],
      ],
      valueAndTopic,
    );
  });

  describe('the classes do not over-reach', () => {
    itReadsEach(
      [
        // A marker named by its number is where the smuggler was caught.
        [
          'vi',
          'Tổ công tác phát hiện đối tượng vận chuyển 300 bao thuốc lá lậu gần cột mốc biên giới số 104.',
          [[300, 'smuggling']],
        ],
        // Rescue teams at a fire: the fire police's name reads as the fire.
        ['ar', 'اندلع حريق في مستودع ووصلت فرق الإنقاذ وأصيب 4 عمال.', [[4, 'fire']]],
        // A fraud with no means (a land sale) is no scam.
        ['ar', 'اعتقلت الشرطة 3 أشخاص بتهمة الاحتيال في بيع الأراضي.', [[3, 'crime']]],
        // Money transferred on a promised prize: a scam.
        ['ar', 'أقنع المحتال 6 أشخاص بتحويل أموالهم بحجة الفوز بجائزة كبيرة.', [[6, 'cyber']]],
        // Prizes stolen from a shop are the theft's.
        ['ar', 'ألقت الشرطة القبض على 4 أشخاص سرقوا الجوائز من المتجر.', [[4, 'crime']]],
        // A clash of two groups is a brawl.
        [
          'ur',
          'دو گروہوں کے درمیان جھگڑے میں 4 افراد زخمی ہو گئے۔',
          [
            [2, 'crime'],
            [4, 'crime'],
          ],
        ],
        // Racing motorbikes seized by police: a road offence.
        ['ur', 'پولیس نے غیر قانونی ریسنگ میں ملوث 11 موٹر سائیکلیں ضبط کر لیں۔', [[11, 'traffic']]],
        // Households caught gambling are the offence's; a place's households with no event are its census.
        ['th', 'ตำรวจจับกุมชาวบ้าน 3 ครัวเรือนที่ลักลอบเล่นการพนัน', [[3, 'crime']]],
        ['th', 'ตำบลนี้มีชาวบ้าน 500 ครัวเรือน ส่วนใหญ่ทำนา', [[500, 'population']]],
      ],
      valueAndTopic,
    );
  });
});
