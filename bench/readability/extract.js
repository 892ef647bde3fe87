#!/usr/bin/env node
// Mozilla Readability over HTML pages, for `./rasid bench html`.
//
//   node extract.js DIR          every *.html / *.html.gz file of DIR
//   node extract.js < paths.txt  one path a line on stdin
//
// Prints one JSON line per page: {"id": name without .html[.gz], "text": article textContent or "",
// "millis": time of parse + extraction, "error": message when it failed}. Pages are read as UTF-8.
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const readline = require('readline');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

function idOf(file) {
  return path.basename(file).replace(/\.gz$/, '').replace(/\.html?$/, '');
}

function extract(file) {
  let bytes = fs.readFileSync(file);
  if (file.endsWith('.gz')) {
    bytes = zlib.gunzipSync(bytes);
  }
  const html = bytes.toString('utf8');
  const start = process.hrtime.bigint();
  let text = '';
  let error;
  try {
    const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
    const article = new Readability(dom.window.document).parse();
    text = article && article.textContent ? article.textContent : '';
    dom.window.close();
  } catch (e) {
    error = String(e && e.message ? e.message : e);
  }
  const millis = Number(process.hrtime.bigint() - start) / 1e6;
  const out = { id: idOf(file), text, millis };
  if (error) {
    out.error = error;
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}

async function main() {
  const arg = process.argv[2];
  if (arg) {
    const files = fs.readdirSync(arg).filter((f) => /\.html?(\.gz)?$/.test(f)).sort();
    for (const f of files) {
      extract(path.join(arg, f));
    }
    return;
  }
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    const p = line.trim();
    if (p) {
      extract(p);
    }
  }
}

main().catch((e) => {
  process.stderr.write(String(e) + '\n');
  process.exit(1);
});
