// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// Binary betting: the account that deploys this contract (the canvas's ethAccount) opens rounds and
/// resolves them with outcome 0 or 1, for example from a price crossing a threshold on the canvas.
/// Anyone bets on an outcome while a round is open; the winners share the whole pot in proportion to
/// their stakes and withdraw their payout themselves. A round with bets on one side only is cancelled
/// and every stake refunded.
contract BinaryBetting {
    uint8 public constant OUTCOME_COUNT = 2;

    struct Bet {
        address account;
        uint256 value;
    }

    struct Round {
        uint256 closeTime;
        uint256 totalValue;
        uint256[2] valueOn;
        Bet[][2] bets;
    }

    address public immutable admin;
    mapping(uint256 => Round) private rounds;
    mapping(uint256 => bool) public roundIsActive;
    mapping(address => uint256) public payouts;

    event RoundStarted(uint256 id, uint256 closeTime);
    event RoundCancelled(uint256 id);
    event RoundResolved(uint256 id, uint8 withOutcome);
    event BetsPlaced(uint256 id, uint256 onOutcome0, uint256 onOutcome1);

    modifier onlyAdmin() {
        require(msg.sender == admin, "error_onlyAdmin");
        _;
    }

    constructor() {
        admin = msg.sender;
    }

    function openRound(uint256 id, uint256 closeTime) external onlyAdmin {
        require(!roundIsActive[id], "error_roundAlreadyActive");
        require(closeTime >= block.timestamp, "error_closeTimeInPast");
        Round storage r = rounds[id];
        require(r.closeTime == 0, "error_roundIdUsed");
        r.closeTime = closeTime;
        roundIsActive[id] = true;
        emit RoundStarted(id, closeTime);
    }

    function placeBet(uint256 id, uint8 outcome) external payable {
        require(roundIsActive[id], "error_roundNotActive");
        Round storage r = rounds[id];
        require(block.timestamp <= r.closeTime, "error_roundClosed");
        require(outcome < OUTCOME_COUNT, "error_badOutcome");
        require(msg.value > 0, "error_noStake");
        r.bets[outcome].push(Bet(msg.sender, msg.value));
        r.valueOn[outcome] += msg.value;
        r.totalValue += msg.value;
        emit BetsPlaced(id, r.valueOn[0], r.valueOn[1]);
    }

    function resolveRound(uint256 id, uint8 correctOutcome) external onlyAdmin {
        require(roundIsActive[id], "error_roundNotActive");
        require(correctOutcome < OUTCOME_COUNT, "error_badOutcome");
        Round storage r = rounds[id];
        uint256 winnersValue = r.valueOn[correctOutcome];
        if (winnersValue == 0 || winnersValue == r.totalValue) {
            cancel(id);
            return;
        }
        roundIsActive[id] = false;
        Bet[] storage winners = r.bets[correctOutcome];
        for (uint256 i = 0; i < winners.length; i++) {
            payouts[winners[i].account] += winners[i].value * r.totalValue / winnersValue;
        }
        emit RoundResolved(id, correctOutcome);
    }

    function cancelRound(uint256 id) external onlyAdmin {
        require(roundIsActive[id], "error_roundNotActive");
        cancel(id);
    }

    /// Pull payments: each player withdraws their own payout.
    function withdraw() external {
        uint256 payout = payouts[msg.sender];
        require(payout > 0, "error_nothingToWithdraw");
        payouts[msg.sender] = 0;
        (bool sent, ) = payable(msg.sender).call{value: payout}("");
        require(sent, "error_paymentFailed");
    }

    function cancel(uint256 id) private {
        roundIsActive[id] = false;
        Round storage r = rounds[id];
        for (uint8 o = 0; o < OUTCOME_COUNT; o++) {
            Bet[] storage bets = r.bets[o];
            for (uint256 j = 0; j < bets.length; j++) {
                payouts[bets[j].account] += bets[j].value;
            }
        }
        emit RoundCancelled(id);
    }
}
