/**
 * Currencies as the runtime's ICU data knows them: ISO 4217 codes (Intl.supportedValuesOf) and the symbols
 * Intl.NumberFormat writes for them ("$", "€", "US$", "₫", "฿"). No list of our own: a code or symbol next to
 * a number makes it a sum of money in that currency, in every language, with or without a lexicon.
 */

const SC = /\p{Sc}/u;
const LETTER_OR_SYMBOL = /[\p{L}\p{Sc}]/u;
const CAPITALS = /^[A-Z]{3}$/;

let codes: ReadonlySet<string> | undefined;
let symbols: ReadonlyMap<string, string> | undefined;

function isoCodes(): ReadonlySet<string> {
  return (codes ??= new Set(Intl.supportedValuesOf('currency')));
}

/**
 * Symbol → code, built on first use (a few hundred formatter constructions, ~50 ms: only articles with a
 * currency symbol next to a number pay it). English symbols first ("$" is USD, "¥" JPY), then narrow ones
 * ("฿", "₭", "₽"), then Vietnamese ones ("US$"); the first code to claim a symbol keeps it. Only symbols
 * holding a currency sign are kept: letters alone ("kr", "R") are words, not symbols.
 */
function symbolTable(): ReadonlyMap<string, string> {
  if (symbols) return symbols;
  const table = new Map<string, string>();
  const displays: ReadonlyArray<readonly [string, 'symbol' | 'narrowSymbol']> = [
    ['en', 'symbol'],
    ['en', 'narrowSymbol'],
    ['vi', 'symbol'],
  ];
  for (const [locale, currencyDisplay] of displays) {
    for (const code of isoCodes()) {
      const symbol = currencySymbol(locale, code, currencyDisplay);
      if (symbol && SC.test(symbol) && !table.has(symbol)) table.set(symbol, code);
    }
  }
  symbols = table;
  return table;
}

let principals: ReadonlySet<string> | undefined;

/**
 * Whether a currency owns its sign: English writes it as a bare currency sign ("$" USD, "₩" KRW, "¥" JPY,
 * "€" EUR), not a sign with letters ("CA$", "CN¥"). A name several currencies share ("dollar", "won") names
 * that one.
 */
export function principalCurrency(code: string): boolean {
  principals ??= new Set(
    [...isoCodes()].filter((c) => /^\p{Sc}$/u.test(currencySymbol('en', c, 'symbol') ?? '')),
  );
  return principals.has(code);
}

function currencySymbol(
  locale: string,
  code: string,
  currencyDisplay: 'symbol' | 'narrowSymbol',
): string | undefined {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: code, currencyDisplay });
  return format.formatToParts(1).find((p) => p.type === 'currency')?.value;
}

/**
 * ISO code of a word written as one ("USD", "EUR"; in capitals, so that "all" or "top" are not). Vietnamese
 * writes its own code with its own letter: "VNĐ" (and "VNđ") is VND.
 */
export function currencyCode(written: string): string | undefined {
  if (written === 'VNĐ' || written === 'VNđ') return 'VND';
  return CAPITALS.test(written) && isoCodes().has(written) ? written : undefined;
}

/** Code of a currency symbol ("$", "US$", "€"); undefined when the text holds no currency sign. */
export function currencyOfSymbol(text: string): string | undefined {
  return SC.test(text) ? symbolTable().get(text) : undefined;
}

/**
 * The currency written right before offset `at` of the body ("$4,500", "US$ 12", "USD 12.2 million",
 * "€ 300"): a run of letters and currency signs, at most one space away. Its start, or undefined.
 */
export function currencyBefore(body: string, at: number): { code: string; start: number } | undefined {
  let end = at;
  if (body[end - 1] === ' ' || body[end - 1] === '\u00a0') end--;
  let start = end;
  while (start > 0 && end - start < 4 && LETTER_OR_SYMBOL.test(body[start - 1]!)) start--;
  if (start === end || (start > 0 && LETTER_OR_SYMBOL.test(body[start - 1]!))) return undefined;
  const run = body.slice(start, end);
  const code = currencyOfSymbol(run) ?? currencyCode(run);
  return code ? { code, start } : undefined;
}
