#!/usr/bin/env node
// Compiles Solidity for Rivulet's SolidityCompileDeploy module with the solc-js pinned in package.json:
// reads a standard-JSON input on stdin and writes solc's standard-JSON output on stdout. Offline; no
// compiler download. evmVersion is always set (the default moves between compiler releases and must
// match the chain the contract is deployed to): the caller's value, else "cancun" like the devnet.
//
// Usage: node resources/devnet/solc-standard-json.js < input.json > output.json
// The first line of stderr names the compiler version ("solc-js 0.8.26+commit..."), for messages.
"use strict";

const path = require("path");
const { createRequire } = require("module");

const solc = createRequire(path.join(__dirname, "package.json"))("solc");

let text = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (text += chunk));
process.stdin.on("end", () => {
  let input;
  try {
    input = JSON.parse(text);
  } catch (e) {
    process.stderr.write("solc-js " + solc.version() + "\n");
    process.stderr.write("input is not JSON: " + e.message + "\n");
    process.exit(2);
  }
  input.settings = input.settings || {};
  input.settings.evmVersion = input.settings.evmVersion || "cancun";
  process.stderr.write("solc-js " + solc.version() + "\n");
  process.stdout.write(solc.compile(JSON.stringify(input)));
});
