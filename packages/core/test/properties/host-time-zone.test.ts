/**
 * P11 (SPEC §6): a result is deterministic for the same facts and evaluatedAt and does not depend on the
 * host time zone. Changing process.env.TZ inside a running process is not reliable, so the BUILT package
 * (dist/index.js) is evaluated in child processes started with TZ=UTC, TZ=Pacific/Kiritimati (UTC+14) and
 * TZ=America/Los_Angeles, on the same facts, and the results are compared deep-equal.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_RULE_SET_IDS, evaluate } from '../../src/index.js';
import { randomFactsArb, type Facts } from './arbitraries.js';

const run = promisify(execFile);
const CORE = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(CORE, 'dist', 'index.js');
const HOST_ZONES = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'] as const;

/** Newest modification time among the files the build reads. */
function newestSourceMtime(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ['src', 'rule-sets', 'messages']) walk(join(CORE, dir));
  return newest;
}

/** Builds the package when dist is missing or older than its sources (`pnpm run build` runs tsup). */
function ensureBuilt(): void {
  if (existsSync(DIST) && statSync(DIST).mtimeMs >= newestSourceMtime()) return;
  execFileSync('pnpm', ['run', 'build'], { cwd: CORE, stdio: 'pipe', timeout: 120_000 });
  if (!existsSync(DIST)) throw new Error(`building @recovery-rules/core did not produce ${DIST}`);
}

const CHILD_SCRIPT = `
import { readFileSync } from 'node:fs';
const [distUrl, factsPath] = process.argv.slice(2);
const { evaluate, BUILT_IN_RULE_SET_IDS } = await import(distUrl);
const cases = JSON.parse(readFileSync(factsPath, 'utf8'));
const results = [];
for (const facts of cases) {
  for (const id of BUILT_IN_RULE_SET_IDS) {
    for (const fentanylPolicy of ['extend', 'label-only']) {
      try {
        results.push(await evaluate(id, facts, { fentanylPolicy }));
      } catch (error) {
        results.push({ error: error?.name ?? String(error), issues: error?.issues ?? null });
      }
    }
  }
}
const hostOffsetMinutes = new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset();
const hostZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
process.stdout.write(JSON.stringify({ hostOffsetMinutes, hostZone, results }));
`;

/** Hand-picked cases that exercise date-only values, DST days and unknown zones, plus random ones. */
function cases(): Facts[] {
  const handPicked: Facts[] = [
    { evaluatedAt: '2025-03-20T12:00:00Z', userTimeZone: 'America/New_York', lastOpioidUseAt: '2025-03-08', lastOpioidType: 'short-acting', fentanylExposure: 'no' },
    { evaluatedAt: '2025-11-10T03:30:00-05:00', userTimeZone: 'America/New_York', lastOpioidUseAt: '2025-10-26', lastOpioidType: 'long-acting' },
    { evaluatedAt: '2025-03-20T00:00:00+14:00', lastOpioidUseAt: '2025-03-08', lastOpioidType: 'short-acting', fentanylExposure: 'yes' },
    { evaluatedAt: '2025-04-10T12:00:00Z', userTimeZone: 'Europe/London', lastOpioidUseAt: '2025-03-29', opioidExposures: [{ type: 'long-acting', lastUseAt: '2025-03-30' }] },
    { evaluatedAt: '2025-03-15T12:00:00Z', userTimeZone: 'Pacific/Kiritimati', lastOpioidUseAt: '2025-03-15', restingPulseBpm: 130, cowsItems: { restingPulse: 0 } },
    { evaluatedAt: '2025-03-15T12:00:00Z', naloxoneGivenAt: '2025-03-14T13:00:00-10:00', lastXrNtxInjectionAt: '2025-02-10T00:00:00Z', onNaltrexone: 'xr-injection' },
  ];
  return [...handPicked, ...fc.sample(randomFactsArb(), { numRuns: 30 })];
}

describe('P11: results do not depend on the host time zone', () => {
  let workDir = '';

  beforeAll(() => {
    ensureBuilt();
    workDir = mkdtempSync(join(tmpdir(), 'recovery-rules-p11-'));
  }, 180_000);

  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('gives deep-equal results in child processes with TZ=UTC, Pacific/Kiritimati and America/Los_Angeles', async () => {
    const facts = cases();
    const factsPath = join(workDir, 'facts.json');
    const scriptPath = join(workDir, 'evaluate.mjs');
    writeFileSync(factsPath, JSON.stringify(facts));
    writeFileSync(scriptPath, CHILD_SCRIPT);

    const outputs = await Promise.all(
      HOST_ZONES.map(async (zone) => {
        const { stdout } = await run(process.execPath, [scriptPath, pathToFileURL(DIST).href, factsPath], {
          env: { ...process.env, TZ: zone },
          maxBuffer: 256 * 1024 * 1024,
          timeout: 60_000,
        });
        return JSON.parse(stdout) as { hostOffsetMinutes: number; hostZone: string; results: unknown[] };
      }),
    );

    // The children really ran in different host zones.
    expect(outputs.map((o) => o.hostZone)).toEqual([...HOST_ZONES]);
    expect(outputs.map((o) => o.hostOffsetMinutes)).toEqual([0, -840, 480]);

    const [utc, kiritimati, losAngeles] = outputs as [(typeof outputs)[0], (typeof outputs)[0], (typeof outputs)[0]];
    expect(utc.results).toHaveLength(facts.length * BUILT_IN_RULE_SET_IDS.length * 2);
    // Most cases evaluate (the invalid ones are rejected identically everywhere).
    expect(utc.results.filter((r) => (r as { error?: unknown }).error === undefined).length).toBeGreaterThan(facts.length);
    expect(kiritimati.results).toEqual(utc.results);
    expect(losAngeles.results).toEqual(utc.results);
  }, 120_000);

  it('the source gives the same results in this process as the built package in the children', async () => {
    // A smaller check that ties the built package to the source under test (both are deterministic).
    const facts = cases().slice(0, 6);
    const factsPath = join(workDir, 'facts-small.json');
    const scriptPath = join(workDir, 'evaluate-small.mjs');
    writeFileSync(factsPath, JSON.stringify(facts));
    writeFileSync(scriptPath, CHILD_SCRIPT);
    const { stdout } = await run(process.execPath, [scriptPath, pathToFileURL(DIST).href, factsPath], { env: { ...process.env, TZ: 'Pacific/Kiritimati' } });
    const child = (JSON.parse(stdout) as { results: unknown[] }).results;
    const here: unknown[] = [];
    for (const f of facts) {
      for (const id of BUILT_IN_RULE_SET_IDS) {
        for (const fentanylPolicy of ['extend', 'label-only'] as const) {
          try {
            here.push(JSON.parse(JSON.stringify(await evaluate(id, f, { fentanylPolicy }))));
          } catch (error) {
            here.push({ error: (error as Error).name, issues: (error as { issues?: unknown }).issues ?? null });
          }
        }
      }
    }
    expect(child).toEqual(here);
  }, 60_000);

  it('repeated evaluation of the same facts in one process is deterministic', async () => {
    for (const f of fc.sample(randomFactsArb(), { numRuns: 30 })) {
      for (const id of BUILT_IN_RULE_SET_IDS) {
        const [a, b] = await Promise.all([evaluate(id, f), evaluate(id, f)]);
        expect(b).toEqual(a);
      }
    }
  });
});
