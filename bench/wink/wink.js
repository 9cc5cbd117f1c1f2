// wink-nlp's whole pipeline (readDoc: sentences, tokens, POS, entities, negation, sentiment) over every .txt of a
// folder, one thread, after a warm-up on the first 20 files; prints the same figures as `bench-pipeline --only one-thread`.
'use strict';
const fs = require('fs');
const path = require('path');

const folder = process.argv[2];
const loadStart = process.hrtime.bigint();
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model);
const its = nlp.its;
const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;

const files = fs.readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
const texts = files.map((f) => fs.readFileSync(path.join(folder, f), 'utf8'));
const words = texts.reduce((sum, t) => sum + (t.match(/\S+/g) || []).length, 0);

function analyse(text) {
  const doc = nlp.readDoc(text);
  return doc.sentences().length() + doc.tokens().out(its.pos).length + doc.entities().out(its.detail).length;
}

texts.slice(0, 20).forEach(analyse);
const cpuStart = process.cpuUsage();
const start = process.hrtime.bigint();
let items = 0;
for (const text of texts) items += analyse(text);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const rssMiB = process.resourceUsage().maxRSS / 1024;
console.log(`input: ${texts.length} articles, ${words} words; model load ${loadSeconds.toFixed(2)} s; ${items} sentences+tokens+entities`);
console.log(`wink-nlp, one thread: ${seconds.toFixed(2)} s, ${Math.round(texts.length / seconds)} articles/s, ` +
  `${Math.round(words / seconds).toLocaleString('en-US')} words/s, peak RSS ${Math.round(rssMiB)} MiB; ` +
  `process CPU ${cpuSeconds.toFixed(2)} s = ${Math.round(words / cpuSeconds).toLocaleString('en-US')} words/CPU-s`);
