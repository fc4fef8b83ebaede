import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderRegistry, renderSchemas } from '../../scripts/build-lexicons.js';

const dir = fileURLToPath(new URL('../../lambdas/extract/lexicons/', import.meta.url));

describe('Generated file: lexicons/index.generated.ts', () => {
  it('registers exactly the per-language data files present (run `npm run lexicons` after adding one)', () => {
    expect(readFileSync(`${dir}index.generated.ts`, 'utf8')).toBe(renderRegistry(dir));
  });
});

describe('Generated files: lexicons/schemas/<concern>.schema.json', () => {
  it('are the JSON Schemas of the zod schemas the engine validates with (run `npm run lexicons`)', () => {
    for (const [file, text] of Object.entries(renderSchemas()))
      expect(readFileSync(`${dir}schemas/${file}`, 'utf8')).toBe(text);
  });

  it('are named by every lexicon file in `$schema`, so editors check it and complete its fields', () => {
    for (const lang of readdirSync(dir).filter((d) => /^[a-z]{2}$/.test(d))) {
      for (const file of readdirSync(`${dir}${lang}`).filter((f) => f.endsWith('.json'))) {
        const data = JSON.parse(readFileSync(`${dir}${lang}/${file}`, 'utf8')) as { $schema?: string };
        expect(data.$schema, `${lang}/${file}`).toBe(`../schemas/${file.replace(/\.json$/, '.schema.json')}`);
      }
    }
  });
});

/**
 * Keys written twice in one object of a JSON text. JSON.parse keeps the last one without a word, so two
 * engineers adding the same rank or word to a lexicon would silently drop one of them.
 */
function repeatedKeys(text: string): string[] {
  const objects: Set<string>[] = [];
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') objects.push(new Set());
    else if (c === '}') objects.pop();
    else if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const isKey = /^\s*:/.test(text.slice(end + 1, end + 8));
      const key = text.slice(i + 1, end);
      const current = objects[objects.length - 1];
      if (isKey && current) {
        if (current.has(key)) out.push(key);
        current.add(key);
      }
      i = end;
    }
  }
  return out;
}

describe('Data: lexicon files', () => {
  const files = readdirSync(dir)
    .filter((d) => /^[a-z]{2}$/.test(d))
    .flatMap((lang) =>
      readdirSync(`${dir}${lang}`)
        .filter((f) => f.endsWith('.json'))
        .map((f) => `${lang}/${f}`),
    );

  it('the key scanner finds a key written twice, at any depth', () => {
    expect(repeatedKeys('{"a": {"b": 1, "c": "x\\"y", "b": 2}, "d": [{"e": 1}, {"e": 2}]}')).toEqual(['b']);
  });

  it.each([...files, 'kinship.json'])('%s writes no key twice in one object', (file) => {
    expect(repeatedKeys(readFileSync(`${dir}${file}`, 'utf8'))).toEqual([]);
  });
});

describe('Data: figures lexicons, personNumbers', () => {
  const root = fileURLToPath(new URL('../../lambdas/extract/lexicons/', import.meta.url));
  const files = readdirSync(root)
    .filter((l) => /^[a-z]{2}$/.test(l))
    .flatMap((l) => (readdirSync(`${root}${l}`).includes('figures.json') ? [l] : []));

  it.each(files)('%s: every personal numeral is a number word too', (language) => {
    const lex = JSON.parse(readFileSync(`${root}${language}/figures.json`, 'utf8')) as {
      numberWords: Record<string, number>;
      personNumbers?: string[];
    };
    expect((lex.personNumbers ?? []).filter((w) => lex.numberWords[w] === undefined)).toEqual([]);
  });
});
