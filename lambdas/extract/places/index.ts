/**
 * Place-finding stage: provinces and localities named in a Document (first stub; replaced below).
 */
import type { Document, PlaceMention } from '../types.js';
import type { Locality, ProvinceRef } from '../../shared/article.js';

export interface PlaceResult {
  mentions: PlaceMention[];
  provinces: ProvinceRef[];
  localities: Locality[];
  primaryProvince: ProvinceRef | null;
}

export function findPlaces(_doc: Document): PlaceResult {
  return { mentions: [], provinces: [], localities: [], primaryProvince: null };
}

export function isPlaceName(_name: string): boolean {
  return false;
}

export function provinceBySlug(_slug: string): ProvinceRef | undefined {
  return undefined;
}
