/**
 * The story name key (wiring SECRETS.storyNameKey), read once per container: from Secrets Manager on AWS and
 * LocalStack (the secret the stack generated, by ARN), from the file the embedded stack keeps in its data
 * directory otherwise. With neither set the function fails: names are never written in clear.
 */
import { readFileSync } from 'node:fs';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ConfigError } from './errors.js';
import { SECRETS } from './wiring.js';

export async function readNameKey(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const { envVar, fileEnvVar } = SECRETS.storyNameKey;
  const arn = env[envVar]?.trim();
  const file = env[fileEnvVar]?.trim();
  let key: string | undefined;
  if (arn) {
    const client = new SecretsManagerClient({});
    try {
      key = (await client.send(new GetSecretValueCommand({ SecretId: arn }))).SecretString;
    } finally {
      client.destroy();
    }
  } else if (file) {
    key = readFileSync(file, 'utf8');
  } else {
    throw new ConfigError(`Invalid configuration: neither ${envVar} nor ${fileEnvVar} is set`);
  }
  key = key?.trim();
  if (!key) throw new ConfigError(`Invalid configuration: the story name key (${arn ?? file}) is empty`);
  return key;
}

/** readNameKey memoized: the first call reads, later ones share it (a failed read is retried). */
export function lazyNameKey(env: NodeJS.ProcessEnv = process.env): () => Promise<string> {
  let pending: Promise<string> | undefined;
  return () =>
    (pending ??= readNameKey(env).catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
