package org.viltzoom.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Signs JWTs with a local RSA key pair, standing in for the OIDC provider in tests and in the
 * local run. The services verify these tokens exactly as production tokens, with the public key
 * configured as {@code quarkus.oidc.public-key}.
 */
public final class LocalIssuer {

    public static final String ISSUER = "urn:vilt-zoom:local-issuer";
    public static final String ROLE_CLAIM = "groups";
    public static final String PLATFORM_CLAIM = "platform";

    private static final Duration LIFETIME = Duration.ofHours(8);

    private final KeyPair keyPair;

    private LocalIssuer(KeyPair keyPair) {
        this.keyPair = keyPair;
    }

    public static LocalIssuer generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new LocalIssuer(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    /** Loads the key pair of an earlier local run from a directory, or creates and stores one. */
    public static LocalIssuer loadOrCreate(Path directory) throws IOException {
        Path privateKeyFile = directory.resolve("issuer-private.der");
        Path publicKeyFile = directory.resolve("issuer-public.der");
        try {
            if (Files.exists(privateKeyFile) && Files.exists(publicKeyFile)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateKeyFile)));
                PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicKeyFile)));
                return new LocalIssuer(new KeyPair(publicKey, privateKey));
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("Stored issuer keys in " + directory + " are unreadable; delete them", e);
        }

        LocalIssuer issuer = generate();
        Files.createDirectories(directory);
        Files.write(privateKeyFile, issuer.keyPair.getPrivate().getEncoded());
        // Any reader of the private key can mint admin tokens for the local run.
        try {
            Files.setPosixFilePermissions(privateKeyFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system; the directory's permissions apply.
        }
        Files.write(publicKeyFile, issuer.keyPair.getPublic().getEncoded());
        return issuer;
    }

    /** Returns the public key in the base64 DER form that {@code quarkus.oidc.public-key} takes. */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(keyPair.getPublic().getEncoded());
    }

    /**
     * Prints a token of the issuer stored in a directory, for calling a local run by hand:
     * {@code <directory> <subject> <platform or -> <role>...}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: LocalIssuer <issuer directory> <subject> <platform, or - for none> <role>...");
            System.exit(2);
        }
        LocalIssuer issuer = loadOrCreate(Path.of(args[0]));
        String[] roles = java.util.Arrays.copyOfRange(args, 3, args.length);
        System.out.println("-".equals(args[2]) ? issuer.tokenWithoutPlatform(args[1], roles) : issuer.token(args[1], args[2], roles));
    }

    /** Signs a token for a person or service of one platform. */
    public String token(String subject, String platform, String... roles) {
        return sign(claims(subject, roles, platform));
    }

    /** Signs a token that names no platform, as an internal service might hold. */
    public String tokenWithoutPlatform(String subject, String... roles) {
        return sign(claims(subject, roles, null));
    }

    /** Signs a token of this issuer that has already expired. */
    public String expiredToken(String subject, String platform, String... roles) {
        JwtClaims claims = claims(subject, roles, platform);
        claims.setIssuedAt(NumericDate.fromSeconds(Instant.now().minus(Duration.ofHours(2)).getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().minus(Duration.ofHours(1)).getEpochSecond()));
        return sign(claims);
    }

    private static JwtClaims claims(String subject, String[] roles, String platform) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(subject);
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAtToNow();
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().plus(LIFETIME).getEpochSecond()));
        claims.setStringListClaim(ROLE_CLAIM, List.of(roles));
        if (platform != null) {
            claims.setStringClaim(PLATFORM_CLAIM, platform);
        }
        return claims;
    }

    private String sign(JwtClaims claims) {
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(keyPair.getPrivate());
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        signature.setHeader("typ", "JWT");
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Signing a token failed", e);
        }
    }
}
