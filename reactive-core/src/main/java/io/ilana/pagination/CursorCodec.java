package io.ilana.pagination;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ilana.error.ConfigException;
import io.ilana.error.InvalidCursorException;
import io.ilana.error.InvalidPaginationException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a {@link Cursor} into an opaque, tamper-proof, URL-safe token and back.
 *
 * <p>A token is the unpadded URL-safe base64 of a version byte, a small JSON payload (the direction
 * and, per column, its name, a type tag and the value as text) and an HMAC-SHA256 of the two. The
 * MAC is what makes the token safe to hand to clients: the values end up in a {@code WHERE} clause,
 * and a client must not be able to make up positions. The payload is readable by anyone who decodes
 * the base64; do not put secrets in ordering columns.
 *
 * <p>A token can be scoped: {@link #encode(Cursor, String)} signs a scope (the model's table and
 * {@code ORDER BY}, for cursor pages) along with the payload, without writing it into the token,
 * and {@link #decode(String, String)} accepts the token only for that same scope. A signed token
 * issued for another query is then as invalid as a forged one, instead of reaching the query with
 * columns it does not order by.
 *
 * <p>A {@code null} or blank token means "no cursor yet": {@link #decode} returns {@link
 * Optional#empty()} and the caller serves the first page. Anything else that is not a token this
 * codec (same key) issued for the same scope fails with {@link InvalidCursorException} and its
 * single message.
 *
 * <p>Use one key for all instances of an application (from configuration) so tokens survive
 * restarts and load balancing; {@link #random()} suits tests and single-process use. Instances are
 * immutable and thread-safe.
 */
public final class CursorCodec {

  static final byte VERSION = 1;
  static final int MAC_LENGTH = 32;

  /** Tokens travel in URLs; this also bounds the work an attacker can cause per request. */
  static final int MAX_TOKEN_LENGTH = 4096;

  private static final int MIN_KEY_LENGTH = 32;
  private static final String ALGORITHM = "HmacSHA256";
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final String UNSCOPED = "";

  private final SecretKeySpec key;

  /**
   * A codec signing with {@code key}; the array is copied.
   *
   * @throws ConfigException when the key is shorter than 32 bytes (HMAC-SHA256's output size, below
   *     which the key is the weak point)
   */
  public CursorCodec(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < MIN_KEY_LENGTH) {
      throw new ConfigException(
          "Cursor key must be at least " + MIN_KEY_LENGTH + " bytes, got " + key.length + ".");
    }
    this.key = new SecretKeySpec(Arrays.copyOf(key, key.length), ALGORITHM);
  }

  /** A codec with a fresh random key: its tokens are valid only within this process. */
  public static CursorCodec random() {
    byte[] key = new byte[MIN_KEY_LENGTH];
    new SecureRandom().nextBytes(key);
    return new CursorCodec(key);
  }

  /**
   * The token for a cursor, valid for {@link #decode(String)} (the unscoped form).
   *
   * @throws InvalidPaginationException when the token would be longer than 4096 characters (very
   *     long string ordering values), as it could not be decoded
   */
  public String encode(Cursor cursor) {
    return encode(cursor, UNSCOPED);
  }

  /**
   * The token for a cursor, valid only for {@link #decode(String, String)} with the same {@code
   * scope}; the scope is signed, not written into the token.
   *
   * @throws InvalidPaginationException when the token would be longer than 4096 characters (very
   *     long string ordering values), as it could not be decoded
   */
  public String encode(Cursor cursor, String scope) {
    Objects.requireNonNull(cursor, "cursor");
    Objects.requireNonNull(scope, "scope");
    ObjectNode root = JSON.createObjectNode();
    root.put("d", cursor.isNext() ? "next" : "previous");
    ArrayNode columns = root.putArray("c");
    cursor
        .values()
        .forEach(
            (column, value) ->
                columns
                    .addArray()
                    .add(column)
                    .add(CursorType.of(column, value).tag())
                    .add(value.toString()));
    String token = seal(VERSION, root.toString().getBytes(StandardCharsets.UTF_8), scope);
    if (token.length() > MAX_TOKEN_LENGTH) {
      throw new InvalidPaginationException(
          "Cursor token would be "
              + token.length()
              + " characters, more than the "
              + MAX_TOKEN_LENGTH
              + " allowed; order by shorter columns.");
    }
    return token;
  }

  /**
   * The cursor a token stands for; empty for a {@code null} or blank token, meaning the first page.
   *
   * @throws InvalidCursorException for any token this codec did not issue, with the same message
   *     whatever is wrong with it
   */
  public Optional<Cursor> decode(String token) {
    return decode(token, UNSCOPED);
  }

  /**
   * The cursor a token issued for {@code scope} stands for; empty for a {@code null} or blank
   * token, meaning the first page.
   *
   * @throws InvalidCursorException for any token this codec did not issue for this scope, with the
   *     same message whatever is wrong with it
   */
  public Optional<Cursor> decode(String token, String scope) {
    Objects.requireNonNull(scope, "scope");
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(open(token, scope));
    } catch (IOException | RuntimeException e) {
      // Every failure reads the same from outside; the reason is deliberately dropped.
      throw new InvalidCursorException();
    }
  }

  private Cursor open(String token, String scope) throws IOException {
    if (token.length() > MAX_TOKEN_LENGTH) {
      throw new InvalidCursorException(); // too long
    }
    byte[] bytes = Base64.getUrlDecoder().decode(token);
    // The decoder ignores stray low bits in the last character; re-encoding rejects such aliases.
    if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(token)) {
      throw new InvalidCursorException(); // non-canonical base64
    }
    if (bytes.length < 1 + MAC_LENGTH || bytes[0] != VERSION) {
      throw new InvalidCursorException(); // bad header
    }
    int signedLength = bytes.length - MAC_LENGTH;
    byte[] expected = mac(scope, bytes, signedLength);
    byte[] actual = Arrays.copyOfRange(bytes, signedLength, bytes.length);
    if (!MessageDigest.isEqual(expected, actual)) {
      throw new InvalidCursorException(); // bad mac
    }
    return parse(JSON.readTree(Arrays.copyOfRange(bytes, 1, signedLength)));
  }

  private static Cursor parse(JsonNode root) {
    if (root == null || !root.isObject() || root.size() != 2) {
      throw new InvalidCursorException(); // bad payload
    }
    String direction = text(root.get("d"));
    JsonNode columns = root.get("c");
    if (columns == null || !columns.isArray()) {
      throw new InvalidCursorException(); // bad columns
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Iterator<JsonNode> it = columns.elements(); it.hasNext(); ) {
      JsonNode column = it.next();
      if (!column.isArray() || column.size() != 3) {
        throw new InvalidCursorException(); // bad column
      }
      String name = text(column.get(0));
      Object value = CursorType.ofTag(text(column.get(1))).parse(text(column.get(2)));
      if (values.put(name, value) != null) {
        throw new InvalidCursorException(); // duplicate column
      }
    }
    return switch (direction) {
      case "next" -> Cursor.next(values);
      case "previous" -> Cursor.previous(values);
      default -> throw new InvalidCursorException(); // bad direction
    };
  }

  private static String text(JsonNode node) {
    if (node == null || !node.isTextual()) {
      throw new InvalidCursorException(); // not text
    }
    return node.textValue();
  }

  /** An unscoped seal; package-private for tests. */
  String seal(byte version, byte[] payload) {
    return seal(version, payload, UNSCOPED);
  }

  /** Version byte, payload and MAC, base64url without padding; package-private for tests. */
  String seal(byte version, byte[] payload, String scope) {
    byte[] signed = new byte[1 + payload.length + MAC_LENGTH];
    signed[0] = version;
    System.arraycopy(payload, 0, signed, 1, payload.length);
    byte[] mac = mac(scope, signed, 1 + payload.length);
    System.arraycopy(mac, 0, signed, 1 + payload.length, MAC_LENGTH);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
  }

  private byte[] mac(String scope, byte[] bytes, int length) {
    try {
      // Mac instances are not thread-safe; one per call keeps the codec shareable.
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      if (!scope.isEmpty()) {
        // Length-prefixed so scope and token bytes cannot be shifted into each other. The prefix of
        // any scope under 16 MiB starts with a zero byte, which no token does (its first byte is
        // the version), so scoped and unscoped inputs never coincide and unscoped tokens stay as
        // they were.
        byte[] scoped = scope.getBytes(StandardCharsets.UTF_8);
        mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(scoped.length).array());
        mac.update(scoped);
      }
      mac.update(bytes, 0, length);
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      // internal invariant: every Java SE implementation must provide HmacSHA256.
      throw new IllegalStateException("HmacSHA256 is unavailable in this JVM.", e);
    }
  }
}
