/**
 * The province of a provincial outlet named in the text ("(Baonghean.vn) –", "Sumber: huengaynay.vn/…",
 * "congan.quangninh.gov.vn"). Each province's party paper is Báo <Province> (bao<province>.vn), some carry
 * their own name (Hà Nội Mới, Huế Ngày Nay), and each province's government and police run <province>.gov.vn
 * portals: all report their own province. Asked only when the text names no province at all: the outlet's
 * address then is the one place the article gives.
 */
import type { Gazetteer } from './gazetteer.js';

/** A Vietnamese host name: its labels before the country code (and a second-level .com/.gov/.org). */
const HOST = /\b((?:[a-z0-9-]+\.)+?)(?:com\.|gov\.|org\.|net\.)?vn\b/gi;

/** What a provincial outlet's name wraps around its province: "Báo …", "… Mới", "… Ngày Nay", "… TV". */
const PREFIXES = ['bao', ''];
const SUFFIXES = ['ngaynay', 'moi', 'online', 'tv', ''];

function provinceOfLabel(label: string, gaz: Gazetteer): number | undefined {
  for (const prefix of PREFIXES) {
    if (!label.startsWith(prefix)) continue;
    for (const suffix of SUFFIXES) {
      if (!label.endsWith(suffix)) continue;
      const key = label.slice(prefix.length, label.length - suffix.length);
      if (key.length < 3) continue;
      const entry = gaz.byKey.get(key)?.find((e) => e.level === 1);
      if (entry) return entry.province;
    }
  }
  return undefined;
}

export function outletProvince(body: string, gaz: Gazetteer): number | undefined {
  for (const m of body.matchAll(HOST)) {
    for (const label of m[1]!.toLowerCase().split('.')) {
      const province = label === '' ? undefined : provinceOfLabel(label, gaz);
      if (province !== undefined) return province;
    }
  }
  return undefined;
}
