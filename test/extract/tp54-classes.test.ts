/**
 * Topic classes of session 54 (tp54), on sentences written for this test:
 * - a broad word of a calamity (lexicon `calamities`: ko 참사/이재민, ja 被災/災害/惨事, th ผู้ประสบภัย/ภัยพิบัติ,
 *   hi आपदा/त्रासदी, ur آفت/سانحہ, bn দুর্যোগ, fr sinistré, es damnificado, pt desabrigado, vi thảm họa/hư hỏng
 *   nặng/bị sập, ar كارثة, en disaster) names no kind of event: it takes the fire, crash or flood named nearest
 *   in its sentence ("카페 화재 참사", "L'incendie a fait 12 sinistrés"), else the article's fire or crash, else
 *   it is a disaster's (other). A natural disaster named as such (자연재해, प्राकृतिक आपदा) stays other; bn
 *   দুর্ঘটনা (accident) is an accident word, as hi दुर्घटना is: alone a crash, after a fire the fire's;
 * - customs (ar الجمارك, ur کسٹمز, hi सीमा शुल्क, bn শুল্ক কর্মকর্তা, ru таможенник) is a unit's name of smuggling,
 *   as vi hải quan and en customs are: goods it seizes with no cue of their own are smuggled, its drug finds
 *   stay drugs; ar goods "without documents" (دون وثائق) are smuggled, and "unidentified" (مجهولة الهوية) is no
 *   identity card (administration), which "بطاقة هوية" still is;
 * - ja border markers counted by 基 (国境標識12基) are counted, and are the border's (other);
 * - vi "hộ dân" (households) is a population cue as "người dân" is: a commune's households are its population,
 *   those a fire or a flood struck are its; households affected by a storm ("ảnh hưởng bởi bão") are the storm's;
 * - ru "столкнул*" (collided), a collision word already, is an accident word too: alone a road crash, beside a
 *   vessel a disaster at sea; police who "столкнулись с сопротивлением" (met resistance) still tell their case.
 * 30 of the 44 cases in this file failed on 7d138f44.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndTopic } from '../support/figure-cases.js';

describe('Function: extractFigures (tp54 classes)', () => {
  describe('a calamity word takes the more specific mishap named with it', () => {
    itReadsEach(
      [
        ['ko', '카페 화재 참사로 12명이 숨졌다.', [[12, 'fire']]],
        ['ko', '고속도로 버스 추돌 참사로 승객 9명이 숨졌다.', [[9, 'traffic']]],
        [
          'ko',
          '노래방 화재 참사\n지난밤 노래방에서 불이 나 손님 8명이 숨졌다. 이번 참사로 부상자도 4명 나왔다.',
          [
            [8, 'fire'],
            [4, 'fire'],
          ],
        ],
        ['ja', '火災の被災者120人に支援物資が配られた。', [[120, 'fire']]],
        ['th', 'ไฟไหม้ร้านอาหาร ผู้ประสบภัย 12 คนได้รับบาดเจ็บ', [[12, 'fire']]],
        ['hi', 'कारखाने में आग की आपदा में 12 मजदूरों की मौत हो गई।', [[12, 'fire']]],
        ['hi', 'सड़क हादसे की आपदा में 7 लोगों की मौत हो गई।', [[7, 'traffic']]],
        ['ur', 'فیکٹری میں آگ کی آفت سے 12 مزدور ہلاک ہو گئے۔', [[12, 'fire']]],
        ['bn', 'কারখানায় অগ্নিকাণ্ডের দুর্যোগে ১২ জন শ্রমিক নিহত হয়েছেন।', [[12, 'fire']]],
        ['bn', 'অগ্নিকাণ্ডের দুর্ঘটনায় ৩ জন শ্রমিক নিহত হয়েছেন।', [[3, 'fire']]],
        ['fr', "L'incendie a fait 12 sinistrés dans le quartier.", [[12, 'fire']]],
        ['es', 'El incendio dejó 40 familias damnificadas en el barrio.', [[40, 'fire']]],
        ['pt', 'O incêndio deixou 40 famílias desabrigadas.', [[40, 'fire']]],
        [
          'vi',
          'Vụ cháy xưởng gỗ làm một chiếc xe tải bị hư hỏng nặng và 3 căn nhà bị sập.',
          [
            [1, 'fire'],
            [3, 'fire'],
          ],
        ],
        ['ar', 'كارثة حريق المصنع أودت بحياة 12 عاملا.', [[12, 'fire']]],
        [
          'en',
          'Bus plunges into ravine\nThe crash was a disaster: 12 people died in the disaster.',
          [[12, 'traffic']],
        ],
        ['fr', 'Incendie dans un immeuble\nLes pompiers ont relogé les 40 sinistrés.', [[40, 'fire']]],
        [
          'es',
          'Incendio en un mercado\nLas autoridades atendieron a 40 familias damnificadas.',
          [[40, 'fire']],
        ],
        // A calamity with a flood named, or none at all, is a disaster's; a crowd crush's accident is too.
        ['ko', '축제 중 압사 참사로 150여명이 숨졌다.', [[150, 'other']]],
        ['ja', '大雨の被災者120人に支援物資が配られた。', [[120, 'other']]],
        ['fr', 'Inondations dans le sud\nLes secours ont relogé les 40 sinistrés.', [[40, 'other']]],
        [
          'es',
          'Inundaciones en el norte\nLas autoridades atendieron a 40 familias damnificadas.',
          [[40, 'other']],
        ],
        ['hi', 'प्राकृतिक आपदा में 7 लोगों की मौत हो गई।', [[7, 'other']]],
        ['vi', 'Mưa lũ làm 40 căn nhà bị sập.', [[40, 'other']]],
        // An accident alone is still a crash, in Bengali as elsewhere.
        ['bn', 'মহাসড়কে দুর্ঘটনায় ৫ জন আহত হয়েছেন।', [[5, 'traffic']]],
      ],
      valueAndTopic,
    );
  });

  describe('customs seizures, border markers and households', () => {
    itReadsEach(
      [
        [
          'ar',
          'عثرت الجمارك على 25 صندوقا من الصابون في سيارة تقل امرأة مجهولة الهوية.',
          [[25, 'smuggling']],
        ],
        ['ar', 'صادرت السلطات 40 كرتونة من السجائر دون وثائق.', [[40, 'smuggling']]],
        ['ur', 'کسٹمز حکام نے بندرگاہ پر 300 جعلی بیگ ضبط کر لیے۔', [[300, 'smuggling']]],
        ['hi', 'सीमा शुल्क विभाग ने बंदरगाह पर 300 नकली बैग जब्त किए।', [[300, 'smuggling']]],
        ['bn', 'শুল্ক কর্মকর্তারা বন্দরে ৩০০টি নকল ব্যাগ জব্দ করেছেন।', [[300, 'smuggling']]],
        ['ru', 'Таможенники изъяли 300 поддельных сумок в порту.', [[300, 'smuggling']]],
        ['ja', '国境警備隊は国境標識12基を点検した。', [[12, 'other']]],
        ['ja', '国境警備隊は12基の国境標識を点検した。', [[12, 'other']]],
        ['vi', 'Xã có 1.200 hộ dân sinh sống.', [[1200, 'population']]],
        ['vi', 'Vụ cháy khiến 12 hộ dân mất nhà.', [[12, 'fire']]],
        ['vi', 'Lực lượng cứu hộ đã sơ tán 120 hộ dân khỏi vùng ngập lũ.', [[120, 'other']]],
        ['vi', 'Đoàn công tác đã tặng quà cho 50 hộ dân bị ảnh hưởng bởi bão.', [[50, 'other']]],
        // Customs' drug finds stay drugs; an identity card is still administration; households at a talk are its
        // audience, as residents are (propaganda).
        [
          'ru',
          'Таможенники задержали 2 пассажиров с 3 кг героина.',
          [
            [2, 'drugs'],
            [3, 'drugs'],
          ],
        ],
        ['ur', 'کسٹمز حکام نے ہوائی اڈے پر 2 کلو ہیروئن برآمد کر لی۔', [[2, 'drugs']]],
        ['ar', 'أصدرت الشرطة 120 بطاقة هوية للسكان.', [[120, 'administration']]],
        ['vi', 'Công an xã tuyên truyền phòng chống ma túy cho 200 hộ dân.', [[200, 'propaganda']]],
      ],
      valueAndTopic,
    );
  });

  describe('ru a collision verb is an accident word', () => {
    itReadsEach(
      [
        ['ru', 'Автобус столкнулся с грузовиком на трассе, погибли 5 человек.', [[5, 'traffic']]],
        [
          'ru',
          'Рыболовецкое судно столкнулось с грузовым кораблём, 3 рыбака пропали без вести.',
          [[3, 'other']],
        ],
        ['ru', 'Полиция столкнулась с сопротивлением и задержала 4 торговцев героином.', [[4, 'drugs']]],
      ],
      valueAndTopic,
    );
  });
});
