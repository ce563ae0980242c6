// Grades paths of a local HTTP + HTTPS pair the way MDN HTTP Observatory grades a site, with the
// scanner's own retriever, tests and grader (@mdn/mdn-http-observatory, installed outside
// node_modules by tests/support/observatory.ts). Its scan() grades only a host's root on the
// standard ports, so this repeats scan()'s scoring for any path and port.
// Usage: node observatory-grade.mjs <package dir> <host> <http port> <https port> <path>...
// Run with NODE_EXTRA_CA_CERTS set to the test certificate. Prints JSON.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [pkg, host, httpPort, httpsPort, ...paths] = process.argv.slice(2);
const load = (f) => import(pathToFileURL(path.join(pkg, 'src', f)).href);
const { retrieve } = await load('retriever/retriever.js');
const { ALL_TESTS } = await load('constants.js');
const { getGradeForScore, getScoreModifier } = await load('grader/grader.js');
const { MINIMUM_SCORE_FOR_EXTRA_CREDIT } = await load('grader/charts.js');

const out = [];
for (const p of paths) {
  const r = await retrieve(host, { httpPort: Number(httpPort), httpsPort: Number(httpsPort), path: p });
  if (!r.responses.auto) {
    out.push({ path: p, error: 'no response' });
    continue;
  }
  const results = ALL_TESTS.map((test) => test(r));
  let withExtra = 100;
  let uncurved = 100;
  const tests = {};
  for (const result of results) {
    if (!result.result) continue;
    const modifier = getScoreModifier(result.result);
    withExtra += modifier;
    if (modifier < 0) uncurved += modifier;
    tests[result.constructor.name] = { result: result.result, pass: result.pass, modifier };
  }
  const score = uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtra : uncurved;
  const final = getGradeForScore(score);
  out.push({ path: p, status: r.responses.auto.status, grade: final.grade, score: final.score, tests });
}
console.log(JSON.stringify(out));
