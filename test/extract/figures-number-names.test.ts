/**
 * Number words inside names: Vietnamese places ("xã Ba Chẽ", "thị xã Ba Đồn", "quận Hai Bà Trưng", "huyện
 * Năm Căn") and the names of shops, restaurants and companies in any language ("Siete Mares", "Trois
 * Étoiles") start with a number word written with a capital in mid-sentence, before another capitalised
 * word: a name, no count. Sentences written for the project as a news outlet would write them, before the
 * engine read them so; the counts beside them stay figures, and so does a capitalised count before a
 * demonym or a counted noun in a headline written in title case.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

type Case = [language: string, text: string, figures: [number, string][]];

const NAMES: Case[] = [
  ['vi', 'Đối tượng Hồ Văn T. (SN 1990) trú tại xã Ba Chẽ, tỉnh Quảng Ninh.', []],
  ['vi', 'Ông Hoàng Văn N. (trú ở phường Quảng Thọ, TX. Ba Đồn, Quảng Bình) làm thuyền trưởng.', []],
  ['vi', 'Công an quận Hai Bà Trưng bắt giữ 3 đối tượng cướp giật tài sản.', [[3, 'person']]],
  ['vi', 'Người dân huyện Năm Căn phát hiện 2 thi thể trôi dạt vào bờ.', [[2, 'person']]],
  ['vi', 'Lực lượng chức năng huyện Ba Vì thu giữ 15 kg pháo nổ.', [[15, 'kg']]],
  ['es', 'Los agentes detuvieron a 4 personas en el restaurante Siete Mares de Da Nang.', [[4, 'person']]],
  ['fr', "La police a arrêté 2 suspects devant l'hôtel Trois Étoiles de Nha Trang.", [[2, 'person']]],
  ['it', 'I militari hanno fermato 5 persone nel locale Tre Corone di Hanoi.', [[5, 'person']]],
  ['pt', 'A polícia deteve 6 pessoas na empresa Quatro Rodas em Hanói.', [[6, 'person']]],
  ['de', 'Die Polizei nahm im Gasthaus Drei Kronen in Hanoi 3 Personen fest.', [[3, 'person']]],
];

const COUNTS: Case[] = [
  ['en', 'Police Arrest Two Chinese Nationals Over Drug Smuggling', [[2, 'person']]],
  ['en', 'Border Guards Seize Three Trucks Of Smuggled Sugar', [[3, 'vehicle']]],
  ['vi', 'Ba đối tượng bị bắt khi đang vận chuyển ma túy.', [[3, 'person']]],
  ['es', 'Dos ciudadanos chinos fueron detenidos en Lao Cai.', [[2, 'person']]],
];

describe('Function: extractFigures (number words inside names)', () => {
  itReadsEach(NAMES, valueAndUnit, '%s reads a number word that starts a name as no figure: %s');

  itReadsEach(COUNTS, valueAndUnit, '%s keeps a capitalised count: %s');
});
