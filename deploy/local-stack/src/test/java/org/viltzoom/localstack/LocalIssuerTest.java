package org.viltzoom.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalIssuerTest {

    @TempDir
    Path directory;

    @Test
    void tokenVerifiesWithThePublishedKey() throws Exception {
        LocalIssuer issuer = LocalIssuer.generate();

        JwtClaims claims = consumerFor(issuer).processToClaims(issuer.token("lms-admin", "production", "vilt-admin"));

        assertThat(claims.getSubject()).isEqualTo("lms-admin");
        assertThat(claims.getIssuer()).isEqualTo(LocalIssuer.ISSUER);
        assertThat(claims.getStringClaimValue(LocalIssuer.PLATFORM_CLAIM)).isEqualTo("production");
        assertThat(claims.getStringListClaimValue(LocalIssuer.ROLE_CLAIM)).containsExactly("vilt-admin");
    }

    @Test
    void expiredTokenFailsVerification() throws Exception {
        LocalIssuer issuer = LocalIssuer.generate();

        assertThatThrownBy(() -> consumerFor(issuer).processToClaims(
                issuer.expiredToken("lms-admin", "production", "vilt-admin")))
                .isInstanceOf(InvalidJwtException.class);
    }

    @Test
    void storedKeysAreReusedByTheNextRun() throws Exception {
        LocalIssuer first = LocalIssuer.loadOrCreate(directory);
        LocalIssuer second = LocalIssuer.loadOrCreate(directory);

        assertThat(second.publicKey()).isEqualTo(first.publicKey());
        consumerFor(second).processToClaims(first.token("lms-admin", "production", "vilt-admin"));
    }

    private static JwtConsumer consumerFor(LocalIssuer issuer) throws Exception {
        PublicKey key = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(issuer.publicKey())));
        return new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setExpectedIssuer(LocalIssuer.ISSUER)
                .setVerificationKey(key)
                .build();
    }
}
