package cn.yingshang.appeal.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What a requester without an account holds to follow their appeal: a public tracking code
 * ({@code YS-XXXX-XXXX-XXXX}, 60 random bits, unrelated to the internal sequential tracking number
 * that staff use) and an access code ({@code XXXX-XXXX}, 40 random bits) given once on the receipt.
 * Both use Crockford's base-32 alphabet (no I, L, O, U), so what is read out on the phone is typed
 * back right: input is upper-cased, dashes and spaces dropped, O read as 0 and I/L as 1. The access
 * code is stored only as SHA-256 over "public code:access code"; nobody, staff included, can read it
 * back. Malformed input is recognised here, before any attempt is counted.
 */
final class TrackingCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String PREFIX = "YS";
    private static final int PUBLIC_LENGTH = 12;
    private static final int ACCESS_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    static String newPublicCode() {
        return PREFIX + random(PUBLIC_LENGTH);
    }

    static String newAccessCode() {
        return random(ACCESS_LENGTH);
    }

    private static String random(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** The stored form of a typed public code, or null when it cannot be one. */
    static String publicCode(String typed) {
        String s = canonical(typed);
        if (s == null || !s.startsWith(PREFIX) || s.length() != PREFIX.length() + PUBLIC_LENGTH) {
            return null;
        }
        // the prefix is letters, so only the random part is read with Crockford's substitutions
        String body = crockford(s.substring(PREFIX.length()));
        return body == null ? null : PREFIX + body;
    }

    /** The canonical form of a typed access code, or null when it cannot be one. */
    static String accessCode(String typed) {
        String s = canonical(typed);
        if (s == null || s.length() != ACCESS_LENGTH) {
            return null;
        }
        return crockford(s);
    }

    private static String canonical(String typed) {
        if (typed == null || typed.length() > 40) {
            return null;
        }
        return typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    }

    private static String crockford(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            char d = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(d) < 0) {
                return null;
            }
            out.append(d);
        }
        return out.toString();
    }

    /** {@code YS-7K3M-9QXD-2HFA} for a stored public code. */
    static String displayPublic(String code) {
        if (code == null || code.length() != PREFIX.length() + PUBLIC_LENGTH) {
            return code;
        }
        return PREFIX + "-" + code.substring(2, 6) + "-" + code.substring(6, 10) + "-" + code.substring(10);
    }

    /** {@code 4F7Q-K2MB} for an access code. */
    static String displayAccess(String code) {
        return code == null || code.length() != ACCESS_LENGTH ? code : code.substring(0, 4) + "-" + code.substring(4);
    }

    static String hash(String publicCode, String accessCode) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((publicCode + ":" + accessCode).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(String storedHash, String publicCode, String accessCode) {
        return storedHash != null && MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
                hash(publicCode, accessCode).getBytes(StandardCharsets.US_ASCII));
    }
}
