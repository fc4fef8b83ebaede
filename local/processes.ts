/**
 * Processes by pid on this machine (Linux reads /proc; elsewhere only liveness is known): what the data
 * directory's lock needs to tell a stack's engines apart from a reused pid, and to find Java under the
 * processes that launch it (unshare, the relay).
 */
import { readFileSync } from 'node:fs';

/** A process as recorded: its pid and, on Linux, its start time (/proc/<pid>/stat field 22). */
export interface ProcessRef {
  readonly pid: number;
  readonly started: string | null;
}

/** Fields 3 onwards of /proc/<pid>/stat (the command name, field 2, may hold spaces and parentheses). */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

function processStart(pid: number): string | null {
  return statFields(pid)?.[19] ?? null;
}

export function processRef(pid: number): ProcessRef {
  return { pid, started: processStart(pid) };
}

/** Whether the recorded process still runs (the same one: a reused pid has another start time). */
export function isRunning(ref: ProcessRef): boolean {
  try {
    process.kill(ref.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const fields = statFields(ref.pid);
  // A zombie has ended: only its parent has not read its exit status yet.
  if (fields?.[0] === 'Z' || fields?.[0] === 'X') return false;
  const started = fields?.[19] ?? null;
  return ref.started === null || started === null || started === ref.started;
}

/** The first process named `name` at or under `pid` (breadth first); `pid` itself where /proc cannot tell. */
export function descendantNamed(pid: number, name: string): number {
  if (process.platform !== 'linux') return pid;
  const queue = [pid];
  while (queue.length > 0) {
    const next = queue.shift() as number;
    try {
      if (readFileSync(`/proc/${next}/comm`, 'utf8').trim() === name) return next;
      queue.push(
        ...readFileSync(`/proc/${next}/task/${next}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
      );
    } catch {
      // gone meanwhile
    }
  }
  return pid;
}
