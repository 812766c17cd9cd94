#!/usr/bin/env node
// Compiles every *.sol file in this folder with solc-js (standard JSON, offline) and writes
// build/<Contract>.abi.json and build/<Contract>.bin (hex, no 0x) for each contract, plus
// build/compiler.json recording the compiler version and settings. The output is committed so
// that neither the app nor its tests need Node.js to use the contracts.
//
// Usage: (cd resources/devnet && npm ci) && node resources/contracts/compile.js [OUTPUT_DIR]
// OUTPUT_DIR defaults to resources/contracts/build; a test compiles into a temporary folder and
// compares, so the committed output cannot drift from the sources.
// solc is pinned in resources/devnet/package.json.
"use strict";

const fs = require("fs");
const path = require("path");
const { createRequire } = require("module");

const here = __dirname;
const devnetRequire = createRequire(path.join(here, "..", "devnet", "package.json"));
const solc = devnetRequire("solc");

// Set explicitly: the default changes between compiler releases, and the devnet runs this hardfork.
const EVM_VERSION = "cancun";

const sources = {};
for (const file of fs.readdirSync(here).filter((f) => f.endsWith(".sol")).sort()) {
  sources[file] = { content: fs.readFileSync(path.join(here, file), "utf8") };
}

const input = {
  language: "Solidity",
  sources,
  settings: {
    evmVersion: EVM_VERSION,
    optimizer: { enabled: true, runs: 200 },
    outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
  },
};

const output = JSON.parse(solc.compile(JSON.stringify(input)));
const errors = (output.errors || []).filter((e) => e.severity === "error");
for (const e of output.errors || []) {
  console.error(e.formattedMessage);
}
if (errors.length > 0) {
  process.exit(1);
}

const buildDir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(here, "build");
fs.mkdirSync(buildDir, { recursive: true });
for (const [file, contracts] of Object.entries(output.contracts)) {
  for (const [name, contract] of Object.entries(contracts)) {
    const bytecode = contract.evm.bytecode.object;
    if (!bytecode) {
      continue; // interfaces have no bytecode
    }
    fs.writeFileSync(path.join(buildDir, `${name}.abi.json`), JSON.stringify(contract.abi, null, 2) + "\n");
    fs.writeFileSync(path.join(buildDir, `${name}.bin`), bytecode + "\n");
    console.log(`compiled ${file}:${name}`);
  }
}
fs.writeFileSync(
  path.join(buildDir, "compiler.json"),
  JSON.stringify({ compiler: `solc-js ${solc.version()}`, settings: input.settings }, null, 2) + "\n"
);
