package io.reelgate.server.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Making and hashing secrets. A key's secret is 32 random base62 characters (about 190 bits), so a
 * single fast SHA-256 is the right hash: a slow password hash (bcrypt, Argon2) only helps against
 * guessing low-entropy secrets, and nobody can guess 190 random bits. It also lets a key be found
 * by its hash in an index, with no secret comparison in Java at all; timing that lookup could at
 * most reveal a prefix of a hash, which does not help to find a secret.
 */
public final class SecretHash {
  private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SECRET_PREFIX = "rg_";
  private static final int SECRET_LENGTH = 32;

  private SecretHash() {}

  /** A new key's secret: {@code rg_} and 32 random base62 characters. */
  public static String newSecret() {
    return SECRET_PREFIX + randomBase62(SECRET_LENGTH);
  }

  /** {@code count} random base62 characters from a cryptographic generator. */
  static String randomBase62(int count) {
    StringBuilder text = new StringBuilder(count);
    for (int i = 0; i < count; i++) text.append(BASE62.charAt(RANDOM.nextInt(BASE62.length())));
    return text.toString();
  }

  /** SHA-256 of the secret's UTF-8 bytes, in lower-case hex. */
  public static String sha256(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
