import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { assemblyDir, removeAssembly, synthesize } from './synth.js';

const FINDING = Match.stringLikeRegexp('AwsSolutions-.*');

/** cdk-nag reports findings as error/warning annotations; collect both for the whole stack. */
function findings(stack: Stack): string[] {
  const annotations = Annotations.fromStack(stack);
  return [...annotations.findError('*', FINDING), ...annotations.findWarning('*', FINDING)].map(
    (finding) => `${finding.id}: ${String(finding.entry.data).split(':')[0]}`,
  );
}

describe('cdk-nag: AwsSolutions', () => {
  it('reports no unsuppressed error or warning for the stack', () => {
    // Prepare
    const { app, stack } = synthesize({ nag: true, keepAssembly: true });

    // Act
    const reported = findings(stack);
    removeAssembly(app);

    // Assess
    expect(reported).toEqual([]);
  });

  it('reports no unsuppressed finding with tracing on and the LocalStack target either', () => {
    // Prepare
    const { app, stack } = synthesize({
      nag: true,
      keepAssembly: true,
      settings: { tracing: true, target: 'localstack' },
    });

    // Act
    const reported = findings(stack);
    removeAssembly(app);

    // Assess
    expect(reported).toEqual([]);
  });

  it('does report a plain bucket, so the check above can fail (negative control)', () => {
    // Prepare
    const app = new App({ outdir: assemblyDir() });
    const stack = new Stack(app, 'Throwaway');
    new Bucket(stack, 'Careless');
    Aspects.of(app).add(new AwsSolutionsChecks());

    // Act
    const reported = findings(stack);
    removeAssembly(app);

    // Assess
    expect(reported).toEqual(
      expect.arrayContaining([
        expect.stringContaining('AwsSolutions-S1'),
        expect.stringContaining('AwsSolutions-S10'),
      ]),
    );
  });
});
