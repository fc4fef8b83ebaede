/**
 * The provinces the API knows, in both schemes: the 63 units as articles may name them (before the
 * 2025-07-01 merger, Resolution 202/2025/QH15) and the 34 units since. Used to validate slugs in the API
 * ("unknown province → 404, known province without data → zeros") and as the last-resort successor lookup
 * when an article's own ProvinceRef list does not cover a figure's province.
 *
 * Slugs follow SlugSchema: the official short name folded to ASCII, words joined by '-'.
 */
import type { ProvinceName } from './article.js';

/** Successor (2025) name → the pre-2025 provinces merged into it. */
const MERGERS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Hà Nội', ['Hà Nội']],
  ['Huế', ['Thừa Thiên Huế']],
  ['Lai Châu', ['Lai Châu']],
  ['Điện Biên', ['Điện Biên']],
  ['Sơn La', ['Sơn La']],
  ['Lạng Sơn', ['Lạng Sơn']],
  ['Quảng Ninh', ['Quảng Ninh']],
  ['Thanh Hóa', ['Thanh Hóa']],
  ['Nghệ An', ['Nghệ An']],
  ['Hà Tĩnh', ['Hà Tĩnh']],
  ['Cao Bằng', ['Cao Bằng']],
  ['Tuyên Quang', ['Tuyên Quang', 'Hà Giang']],
  ['Lào Cai', ['Lào Cai', 'Yên Bái']],
  ['Thái Nguyên', ['Thái Nguyên', 'Bắc Kạn']],
  ['Phú Thọ', ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình']],
  ['Bắc Ninh', ['Bắc Ninh', 'Bắc Giang']],
  ['Hưng Yên', ['Hưng Yên', 'Thái Bình']],
  ['Hải Phòng', ['Hải Phòng', 'Hải Dương']],
  ['Ninh Bình', ['Ninh Bình', 'Hà Nam', 'Nam Định']],
  ['Quảng Trị', ['Quảng Trị', 'Quảng Bình']],
  ['Đà Nẵng', ['Đà Nẵng', 'Quảng Nam']],
  ['Quảng Ngãi', ['Quảng Ngãi', 'Kon Tum']],
  ['Gia Lai', ['Gia Lai', 'Bình Định']],
  ['Khánh Hòa', ['Khánh Hòa', 'Ninh Thuận']],
  ['Lâm Đồng', ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận']],
  ['Đắk Lắk', ['Đắk Lắk', 'Phú Yên']],
  ['Hồ Chí Minh', ['Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu']],
  ['Đồng Nai', ['Đồng Nai', 'Bình Phước']],
  ['Tây Ninh', ['Tây Ninh', 'Long An']],
  ['Cần Thơ', ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang']],
  ['Vĩnh Long', ['Vĩnh Long', 'Bến Tre', 'Trà Vinh']],
  ['Đồng Tháp', ['Đồng Tháp', 'Tiền Giang']],
  ['Cà Mau', ['Cà Mau', 'Bạc Liêu']],
  ['An Giang', ['An Giang', 'Kiên Giang']],
];

/** Bucket for figures attributed to no province (national articles). Listed in both schemes. */
export const NATIONAL: ProvinceName = { name: 'National (no province)', slug: 'national' };

export type Scheme = 'named' | '2025';
export const SCHEMES = ['named', '2025'] as const satisfies readonly Scheme[];

export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const toName = (name: string): ProvinceName => ({ name, slug: slugify(name) });

const SUCCESSOR = new Map<string, ProvinceName>();
const BY_SLUG = new Map<string, ProvinceName>();
for (const [successor, parts] of MERGERS) {
  const s = toName(successor);
  BY_SLUG.set(s.slug, s);
  SUCCESSOR.set(s.slug, s);
  for (const part of parts) {
    const p = toName(part);
    BY_SLUG.set(p.slug, p);
    SUCCESSOR.set(p.slug, s);
  }
}

/** Provinces of a scheme: 2025 → the 34 current units; named → every name an article may use (pre-2025 and 2025). */
export function provincesOf(scheme: Scheme): ProvinceName[] {
  const slugs = scheme === '2025' ? MERGERS.map(([s]) => slugify(s)) : [...BY_SLUG.keys()];
  return [...new Set(slugs)].map((slug) => BY_SLUG.get(slug)!).concat(NATIONAL);
}

export function isKnownProvince(scheme: Scheme, slug: string): boolean {
  if (slug === NATIONAL.slug) return true;
  return scheme === '2025' ? SUCCESSOR.get(slug)?.slug === slug : BY_SLUG.has(slug);
}

/** The 2025 unit a province (as named) belongs to; undefined for a slug this table does not know. */
export function successorOf(slug: string): ProvinceName | undefined {
  return slug === NATIONAL.slug ? NATIONAL : SUCCESSOR.get(slug);
}

export function provinceName(slug: string): ProvinceName | undefined {
  return slug === NATIONAL.slug ? NATIONAL : BY_SLUG.get(slug);
}
