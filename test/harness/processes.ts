// Starting and, above all, stopping child processes. Every long-lived child is spawned detached, in
// a process group of its own, so stopping it signals the whole group (code-server's extension host,
// pty host and file watcher included) and nothing outlives the run — on success, failure, timeout
// or Ctrl-C. Only groups started here are ever signalled.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import * as fs from 'node:fs';
import { progress, SetupError } from './log';

export interface GroupProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Resolves with the exit code (or 128+signal) once the group leader has exited. */
  readonly exited: Promise<number>;
  /** SIGTERM the group, wait for the leader (SIGKILL after a grace period), then SIGKILL leftovers. */
  stop(): Promise<void>;
}

const running = new Set<GroupProcess>();
const cleanups: Array<{ name: string; fn: () => Promise<void> }> = [];

const SIGNAL_NUMBERS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** Spawns `command` as the leader of a new process group and tracks it until it exits. */
export function spawnGroup(name: string, command: string, args: string[], options: SpawnOptions = {}): GroupProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options, detached: true });
  const exited = new Promise<number>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? 128 + (SIGNAL_NUMBERS[signal ?? ''] ?? 1)));
    child.once('error', () => resolve(127));
  });
  let stopping: Promise<void> | undefined;
  const group: GroupProcess = {
    name,
    child,
    exited,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          signalGroup(child.pid, 'SIGTERM');
          const exitedInTime = await Promise.race([exited.then(() => true), delay(8000).then(() => false)]);
          if (!exitedInTime) progress(`${name} did not stop within 8 s; killing it`);
        }
        // Children of the leader (same group) may linger after it exits.
        signalGroup(child.pid, 'SIGKILL');
        await exited;
        running.delete(group);
      })();
      return stopping;
    },
  };
  running.add(group);
  void exited.then(() => {
    if (!stopping) running.delete(group);
  });
  return group;
}

/**
 * Runs a command to completion with stdin closed (CI has none), its output appended to `logFile`.
 * Rejects with the log's tail when it fails, so the cause is visible without opening the file.
 */
export async function runToCompletion(name: string, command: string, args: string[], options: SpawnOptions & { logFile: string }): Promise<void> {
  const out = fs.openSync(options.logFile, 'a');
  try {
    const proc = spawnGroup(name, command, args, { ...options, stdio: ['ignore', out, out] });
    const code = await proc.exited;
    running.delete(proc);
    if (code !== 0) {
      const tail = fs.readFileSync(options.logFile, 'utf8').split('\n').slice(-40).join('\n');
      throw new Error(`${name} failed (exit code ${code}); last lines of ${options.logFile}:\n${tail}`);
    }
  } finally {
    fs.closeSync(out);
  }
}

/** Registers something to undo at the end of the run (run in reverse order of registration). */
export function onCleanup(name: string, fn: () => Promise<void>): void {
  cleanups.push({ name, fn });
}

let cleaningUp: Promise<void> | undefined;

/** True once cleanup has begun (after a signal, or at the end of the run). */
export function isShuttingDown(): boolean {
  return cleaningUp !== undefined;
}

/** Runs every registered cleanup, then stops any process group still running. Idempotent. */
export function cleanupAll(): Promise<void> {
  cleaningUp ??= (async () => {
    while (cleanups.length > 0) {
      const { name, fn } = cleanups.pop()!;
      if (process.env.HARNESS_DEBUG) progress(`cleanup: ${name}`);
      try {
        await Promise.race([fn(), delay(15000).then(() => progress(`cleanup "${name}" timed out`))]);
      } catch (err) {
        progress(`cleanup "${name}" failed: ${String(err)}`);
      }
    }
    await Promise.all([...running].map((p) => p.stop()));
  })();
  return cleaningUp;
}

// Last resort if the process exits without cleaning up (uncaught error, process.exit elsewhere):
// synchronously kill whatever groups are still alive.
process.on('exit', () => {
  for (const p of running) signalGroup(p.child.pid, 'SIGKILL');
});

/**
 * Entry-point wrapper: runs `main`, always cleans up (also on SIGINT/SIGTERM), then exits with the
 * code `main` returned (1 when it threw).
 */
export function runMain(main: () => Promise<number>): void {
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) {
      // Second Ctrl-C: the person wants out now.
      for (const p of running) signalGroup(p.child.pid, 'SIGKILL');
      process.exit(130);
    }
    interrupted = true;
    progress(`${signal} received: stopping everything this run started…`);
    void cleanupAll().then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);

  main()
    .catch((err: unknown) => {
      // After Ctrl-C, the children we stopped make main fail: that is expected, not news.
      if (interrupted) return 130;
      const text = err instanceof SetupError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
      process.stderr.write(`\n${text}\n`);
      return 1;
    })
    .then(async (code) => {
      await cleanupAll();
      process.exit(code);
    })
    .catch(() => process.exit(1));
}
