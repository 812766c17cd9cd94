package dev.rivulet.wallet;

/** Well-known public test keys and phrases. None of them may ever hold real funds. */
public final class TestKeys {

    /** Hardhat's (and Foundry's) default devnet phrase. */
    public static final String HARDHAT_PHRASE = "test test test test test test test test test test test junk";
    /** m/44'/60'/0'/0/0 of the hardhat phrase, funded with 10000 ETH on the devnet. */
    public static final Address HARDHAT_0 = Address.of("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    public static final String HARDHAT_0_KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    /** m/44'/60'/0'/0/1 of the hardhat phrase. */
    public static final Address HARDHAT_1 = Address.of("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    public static final String HARDHAT_1_KEY = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    /** keccak256("cow"), the example key of EIP-712. */
    public static final String COW_KEY = "c85ef7d79691fe79573b1a7064c19c1a9819ebdbd1faaab1a8ec92344438aaf4";
    public static final Address COW = Address.of("0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826");

    public static final char[] PASSWORD = "correct horse battery".toCharArray();

    private TestKeys() {
    }

    public static char[] password() {
        return PASSWORD.clone();
    }
}
