import { fileURLToPath } from 'node:url';

/** Repository root: FUNCTIONS[*].entry paths and package-lock.json are relative to it. */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
