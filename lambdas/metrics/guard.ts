/**
 * Exactly-once bookkeeping (pure). The guard item of an article records the state the Metrics table
 * reflects: a version and whether the article is present. States are totally ordered (present v < removed
 * after v < present v+1 …) because parse gives every write of a key a higher version, even across delete
 * and re-create. A change applies only on top of the state it was computed from; a change whose target state
 * is already reached is a duplicate; anything else arrived before its predecessor and must wait.
 */
import type { AppliedVersion } from '../shared/records.js';

export interface Transition {
  /** State the change was computed against: undefined for an insert (nothing, or a removed version). */
  readonly from: AppliedVersion | undefined;
  readonly to: AppliedVersion;
}

export type Verdict = 'apply' | 'duplicate' | 'early';

export function transitionOf(oldVersion: number | undefined, newVersion: number | undefined): Transition {
  if (newVersion !== undefined && oldVersion === undefined)
    return { from: undefined, to: present(newVersion) };
  if (oldVersion !== undefined && newVersion !== undefined)
    return { from: present(oldVersion), to: present(newVersion) };
  if (oldVersion !== undefined)
    return { from: present(oldVersion), to: { version: oldVersion, present: false } };
  throw new RangeError('a change needs an old or a new version');
}

export function stateOrder(state: AppliedVersion): number {
  return 2 * state.version + (state.present ? 0 : 1);
}

export function verdict(current: AppliedVersion | undefined, t: Transition): Verdict {
  if (current && stateOrder(current) >= stateOrder(t.to)) return 'duplicate';
  if (t.from === undefined) {
    // Insert: on an empty guard, or on top of an applied removal of an earlier version.
    return !current || (!current.present && current.version < t.to.version) ? 'apply' : 'early';
  }
  return current?.present === true && current.version === t.from.version ? 'apply' : 'early';
}

function present(version: number): AppliedVersion {
  return { version, present: true };
}
