package org.viltzoom.account.domain;

/**
 * A request that breaks a rule of the account aggregate.
 *
 * @see #field() the request field at fault, or null when the rule concerns the account's state
 */
public class AccountRuleViolation extends RuntimeException {

    private final String code;
    private final String field;

    public AccountRuleViolation(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    /** A stable, machine-readable reason, for example {@code limit-out-of-range}. */
    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
