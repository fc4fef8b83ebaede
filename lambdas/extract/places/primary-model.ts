/**
 * The primary province by the fitted model (data/primary-model.json, written by scripts/fit-primary.ts): each
 * province an article names, and "no primary province", gets a utility, the weighted sum of its features
 * (primary-features.ts); the highest wins. The hand rules of summarize.ts were tuned on the very articles they
 * are scored on; the model's weights are fitted on them too, but its accuracy is measured by cross-validation,
 * on articles each fit did not see.
 */
import { z } from 'zod';
import modelData from '../data/primary-model.json' with { type: 'json' };
import {
  CANDIDATE_FEATURES,
  NONE_FEATURES,
  type CandidateFeature,
  type NoneFeature,
  type PrimaryEvidence,
} from './primary-features.js';

const ModelSchema = z.object({
  candidate: z.record(z.string(), z.number()),
  none: z.record(z.string(), z.number()),
});

export interface PrimaryModel {
  /** Weights in CANDIDATE_FEATURES order. */
  readonly candidate: readonly number[];
  /** Weights in NONE_FEATURES order. */
  readonly none: readonly number[];
}

/** A feature the file does not list weighs nothing: the fit left it out. */
function inOrder<K extends string>(names: readonly K[], weights: Record<string, number>): number[] {
  return names.map((k) => weights[k] ?? 0);
}

function load(): PrimaryModel {
  const data = ModelSchema.parse(modelData);
  return {
    candidate: inOrder<CandidateFeature>(CANDIDATE_FEATURES, data.candidate),
    none: inOrder<NoneFeature>(NONE_FEATURES, data.none),
  };
}

let bundled: PrimaryModel | undefined;

/** The weights shipped with the engine, read once. */
export function primaryModel(): PrimaryModel {
  bundled ??= load();
  return bundled;
}

/** Utilities of the options: each candidate in order, then "no primary province" last. */
export function utilities(e: PrimaryEvidence, m: PrimaryModel): number[] {
  const dot = (x: readonly number[], w: readonly number[]) => x.reduce((s, v, k) => s + v * w[k]!, 0);
  return [...e.candidates.map((c) => dot(c.x, m.candidate)), dot(e.none, m.none)];
}

/** The province of highest utility (the first of equals), or null when "none" scores highest. */
export function modelPrimary(e: PrimaryEvidence, m: PrimaryModel = primaryModel()): number | null {
  if (e.candidates.length === 0) return null;
  const u = utilities(e, m);
  const best = u.reduce((b, x, i) => (x > u[b]! ? i : b), 0);
  return e.candidates[best]?.province ?? null;
}
