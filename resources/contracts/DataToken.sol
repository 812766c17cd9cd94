// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// Receiver side of ERC-677: called by transferAndCall after the tokens have moved.
/// A receiver rejects a transfer by reverting; the return value is not checked (as in Streamr's DATAv2).
interface IERC677Receiver {
    function onTokenTransfer(address sender, uint256 value, bytes calldata data) external;
}

/// DATA token for Rivulet's local devnet: ERC-20 with 18 decimals plus ERC-677 transferAndCall,
/// ABI-compatible with the parts of Streamr's DATAv2 that the wallet and the marketplace use
/// (transfer, approve, transferFrom, transferAndCall, mint by a minter, burn).
/// Revert strings follow OpenZeppelin 4 (as DATAv2 does) so that decoded reasons read the same.
contract DataToken {
    string public name;
    string public symbol;
    uint8 public constant decimals = 18;
    uint256 public totalSupply;

    address public admin;
    mapping(address => bool) public isMinter;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);
    /// ERC-677 event, emitted besides the ERC-20 Transfer event.
    event Transfer(address indexed from, address indexed to, uint256 value, bytes data);
    event MinterChanged(address indexed account, bool enabled);

    constructor(string memory name_, string memory symbol_) {
        name = name_;
        symbol = symbol_;
        admin = msg.sender;
        isMinter[msg.sender] = true;
        emit MinterChanged(msg.sender, true);
    }

    function setMinter(address account, bool enabled) external {
        require(msg.sender == admin, "error_onlyAdmin");
        isMinter[account] = enabled;
        emit MinterChanged(account, enabled);
    }

    function mint(address to, uint256 amount) external {
        require(isMinter[msg.sender], "error_onlyMinter");
        require(to != address(0), "ERC20: mint to the zero address");
        totalSupply += amount;
        balanceOf[to] += amount;
        emit Transfer(address(0), to, amount);
    }

    function burn(uint256 amount) external {
        _burn(msg.sender, amount);
    }

    function burnFrom(address account, uint256 amount) external {
        _spendAllowance(account, msg.sender, amount);
        _burn(account, amount);
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        _transfer(msg.sender, to, amount);
        return true;
    }

    function approve(address spender, uint256 amount) external returns (bool) {
        _approve(msg.sender, spender, amount);
        return true;
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        _spendAllowance(from, msg.sender, amount);
        _transfer(from, to, amount);
        return true;
    }

    /// ERC-677: transfer, then notify the recipient if it is a contract.
    function transferAndCall(address to, uint256 amount, bytes calldata data) external returns (bool) {
        _transfer(msg.sender, to, amount);
        emit Transfer(msg.sender, to, amount, data);
        if (to.code.length > 0) {
            IERC677Receiver(to).onTokenTransfer(msg.sender, amount, data);
        }
        return true;
    }

    function _transfer(address from, address to, uint256 amount) internal {
        require(from != address(0), "ERC20: transfer from the zero address");
        require(to != address(0), "ERC20: transfer to the zero address");
        uint256 fromBalance = balanceOf[from];
        require(fromBalance >= amount, "ERC20: transfer amount exceeds balance");
        unchecked {
            balanceOf[from] = fromBalance - amount;
        }
        balanceOf[to] += amount;
        emit Transfer(from, to, amount);
    }

    function _burn(address account, uint256 amount) internal {
        uint256 accountBalance = balanceOf[account];
        require(accountBalance >= amount, "ERC20: burn amount exceeds balance");
        unchecked {
            balanceOf[account] = accountBalance - amount;
            totalSupply -= amount;
        }
        emit Transfer(account, address(0), amount);
    }

    function _approve(address owner, address spender, uint256 amount) internal {
        require(spender != address(0), "ERC20: approve to the zero address");
        allowance[owner][spender] = amount;
        emit Approval(owner, spender, amount);
    }

    function _spendAllowance(address owner, address spender, uint256 amount) internal {
        uint256 current = allowance[owner][spender];
        if (current != type(uint256).max) {
            require(current >= amount, "ERC20: insufficient allowance");
            unchecked {
                _approve(owner, spender, current - amount);
            }
        }
    }
}
