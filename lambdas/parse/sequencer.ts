/**
 * S3 sequencers order events on one key. They are hex strings of varying length: AWS says to pad the
 * shorter one with zeros to equal length, then compare as strings. We pad on the right to a fixed width,
 * which both orders any two sequencers that way and yields a string DynamoDB can compare in a condition.
 */
export const SEQUENCER_WIDTH = 64;

export function sequencerKey(sequencer: string): string {
  const hex = sequencer.trim().toUpperCase();
  if (!/^[0-9A-F]{1,64}$/.test(hex))
    throw new RangeError(`not an S3 sequencer: ${JSON.stringify(sequencer)}`);
  return hex.padEnd(SEQUENCER_WIDTH, '0');
}

/** < 0 when a happened before b, 0 for the same event, > 0 after. */
export function compareSequencers(a: string, b: string): number {
  const ka = sequencerKey(a);
  const kb = sequencerKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
