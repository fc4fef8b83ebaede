/** Ingestions: rejected files with their reasons; on the embedded stack, dead letters with a replay button. */
import { admin, allPages, loadConfig, type IngestionPage } from '../api.js';
import { toCsv } from '../csv.js';
import { csvButton, h, message } from '../dom.js';
import type { Params, View } from './view.js';

type Ingestion = IngestionPage['items'][number];
interface DeadLetter {
  id: string;
  function: string;
  source: string;
  event: unknown;
  error: { name: string; message: string };
  attempts: number;
  failedAt: string;
}

const keysOf = (event: unknown): string[] => {
  const records = (event as { Records?: { s3?: { object?: { key?: string } } }[] })?.Records ?? [];
  return records.flatMap((r) =>
    r.s3?.object?.key ? [decodeURIComponent(r.s3.object.key.replace(/\+/g, ' '))] : [],
  );
};

export const ingestionsView: View = async (_params: Params) => {
  const { items, more } = await allPages<Ingestion>('/ingestions', { status: 'rejected' });
  const header = ['key', 'bucket', 'reason', 'message', 'updatedAt', 'size'];
  const rows = items.map((i) => [i.key, i.bucket, i.reason, i.message, i.updatedAt, i.size]);
  const csv = () => toCsv(header, rows);
  const config = await loadConfig();
  return h(
    'section',
    { class: 'view ingestions-view' },
    h('h1', {}, 'Ingestions'),
    h(
      'div',
      { class: 'toolbar' },
      h('h2', {}, `Rejected files (${items.length}${more ? '+' : ''})`),
      csvButton('provincewire-rejected.csv', csv),
    ),
    items.length
      ? h(
          'table',
          { class: 'data rejected' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              header.map((c) => h('th', {}, c)),
            ),
          ),
          h(
            'tbody',
            {},
            rows.map((r) =>
              h(
                'tr',
                {},
                r.map((v) => h('td', {}, String(v ?? ''))),
              ),
            ),
          ),
        )
      : message('info', 'No rejected files'),
    config.adminUrl
      ? await deadLetters()
      : h(
          'p',
          { class: 'note' },
          'Dead letters: on AWS they are in the stack’s dead-letter queues (ParseDeadLetterQueueUrl, MetricsDeadLetterQueueUrl).',
        ),
  );
};

async function deadLetters(): Promise<HTMLElement> {
  const list = (await admin<{ items: DeadLetter[] }>('/dead-letters'))?.items ?? [];
  const status = h('p', { class: 'note', role: 'status' });
  const header = ['id', 'function', 'source', 'keys', 'error', 'attempts', 'failedAt'];
  const rows = list.map((d) => [
    d.id,
    d.function,
    d.source,
    keysOf(d.event).join(' '),
    `${d.error.name}: ${d.error.message}`,
    d.attempts,
    d.failedAt,
  ]);
  const replay = async (id: string, button: HTMLButtonElement) => {
    button.disabled = true;
    try {
      const result = await admin<{ ok: boolean; error?: { message: string } }>(
        `/dead-letters/${encodeURIComponent(id)}/replay`,
        { method: 'POST' },
      );
      status.textContent = result?.ok
        ? `Replayed ${id}`
        : `Replay failed: ${result?.error?.message ?? 'unknown error'}`;
      if (result?.ok) button.closest('tr')?.remove();
    } catch (error) {
      status.textContent = `Replay failed: ${(error as Error).message}`;
      button.disabled = false;
    }
  };
  return h(
    'div',
    { class: 'dead-letters' },
    h(
      'div',
      { class: 'toolbar' },
      h('h2', {}, `Dead letters (${list.length})`),
      csvButton('provincewire-dead-letters.csv', () => toCsv(header, rows)),
    ),
    list.length
      ? h(
          'table',
          { class: 'data' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              [...header, ''].map((c) => h('th', {}, c)),
            ),
          ),
          h(
            'tbody',
            {},
            rows.map((r, i) => {
              const button = h('button', { type: 'button', class: 'replay' }, 'Replay');
              button.addEventListener('click', () => void replay(list[i]!.id, button));
              return h(
                'tr',
                { 'data-id': list[i]!.id },
                r.map((v) => h('td', {}, String(v ?? ''))),
                h('td', {}, button),
              );
            }),
          ),
        )
      : message('info', 'No dead letters'),
    status,
  );
}
