/**
 * Which story an article belongs to after a change, and who represents each story touched (pure).
 *
 * The pipeline assigns as articles arrive: a new or changed article links to every candidate scoring at or
 * above the threshold and joins their stories; when it links several, they merge into the story of its best
 * candidate (the highest score, ties to the smaller id) and the others become tombstones that lead there
 * (their members' records keep naming them: a merge rewrites two story items, not every member). On the same
 * pairs this gives group.ts's connected components whatever the arrival order. A changed article first leaves
 * its story, then is assigned again; a removed article leaves its story, which goes with its last member.
 * Stories never split (a removed bridge leaves its story joined; README.md).
 *
 * The representative is recomputed from the members of each story touched (coverage, then id: the rule of
 * representative.ts), so it does not depend on the order in which members arrived or left.
 */
import { createHash } from 'node:crypto';
import type { StoryMember } from '../shared/stories.js';
import type { StoryEvidence } from './evidence.js';
import { similarity, STORY_THRESHOLD } from './similarity.js';

export interface LiveStory {
  readonly storyId: string;
  /** 0: not stored yet. */
  readonly version: number;
  readonly representative: string;
  readonly members: readonly StoryMember[];
}
export interface MergedStory {
  readonly storyId: string;
  readonly version: number;
  readonly mergedInto: string;
}
export type StoryState = LiveStory | MergedStory;

export const isMerged = (s: StoryState | undefined): s is MergedStory => !!s && 'mergedInto' in s;

export interface Candidate {
  readonly articleId: string;
  /** The story its record names (possibly merged since). */
  readonly storyId: string;
  readonly evidence: StoryEvidence;
}

export interface AssignInput {
  readonly articleId: string;
  /** Version of the article being written (names a new story uniquely across the key's life). */
  readonly version: number;
  /** Evidence and member entry of the article as it will be stored; undefined when it is removed. */
  readonly next:
    { readonly evidence: StoryEvidence; readonly member: Omit<StoryMember, 'storyId'> } | undefined;
  /** The story the article's record names now, if any. */
  readonly currentStoryId: string | undefined;
  readonly candidates: readonly Candidate[];
  /** Stored states of the current story, the candidates' stories and every story they merged into. */
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
  /** The story id on the sibling's record (the write's condition). */
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

/** The live story a stored story id leads to (following merges), if it is loaded. */
export function resolveStory(
  stories: ReadonlyMap<string, StoryState>,
  storyId: string,
): LiveStory | undefined {
  let state = stories.get(storyId);
  for (let hops = 0; isMerged(state) && hops < 64; hops++) state = stories.get(state.mergedInto);
  return state && !isMerged(state) ? state : undefined;
}

export function assign(input: AssignInput): AssignPlan {
  const threshold = input.threshold ?? STORY_THRESHOLD;
  const working = new Map<string, StoryState | undefined>();
  const live = (id: string): LiveStory | undefined => {
    const state = working.has(id) ? working.get(id) : input.stories.get(id);
    return state && !isMerged(state) ? state : undefined;
  };
  const setMembers = (id: string, members: StoryMember[]) => {
    const version = input.stories.get(id)?.version ?? 0;
    working.set(
      id,
      members.length === 0
        ? undefined
        : { storyId: id, version, members, representative: pickMember(members)!.id },
    );
  };

  const current = input.currentStoryId
    ? resolveStory(input.stories, input.currentStoryId)?.storyId
    : undefined;
  if (current !== undefined) {
    setMembers(
      current,
      live(current)!.members.filter((m) => m.id !== input.articleId),
    );
  }

  let storyId: string | undefined;
  if (input.next) {
    const linked = linkedStories(input.next.evidence, input.candidates, threshold, input.stories);
    const [survivor, ...merged] = linked.filter((id) => live(id));
    storyId =
      survivor ??
      (current !== undefined && !live(current)
        ? current // the article was its story's only member: the story keeps its id
        : newStoryId(input.articleId, input.version));
    const members = [...(live(storyId)?.members ?? [])];
    for (const id of merged) {
      members.push(...live(id)!.members);
      working.set(id, { storyId: id, version: input.stories.get(id)!.version, mergedInto: storyId });
    }
    const others = members.filter((m) => m.id !== input.articleId);
    setMembers(storyId, [...others, { ...input.next.member, storyId }]);
  }

  const changes: StoryChange[] = [];
  const wasRep = new Map<string, string>();
  const isRep = new Set<string>();
  for (const [id, after] of working) {
    const before = input.stories.get(id);
    changes.push({ before, after });
    if (before && !isMerged(before)) {
      const rep = before.members.find((m) => m.id === before.representative);
      if (rep) wasRep.set(rep.id, rep.storyId);
    }
    if (after && !isMerged(after)) isRep.add(after.representative);
  }
  const recordStory = new Map<string, string>();
  for (const after of working.values()) {
    if (after && !isMerged(after)) for (const m of after.members) recordStory.set(m.id, m.storyId);
  }
  const flips: Flip[] = [];
  for (const [id, storyOnRecord] of wasRep) {
    if (id !== input.articleId && !isRep.has(id) && recordStory.has(id)) {
      flips.push({ articleId: id, storyId: storyOnRecord, representative: false });
    }
  }
  for (const id of isRep) {
    if (id !== input.articleId && !wasRep.has(id)) {
      flips.push({ articleId: id, storyId: recordStory.get(id)!, representative: true });
    }
  }
  const finalState = storyId === undefined ? undefined : live(storyId);
  return {
    storyId,
    representative: finalState?.representative === input.articleId,
    changes: changes.sort((a, b) => idOf(a).localeCompare(idOf(b))),
    flips: flips.sort((a, b) => a.articleId.localeCompare(b.articleId)),
  };
}

/**
 * The live stories of the candidates at or above the threshold, the best candidate's first (highest score,
 * ties to the smaller article id), each once.
 */
function linkedStories(
  evidence: StoryEvidence,
  candidates: readonly Candidate[],
  threshold: number,
  stories: ReadonlyMap<string, StoryState>,
): string[] {
  const scored = candidates
    .filter((c) => c.articleId !== evidence.id)
    .map((c) => ({ c, score: similarity(evidence, c.evidence) }))
    .filter((x) => x.score >= threshold)
    .sort((a, b) => b.score - a.score || (a.c.articleId < b.c.articleId ? -1 : 1));
  const out: string[] = [];
  for (const { c } of scored) {
    const id = resolveStory(stories, c.storyId)?.storyId;
    if (id !== undefined && !out.includes(id)) out.push(id);
  }
  return out;
}

/** The member whose figures count: most distinct figure values, then most evidence, then smallest id. */
export function pickMember<M extends Pick<StoryMember, 'id' | 'coverage'>>(
  members: readonly M[],
): M | undefined {
  return [...members].sort(compareMembers)[0];
}

export function compareMembers(
  a: Pick<StoryMember, 'id' | 'coverage'>,
  b: Pick<StoryMember, 'id' | 'coverage'>,
): number {
  if (a.coverage[0] !== b.coverage[0]) return b.coverage[0] - a.coverage[0];
  if (a.coverage[1] !== b.coverage[1]) return b.coverage[1] - a.coverage[1];
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A story is named after the article version that started it: unique, and stable while the story lives. */
export function newStoryId(articleId: string, version: number): string {
  return createHash('sha256').update(`story#${articleId}#${version}`).digest('hex').slice(0, 32);
}

function idOf(change: StoryChange): string {
  return (change.after ?? change.before)!.storyId;
}
