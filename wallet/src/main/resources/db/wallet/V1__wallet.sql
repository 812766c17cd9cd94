-- wallet.db: what the wallet remembers besides keys. Nothing secret is stored here: no keys, seeds,
-- phrases or passwords; transaction data is public once sent.

-- Every transaction this wallet signed, per chain, from "signed" to its final status.
CREATE TABLE transactions (
    chain_id            INTEGER NOT NULL,
    hash                TEXT    NOT NULL,              -- 0x-prefixed, lower case
    from_address        TEXT    NOT NULL,              -- lower case
    to_address          TEXT,                          -- null for a contract creation
    nonce               TEXT    NOT NULL,              -- decimal
    value_wei           TEXT    NOT NULL,              -- decimal
    input_data          TEXT    NOT NULL,              -- 0x-prefixed call data or init code
    gas_limit           TEXT    NOT NULL,
    max_fee_per_gas     TEXT    NOT NULL,              -- the legacy gas price for legacy transactions
    summary             TEXT    NOT NULL,              -- the decoded call as shown in the confirmation
    status              TEXT    NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'FAILED', 'DROPPED')),
    sent_at             INTEGER NOT NULL,              -- epoch milliseconds
    updated_at          INTEGER NOT NULL,
    block_number        INTEGER,
    gas_used            TEXT,
    effective_gas_price TEXT,
    contract_address    TEXT,
    failure_reason      TEXT,                          -- decoded revert reason, or why it was dropped
    PRIMARY KEY (chain_id, hash)
);
CREATE INDEX transactions_by_account ON transactions (chain_id, from_address, sent_at);
CREATE INDEX transactions_to_account ON transactions (chain_id, to_address, sent_at);
CREATE INDEX transactions_pending ON transactions (status) WHERE status = 'PENDING';

-- Explicit consent to sign messages published to a stream with an account's key.
CREATE TABLE stream_signing_grants (
    stream_id  TEXT    NOT NULL,
    signer     TEXT    NOT NULL,                       -- lower-case address
    granted_at INTEGER NOT NULL,                       -- epoch milliseconds
    PRIMARY KEY (stream_id, signer)
);

-- Wallet settings as text key/value pairs (for example auto-approval on the local devnet).
CREATE TABLE settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
