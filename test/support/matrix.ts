/**
 * The runner the construct × language matrices share (test/extract/e30*-matrix.test.ts): each file keeps its
 * cells as data and its check of one cell; here every cell runs as a test, the ones listed as known failures
 * as `it.fails` (so a fix, or a regression of a passing cell, turns the suite red until the list is updated),
 * and the list is checked to name only cells that exist, each once.
 */
import { expect, it } from 'vitest';

/** One cell of a matrix: its id (the key of the known failures), its test name, and its check. */
export interface MatrixCell {
  readonly id: string;
  readonly name: string;
  readonly check: () => void;
}

/** Registers the matrix's tests in the describe block it is called from. */
export function runMatrix(
  cells: readonly MatrixCell[],
  knownFailing: Readonly<Record<string, string>>,
): void {
  it('every cell has a unique id and every known failure names a cell', () => {
    const ids = new Set(cells.map((c) => c.id));
    expect(ids.size).toBe(cells.length);
    expect(Object.keys(knownFailing).filter((id) => !ids.has(id))).toEqual([]);
  });
  for (const cell of cells) {
    const reason = knownFailing[cell.id];
    if (reason === undefined) it(cell.name, cell.check);
    else it.fails(`${cell.name} (known: ${reason})`, cell.check);
  }
}
