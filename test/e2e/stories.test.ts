/**
 * Acceptance of stories (issue 10, item 1) on the running pipeline: copies of one real story (translations
 * and re-publications from test/fixtures/stories) join one story whatever the order or concurrency of their
 * uploads, a look-alike stays apart, the metrics count the story once (its representative's figures), and
 * removing the representative moves the totals by exactly the difference to the copy that takes over.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../lambdas/reconcile/index.js';
import { REPO_ROOT } from '../../local/engines/index.js';
import { api, compareMetrics, idOf, put, remove } from './helpers.js';
import type { ArticleView, ProvinceMetrics, RunScope } from './helpers.js';
import { scenarioHooks } from './scenario.js';
import { announceSkip, targetAvailability, targetSpec, timingFor } from './target.js';
import type { Target } from './target.js';

const availability = await targetAvailability();
announceSkip(availability, 'story scenarios');
const spec = targetSpec();
const timing = timingFor(spec);

const fixture = (file: string) => readFileSync(join(REPO_ROOT, 'test/fixtures/stories', file));

interface StoryView {
  id: string;
  representative: string;
  languages: string[];
  articles: number;
  members: { id: string; key: string; language: string; representative: boolean }[];
}
interface ArticleWithStory extends ArticleView {
  story?: { id: string; representative: boolean; siblings: { id: string; representative: boolean }[] };
}

let target: Target;
let scope: RunScope;
const run = `s${Date.now().toString(36)}`;

async function article(key: string): Promise<ArticleWithStory> {
  const answer = await api(target, `/articles/${idOf(target, key)}`);
  expect(answer.status).toBe(200);
  return answer.body as ArticleWithStory;
}

async function story(id: string): Promise<StoryView> {
  const answer = await api(target, `/stories/${id}`);
  expect(answer.status).toBe(200);
  return answer.body as StoryView;
}

async function upload(files: Record<string, string>) {
  const eTags = await Promise.all(
    Object.entries(files).map(([key, file]) => put(target, key, fixture(file))),
  );
  for (const [index, key] of Object.keys(files).entries()) {
    await target.waitForIngestion(key, { status: 'ok', eTag: eTags[index] });
  }
  await target.settle();
}

/** The run's figures as published: every province's total in the named scheme, summed. */
async function publishedFigures(): Promise<number> {
  const { published } = await compareMetrics(scope);
  return Object.values(published).reduce((sum: number, p: ProvinceMetrics) => sum + p.totals.figures, 0);
}

async function expectConsistent() {
  const { expected, published } = await compareMetrics(scope);
  expect(published).toEqual(expected);
}

describe.skipIf(!availability.ok)(
  `Scenario: stories on ${spec.label}`,
  { timeout: timing.testTimeoutMs },
  () => {
    scenarioHooks(`${run}/`, (opened) => ({ target, scope } = opened));

    const copies = {
      [`${run}/one/pt.txt`]: 's01/pt_vietnam-vn.txt',
      [`${run}/one/id.txt`]: 's01/id_vietnam-vn.txt',
      [`${run}/one/vi.txt`]: 's01/vi_thanhnien.txt',
    };
    const lookAlike = `${run}/one/look-alike.txt`;

    it('joins three translations of one story, keeps a look-alike apart, and counts the story once', async () => {
      // Act: the copies and the look-alike (same province, other figures) arrive one after the other.
      for (const [key, file] of Object.entries({ ...copies, [lookAlike]: 'd02/en_vietnamplus.txt' })) {
        await upload({ [key]: file });
      }

      // Assess: one story with the three copies, one representative, the look-alike alone.
      const stored = await Promise.all(Object.keys(copies).map(article));
      const storyIds = new Set(stored.map((a) => a.story?.id));
      expect(storyIds.size).toBe(1);
      const one = await story([...storyIds][0]!);
      expect(one.members.map((m) => m.id).sort()).toEqual(stored.map((a) => a.id).sort());
      expect(one.languages).toEqual(['id', 'pt', 'vi']);
      expect(one.members.filter((m) => m.representative).map((m) => m.id)).toEqual([one.representative]);
      expect(stored.filter((a) => a.storyRepresentative).map((a) => a.id)).toEqual([one.representative]);
      for (const a of stored) expect(a.story?.siblings.map((s) => s.id).sort()).toHaveLength(2);
      const alone = await article(lookAlike);
      expect(alone.story?.id).not.toBe(one.id);
      expect(alone.storyRepresentative).toBe(true);

      // The totals hold one copy's figures (the representative's) and the look-alike's, not three copies'.
      const rep = stored.find((a) => a.id === one.representative)!;
      expect(await publishedFigures()).toBe(rep.figures.length + alone.figures.length);
      await expectConsistent();
    });

    it('joins two copies through a person they name, and stores that name only as a keyed hash', async () => {
      // Act: a Japanese and a French copy whose shared evidence includes an official's name.
      const keys = {
        [`${run}/name/ja.txt`]: 's07/ja_poste-vn.txt',
        [`${run}/name/fr.txt`]: 's07/fr_baonghean.txt',
      };
      for (const [key, file] of Object.entries(keys)) await upload({ [key]: file });

      // Assess: one story; the index's name keys and the stored evidence hold hashes, never the folded name.
      const [ja, fr] = await Promise.all(Object.keys(keys).map(article));
      expect(ja!.story?.id).toBe(fr!.story?.id);
      const items: Record<string, unknown>[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const page = await target.doc.send(
          new ScanCommand({ TableName: target.tableNames.stories, ExclusiveStartKey: start }),
        );
        items.push(...(page.Items ?? []));
        start = page.LastEvaluatedKey;
      } while (start);
      const nameKeys = items.map((i) => String(i.pk)).filter((pk) => /^(BLOCK|HEAD)#N#/.test(pk));
      expect(nameKeys.length).toBeGreaterThan(0);
      for (const pk of nameKeys) expect(pk).toMatch(/^(BLOCK|HEAD)#N#[0-9a-f]{64}$/);
      for (const item of items.filter((i) => typeof i.evidence === 'string')) {
        const { people } = JSON.parse(item.evidence as string) as { people: string[] };
        for (const p of people) expect(p).toMatch(/^[0-9a-f]{64}$/);
      }
      expect(JSON.stringify(items)).not.toMatch(/nguyen hong phong/i);
    });

    it('moves the totals by exactly the difference when the representative is deleted', async () => {
      // Prepare
      const before = await story((await article(Object.keys(copies)[0]!)).story!.id);
      const gone = before.members.find((m) => m.representative)!;
      const figuresBefore = await publishedFigures();
      const oldRep = await article(gone.key);

      // Act
      await remove(target, gone.key);
      await target.waitForIngestion(gone.key, { status: 'deleted' });
      await target.settle();

      // Assess: the next copy took over, and the totals moved from one copy's figures to the other's.
      const after = await story(before.id);
      expect(after.members.map((m) => m.id).sort()).toEqual(
        before.members
          .map((m) => m.id)
          .filter((id) => id !== gone.id)
          .sort(),
      );
      expect(after.representative).not.toBe(gone.id);
      const newRep = await article(after.members.find((m) => m.representative)!.key);
      expect(newRep.storyRepresentative).toBe(true);
      expect((await publishedFigures()) - figuresBefore).toBe(newRep.figures.length - oldRep.figures.length);
      await expectConsistent();
    });

    it('gives one story and one representative when four copies are uploaded at the same moment', async () => {
      // Act: four copies of another story, two of which score below the threshold against each other and
      // join only through the others, all at once.
      const keys = {
        [`${run}/many/en.txt`]: 's09/en_vietnamnet.txt',
        [`${run}/many/vi-1.txt`]: 's09/vi_vietnamnet.txt',
        [`${run}/many/vi-2.txt`]: 's09/vi_sggp.txt',
        [`${run}/many/vi-3.txt`]: 's09/vi_soha.txt',
      };
      await upload(keys);

      // Assess
      const stored = await Promise.all(Object.keys(keys).map(article));
      const storyIds = new Set(stored.map((a) => a.story?.id));
      expect(storyIds.size).toBe(1);
      expect(stored.filter((a) => a.storyRepresentative)).toHaveLength(1);
      const one = await story([...storyIds][0]!);
      expect(one.articles).toBe(4);
      expect(one.representative).toBe(stored.find((a) => a.storyRepresentative)!.id);
      await expectConsistent();
    });

    it('lists stories by province and day, and refuses bad filters', async () => {
      // Act
      const listed = await api(target, '/stories?province=quang-tri&limit=100');
      const early = await api(target, '/stories?province=quang-tri&to=2000-01-01');
      // Assess
      expect(listed.status).toBe(200);
      const items = (listed.body as { items: StoryView[] }).items;
      // The test before deleted the representative, which may be any copy (ties fall to the smallest id, and ids
      // carry the run's scope): take a copy still stored.
      const stored = await Promise.all(
        Object.keys(copies).map((key) => api(target, `/articles/${idOf(target, key)}`)),
      );
      const kept = stored.find((answer) => answer.status === 200)!.body as ArticleWithStory;
      const mine = kept.story!.id;
      expect(items.map((s) => s.id)).toContain(mine);
      expect((early.body as { items: unknown[] }).items).toEqual([]);
      for (const bad of ['from=yesterday', 'from=2024-02-01&to=2024-01-01', 'province=Quang%20Tri', 'x=1']) {
        expect((await api(target, `/stories?${bad}`)).status).toBe(400);
      }
      expect((await api(target, `/stories/${'0'.repeat(32)}`)).status).toBe(404);
    });

    it('leaves nothing for reconcile to find: metrics equal their recomputation from the records', async () => {
      await target.settle();
      const report = await reconcile(target.reconcileTarget);
      expect(report.findings).toEqual([]);
      expect(report.metrics.counterDiffs).toEqual([]);
      expect(report.differences).toBe(0);
    });
  },
);
