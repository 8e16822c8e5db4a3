// `npm test`: type check, lint, unit and story tests, build, browser tests. Runs every step even when one
// fails, then prints one closing line, `N passed, N failed`, summing the runners (each check counts once).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;
const failures = [];

function run(label, cmd, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' } });
  return result.status === 0;
}

function check(label, cmd, args) {
  if (run(label, cmd, args)) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

function counted(label, cmd, args, report, count) {
  if (existsSync(report)) rmSync(report);
  const ok = run(label, cmd, args);
  if (!existsSync(report)) {
    failed++;
    failures.push(`${label} (no report: the runner did not finish)`);
    return;
  }
  const { pass, fail } = count(JSON.parse(readFileSync(report, 'utf8')));
  passed += pass;
  failed += fail;
  if (fail > 0 || !ok) failures.push(label);
  if (!ok && fail === 0) failed++;
}

mkdirSync('test-results', { recursive: true });
check('Type check (project)', bin('tsc'), ['--noEmit', '-p', '.']);
check('Type check (src/ without the DOM)', bin('tsc'), ['--noEmit', '-p', 'src/tsconfig.json']);
check('Lint and format (Biome)', bin('biome'), ['check', '.']);
counted(
  'Unit and story tests (Vitest)',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json'],
  'test-results/vitest.json',
  (r) => ({
    pass: r.numPassedTests,
    fail: r.numFailedTests + (r.numTotalTestSuites > 0 && r.numTotalTests === 0 ? 1 : 0),
  }),
);
check('Build (Vite)', bin('vite'), ['build']);
counted('Browser tests (Playwright, Chromium)', bin('playwright'), ['test'], 'test-results/e2e.json', (r) => {
  const s = r.stats ?? {};
  return { pass: s.expected ?? 0, fail: (s.unexpected ?? 0) + (s.flaky ?? 0) };
});

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
