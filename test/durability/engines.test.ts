/**
 * The stack supervises its engines: when the S3 engine (its host process) or DynamoDB Local dies, the stack
 * says why (onFailure, the console, /health's report: unhealthy with the reason), stops everything else,
 * and leaves no process behind: never half-alive. (`npm start` then exits 1; the chaos crash schedules
 * check that and the restart.)
 */
import { describe, expect, it } from 'vitest';
import { startEmbeddedStack } from '../../local/stack.js';
import { durabilityHarness, isAlive, javaUnder, until } from './support.js';

const run = durabilityHarness();

describe('Durability: an engine dies under the stack', () => {
  it.each<['S3 engine' | 'DynamoDB Local', RegExp]>([
    ['S3 engine', /engine host exited/],
    ['DynamoDB Local', /DynamoDB Local exited/],
  ])(
    'stops cleanly when the %s is killed, and says why',
    async (victim, reason) => {
      // Prepare
      let failed: string | undefined;
      const stack = await startEmbeddedStack({
        dataDir: run.freshDir(),
        reconcileAtStart: false,
        onFailure: (why) => (failed = why),
      });
      run.stack = stack;
      const { host, java } = stack.pids;
      const healthyBefore = (await stack.health()).status;

      // Act
      process.kill(victim === 'S3 engine' ? host : javaUnder(java), 'SIGKILL');
      const why = await until(() => failed, 30_000);
      await until(() => ([host, java].some(isAlive) ? undefined : true), 15_000);
      const health = await stack.health();

      // Assess
      expect(healthyBefore).toBe('ok');
      expect(why).toMatch(reason);
      expect(health).toMatchObject({ status: 'unhealthy', s3: 'down', dynamodb: 'down' });
      expect(health.failure).toMatch(reason);
      expect([host, java].filter(isAlive)).toEqual([]);
      await expect(fetch(`${stack.apiUrl}/health`)).rejects.toThrow();
    },
    300_000,
  );
});
