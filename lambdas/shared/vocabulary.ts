import { z } from 'zod';

/**
 * Closed vocabularies for figures (the gold annotation's own lists). Masses are normalized to kg and money
 * to VND where the text gives VND; anything counted outside the list is 'other'. They are the contract with consumers (metrics keys, API filters),
 * so a new unit or topic is a schema change, not an extractor detail.
 */
export const UNITS = [
  'person',
  'case',
  'percent',
  'vnd',
  'kg',
  'camera',
  'weapon',
  'vehicle',
  'session',
  'document',
  'task',
  'procedure',
  'project',
  'parcel',
  'signature',
  'service',
  'account',
  'household',
  'group',
  'model',
  'team',
  'point',
  'locality',
  'organization',
  'country',
  'other',
] as const;

export const TOPICS = [
  'drugs',
  'crime',
  'smuggling',
  'fireworks',
  'weapons',
  'fire',
  'traffic',
  'cyber',
  'administration',
  'propaganda',
  'organization',
  'awards',
  'population',
  'other',
] as const;

export const LANGUAGES = [
  'fr',
  'pl',
  'en',
  'de',
  'es',
  'it',
  'cs',
  'pt',
  'nl',
  'vi',
  'ru',
  'zh',
  'ja',
  'ko',
  'th',
  'id',
  'ms',
  'ro',
] as const;

export const UnitSchema = z.enum(UNITS);
export const TopicSchema = z.enum(TOPICS);
/** ISO 639-1. The extractor may report languages beyond LANGUAGES; those have no lexicons yet. */
export const LanguageCodeSchema = z.string().regex(/^[a-z]{2}$/, 'ISO 639-1 code');

export type Unit = z.infer<typeof UnitSchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type SupportedLanguage = (typeof LANGUAGES)[number];

/**
 * Stages of a case, in the order they happen: the event itself (an arrest, a seizure, a crash), the
 * police's decision to prosecute, the procuracy's indictment, the trial's opening, the verdict, the appeal;
 * and the stages of a disaster or a violent death after the event (whose search for the missing is part of
 * the event): the recovery (the search ended, the last victim found), the funeral and honours (burial,
 * memorial, posthumous promotion, martyr's recognition), the compensation of the victims.
 * A report of one stage is a different story from a report of another (lambdas/stories/README.md), even
 * with the same names, place and figures.
 */
export const STAGES = [
  'event',
  'prosecution',
  'indictment',
  'trial',
  'verdict',
  'appeal',
  'recovery',
  'funeral',
  'compensation',
] as const;
export const StageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof StageSchema>;
