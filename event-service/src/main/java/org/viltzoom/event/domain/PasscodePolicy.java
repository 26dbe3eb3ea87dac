package org.viltzoom.event.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * A Zoom host's {@code meeting_security.meeting_password_requirement}. Zoom accepts at most 10
 * characters from {@code [a-zA-Z0-9@-_*]} (Zoom API reference, Meetings > Create a meeting,
 * {@code password}); the policy narrows that further.
 *
 * @param minLength 0 when the policy sets no length
 * @param consecutiveCharactersLength 0 when off; otherwise the shortest forbidden run of equal
 *     or ascending characters, such as {@code 1111} or {@code 1234} for 4
 */
public record PasscodePolicy(
        int minLength,
        boolean letterRequired,
        boolean numberRequired,
        boolean upperAndLowerRequired,
        boolean specialCharacterRequired,
        boolean numericOnly,
        int consecutiveCharactersLength) {

    public static final int MAX_LENGTH = 10;

    private static final Pattern ALLOWED = Pattern.compile("[a-zA-Z0-9@\\-_*]{1,10}");
    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String SPECIALS = "@-_*";

    public static PasscodePolicy none() {
        return new PasscodePolicy(0, false, false, false, false, false, 0);
    }

    /** Returns every rule the passcode breaks, as sentences; empty when Zoom will accept it. */
    public List<String> violations(String passcode) {
        List<String> problems = new ArrayList<>();
        if (passcode == null || !ALLOWED.matcher(passcode).matches()) {
            problems.add("must be 1 to 10 characters from a-z, A-Z, 0-9, @, -, _ and *");
            return problems;
        }
        if (passcode.length() < minLength) {
            problems.add("must have at least " + minLength + " characters");
        }
        if (letterRequired && passcode.chars().noneMatch(Character::isLetter)) {
            problems.add("must contain a letter");
        }
        if (numberRequired && passcode.chars().noneMatch(Character::isDigit)) {
            problems.add("must contain a number");
        }
        boolean upper = passcode.chars().anyMatch(Character::isUpperCase);
        boolean lower = passcode.chars().anyMatch(Character::isLowerCase);
        if (upperAndLowerRequired && !(upper && lower)) {
            problems.add("must contain upper and lower case letters");
        }
        if (specialCharacterRequired && passcode.chars().allMatch(Character::isLetterOrDigit)) {
            problems.add("must contain one of @, -, _ or *");
        }
        if (numericOnly && !passcode.chars().allMatch(Character::isDigit)) {
            problems.add("must contain digits only");
        }
        if (consecutiveCharactersLength > 0 && hasRun(passcode, consecutiveCharactersLength)) {
            problems.add("must not contain " + consecutiveCharactersLength + " equal or ascending characters in a row");
        }
        return problems;
    }

    /** Describes the policy for error messages, for example "at least 8 characters, a letter, a number". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(minLength > 0 ? "at least " + minLength + " characters" : "1 to 10 characters");
        if (letterRequired) {
            parts.add("a letter");
        }
        if (numberRequired) {
            parts.add("a number");
        }
        if (upperAndLowerRequired) {
            parts.add("upper and lower case letters");
        }
        if (specialCharacterRequired) {
            parts.add("one of @ - _ *");
        }
        if (numericOnly) {
            parts.add("digits only");
        }
        if (consecutiveCharactersLength > 0) {
            parts.add("no run of " + consecutiveCharactersLength + " equal or ascending characters");
        }
        return String.join(", ", parts);
    }

    /**
     * Generates a passcode that satisfies the policy. Each required character class gets one
     * position first; a candidate that still breaks a rule (a run, by chance) is drawn again.
     */
    public String generate(RandomGenerator random) {
        int length = Math.min(MAX_LENGTH, Math.max(8, minLength));
        String alphabet = numericOnly ? DIGITS : LETTERS + DIGITS;
        for (int attempt = 0; attempt < 1_000; attempt++) {
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) {
                chars[i] = pick(alphabet, random);
            }
            if (!numericOnly) {
                chars[0] = pick(DIGITS, random);
                chars[1] = pick("abcdefghijkmnpqrstuvwxyz", random);
                chars[2] = pick("ABCDEFGHJKLMNPQRSTUVWXYZ", random);
                if (specialCharacterRequired) {
                    chars[3] = pick(SPECIALS, random);
                }
                shuffle(chars, random);
            }
            String candidate = new String(chars);
            if (violations(candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new IllegalStateException("No passcode satisfies the policy: " + describe());
    }

    private static char pick(String alphabet, RandomGenerator random) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }

    private static void shuffle(char[] chars, RandomGenerator random) {
        for (int i = chars.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char swap = chars[i];
            chars[i] = chars[j];
            chars[j] = swap;
        }
    }

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
