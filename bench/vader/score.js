#!/usr/bin/env node
// Scores each line of a UTF-8 text file with the reference VADER implementation
// (npm package vader-sentiment 1.1.3, pinned in package.json) and writes one
// compound score per line, formatted with 4 decimals.
//
// Usage: node bench/vader/score.js IN.txt OUT.txt
//
// Line handling matches Java's BufferedReader.readLine(): a line ends at "\n",
// "\r\n" or a lone "\r"; a final terminator does not start an extra line; an
// empty line scores 0.0000. A UTF-8 byte order mark at the start is dropped.
// Output lines always end with "\n". Output goes to OUT.txt.tmp first and is
// renamed to OUT.txt only when every line was scored, so a failed run never
// leaves a truncated file behind. No network access.
//
// Exit codes: 0 success, 1 I/O error or missing dependency, 2 bad arguments.

'use strict';

const fs = require('fs');
const path = require('path');
const readline = require('readline');

const USAGE = 'usage: node score.js IN.txt OUT.txt';

function die(code, message) {
  process.stderr.write(`score.js: ${String(message).split(/\r?\n/)[0]}\n`);
  process.exit(code);
}

function parseArgs(argv) {
  const args = argv.slice(2);
  if (args.length === 1 && (args[0] === '-h' || args[0] === '--help')) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (args.length !== 2 || args.some(a => a.length === 0)) {
    die(2, `expected 2 arguments, got ${args.length} (${USAGE})`);
  }
  const [input, output] = args;
  let stat;
  try {
    stat = fs.statSync(input);
  } catch (e) {
    die(2, `cannot read input file ${input}: ${e.code || e.message}`);
  }
  if (!stat.isFile()) die(2, `input is not a regular file: ${input}`);
  if (path.resolve(input) === path.resolve(output)) {
    die(2, 'input and output must be different files');
  }
  const outDir = path.dirname(path.resolve(output));
  if (!fs.existsSync(outDir)) die(2, `output folder does not exist: ${outDir}`);
  return {input, output};
}

function loadVader() {
  try {
    return require('vader-sentiment').SentimentIntensityAnalyzer;
  } catch (e) {
    die(1, 'vader-sentiment is not installed: run `npm ci --prefix bench/vader` first');
  }
}

function compound(analyzer, text) {
  if (text.trim().length === 0) return '0.0000';
  const c = analyzer.polarity_scores(text).compound;
  // The package already rounds compound to 4 decimals; toFixed(4) prints it
  // with exactly 4 decimals, and `+ 0` turns -0 into 0.
  return (c + 0).toFixed(4);
}

async function main() {
  const {input, output} = parseArgs(process.argv);
  const analyzer = loadVader();
  const tmp = `${output}.tmp`;

  const inStream = fs.createReadStream(input, {encoding: 'utf8'});
  const outStream = fs.createWriteStream(tmp, {encoding: 'utf8'});
  const failed = new Promise((_, reject) => {
    inStream.on('error', e => reject(new Error(`cannot read ${input}: ${e.code || e.message}`)));
    outStream.on('error', e => reject(new Error(`cannot write ${tmp}: ${e.code || e.message}`)));
  });
  failed.catch(() => {}); // handled where awaited below

  const work = (async () => {
    const rl = readline.createInterface({input: inStream, crlfDelay: Infinity});
    let first = true;
    let count = 0;
    for await (let line of rl) {
      if (first) {
        if (line.charCodeAt(0) === 0xfeff) line = line.slice(1);
        first = false;
      }
      if (!outStream.write(`${compound(analyzer, line)}\n`)) {
        await new Promise(resolve => outStream.once('drain', resolve));
      }
      count++;
    }
    await new Promise((resolve, reject) => outStream.end(err => (err ? reject(err) : resolve())));
    return count;
  })();

  try {
    await Promise.race([work, failed]);
    fs.renameSync(tmp, output);
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch (_) {
      // nothing to clean up
    }
    die(1, e.message);
  }
}

main().catch(e => die(1, e && e.message ? e.message : e));
