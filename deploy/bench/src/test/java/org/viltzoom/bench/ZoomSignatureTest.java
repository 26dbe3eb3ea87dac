package org.viltzoom.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ZoomSignatureTest {

    @Test
    void signsPrefixTimestampAndRawBody() throws Exception {
        byte[] body = "{\"event\":\"meeting.participant_joined\"}".getBytes(StandardCharsets.UTF_8);

        String signed = new ZoomSignature("secret-token").sign(1_700_000_000L, body);

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("secret-token".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(
                ("v0:1700000000:" + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
        assertThat(signed).isEqualTo("v0=" + expected);
    }

    @Test
    void differsForAnotherTimestamp() {
        ZoomSignature signature = new ZoomSignature("secret-token");
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        assertThat(signature.sign(1L, body)).isNotEqualTo(signature.sign(2L, body));
    }
}
