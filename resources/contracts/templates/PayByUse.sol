// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// Pay by use: the account that deploys this contract (the canvas's ethAccount) reports usage with
/// update(units); the contract pays the recipient unitCost wei per unit out of its own balance. Top it
/// up by sending ETH to it. When the balance runs out, the unpaid amount is kept as a debt, OutOfFunds
/// is emitted, and the debt is paid by the next update or withdraw after a top-up.
contract PayByUse {
    address public immutable operator;
    address payable public immutable recipient;
    uint256 public immutable unitCost;
    uint256 public unpaidWei;

    event Paid(uint256 amount);
    event OutOfFunds(uint256 debt);

    constructor(address payable recipientAddress, uint256 weiPerUnit) payable {
        operator = msg.sender;
        recipient = recipientAddress;
        unitCost = weiPerUnit;
    }

    function update(uint256 addedUnits) external {
        require(msg.sender == operator, "error_onlyOperator");
        unpaidWei += addedUnits * unitCost;
        withdraw();
    }

    /// Pays as much of the debt as the balance allows; anyone may call it after a top-up.
    function withdraw() public {
        uint256 amount = unpaidWei < address(this).balance ? unpaidWei : address(this).balance;
        if (amount > 0) {
            unpaidWei -= amount;
            (bool sent, ) = recipient.call{value: amount}("");
            require(sent, "error_paymentFailed");
            emit Paid(amount);
        }
        if (unpaidWei > 0) {
            emit OutOfFunds(unpaidWei);
        }
    }

    receive() external payable {}
}
