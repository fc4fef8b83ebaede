/**
 * A force named after a list of provinces acts for each of them (session 28): "A성과 B시 소방대원들" marks the
 * subject after B only, so A, joined to B by a list joiner of the lexicon, takes the subject role too.
 * Short reports written for this rule, never sentences of the tuning or holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { placesLexiconFor } from '../../lambdas/extract/places/lexicon.js';
import { shareListSubject } from '../../lambdas/extract/places/list-subject.js';
import type { Candidate } from '../../lambdas/extract/places/match.js';
import type { PlaceEntry } from '../../lambdas/extract/places/gazetteer.js';
import { primaryOf } from '../support/primary-choice.js';

const PROVINCE = { level: 1 } as PlaceEntry;

function candidate(body: string, name: string, from: number, subject: boolean): Candidate {
  const start = body.indexOf(name, from);
  return {
    start,
    end: start + name.length,
    words: 1,
    entries: [PROVINCE],
    category: null,
    subject,
    afterPersonName: false,
    startsWithFamilyName: false,
    figure: false,
  };
}

function subjects(body: string, names: readonly string[], last: boolean, language = 'ko'): boolean[] {
  let from = 0;
  const found = names.map((n, k) => {
    const c = candidate(body, n, from, last && k === names.length - 1);
    from = c.end;
    return c;
  });
  return shareListSubject(found, body, placesLexiconFor(language).affixes).map((c) => c.subject);
}

describe('Places: a subject after a list of provinces', () => {
  it('gives every name of the list the subject role', () => {
    expect(subjects('타이빈성과 하이퐁시 소방대원들이 출동했다.', ['타이빈', '하이퐁'], true)).toEqual([
      true,
      true,
    ]);
    expect(
      subjects('타이빈성, 남딘성 및 하이퐁시 경찰이 공조했다.', ['타이빈', '남딘', '하이퐁'], true),
    ).toEqual([true, true, true]);
    expect(
      subjects('हा नाम और निन्ह बिन्ह प्रांतों की पुलिस ने छापा मारा।', ['हा नाम', 'निन्ह बिन्ह'], true, 'hi'),
    ).toEqual([true, true]);
  });

  it('joins nothing across words that are not a list', () => {
    expect(subjects('타이빈성에서 하이퐁시 경찰이 출동했다.', ['타이빈', '하이퐁'], true)).toEqual([
      false,
      true,
    ]);
    expect(subjects('타이빈성과 하이퐁시 사이의 다리에서 사고가 났다.', ['타이빈', '하이퐁'], false)).toEqual(
      [false, false],
    );
  });

  it('makes the first-named province of the list the primary one', () => {
    const body =
      '베트남 북부 타이빈성의 노래방에서 불이 나 12명이 숨졌다.\n' +
      '불이 나자 타이빈성과 하이퐁시 소방대원들이 투입됐다.\n하이퐁시 당국은 조사를 시작했다.';
    expect(primaryOf(body, 'ko')).toBe('thai-binh');
  });
});
