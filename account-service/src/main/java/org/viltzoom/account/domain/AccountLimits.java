package org.viltzoom.account.domain;

/**
 * The three optional limits of an account. A null limit is off; a set limit is 1 to 999.
 *
 * @param maxConcurrentRooms counts training events of the account whose times overlap
 */
public record AccountLimits(Integer maxSessionsPerCourse, Integer maxSessionsPerAccount, Integer maxConcurrentRooms) {

    public static final int MIN = 1;
    public static final int MAX = 999;

    public AccountLimits {
        check(maxSessionsPerCourse, "maxSessionsPerCourse");
        check(maxSessionsPerAccount, "maxSessionsPerAccount");
        check(maxConcurrentRooms, "maxConcurrentRooms");
    }

    public static AccountLimits off() {
        return new AccountLimits(null, null, null);
    }

    private static void check(Integer limit, String field) {
        if (limit != null && (limit < MIN || limit > MAX)) {
            throw new AccountRuleViolation("limit-out-of-range", field,
                    field + " must be between " + MIN + " and " + MAX + ", or null to switch the limit off; was " + limit);
        }
    }
}
