import { fork, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const postgres = require('./postgres-admin');

const CHILD = path.join(__dirname, 'instance-child.js');

interface Instance {
  process: ChildProcess;
  port: number;
  output: string[];
}

export interface Cluster {
  /** The round-robin proxy in front of the instances: give it to supertest. */
  proxy: http.Server;
  ports: number[];
  /** Runs a command of tests/helpers/instance-child.js in instance `index`. */
  call<T = unknown>(index: number, cmd: string, args?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

/** A fresh, empty database for the cluster: a PostgreSQL schema or a SQLite file. */
async function freshDatabase(): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const id = `i${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  if (process.env.DATABASE_CLIENT === 'postgres') {
    await postgres.createSchema(id);
    return { env: { DATABASE_SCHEMA: id }, drop: () => postgres.dropSchema(id) };
  }
  const file = path.join(os.tmpdir(), `ambito-${id}.db`);
  return {
    env: { DATABASE_FILENAME: file },
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal', '.startup-lock']) fs.rmSync(`${file}${suffix}`, { force: true });
    },
  };
}

function spawnInstance(env: Record<string, string>): { instance: Promise<Instance>; child: ChildProcess } {
  const child = fork(CHILD, [], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const output: string[] = [];
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  const instance = new Promise<Instance>((resolve, reject) => {
    child.on('message', (message: { ready?: boolean; port?: number; failed?: string }) => {
      if (message.ready) resolve({ process: child, port: message.port as number, output });
      if (message.failed) reject(new Error(`instance failed to start: ${message.failed}`));
    });
    child.on('exit', (code) => reject(new Error(`instance exited (${code}) before it was ready:\n${output.join('')}`)));
  });
  return { instance, child };
}

/**
 * Forwards each request to the next instance in turn, as a load balancer would; the answer says which
 * instance gave it (`X-Test-Instance`: its index).
 */
function roundRobin(ports: number[]): http.Server {
  let next = 0;
  return http.createServer((request, response) => {
    const index = next;
    next = (next + 1) % ports.length;
    const upstream = http.request(
      { host: '127.0.0.1', port: ports[index], method: request.method, path: request.url, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-test-instance': String(index) });
        answer.pipe(response);
      }
    );
    upstream.on('error', () => {
      response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  });
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/**
 * Starts `count` Strapi instances at the same time on one empty database (so that their start-ups race),
 * each in a child process, and a round-robin proxy in front of them.
 */
export async function startCluster(count: number, env: Record<string, string> = {}): Promise<Cluster> {
  const database = await freshDatabase();
  const spawned = Array.from({ length: count }, () => spawnInstance({ ...env, ...database.env }));
  const children = spawned.map((s) => s.child);
  let stopped: Promise<void> | null = null;
  const stopAll = () => {
    stopped ??= (async () => {
      live.delete(stopAll);
      await Promise.all(children.map(kill));
      await database.drop();
    })();
    return stopped;
  };
  live.add(stopAll);
  let instances: Instance[];
  try {
    instances = await Promise.all(spawned.map((s) => s.instance));
  } catch (error) {
    await stopAll();
    throw error;
  }
  const ports = instances.map((i) => i.port);
  const proxy = roundRobin(ports);
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const stop = async () => {
    live.delete(stop);
    proxy.closeAllConnections();
    await new Promise((resolve) => proxy.close(resolve));
    await stopAll();
  };
  live.delete(stopAll);
  live.add(stop);

  let sequence = 0;
  const call = <T>(index: number, cmd: string, args: Record<string, unknown> = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = (sequence += 1);
      const child = instances[index].process;
      const onExit = (code: number | null) =>
        reject(new Error(`instance ${index} exited (${code}) during ${cmd}:\n${instances[index].output.join('')}`));
      const onMessage = (message: { id?: number; result?: T; error?: string }) => {
        if (message.id !== id) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        if (message.error) reject(new Error(message.error));
        else resolve(message.result as T);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send({ id, cmd, args });
    });

  return {
    proxy,
    ports,
    call,
    stop,
  };
}

const live = new Set<() => Promise<void>>();

/** Kills every instance this test file started and drops their databases, even of a start-up cut short. */
export async function stopClusters(): Promise<void> {
  await Promise.all([...live].map((stop) => stop()));
}
