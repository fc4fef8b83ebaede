import { extractFigures } from '../lambdas/extract/figures/index.js';
import { documentOf } from '../test/support/document.js';
const [lang, ...rest] = process.argv.slice(2);
for (const t of rest) {
  const f = extractFigures(documentOf(t, lang), []);
  console.log(t.slice(0, 60), '=>', JSON.stringify(f.map((x) => [x.value, x.unit, x.topic, x.approximate ?? false])));
}
