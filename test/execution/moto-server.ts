/**
 * Jest global set-up and tear-down for the execution tests: installs moto and jsonata-python (from PyPI,
 * into a virtual environment under .cache/) on first use, starts moto's server on 127.0.0.1 with state
 * machine execution enabled (see moto_server.py), and stops it afterwards.
 */
import { type ChildProcess, execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as path from 'path';

/** Pinned so that CI runs what was tested here. */
export const MOTO_VERSION = '5.2.5';
const JSONATA_PYTHON_VERSION = '0.7.1';

const ROOT = path.join(__dirname, '..', '..');
const VENV = path.join(ROOT, '.cache', `moto-${MOTO_VERSION}-jsonata-${JSONATA_PYTHON_VERSION}`);
/** Where the running server's endpoint is written for the test workers. */
export const ENDPOINT_FILE = path.join(ROOT, '.cache', 'moto-endpoint');

/** The virtual environment's Python, with moto and jsonata-python installed. */
function ensureMoto(): string {
  const python = path.join(VENV, 'bin', 'python');
  if (!fs.existsSync(python)) {
    execFileSync('python3', ['-m', 'venv', VENV], { stdio: 'inherit' });
    execFileSync(python, ['-m', 'pip', 'install', '--quiet', `moto[server]==${MOTO_VERSION}`, `jsonata-python==${JSONATA_PYTHON_VERSION}`],
      { stdio: 'inherit' });
  }
  return python;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const port = (probe.address() as net.AddressInfo).port;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** One request to the moto API (`/moto-api/<route>`) without keep-alive, so no socket outlives the set-up. */
function motoApi(endpoint: string, method: 'GET' | 'POST', body?: unknown, route = 'config'): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${endpoint}/moto-api/${route}`, { method, agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
    request.end(body === undefined || typeof body === 'string' ? body : JSON.stringify(body));
  });
}

const ok = (status: number) => status >= 200 && status < 300;

async function waitUntilUp(endpoint: string, server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (server.exitCode !== null) throw new Error(`moto_server exited with code ${server.exitCode}`);
    try {
      if (ok(await motoApi(endpoint, 'GET'))) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`moto_server did not answer on ${endpoint}`);
}

/** A moto server of this test run: where it listens, and the process to stop. */
export interface MotoServer {
  readonly endpoint: string;
  readonly process: ChildProcess;
}

/** Starts a moto server (installing moto first if needed) on a free port of 127.0.0.1, and waits until it answers. */
export async function startMotoServer(): Promise<MotoServer> {
  const python = ensureMoto();
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const server = spawn(python, [path.join(__dirname, 'moto_server.py'), '-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
  try {
    await waitUntilUp(endpoint, server);
  } catch (error) {
    await stopMotoServer(server);
    throw error;
  }
  return { endpoint, process: server };
}

/**
 * Turns moto's IAM checks on or off for every later request to the server: when on, a request must be
 * signed with the keys of an IAM user or an assumed role, and their policies must allow the action.
 */
export async function setIamChecks(endpoint: string, on: boolean): Promise<void> {
  // the number of requests to let through unchecked from now on
  const status = await motoApi(endpoint, 'POST', on ? '0' : 'inf', 'reset-auth');
  if (!ok(status)) throw new Error(`could not turn moto's IAM checks ${on ? 'on' : 'off'}: HTTP ${status}`);
}

/** Stops a server that `startMotoServer` started, and waits until it has exited. */
export async function stopMotoServer(server: ChildProcess): Promise<void> {
  if (server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGKILL');
    await exited;
  }
}

export default async function setUp(): Promise<void> {
  const { endpoint, process: server } = await startMotoServer();
  (globalThis as any).__MOTO_SERVER__ = server;
  const status = await motoApi(endpoint, 'POST', { stepfunctions: { execute_state_machine: true } });
  if (!ok(status)) throw new Error(`could not enable state machine execution in moto: HTTP ${status}`);
  fs.writeFileSync(ENDPOINT_FILE, endpoint);
}

export async function tearDown(): Promise<void> {
  const server: ChildProcess | undefined = (globalThis as any).__MOTO_SERVER__;
  if (server) await stopMotoServer(server);
  fs.rmSync(ENDPOINT_FILE, { force: true });
}
