/**
 * npm run extract -- FILE... [--pretty] [--max-bytes N]
 * One JSON object per file and line: the extracted Article (with its file), or {file, rejected} when the engine
 * rejects the file. Exits 1 if any file was rejected or unreadable, after processing all of them.
 */
import { readFile } from 'node:fs/promises';
import { Command, InvalidArgumentError } from 'commander';
import { extractArticle } from '../lambdas/extract/index.js';
import { DEFAULT_MAX_OBJECT_BYTES } from '../lambdas/shared/wiring.js';

const program = new Command()
  .name('extract')
  .description('Extract structured article records from plain-text news files')
  .argument('<files...>', 'text files to extract')
  .option('--pretty', 'indented JSON for people to read')
  .option('--max-bytes <n>', 'reject files larger than this', parsePositiveInt, DEFAULT_MAX_OBJECT_BYTES)
  .action(async (files: string[], opts: { pretty?: boolean; maxBytes: number }) => {
    let failed = 0;
    for (const file of files) {
      const line = await extractFile(file, opts.maxBytes);
      if ('rejected' in line) failed++;
      process.stdout.write(JSON.stringify(line, null, opts.pretty ? 2 : undefined) + '\n');
    }
    if (failed > 0) {
      process.stderr.write(`${failed} of ${files.length} file(s) rejected\n`);
      process.exitCode = 1;
    }
  });

type Line = { file: string } & ({ rejected: { reason: string; message: string } } | Record<string, unknown>);

async function extractFile(file: string, maxBytes: number): Promise<Line> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    return { file, rejected: { reason: 'UNREADABLE', message: (err as Error).message } };
  }
  const result = extractArticle(bytes, { maxBytes });
  return result.ok ? { file, ...result.article } : { file, rejected: result.rejection };
}

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

await program.parseAsync();
