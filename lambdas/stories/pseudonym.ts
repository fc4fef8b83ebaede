/**
 * Names in the story index are personal data the product has no use for: two copies need only know that
 * they name the same person. So the people of stored evidence, and the N# keys made from them, are keyed
 * hashes of the folded names (HMAC-SHA-256 with the deployment's own key, hex): equal names give equal
 * hashes, and without the key a hash cannot be tested against a guessed name. The similarity compares names
 * for equality only (similarity.ts: countShared, and their count), so scores and stories are unchanged.
 */
import { createHmac } from 'node:crypto';
import type { StoryEvidence } from './evidence.js';

/** The keyed hash of one folded name. */
export function nameHash(key: string, foldedName: string): string {
  return createHmac('sha256', key).update(foldedName, 'utf8').digest('hex');
}

/** The evidence with its people and the names its text writes (in any script) as keyed hashes (distinct, sorted, as the evidence keeps them). */
export function pseudonymize(evidence: StoryEvidence, key: string): StoryEvidence {
  if (key.length === 0) throw new Error('the story name key is empty');
  return {
    ...evidence,
    people: [...new Set(evidence.people.map((name) => nameHash(key, name)))].sort(),
    names: [...new Set(evidence.names.map((name) => nameHash(key, name)))].sort(),
    scriptNames: [...new Set(evidence.scriptNames.map((name) => nameHash(key, name)))].sort(),
  };
}
