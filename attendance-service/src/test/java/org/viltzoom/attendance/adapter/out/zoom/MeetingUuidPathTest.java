package org.viltzoom.attendance.adapter.out.zoom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeetingUuidPathTest {

    @Test
    void plainUuidIsEncodedOnce() {
        assertThat(MeetingUuidPath.segment("4444AAAiAAAAAiAiAiiAii==")).isEqualTo("4444AAAiAAAAAiAiAiiAii%3D%3D");
        assertThat(MeetingUuidPath.segment("ab/c+d==")).isEqualTo("ab%2Fc%2Bd%3D%3D");
    }

    @Test
    void leadingSlashIsEncodedTwice() {
        assertThat(MeetingUuidPath.segment("/ajXp112QmuoKj4854875==")).isEqualTo("%252FajXp112QmuoKj4854875%253D%253D");
    }

    @Test
    void doubleSlashIsEncodedTwice() {
        assertThat(MeetingUuidPath.segment("ab//cd+e==")).isEqualTo("ab%252F%252Fcd%252Be%253D%253D");
    }
}
