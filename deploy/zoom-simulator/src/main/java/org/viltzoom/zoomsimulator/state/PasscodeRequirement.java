package org.viltzoom.zoomsimulator.state;

/**
 * A user's meeting passcode policy, as {@code meeting_security.meeting_password_requirement}
 * (Zoom API reference: Users > Get user settings, option meeting_security).
 */
public class PasscodeRequirement {
    public int length = 0;
    public boolean haveLetter = false;
    public boolean haveNumber = false;
    public boolean haveUpperAndLowerCharacters = false;
    public boolean haveSpecialCharacter = false;
    public boolean onlyAllowNumeric = false;
    public int consecutiveCharactersLength = 0;
    public boolean weakEnhanceDetection = false;
}
