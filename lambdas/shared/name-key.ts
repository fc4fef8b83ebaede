/**
 * The story name key (wiring SECRETS.storyNameKey): from Secrets Manager on AWS and LocalStack (the secret the
 * stack generated, by ARN), from the file the embedded stack keeps in its data directory otherwise. With neither
 * set the function fails: names are never written in clear.
 *
 * The secret is read through Powertools Parameters, whose cache keeps it for the container's life (the key never
 * rotates: a new key would re-key the whole story index) and retries a failed read on the next call.
 */
import { readFileSync } from 'node:fs';
import { getSecret } from '@aws-lambda-powertools/parameters/secrets';
import { ConfigError } from './errors.js';
import { SECRETS } from './wiring.js';

/** Seconds Powertools keeps the secret: longer than any container lives. */
const SECRET_MAX_AGE = 24 * 3600;

export async function readNameKey(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const { envVar, fileEnvVar } = SECRETS.storyNameKey;
  const arn = env[envVar]?.trim();
  const file = env[fileEnvVar]?.trim();
  let key: unknown;
  if (arn) key = await getSecret(arn, { maxAge: SECRET_MAX_AGE });
  else if (file) key = readFileSync(file, 'utf8');
  else throw new ConfigError(`Invalid configuration: neither ${envVar} nor ${fileEnvVar} is set`);
  key = typeof key === 'string' ? key.trim() : undefined;
  if (!key) throw new ConfigError(`Invalid configuration: the story name key (${arn ?? file}) is empty`);
  return key as string;
}
