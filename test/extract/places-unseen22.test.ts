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
