package org.viltzoom.zoomsimulator.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.viltzoom.zoomsimulator.state.PasscodeRequirement;

/**
 * Checks passcodes: at most 10 characters from [a-zA-Z0-9@-_*] (Zoom API reference: Meetings >
 * Create a meeting, password), then the host's meeting_password_requirement.
 */
public final class PasscodePolicy {

    private static final Pattern ALLOWED = Pattern.compile("[a-zA-Z0-9@\\-_*]{1,10}");

    private PasscodePolicy() {
    }

    /** Returns what the passcode violates; an empty list means it is accepted. */
    public static List<String> violations(String passcode, PasscodeRequirement policy) {
        List<String> problems = new ArrayList<>();
        if (!ALLOWED.matcher(passcode).matches()) {
            problems.add("Passcode must be 1 to 10 characters from a-z, A-Z, 0-9, @, -, _ and *");
            return problems;
        }
        if (passcode.length() < policy.length) {
            problems.add("Passcode must have at least " + policy.length + " characters");
        }
        if (policy.haveLetter && passcode.chars().noneMatch(Character::isLetter)) {
            problems.add("Passcode must contain a letter");
        }
        if (policy.haveNumber && passcode.chars().noneMatch(Character::isDigit)) {
            problems.add("Passcode must contain a number");
        }
        boolean hasUpper = passcode.chars().anyMatch(Character::isUpperCase);
        boolean hasLower = passcode.chars().anyMatch(Character::isLowerCase);
        if (policy.haveUpperAndLowerCharacters && !(hasUpper && hasLower)) {
            problems.add("Passcode must contain upper and lower case letters");
        }
        if (policy.haveSpecialCharacter && passcode.chars().allMatch(Character::isLetterOrDigit)) {
            problems.add("Passcode must contain a special character");
        }
        if (policy.onlyAllowNumeric && !passcode.chars().allMatch(Character::isDigit)) {
            problems.add("Passcode must be numeric");
        }
        if (policy.consecutiveCharactersLength > 0 && hasRun(passcode, policy.consecutiveCharactersLength)) {
            problems.add("Passcode must not contain " + policy.consecutiveCharactersLength + " or more consecutive characters");
        }
        return problems;
    }

    /** Generates a passcode that satisfies the policy, as Zoom does when a request has none. */
    public static String generate(PasscodeRequirement policy, Random random) {
        int length = Math.min(10, Math.max(6, policy.length));
        while (true) {
            StringBuilder passcode = new StringBuilder();
            String alphabet = policy.onlyAllowNumeric ? "0123456789" : "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
            for (int i = 0; i < length; i++) {
                passcode.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (policy.haveSpecialCharacter && !policy.onlyAllowNumeric) {
                passcode.setCharAt(random.nextInt(length), '@');
            }
            String candidate = passcode.toString();
            if (violations(candidate, policy).isEmpty()) {
                return candidate;
            }
        }
    }

    /** True when the text has a run of the given length of equal or consecutive characters, like "1111" or "1234". */
    private static boolean hasRun(String text, int length) {
        int same = 1;
        int ascending = 1;
        for (int i = 1; i < text.length(); i++) {
            same = text.charAt(i) == text.charAt(i - 1) ? same + 1 : 1;
            ascending = text.charAt(i) == text.charAt(i - 1) + 1 ? ascending + 1 : 1;
            if (same >= length || ascending >= length) {
                return true;
            }
        }
        return false;
    }
}
