/**
 * Which story an article belongs to after a change, and who represents each story touched (pure).
 *
 * The pipeline assigns incrementally, as articles arrive: a new or changed article joins the story of its
 * best-scoring candidate (the highest similarity at or above the threshold, ties to the smaller id), else it
 * starts a story. Stories never merge and never split: an article that links two stories joins the best one
 * (group.ts measures components; README.md compares both). A changed article first leaves its story, then is
 * assigned again, so its story follows its new evidence; a removed article leaves its story, and the story
 * goes with its last member.
 *
 * The representative is recomputed from the members of each touched story (coverage, then id: the same
 * rule as representative.ts), so it does not depend on the order in which members arrived or left.
 */
import { createHash } from 'node:crypto';
import type { StoryMember } from '../shared/stories.js';
import type { StoryEvidence } from './evidence.js';
import { similarity, STORY_THRESHOLD } from './similarity.js';

export interface StoryState {
  readonly storyId: string;
  /** 0: not stored yet. */
  readonly version: number;
  readonly representative: string;
  readonly members: readonly StoryMember[];
}

export interface Candidate {
  readonly articleId: string;
  readonly storyId: string;
  readonly evidence: StoryEvidence;
}

export interface AssignInput {
  readonly articleId: string;
  /** Version of the article being written (names a new story uniquely across the key's life). */
  readonly version: number;
  /** Evidence and member entry of the article as it will be stored; undefined when it is removed. */
  readonly next: { readonly evidence: StoryEvidence; readonly member: StoryMember } | undefined;
  /** The story the article is in now, if any. */
  readonly currentStoryId: string | undefined;
  readonly candidates: readonly Candidate[];
  /** Stored states of the current story and of the candidates' stories. */
  readonly stories: ReadonlyMap<string, StoryState>;
  readonly threshold?: number;
}

export interface StoryChange {
  readonly before: StoryState | undefined;
  /** undefined: the story lost its last member. */
  readonly after: StoryState | undefined;
}

export interface Flip {
  readonly articleId: string;
  readonly storyId: string;
  readonly representative: boolean;
}

export interface AssignPlan {
  /** undefined when the article is removed. */
  readonly storyId: string | undefined;
  readonly representative: boolean;
  readonly changes: readonly StoryChange[];
  /** Other members whose representative flag changes. */
  readonly flips: readonly Flip[];
}

export function assign(input: AssignInput): AssignPlan {
  const threshold = input.threshold ?? STORY_THRESHOLD;
  const working = new Map<string, StoryState | undefined>();
  const stateOf = (id: string) => (working.has(id) ? working.get(id) : input.stories.get(id));
  const setMembers = (id: string, base: StoryState | undefined, members: StoryMember[]) =>
    working.set(
      id,
      members.length === 0
        ? undefined
        : { storyId: id, version: base?.version ?? 0, members, representative: pickMember(members)!.id },
    );

  const current = input.currentStoryId;
  if (current !== undefined) {
    const state = stateOf(current);
    if (state)
      setMembers(
        current,
        state,
        state.members.filter((m) => m.id !== input.articleId),
      );
  }

  let storyId: string | undefined;
  if (input.next) {
    const best = bestCandidate(input.next.evidence, input.candidates, threshold, (id) => !!stateOf(id));
    storyId =
      best?.storyId ??
      (current !== undefined && input.stories.has(current) && !stateOf(current)
        ? current // the article was its story's only member: the story keeps its id
        : newStoryId(input.articleId, input.version));
    const state = stateOf(storyId) ?? input.stories.get(storyId);
    const others = (stateOf(storyId)?.members ?? []).filter((m) => m.id !== input.articleId);
    setMembers(storyId, state, [...others, input.next.member]);
  }

  const changes: StoryChange[] = [];
  const flips: Flip[] = [];
  for (const [id, after] of working) {
    const before = input.stories.get(id);
    changes.push({ before, after });
    const wasRep = before?.representative;
    const isRep = after?.representative;
    if (wasRep === isRep) continue;
    const stillMember = (a: string) => after?.members.some((m) => m.id === a) ?? false;
    if (wasRep !== undefined && wasRep !== input.articleId && stillMember(wasRep)) {
      flips.push({ articleId: wasRep, storyId: id, representative: false });
    }
    if (isRep !== undefined && isRep !== input.articleId) {
      flips.push({ articleId: isRep, storyId: id, representative: true });
    }
  }
  const finalState = storyId === undefined ? undefined : working.get(storyId);
  return {
    storyId,
    representative: finalState?.representative === input.articleId,
    changes: changes.sort((a, b) => idOf(a).localeCompare(idOf(b))),
    flips: flips.sort((a, b) => a.articleId.localeCompare(b.articleId)),
  };
}

/** The member whose figures count: most distinct figure values, then most evidence, then smallest id. */
export function pickMember(members: readonly StoryMember[]): StoryMember | undefined {
  return [...members].sort(compareMembers)[0];
}

export function compareMembers(a: StoryMember, b: StoryMember): number {
  if (a.coverage[0] !== b.coverage[0]) return b.coverage[0] - a.coverage[0];
  if (a.coverage[1] !== b.coverage[1]) return b.coverage[1] - a.coverage[1];
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The candidate with the highest score at or above the threshold, ties to the smaller id. */
export function bestCandidate(
  evidence: StoryEvidence,
  candidates: readonly Candidate[],
  threshold: number = STORY_THRESHOLD,
  usable: (storyId: string) => boolean = () => true,
): (Candidate & { score: number }) | undefined {
  let best: (Candidate & { score: number }) | undefined;
  for (const c of candidates) {
    if (c.articleId === evidence.id || !usable(c.storyId)) continue;
    const score = similarity(evidence, c.evidence);
    if (score < threshold) continue;
    if (!best || score > best.score || (score === best.score && c.articleId < best.articleId)) {
      best = { ...c, score };
    }
  }
  return best;
}

/** A story is named after the article version that started it: unique, and stable while the story lives. */
export function newStoryId(articleId: string, version: number): string {
  return createHash('sha256').update(`story#${articleId}#${version}`).digest('hex').slice(0, 32);
}

function idOf(change: StoryChange): string {
  return (change.after ?? change.before)!.storyId;
}
