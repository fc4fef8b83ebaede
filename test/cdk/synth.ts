import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Stack } from 'aws-cdk-lib';
import { App, Aspects } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import cdkJson from '../../cdk.json' with { type: 'json' };
import { STACK_NAME } from '../../lambdas/shared/wiring.js';
import { ProvinceWireStack } from '../../lib/provincewire-stack.js';
import { CONTEXT_PREFIX, settingsFromContext } from '../../lib/settings.js';

export interface SynthOptions {
  /** Run esbuild for the three handlers (slow); otherwise CDK stages a placeholder asset. */
  readonly bundle?: boolean;
  /** Extra `provincewire:*` settings, without the prefix, as `-c` would pass them. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Apply the AwsSolutions pack, as bin/app.ts does. */
  readonly nag?: boolean;
  /** Keep the cloud assembly on disk (the caller removes app.outdir); by default it is removed at once. */
  readonly keepAssembly?: boolean;
}

/**
 * A fresh directory for an App's cloud assembly. Without one, every App leaves a cdk.out* folder in the
 * system's temp directory.
 */
export function assemblyDir(): string {
  return mkdtempSync(join(tmpdir(), 'provincewire-cdk-'));
}

export function removeAssembly(app: App): void {
  rmSync(app.outdir, { recursive: true, force: true });
}

export interface Synthesized {
  readonly app: App;
  readonly stack: ProvinceWireStack;
  readonly template: Template;
}

/** The stack exactly as `cdk synth` builds it: cdk.json's context, plus per-test overrides. */
export function synthesize(options: SynthOptions = {}): Synthesized {
  const overrides = Object.fromEntries(
    Object.entries(options.settings ?? {}).map(([key, value]) => [`${CONTEXT_PREFIX}${key}`, value]),
  );
  const app = new App({
    outdir: assemblyDir(),
    context: {
      ...cdkJson.context,
      ...overrides,
      ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }),
    },
  });
  const result = settingsFromContext((key) => app.node.tryGetContext(key));
  if (!result.ok) throw new Error(result.error);
  const stack = new ProvinceWireStack(app, STACK_NAME, { settings: result.settings });
  if (options.nag) Aspects.of(app).add(new AwsSolutionsChecks());
  // The template (and the annotations cdk-nag reads) stay in memory once synthesized.
  const template = Template.fromStack(stack);
  if (!options.keepAssembly) removeAssembly(app);
  return { app, stack, template };
}

export type Resource = { Type: string; Properties?: Record<string, unknown>; DependsOn?: string | string[] };

/** All resources of a type, by logical id. */
export function resourcesOf(template: Template, type: string): Record<string, Resource> {
  return template.findResources(type) as Record<string, Resource>;
}

/** The single resource of a type whose logical id starts with `prefix` (ids are stable construct paths). */
export function onlyResource(template: Template, type: string, prefix: string): [string, Resource] {
  const matches = Object.entries(resourcesOf(template, type)).filter(([id]) => id.startsWith(prefix));
  if (matches.length !== 1)
    throw new Error(`expected one ${type} starting with ${prefix}, got ${matches.length}`);
  return matches[0] as [string, Resource];
}

/** Logical id a construct's default CloudFormation resource receives in `stack`. */
export function logicalIdOf(stack: Stack, construct: { node: { defaultChild?: unknown } }): string {
  return stack.getLogicalId(construct.node.defaultChild as never);
}
