/**
 * Session 22 classes of the primary province on unseen text, with reports invented for them (never sentences of
 * the tuning or holdout sets).
 */
import { describe, expect, it } from 'vitest';
import { primaryOf } from '../support/primary-choice.js';

describe('Places: a centrally-run city named with the word "city" as the language borrows or writes it', () => {
  it.each([
    [
      'ms',
      'Kemalangan jalan raya\n\nSeorang penunggang motosikal maut selepas bertembung dengan sebuah lori di Bandar Raya Ho Chi Minh pada petang Isnin, menurut polis tempatan.',
    ],
    [
      'ur',
      'ٹریفک حادثہ\n\nپیر کی شام ہو چی منہ سٹی میں ایک ٹرک اور موٹر سائیکل کے درمیان تصادم میں ایک شخص ہلاک ہو گیا، مقامی پولیس نے بتایا۔',
    ],
    [
      'ms',
      'Dadah dirampas\n\nPolis Bandar Raya Ho Chi Minh merampas 12 kg dadah daripada dua lelaki yang menaiki kereta di Daerah 7 semalam.',
    ],
    [
      'ur',
      'منشیات برآمد\n\nہو چی منہ سٹی پولیس نے ایک گودام سے 20 کلو منشیات برآمد کر کے دو افراد کو گرفتار کر لیا۔',
    ],
    [
      'fa',
      'تصادف\n\nعصر دوشنبه در هو چی مین سیتی یک کامیون با یک موتورسیکلت برخورد کرد و یک نفر کشته شد، پلیس محلی اعلام کرد.',
    ],
    [
      'ar',
      'حادث مرور\n\nلقي رجل حتفه في حادث بين شاحنة ودراجة نارية في هو شي مين سيتي مساء الاثنين، بحسب الشرطة المحلية.',
    ],
    [
      'ne',
      'दुर्घटना\n\nसोमबार बेलुका हो ची मिन्ह सिटीमा ट्रक र मोटरसाइकल ठोक्किँदा एक जनाको मृत्यु भयो, प्रहरीले जनाएको छ।',
    ],
  ])('%s', (language, body) => {
    expect(primaryOf(body, language)).toBe('ho-chi-minh');
  });
});

describe('Places: a report whose title or lead says nationwide names a province as an example', () => {
  it.each([
    [
      'en',
      'Holiday road toll falls\n\nNationwide, 212 road crashes killed 97 people over the five-day holiday, the traffic police department said. The deadliest was a coach crash on a mountain pass in Ha Giang province that killed 9 people. Rescue teams in Ha Giang worked through the night.',
    ],
    [
      'vi',
      'Tai nạn giao thông giảm trong dịp nghỉ lễ\n\nTrong 5 ngày nghỉ lễ, cả nước xảy ra 212 vụ tai nạn giao thông, làm chết 97 người. Vụ nghiêm trọng nhất xảy ra tại tỉnh Hà Giang khiến 9 người chết. Tỉnh Hà Giang đã lập đoàn khắc phục hậu quả.',
    ],
    [
      'fr',
      "Bilan routier des fêtes\n\nDans tout le pays, 212 accidents de la route ont fait 97 morts pendant les cinq jours de congé, selon la police. Le plus grave s'est produit dans la province de Ha Giang, où un car est tombé dans un ravin. À Ha Giang, neuf personnes sont mortes.",
    ],
    [
      'de',
      'Bilanz der Feiertage\n\nLandesweit kamen bei 212 Verkehrsunfällen während der fünf Feiertage 97 Menschen ums Leben, teilte die Verkehrspolizei mit. Der schwerste Unfall ereignete sich in der Provinz Ha Giang. In Ha Giang starben neun Menschen, als ein Bus in eine Schlucht stürzte.',
    ],
    [
      'es',
      'Balance de las fiestas\n\nEn todo el país se registraron 212 accidentes de tráfico con 97 muertos durante los cinco días de fiesta, según la policía. El más grave ocurrió en la provincia de Ha Giang, donde un autobús cayó por un barranco. En Ha Giang murieron nueve personas.',
    ],
    [
      'zh',
      '假期交通事故\n\n据交警局统计,五天假期全国共发生交通事故212起,造成97人死亡。其中,河江省发生一起客车坠崖事故,造成9人死亡。河江省已派员处理善后。',
    ],
  ])('%s', (language, body) => {
    expect(primaryOf(body, language)).toBeNull();
  });
});

describe('Places: a nationwide word does not unseat the province the title names or whose force acts', () => {
  it.each([
    [
      'en',
      'Ha Giang police seize heroin\n\nIn a nationwide drive against drugs, police in Ha Giang province seized 20 kg of heroin on Monday. Ha Giang police said two men were arrested.',
      'ha-giang',
    ],
    [
      'fr',
      "Saisie d'héroïne\n\nDans le cadre d'une campagne menée dans tout le pays, la police provinciale de Ha Giang a saisi 20 kg d'héroïne lundi. La police de Ha Giang a arrêté deux hommes.",
      'ha-giang',
    ],
  ])('%s', (language, body, expected) => {
    expect(primaryOf(body, language)).toBe(expected);
  });
});
