import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderRegistry } from '../../scripts/build-lexicons.js';

const dir = fileURLToPath(new URL('../../lambdas/extract/lexicons/', import.meta.url));

describe('Generated file: lexicons/index.generated.ts', () => {
  it('registers exactly the per-language data files present (run `npm run lexicons` after adding one)', () => {
    expect(readFileSync(`${dir}index.generated.ts`, 'utf8')).toBe(renderRegistry(dir));
  });
});
