// Local devnet for Rivulet: chain id 31337, served only on loopback.
// Start with `npx hardhat node --hostname 127.0.0.1 --port N` from this folder.
/** @type import('hardhat/config').HardhatUserConfig */
module.exports = {
  networks: {
    hardhat: {
      chainId: 31337,
      // Cancun matches the evmVersion resources/contracts/compile.js compiles for.
      hardfork: "cancun",
      mining: { auto: true },
      // Like a real node: a failing transaction is mined with status 0 instead of being refused
      // by eth_sendRawTransaction, so the wallet's receipt and revert handling is exercised.
      throwOnTransactionFailures: false,
      throwOnCallFailures: true,
    },
  },
};
