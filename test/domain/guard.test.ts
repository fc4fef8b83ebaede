import { describe, expect, it } from 'vitest';
import { transitionOf, verdict, type Verdict } from '../../lambdas/metrics/guard.js';
import type { AppliedVersion } from '../../lambdas/shared/records.js';

const present = (version: number): AppliedVersion => ({ version, present: true });
const removed = (version: number): AppliedVersion => ({ version, present: false });

describe('Function: verdict', () => {
  it.each<[string, AppliedVersion | undefined, number | undefined, number | undefined, Verdict]>([
    ['first insert', undefined, undefined, 1, 'apply'],
    ['duplicate insert', present(1), undefined, 1, 'duplicate'],
    ['modify on its source', present(1), 1, 2, 'apply'],
    ['duplicate modify', present(2), 1, 2, 'duplicate'],
    ['stale modify after a later one', present(3), 1, 2, 'duplicate'],
    ['modify before its insert', undefined, 1, 2, 'early'],
    ['modify skipping a version', present(1), 2, 3, 'early'],
    ['remove', present(2), 2, undefined, 'apply'],
    ['duplicate remove', removed(2), 2, undefined, 'duplicate'],
    ['re-create after remove', removed(2), undefined, 3, 'apply'],
    ['re-create before the remove is applied', present(2), undefined, 3, 'early'],
    ['old insert after re-create', present(3), undefined, 1, 'duplicate'],
    ['remove before the modify that precedes it', present(1), 2, undefined, 'early'],
  ])('%s', (_name, current, oldVersion, newVersion, expected) => {
    // Act
    const result = verdict(current, transitionOf(oldVersion, newVersion));

    // Assess
    expect(result).toBe(expected);
  });

  it('rejects a change with neither image', () => {
    // Act / Assess
    expect(() => transitionOf(undefined, undefined)).toThrow(RangeError);
  });
});
