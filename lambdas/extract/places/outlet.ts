/**
 * The province of a provincial newspaper named in the text ("(Baonghean.vn) –", "baoquangninh.com.vn"): each
 * province's party paper is Báo <Province>, at bao<province>.vn, and reports its own province. Asked only
 * when the text names no province at all: the paper's name then is the one place the article gives.
 */
import type { Gazetteer } from './gazetteer.js';

const OUTLET = /\bbao([a-z]{4,20})\.(?:com\.)?vn\b/gi;

export function outletProvince(body: string, gaz: Gazetteer): number | undefined {
  for (const m of body.matchAll(OUTLET)) {
    const entry = gaz.byKey.get(m[1]!.toLowerCase())?.find((e) => e.level === 1);
    if (entry) return entry.province;
  }
  return undefined;
}
