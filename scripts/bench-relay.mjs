// `npm run bench:relay` (also run by `npm run bench`): 10 classrooms of 35 students on one relay, on loopback.
// Starts the relay itself (`npm run relay`'s script, in memory, on RELAY_BENCH_PORT or 4234), connects a projector
// and 35 student devices per room with the game's own LiveLink, and measures:
//   - one vote at a time in every room at once (60 ms apart): the time from a student's vote to the projector's count going up;
//   - a burst: all 35 students of every room vote at once, and the time until every projector shows 35;
//   - the relay's memory (RSS and JS heap from its /health) idle, with everyone connected, and after the votes.
// Bounded: a fixed number of devices and votes, and it stops itself after 90 s whatever happens.
// Writes its own section of docs/benchmarks.md (after `<!-- more -->`, which `npm run bench` keeps).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { runnerImport } from 'vite';
import WebSocket from 'ws';

const ROOMS = 10;
const STUDENTS = 35;
const PORT = Number(process.env.RELAY_BENCH_PORT ?? 4234);
const RELAY = `ws://127.0.0.1:${PORT}`;
const HTTP = `http://127.0.0.1:${PORT}`;
const OUT = process.env.BENCH_OUT ?? 'docs/benchmarks.md';
const START = '<!-- relay-bench:start -->';
const END = '<!-- relay-bench:end -->';

const relay = spawn(process.execPath, ['scripts/relay.mjs', '--memory'], {
  env: { ...process.env, RELAY_PORT: String(PORT) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const links = [];
const stop = (code) => {
  for (const l of links) l.destroy();
  relay.kill('SIGTERM');
  setTimeout(() => process.exit(code), 200).unref();
};
setTimeout(() => {
  console.error('bench:relay: gave up after 90 s');
  stop(1);
}, 90_000).unref();

async function health() {
  return (await fetch(`${HTTP}/health`)).json();
}

const pct = (values, p) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x) => `${x.toFixed(1)} ms`;
const mb = (x) => `${(x / 1024 / 1024).toFixed(1)} MB`;

try {
  await new Promise((ready, fail) => {
    relay.stdout.on('data', (d) => String(d).includes('listening') && ready());
    relay.once('exit', (code) => fail(new Error(`relay exited (${code})`)));
  });
  const { LiveLink } = (await runnerImport('/game/live/connection.ts')).module;
  // Waiting is event-driven (every state or status a link hears re-checks the waiters), so the bench never spins.
  const { heard, until } = (await runnerImport('/tests/helpers/waiters.ts')).module.waiters();
  const idle = await health();

  const rooms = [];
  for (let r = 0; r < ROOMS; r++) {
    const { code, key } = await (await fetch(`${HTTP}/rooms`, { method: 'POST' })).json();
    const room = { code, voted: 0, seenAt: [], students: [] };
    room.projector = new LiveLink(
      { relay: RELAY, code, token: { role: 'teacher', key }, WebSocketPolyfill: WebSocket },
      {
        onStatus: heard,
        onState: (state) => {
          room.phase = state.round?.step;
          if (state.round?.step === room.expect) {
            const at = performance.now();
            for (let n = room.voted + 1; n <= state.voted; n++) room.seenAt[n] = at;
            room.voted = Math.max(room.voted, state.voted);
          }
          heard();
        },
      },
    );
    links.push(room.projector);
    for (let s = 0; s < STUDENTS; s++) {
      const link = new LiveLink(
        { relay: RELAY, code, token: { role: 'student', device: `bench-${r}-${s}-device` }, WebSocketPolyfill: WebSocket },
        { onStatus: heard, onState: () => {} },
      );
      links.push(link);
      room.students.push(link);
    }
    rooms.push(room);
  }
  await until(() => links.every((l) => l.isLive), 30_000, 'every device to connect');
  const round = (step) => ({ step, decision: 'bench_decision', options: [0, 1, 2].map((index) => ({ index, text: `Option ${index + 1}` })) });
  const open = async (step) => {
    for (const room of rooms) {
      room.expect = step;
      room.voted = 0;
      room.seenAt = [];
      room.projector.send({ t: 'open', round: round(step) });
    }
    await until(() => rooms.every((room) => room.phase === step), 10_000, 'the decision to open');
  };
  const connected = await health();

  // One vote at a time per room, all rooms at once: vote -> projector count.
  await open(1);
  const latencies = [];
  await Promise.all(
    rooms.map(async (room) => {
      for (const [i, student] of room.students.entries()) {
        const sent = performance.now();
        student.send({ t: 'vote', round: '1:bench_decision', index: i % 3, seq: 1 });
        await until(() => room.voted >= i + 1, 10_000, 'a count');
        latencies.push(room.seenAt[i + 1] - sent);
        // Votes in a real class come in spread out; this gap also clears the relay's 40 ms publishing window.
        await new Promise((next) => setTimeout(next, 60));
      }
    }),
  );

  // A burst: every student of every room votes at once.
  await open(2);
  const burstStart = performance.now();
  for (const room of rooms) for (const [i, student] of room.students.entries()) student.send({ t: 'vote', round: '2:bench_decision', index: i % 3, seq: 1 });
  await until(() => rooms.every((room) => room.voted === STUDENTS), 20_000, 'every projector to show 35');
  const full = rooms.map((room) => room.seenAt[STUDENTS] - burstStart);
  const after = await health();

  const date = new Date().toISOString().slice(0, 10);
  const section = `${START}
## Live-vote relay

Measured by \`npm run bench:relay\` (part of \`npm run bench\`) on ${date}: one relay (\`npm run relay\`, rooms in memory) and, in a second Node process on the same 2-core machine, ${ROOMS} classrooms of ${STUDENTS} student devices and a projector each (${ROOMS * (STUDENTS + 1)} WebSocket connections), all through the game's own \`LiveLink\` over loopback. The network of a real school adds its own round trip on top. The machine's load average was ${loadavg()[0].toFixed(1)} during the run (other work shares its 2 cores), so these are upper bounds. The relay sends a room's count at once, then at most every 40 ms while votes keep coming: a class voting together costs each phone a few messages, not one per vote. The relay's RSS includes Vite's module runner, which \`npm run relay\` uses to load its TypeScript (the JS heap is the relay's own).

| measure | median | p95 | worst |
|---|---|---|---|
| vote to projector count, votes 60 ms apart in all ${ROOMS} rooms at once (${latencies.length} votes) | ${ms(pct(latencies, 50))} | ${ms(pct(latencies, 95))} | ${ms(Math.max(...latencies))} |
| burst: all ${ROOMS * STUDENTS} students vote at once, until every projector shows ${STUDENTS} | ${ms(pct(full, 50))} | ${ms(pct(full, 95))} | ${ms(Math.max(...full))} |

| relay memory | RSS | JS heap used |
|---|---|---|
| idle, no rooms | ${mb(idle.rss)} | ${mb(idle.heapUsed)} |
| ${ROOMS} rooms, ${after.connections} connections | ${mb(connected.rss)} | ${mb(connected.heapUsed)} |
| after ${latencies.length + ROOMS * STUDENTS} votes | ${mb(after.rss)} | ${mb(after.heapUsed)} |
${END}
`;
  console.log(section);
  if (OUT !== '-') {
    let doc = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '# Benchmarks\n';
    if (doc.includes(START)) doc = doc.slice(0, doc.indexOf(START)) + doc.slice(doc.indexOf(END) + END.length).replace(/^\n/, '');
    if (!doc.includes('<!-- more -->')) doc = `${doc.trimEnd()}\n\n<!-- more -->\n`;
    writeFileSync(OUT, `${doc.trimEnd()}\n\n${section}`);
    console.log(`Wrote the relay's section of ${OUT}`);
  }
  stop(0);
} catch (error) {
  console.error(`bench:relay: ${error.message}`);
  stop(1);
}
