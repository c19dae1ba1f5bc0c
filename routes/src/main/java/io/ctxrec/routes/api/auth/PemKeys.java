package io.ctxrec.routes.api.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** A public key from a PEM {@code PUBLIC KEY} block, given as the text or a file's path. */
final class PemKeys {
    private static final String KEY = "ctxrec.auth.jwt.public-key";
    private static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String END = "-----END PUBLIC KEY-----";

    private PemKeys() {
    }

    static PublicKey publicKey(String textOrPath) {
        String pem = textOrPath.contains("-----BEGIN") ? textOrPath : read(textOrPath);
        if (!pem.contains(BEGIN)) {
            throw new IllegalArgumentException(KEY + " must be a PEM 'PUBLIC KEY' (SubjectPublicKeyInfo)");
        }
        try {
            String body = pem.substring(pem.indexOf(BEGIN) + BEGIN.length(), pem.indexOf(END)).replaceAll("\\s", "");
            X509EncodedKeySpec spec = new X509EncodedKeySpec(Base64.getDecoder().decode(body));
            return decode(spec);
        } catch (GeneralSecurityException | IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(KEY + " is not a readable RSA or EC public key: " + e.getMessage(), e);
        }
    }

    private static PublicKey decode(X509EncodedKeySpec spec) throws GeneralSecurityException {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(spec);
        } catch (GeneralSecurityException notRsa) {
            return KeyFactory.getInstance("EC").generatePublic(spec);
        }
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(KEY + " is neither PEM text nor a readable file: " + path, e);
        }
    }
}
