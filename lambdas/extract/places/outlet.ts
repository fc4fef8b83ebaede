/**
 * The province of a provincial outlet named in the text ("(Baonghean.vn) –", "Sumber: huengaynay.vn/…",
 * "congan.quangninh.gov.vn"). Each province's party paper is Báo <Province> (bao<province>.vn), some carry
 * their own name (Hà Nội Mới, Huế Ngày Nay), and each province's government and police run <province>.gov.vn
 * portals: all report their own province. Asked only when the text names no province at all: the outlet's
 * address then is the one place the article gives.
 */
import type { Gazetteer, PlaceEntry } from './gazetteer.js';
import { heardCandidate } from './heard.js';
import type { Candidate } from './match.js';

/** A Vietnamese host name: its labels before the country code (and a second-level .com/.gov/.org). */
const HOST = /\b((?:[a-z0-9-]+\.)+?)(?:com\.|gov\.|org\.|net\.)?vn\b/gi;

/** What a provincial outlet's name wraps around its province: "Báo …", "… Mới", "… Ngày Nay", "… TV". */
const PREFIXES = ['bao', ''];
const SUFFIXES = ['ngaynay', 'moi', 'online', 'tv', ''];

function provinceEntryOfLabel(label: string, gaz: Gazetteer): PlaceEntry | undefined {
  for (const prefix of PREFIXES) {
    if (!label.startsWith(prefix)) continue;
    for (const suffix of SUFFIXES) {
      if (!label.endsWith(suffix)) continue;
      const key = label.slice(prefix.length, label.length - suffix.length);
      if (key.length < 3) continue;
      const entry = gaz.byKey.get(key)?.find((e) => e.level === 1);
      if (entry) return entry;
    }
  }
  return undefined;
}

/** The province a host's labels name ("baothanhhoa." of baothanhhoa.vn), the first label that names one. */
function provinceEntryOfHost(labels: string, gaz: Gazetteer): PlaceEntry | undefined {
  for (const label of labels.toLowerCase().split('.')) {
    const entry = label === '' ? undefined : provinceEntryOfLabel(label, gaz);
    if (entry !== undefined) return entry;
  }
  return undefined;
}

export function outletProvince(body: string, gaz: Gazetteer): number | undefined {
  for (const m of body.matchAll(HOST)) {
    const entry = provinceEntryOfHost(m[1]!, gaz);
    if (entry !== undefined) return entry.province;
  }
  return undefined;
}

/** A provincial outlet's credit opening a line of the lead, in brackets, a dash after it: "(Baothanhhoa.vn) -". */
const CREDIT = /^[ \t]*\(((?:[a-z0-9-]+\.)+?)(?:com\.|gov\.|org\.|net\.)?vn\)[ \t]*[-–—]/gim;

/** How far into the text a credit still opens the lead (the title and the lead's first line). */
const LEAD = 400;

/**
 * A provincial paper's credit opening its lead ("(Baothanhhoa.vn) - Tối 25/1, …") is the dateline of a regional
 * bureau: the paper files the story of its own province, whatever other province the text names in passing.
 */
export function outletDateline(body: string, gaz: Gazetteer): Candidate | undefined {
  for (const m of body.matchAll(CREDIT)) {
    if (m.index >= LEAD) break;
    // The mention is the host name, inside the brackets.
    const start = m.index + m[0].indexOf('(') + 1;
    const end = m.index + m[0].indexOf(')');
    const entry = provinceEntryOfHost(m[1]!, gaz);
    if (entry !== undefined) return { ...heardCandidate(start, end, [entry], 'any', false), dateline: true };
  }
  return undefined;
}
