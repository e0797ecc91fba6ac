// Command-line options of the fake Losant server (see cli.ts).
import { ACCOUNTS_HELP } from './accounts';
import type { Fault } from './faults';
import { FAULT_SPEC_HELP, parseFaultSpec } from './faultSpec';

export interface CliOptions {
  port: number;
  host: string;
  orgs: number;
  seed?: number;
  fault?: Fault;
  help: boolean;
}

export const USAGE = [
  'Usage: node out/test/server/cli.js [--port N] [--host H] [--orgs N] [--seed N] [--fault SPEC]',
  '  --port N      port to listen on; 0 picks a free port (default 0)',
  '  --host H      address to listen on (default 127.0.0.1)',
  '  --orgs N      number of seeded organizations (default 25)',
  '  --seed N      seed of the generated data (default 42)',
  `  --fault SPEC  inject a fault into every request: ${FAULT_SPEC_HELP}`,
  'Prints LOSANT_API_URL, LOSANT_TOKEN (all.User), LOSANT_READONLY_TOKEN (all.User.read), LOSANT_EMAIL and LOSANT_PASSWORD (the demo account).',
  ACCOUNTS_HELP,
].join('\n');

function nonNegativeInteger(name: string, value: string, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) > max) throw new Error(`${name} must be an integer from 0 to ${max}, got "${value}"`);
  return Number(value);
}

/** Throws an Error whose message explains the bad option. Accepts `--opt value` and `--opt=value`. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { port: 0, host: '127.0.0.1', orgs: 25, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      options.help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (!['--port', '--host', '--orgs', '--seed', '--fault'].includes(name)) throw new Error(`unknown option "${arg}"`);
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') throw new Error(`${name} needs a value`);
    if (name === '--port') options.port = nonNegativeInteger(name, value, 65535);
    else if (name === '--orgs') options.orgs = nonNegativeInteger(name, value, 1_000_000);
    else if (name === '--seed') options.seed = nonNegativeInteger(name, value, 0xffffffff);
    else if (name === '--host') options.host = value;
    else options.fault = parseFaultSpec(value);
  }
  return options;
}
