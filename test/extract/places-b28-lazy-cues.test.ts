/**
 * The disaster test (places/struck.ts) reads the whole text; summarize asks it only when its answer can change
 * the primary province: a short list of two or three provinces, each named once (listHead). The nationwide
 * head (places/nationwide.ts) is asked only of a primary province the title does not name. The answers are
 * those of asking always. Texts written for the project.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Struck from '../../lambdas/extract/places/struck.js';
import { primaryOf } from '../support/primary-choice.js';

const asked = vi.hoisted(() => ({ disaster: 0 }));

vi.mock('../../lambdas/extract/places/struck.js', async (importOriginal) => {
  const original = await importOriginal<typeof Struck>();
  return {
    ...original,
    tellsOfDisaster: (folded: string, language: string) => {
      asked.disaster++;
      return original.tellsOfDisaster(folded, language);
    },
  };
});

afterEach(() => {
  asked.disaster = 0;
});

type Case = [language: string, body: string, primary: string | null, asksDisaster: boolean];

describe('Places: the disaster test is asked only of a short list of provinces', () => {
  it.each<Case>([
    // One province named again and again: no list, no test.
    [
      'fr',
      'Crues dans le nord\n\nLes crues ont inondé trois villages de la province de Lao Cai. La police de Lao Cai a évacué les habitants.',
      'lao-cai',
      false,
    ],
    [
      'en',
      'Drug ring broken up\n\nThe police of Quang Ninh province arrested five people. Quang Ninh police seized the drugs.',
      'quang-ninh',
      false,
    ],
    // A short list in a flood report: asked, and its first province is the primary one.
    [
      'fr',
      'Crues meurtrières\n\nDes crues ont fait quatre morts dans les provinces de Ha Tinh et Quang Binh, selon les autorités.',
      'ha-tinh',
      true,
    ],
    // A short list with no disaster: asked, and no primary province.
    [
      'en',
      'Customs review\n\nThe customs department said smuggling rose along the borders of An Giang and Tay Ninh this year.',
      null,
      true,
    ],
  ])('%s: %s', (language, body, primary, asksDisaster) => {
    expect(primaryOf(body, language)).toBe(primary);
    expect(asked.disaster > 0).toBe(asksDisaster);
  });
});
