import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';

export const ROOT = path.join(__dirname, '..', '..');

export interface Child {
  process: ChildProcess;
  /** Everything the child printed so far (stdout and stderr). */
  output: () => string;
  /** Resolves with the exit code (or the signal's name) when the child ends. */
  exited: Promise<number | string>;
  /** Resolves when the output contains the pattern; rejects if the child ends first. */
  waitFor: (pattern: RegExp) => Promise<RegExpMatchArray>;
}

/** Runs a project script (scripts/*.js or a test fixture) with node, in the project root, with extra env. */
export function runNode(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Child {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'error', FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = text.match(pattern);
        if (match) {
          listeners.delete(check);
          resolve(match);
        }
      };
      listeners.add(check);
      check();
      exited.then((code) => {
        listeners.delete(check);
        if (!text.match(pattern)) reject(new Error(`child ended (${code}) before printing ${pattern}:\n${text}`));
      });
    });
  return { process: child, output: () => text, exited, waitFor };
}

/** Runs a script to its end; throws with its output unless it exits with 0. */
export async function runToEnd(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const child = runNode(script, args, env);
  const code = await child.exited;
  if (code !== 0) throw new Error(`${path.basename(script)} ${args.join(' ')} ended with ${code}:\n${child.output()}`);
  return child.output();
}

/** SIGKILLs a child that is still running and waits for it to be gone. */
export async function killChild(child: Child | undefined): Promise<void> {
  if (!child || child.process.exitCode !== null || child.process.signalCode !== null) return;
  child.process.kill('SIGKILL');
  await child.exited;
}
