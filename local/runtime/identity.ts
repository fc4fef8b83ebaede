/** Who the local functions are: the names, limits and account Lambda would give them. */
import { FUNCTIONS, STACK_NAME } from '../../lambdas/shared/wiring.js';
import type { FunctionKey } from '../../lambdas/shared/wiring.js';
import type { FunctionIdentity } from './lambda-context.js';

export function localFunctionNames(): Record<FunctionKey, string> {
  return Object.fromEntries(
    (Object.keys(FUNCTIONS) as FunctionKey[]).map((fn) => [fn, `${STACK_NAME}-${FUNCTIONS[fn].id}`]),
  ) as Record<FunctionKey, string>;
}

export function functionIdentity(
  fn: FunctionKey,
  names: Record<FunctionKey, string>,
  where: { readonly region: string; readonly accountId: string },
): FunctionIdentity {
  return {
    functionName: names[fn],
    memoryMb: FUNCTIONS[fn].memoryMb,
    timeoutSeconds: FUNCTIONS[fn].timeoutSeconds,
    region: where.region,
    accountId: where.accountId,
  };
}
