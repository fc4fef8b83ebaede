import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The last step of every generator script: with --check, exit 1 when the committed file differs from what
 * the generator produces now (a test runs this); otherwise write it.
 */
export function writeOrCheck(target: string, next: string, regenerate: string): void {
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== next) {
      console.error(`${target} is stale: run \`${regenerate}\``);
      process.exit(1);
    }
    return;
  }
  writeFileSync(target, next);
  console.log(`wrote ${target} (${(Buffer.byteLength(next) / 1024).toFixed(0)} KiB)`);
}
