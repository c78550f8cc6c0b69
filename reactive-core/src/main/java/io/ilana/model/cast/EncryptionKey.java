package io.ilana.model.cast;

import io.ilana.error.ConfigException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;

/**
 * One AES-256 key and the id that names it inside every value it encrypts, so a value always says
 * which key can open it. The key bytes never leave this object: {@link #toString()} shows only the
 * id.
 *
 * <pre>{@code
 * EncryptionKey key = EncryptionKey.fromBase64("2024-06", System.getenv("ILANA_ENCRYPTION_KEY"));
 * }</pre>
 */
public final class EncryptionKey {
  /** AES-256. */
  static final int KEY_BYTES = 32;

  /** The id is length-prefixed by one byte in the envelope. */
  static final int MAX_ID_BYTES = 255;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String LARAVEL_PREFIX = "base64:";

  private final String id;
  private final byte[] idBytes;
  private final SecretKeySpec secretKey;

  private EncryptionKey(String id, byte[] key) {
    this.id = id;
    this.idBytes = id.getBytes(StandardCharsets.UTF_8);
    this.secretKey = new SecretKeySpec(key, "AES");
  }

  /**
   * A key from its raw bytes.
   *
   * @param id the key's id, 1 to 255 bytes of UTF-8, stored in clear in every value
   * @param key exactly 32 bytes; copied
   * @return the key
   * @throws ConfigException when the id is blank or too long, or the key is not 32 bytes
   */
  public static EncryptionKey of(String id, byte[] key) {
    checkId(id);
    Objects.requireNonNull(key, "key");
    if (key.length != KEY_BYTES) {
      throw new ConfigException(
          "Encryption key \""
              + id
              + "\" must be "
              + KEY_BYTES
              + " bytes (AES-256), got "
              + key.length
              + ".");
    }
    byte[] copy = key.clone();
    try {
      return new EncryptionKey(id, copy);
    } finally {
      // SecretKeySpec keeps its own copy; do not leave another one on the heap.
      Arrays.fill(copy, (byte) 0);
    }
  }

  /**
   * A key from base64 text, as kept in an environment variable. Standard and URL-safe alphabets are
   * accepted, with or without padding, and with or without Laravel's {@code base64:} prefix.
   *
   * @param id the key's id
   * @param base64 the 32 key bytes in base64
   * @return the key
   * @throws ConfigException when the text is not base64 or does not hold 32 bytes
   */
  public static EncryptionKey fromBase64(String id, String base64) {
    checkId(id);
    Objects.requireNonNull(base64, "base64");
    String text = base64.trim();
    if (text.startsWith(LARAVEL_PREFIX)) {
      text = text.substring(LARAVEL_PREFIX.length());
    }
    byte[] key;
    try {
      key =
          text.indexOf('-') >= 0 || text.indexOf('_') >= 0
              ? Base64.getUrlDecoder().decode(text)
              : Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      // The decoder's message quotes the offending character of a secret.
      throw new ConfigException("Encryption key \"" + id + "\" is not valid base64.");
    }
    try {
      return of(id, key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /**
   * A new random key, for tests and for {@code ilana key:generate}-style tooling.
   *
   * @param id the key's id
   * @return the key
   */
  public static EncryptionKey generate(String id) {
    byte[] key = new byte[KEY_BYTES];
    RANDOM.nextBytes(key);
    try {
      return of(id, key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /**
   * The key's id.
   *
   * @return the id, as stored in every value this key encrypts
   */
  public String id() {
    return id;
  }

  byte[] idBytes() {
    return idBytes.clone();
  }

  SecretKeySpec secretKey() {
    return secretKey;
  }

  /** Only the id: key bytes must not reach a log. */
  @Override
  public String toString() {
    return "EncryptionKey[" + id + "]";
  }

  private static void checkId(String id) {
    if (id == null || id.isBlank()) {
      throw new ConfigException("An encryption key id must not be blank.");
    }
    if (id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
      throw new ConfigException(
          "Encryption key id \"" + id + "\" is longer than " + MAX_ID_BYTES + " bytes.");
    }
  }
}
