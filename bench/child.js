/**
 * One measurement in a fresh Node process; `bench/run.js` starts it and reads the JSON line it prints.
 *
 *   node bench/child.js <library> load-cold
 *   node bench/child.js <library> load-warm
 *   node bench/child.js <library> load-use <Class,Class,...>
 *   node bench/child.js <library> synth <states> <machines> <Class,Class,...> [cfn-validation]
 *
 * <library> is `ours` (the compiled package at the repository root), `reference`
 * (aws-cdk-lib/aws-stepfunctions-tasks) or, for synth only, `pass` (the same app made of sfn.Pass states)
 * or `checked` (ours, with the app's state machines checked by `StateMachineChecks`).
 */
'use strict';
const start = process.hrtime.bigint();
const path = require('path');

// BENCH_OURS: another build of our package to measure (a copy of the repository's lib/ and package.json).
const ours = path.resolve(process.env.BENCH_OURS ?? path.join(__dirname, '..'));
const LIBRARIES = { ours, checked: ours, reference: 'aws-cdk-lib/aws-stepfunctions-tasks' };
const ms = (from, to = process.hrtime.bigint()) => Number(to - from) / 1e6;
/** CPU time (user + system) since `from`, a `process.cpuUsage()`: steadier than wall time on a busy machine. */
const cpuMs = (from) => { const used = process.cpuUsage(from); return (used.user + used.system) / 1000; };
const [library, scenario, ...args] = process.argv.slice(2);
const names = (list) => (list ? list.split(',').filter(Boolean) : []);

function report(result) {
  process.stdout.write(JSON.stringify({ library, scenario, ...result, maxRssKb: process.resourceUsage().maxRSS }) + '\n');
}

switch (scenario) {
  case 'load-cold': {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    require(LIBRARIES[library]);
    report({ ms: ms(t0), cpuMs: cpuMs(c0) });
    break;
  }
  case 'load-warm': {
    // aws-cdk-lib's core, as an app that has already built its App and Stack has it.
    const cdk = require('aws-cdk-lib');
    void [cdk.App, cdk.Stack, cdk.Duration, cdk.Token, cdk.Aws];
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    require(LIBRARIES[library]);
    report({ ms: ms(t0), cpuMs: cpuMs(c0) });
    break;
  }
  case 'load-use': {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const tasks = require(LIBRARIES[library]);
    for (const name of names(args[0])) {
      if (typeof tasks[name] !== 'function') throw new Error(`${library} has no ${name}`);
    }
    report({ ms: ms(t0), cpuMs: cpuMs(c0) });
    break;
  }
  case 'synth': {
    const [states, machines, list, validation] = args;
    const fs = require('fs');
    const os = require('os');
    const crypto = require('crypto');
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sfn-tasks-bench-'));
    try {
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      const { INTEGRATIONS, buildApp } = require('./workload');
      const tasks = library === 'pass' ? undefined : require(LIBRARIES[library]);
      const integrations = library === 'pass' ? [] : names(list).map((name) => INTEGRATIONS.find((entry) => entry.name === name));
      const app = buildApp(tasks, integrations, Number(states), Number(machines), outdir, validation === 'cfn-validation');
      if (library === 'checked') {
        require('aws-cdk-lib').Aspects.of(app).add(new tasks.StateMachineChecks());
      }
      const built = process.hrtime.bigint();
      const assembly = app.synth();
      const done = process.hrtime.bigint();
      const cpu = cpuMs(c0);
      const template = JSON.stringify(assembly.getStackByName('Bench').template);
      report({
        ms: ms(t0, done),
        cpuMs: cpu,
        buildMs: ms(t0, built),
        synthMs: ms(built, done),
        sinceProcessStartMs: ms(start, done),
        templateSha256: crypto.createHash('sha256').update(template).digest('hex'),
        templateBytes: template.length,
      });
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
    break;
  }
  default:
    throw new Error(`unknown scenario '${scenario}'`);
}
