/**
 * Activity words that name a model, a movement or a programme ("un modèle de « mobilisation de masse »", "a
 * model of legal education", "mô hình tuyên truyền", "宣传模式"): the word says what kind of model it is, not
 * what was done with a counted thing. Such a model is named by the offence or problem it fights ("... to take
 * part in the fight against drugs"), so the activity word reads as the model's own (organization), which
 * yields to the subject of its clause as a counted model does (topic.ts, GENERIC).
 */
import type { Topic } from '../../shared/vocabulary.js';
import type { CueHit } from './topic.js';

/** Topics of activity words (topic.ts ACTIVITY): these may name a model's kind. */
const NAMING: ReadonlySet<Topic> = new Set<Topic>(['propaganda', 'awards']);

/** How many words may stand between a model word and the activity naming it ("modèle de « mobilisation"). */
const NAME_WORDS = 2;
/** How many characters, at most, that gap may hold. */
const NAME_REACH = 16;

/**
 * A gap holding no clause mark, digit or line break and at most NAME_WORDS words (prepositions, articles,
 * quotation marks: "de « ", " of ", " zur "): the activity after it is the model's name.
 */
function namesModel(gap: string): boolean {
  if (gap.length > NAME_REACH || /[\d\n,;:.!?()，、；：。！？]/.test(gap)) return false;
  // eslint-disable-next-line no-control-regex -- \x02 is the skeleton's letter mark (cueTextOf)
  return (gap.match(/[\p{L}\p{M}\x02]+/gu) ?? []).length <= NAME_WORDS;
}

/**
 * The hits with every activity word that names a model right after the model word (and, where words are not
 * spaced and the name comes first, right before it: "禁毒宣传模式") read as organization.
 */
export function withModelNames(hits: readonly CueHit[], text: string, glued: boolean): readonly CueHit[] {
  let out: CueHit[] | undefined;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    if (!NAMING.has(h.topic) || h.kind !== undefined) continue;
    const prev = hits[k - 1];
    const next = hits[k + 1];
    const model = (m: CueHit | undefined): boolean => m?.topic === 'organization' && m.kind === undefined;
    const named =
      (model(prev) && namesModel(text.slice(prev!.end, h.start))) ||
      (glued && model(next) && next!.start - h.end <= 1 && namesModel(text.slice(h.end, next!.start)));
    if (!named) continue;
    out ??= [...hits];
    out[k] = { ...h, topic: 'organization' };
  }
  return out ?? hits;
}
