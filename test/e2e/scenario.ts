/**
 * The hooks every scenario file that compares metrics opens with: a target for the file's key prefix and
 * a run scope (the aggregates published before the file started), closed after its last test. Called
 * inside the file's describe, so a skipped suite never starts a target.
 */
import { afterAll, beforeAll } from 'vitest';
import { openScope } from './helpers.js';
import type { RunScope } from './helpers.js';
import { createTarget, targetSpec, timingFor } from './target.js';
import type { Target } from './target.js';

export interface Scenario {
  readonly target: Target;
  readonly scope: RunScope;
}

/** Registers the hooks; `opened` receives the target and scope before the first test runs. */
export function scenarioHooks(prefix: string, opened: (scenario: Scenario) => void): void {
  const { hookTimeoutMs } = timingFor(targetSpec());
  let target: Target | undefined;
  beforeAll(async () => {
    target = await createTarget(prefix);
    opened({ target, scope: await openScope(target, prefix) });
  }, hookTimeoutMs);
  afterAll(async () => {
    await target?.close();
  }, hookTimeoutMs);
}
