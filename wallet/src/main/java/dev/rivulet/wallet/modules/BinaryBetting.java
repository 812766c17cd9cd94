package dev.rivulet.wallet.modules;

/**
 * Streamr's BinaryBetting template: SolidityCompileDeploy starting from a two-outcome betting contract whose rounds
 * the canvas opens and resolves (resources/contracts/templates/BinaryBetting.sol).
 */
public final class BinaryBetting extends SolidityCompileDeploy {
    @Override
    protected String codeTemplate() {
        return Templates.source("BinaryBetting.sol");
    }
}
