package dev.rivulet.wallet.modules;

/**
 * Streamr's PayByUse template: SolidityCompileDeploy starting from a contract that pays a recipient per unit of use
 * reported by the canvas (resources/contracts/templates/PayByUse.sol).
 */
public final class PayByUse extends SolidityCompileDeploy {
    @Override
    protected String codeTemplate() {
        return Templates.source("PayByUse.sol");
    }
}
