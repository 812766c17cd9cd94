package dev.rivulet.wallet.chain;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.ChainAccessException;
import dev.rivulet.wallet.TransactionRequest;
import dev.rivulet.wallet.TransactionRevertedException;
import dev.rivulet.wallet.TxHash;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.rivulet.wallet.LogEntry;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthMaxPriorityFeePerGas;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;

/**
 * The JSON-RPC calls the wallet makes, with errors turned into wallet exceptions: unreachable or
 * failing endpoints into {@link ChainAccessException}, reverting calls into
 * {@link TransactionRevertedException} with the decoded reason.
 */
public final class RpcClient implements AutoCloseable {

    private final Web3j web3j;
    private final String endpoint;

    public RpcClient(String rpcUrl) {
        this.web3j = Web3j.build(new HttpService(rpcUrl));
        this.endpoint = rpcUrl;
    }

    public long chainId() {
        return send(web3j.ethChainId(), "eth_chainId").getChainId().longValueExact();
    }

    public BigInteger balance(Address address) {
        return send(web3j.ethGetBalance(address.hex(), DefaultBlockParameterName.LATEST), "eth_getBalance").getBalance();
    }

    /** The latest block's number. */
    public long blockNumber() {
        return send(web3j.ethBlockNumber(), "eth_blockNumber").getBlockNumber().longValueExact();
    }

    /** The number of transactions from {@code address} mined so far (the next nonce ignoring pending ones). */
    public BigInteger minedNonce(Address address) {
        return send(web3j.ethGetTransactionCount(address.hex(), DefaultBlockParameterName.LATEST),
                "eth_getTransactionCount").getTransactionCount();
    }

    /** The next nonce counting pending transactions. */
    public BigInteger pendingNonce(Address address) {
        return send(web3j.ethGetTransactionCount(address.hex(), DefaultBlockParameterName.PENDING),
                "eth_getTransactionCount").getTransactionCount();
    }

    public BigInteger estimateGas(TransactionRequest request) {
        Transaction tx = new Transaction(request.from().hex(), null, null, null,
                request.to() == null ? null : request.to().hex(), request.value(), request.data());
        return sendReverting(web3j.ethEstimateGas(tx), "eth_estimateGas").getAmountUsed();
    }

    /** True when a contract (or delegated code) lives at {@code address}. */
    public boolean hasCode(Address address) {
        String code = send(web3j.ethGetCode(address.hex(), DefaultBlockParameterName.LATEST), "eth_getCode").getCode();
        return code != null && !code.equals("0x") && !code.isEmpty();
    }

    /** eth_call at the latest block, or at {@code block} when given; returns the 0x-prefixed result. */
    public String call(Address from, Address to, String data, BigInteger block) {
        Transaction tx = Transaction.createEthCallTransaction(from == null ? null : from.hex(), to.hex(), data);
        DefaultBlockParameter at = block == null ? DefaultBlockParameterName.LATEST : DefaultBlockParameter.valueOf(block);
        return sendReverting(web3j.ethCall(tx, at), "eth_call").getValue();
    }

    /** The latest block's base fee, or empty on chains without EIP-1559. */
    public Optional<BigInteger> latestBaseFee() {
        EthBlock.Block block = send(web3j.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false), "eth_getBlockByNumber").getBlock();
        return Optional.ofNullable(block.getBaseFeePerGasRaw()).map(raw -> block.getBaseFeePerGas());
    }

    /** The node's suggested priority fee, or empty if it does not implement eth_maxPriorityFeePerGas. */
    public Optional<BigInteger> maxPriorityFee() {
        try {
            EthMaxPriorityFeePerGas response = web3j.ethMaxPriorityFeePerGas().send();
            return response.hasError() ? Optional.empty() : Optional.of(response.getMaxPriorityFeePerGas());
        } catch (IOException e) {
            throw unreachable("eth_maxPriorityFeePerGas", e);
        }
    }

    public BigInteger gasPrice() {
        return send(web3j.ethGasPrice(), "eth_gasPrice").getGasPrice();
    }

    public TxHash sendRaw(String signedHex) {
        return new TxHash(sendReverting(web3j.ethSendRawTransaction(signedHex), "eth_sendRawTransaction").getTransactionHash());
    }

    public Optional<TransactionReceipt> receipt(TxHash hash) {
        return send(web3j.ethGetTransactionReceipt(hash.hex()), "eth_getTransactionReceipt").getTransactionReceipt();
    }

    public Optional<org.web3j.protocol.core.methods.response.Transaction> transaction(TxHash hash) {
        return send(web3j.ethGetTransactionByHash(hash.hex()), "eth_getTransactionByHash").getTransaction();
    }

    /** eth_getLogs for one contract over a block range, decoded into wallet values. */
    public List<LogEntry> logs(Address contract, long fromBlock, long toBlock) {
        EthFilter filter = new EthFilter(DefaultBlockParameter.valueOf(BigInteger.valueOf(fromBlock)),
                DefaultBlockParameter.valueOf(BigInteger.valueOf(toBlock)), contract.hex());
        List<LogEntry> entries = new ArrayList<>();
        for (EthLog.LogResult<?> result : send(web3j.ethGetLogs(filter), "eth_getLogs").getLogs()) {
            if (result.get() instanceof Log log && !log.isRemoved()) {
                entries.add(new LogEntry(Address.of(log.getAddress()), log.getTopics(), log.getData(),
                        log.getBlockNumber().longValueExact(), new TxHash(log.getTransactionHash()),
                        log.getLogIndex().longValueExact()));
            }
        }
        return entries;
    }

    public BigInteger nonceOf(TxHash hash) {
        return transaction(hash).orElseThrow(() -> new ChainAccessException("the node does not know " + hash)).getNonce();
    }

    @Override
    public void close() {
        web3j.shutdown();
    }

    private <R extends Response<?>> R send(Request<?, R> request, String method) {
        R response = execute(request, method);
        if (response.hasError()) {
            throw new ChainAccessException(method + " failed at " + endpoint + ": " + response.getError().getMessage());
        }
        return response;
    }

    /** Like {@link #send}, but an execution error becomes a revert with its decoded reason. */
    private <R extends Response<?>> R sendReverting(Request<?, R> request, String method) {
        R response = execute(request, method);
        if (response.hasError()) {
            Response.Error error = response.getError();
            String message = String.valueOf(error.getMessage());
            Optional<String> reason = RevertReasons.decode(error.getData()).or(() -> RevertReasons.fromMessage(message));
            if (reason.isPresent() || message.contains("revert")) {
                throw new TransactionRevertedException(reason.orElse("reverted without a reason"));
            }
            throw new ChainAccessException(method + " failed at " + endpoint + ": " + message);
        }
        return response;
    }

    private <R extends Response<?>> R execute(Request<?, R> request, String method) {
        try {
            return request.send();
        } catch (IOException e) {
            throw unreachable(method, e);
        }
    }

    private ChainAccessException unreachable(String method, IOException e) {
        return new ChainAccessException("cannot reach " + endpoint + " (" + method + "): " + e.getMessage(), e);
    }
}
