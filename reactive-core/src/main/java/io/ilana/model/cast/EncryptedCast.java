package io.ilana.model.cast;

import io.ilana.error.DecryptionException;
import io.ilana.error.IlanaException;
import io.ilana.error.InvalidCastException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts an attribute with AES-256-GCM, authenticated to its table and column (and, when {@link
 * #boundToRow() bound to rows}, its row), so a ciphertext copied elsewhere does not decrypt.
 *
 * <pre>{@code
 * Keyring keys = Keyring.of("2025", System.getenv("ILANA_ENCRYPTION_KEY"));
 * .cast("ssn", EncryptedCast.of(keys))                 // String plaintext
 * .cast("secret_data", EncryptedCast.json(keys))       // any JSON value
 * .cast("iban", EncryptedCast.of(keys).boundToRow())   // also bound to the primary key
 * }</pre>
 *
 * <p>{@code boundToRow()} needs a key that exists before the insert: a model with an auto-increment
 * key refuses it when first used (see <em>Row keys</em>).
 *
 * <h2>Stored form</h2>
 *
 * A string: {@code "v1:"} followed by the unpadded base64url encoding of
 *
 * <pre>
 *   1 byte    length L of the key id (1..255)
 *   L bytes   key id, UTF-8
 *   12 bytes  nonce, random for every encryption
 *   n bytes   AES-256-GCM ciphertext of the plaintext (as many bytes as the plaintext)
 *   16 bytes  GCM tag
 * </pre>
 *
 * A value is about {@code 4/3 * (plaintext + key id + 29) + 3} characters: size text columns for
 * it. The key id is in clear so that the keyring finds the key, and it is authenticated.
 *
 * <h2>Associated data</h2>
 *
 * {@code "ilana:v1|" + table + "|" + column + "|" + keyId}, plus {@code "|" + rowKey} when bound to
 * rows, in UTF-8, each part with {@code \} and {@code |} escaped by a {@code \} so that no two
 * places share associated data. Renaming a table or column, or changing a row-bound row's key,
 * therefore needs a re-encryption with the old context and then the new one.
 *
 * <h2>Row keys</h2>
 *
 * The {@link Cast} methods carry no row, so a model calls the three-argument forms, {@link
 * #get(Object, CastContext, Object)} and {@link #set(Object, CastContext, Object)}, always passing
 * the primary key ({@code null} when it is not assigned yet). A cast that is not bound to rows
 * ignores it; a bound one requires it, so it suits only models whose keys exist before the insert
 * (UUID, ULID, or assigned keys), not database-generated ones: a model type declaring it with an
 * auto-increment key fails with {@link InvalidCastException} on first use. A row key is a string, a
 * number or a UUID, compared by its text ({@code 5} and {@code "5"} are the same row).
 *
 * <h2>Failures</h2>
 *
 * Every decryption failure is {@link DecryptionException} with one fixed message. A random 96-bit
 * nonce is safe for about 2<sup>32</sup> encryptions under one key: rotate long before that.
 *
 * @param <T> the plaintext type the model exposes
 */
public final class EncryptedCast<T> implements Cast<T> {
  static final String NAME = "encrypted";
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int TAG_BITS = Envelope.TAG_BYTES * 8;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Keyring keys;
  private final PlaintextCodec<T> codec;
  private final boolean rowBound;

  private EncryptedCast(Keyring keys, PlaintextCodec<T> codec, boolean rowBound) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.codec = codec;
    this.rowBound = rowBound;
  }

  /**
   * Encrypts text.
   *
   * @param keys the keyring
   * @return the cast
   */
  public static EncryptedCast<String> of(Keyring keys) {
    return new EncryptedCast<>(keys, PlaintextCodec.utf8(), false);
  }

  /**
   * Encrypts any JSON value (read back as {@code Map}, {@code List}, {@code String}, {@code Long},
   * {@code Double} or {@code Boolean}).
   *
   * @param keys the keyring
   * @return the cast
   */
  public static EncryptedCast<Object> json(Keyring keys) {
    return json(keys, Object.class);
  }

  /**
   * Encrypts a value of the given class as JSON.
   *
   * @param keys the keyring
   * @param type the plaintext's class
   * @param <T> the plaintext type
   * @return the cast
   */
  public static <T> EncryptedCast<T> json(Keyring keys, Class<T> type) {
    return new EncryptedCast<>(
        keys,
        PlaintextCodec.json(JsonCodec.DEFAULT_MAPPER, JsonCodec.DEFAULT_MAPPER.constructType(type)),
        false);
  }

  /**
   * This cast, also binding every value to its row's key.
   *
   * @return a new cast that requires a row key
   */
  public EncryptedCast<T> boundToRow() {
    return new EncryptedCast<>(keys, codec, true);
  }

  /**
   * Whether values are bound to their row.
   *
   * @return {@code true} when the three-argument methods need a row key
   */
  public boolean bindsRow() {
    return rowBound;
  }

  /**
   * Decrypts without a row.
   *
   * @throws DecryptionException when the value cannot be decrypted here
   * @throws InvalidCastException when this cast is bound to rows
   */
  @Override
  public T get(Object stored, CastContext context) {
    return get(stored, context, null);
  }

  /**
   * Encrypts without a row, under the current key.
   *
   * @throws InvalidCastException when this cast is bound to rows
   */
  @Override
  public Object set(T value, CastContext context) {
    return set(value, context, null);
  }

  /**
   * Decrypts a stored value.
   *
   * @param stored the column's value, {@code null} or a string as {@link #set} wrote it
   * @param context the table and column it was read from
   * @param rowKey the row's primary key; required when {@link #bindsRow()}, ignored otherwise
   * @return the plaintext, or {@code null}
   * @throws DecryptionException when the value is malformed, its key is not in the keyring, it was
   *     altered, or it was encrypted for another table, column or row
   * @throws InvalidCastException when the stored value is not a string, or a row key is needed
   */
  public T get(Object stored, CastContext context, Object rowKey) {
    if (stored == null) {
      return null;
    }
    if (!(stored instanceof CharSequence text)) {
      throw CastErrors.cannotConvert(NAME, context, stored);
    }
    byte[] plaintext = decrypt(text.toString(), context, rowKey);
    return codec.decode(plaintext, stored, context);
  }

  /**
   * Encrypts a value under the current key.
   *
   * @param value the plaintext, or {@code null}
   * @param context the table and column it will be written to
   * @param rowKey the row's primary key; required when {@link #bindsRow()}, ignored otherwise
   * @return the stored string, or {@code null}
   * @throws InvalidCastException when a row key is needed and missing
   */
  public Object set(T value, CastContext context, Object rowKey) {
    if (value == null) {
      return null;
    }
    return encrypt(codec.encode(value, context), context, rowKey);
  }

  /**
   * Decrypts a stored value with whichever key it names and encrypts it under the current key, for
   * key rotation. Without a row: see {@link #reencrypt(String, CastContext, Object)}.
   *
   * @param stored the stored string
   * @param context its table and column
   * @return the stored string under the current key
   * @throws DecryptionException when the value cannot be decrypted here
   */
  public String reencrypt(String stored, CastContext context) {
    return reencrypt(stored, context, null);
  }

  /**
   * Decrypts a stored value with whichever key it names and encrypts it under the current key.
   *
   * @param stored the stored string
   * @param context its table and column
   * @param rowKey the row's primary key; required when {@link #bindsRow()}, ignored otherwise
   * @return the stored string under the current key, with a new nonce
   * @throws DecryptionException when the value cannot be decrypted here
   */
  public String reencrypt(String stored, CastContext context, Object rowKey) {
    Objects.requireNonNull(stored, "stored");
    return encrypt(decrypt(stored, context, rowKey), context, rowKey);
  }

  /**
   * Whether a stored value was encrypted under a key other than the current one. Reads only the
   * envelope: it does not prove the value decrypts.
   *
   * @param stored the stored string
   * @return {@code true} when {@link #reencrypt} would change its key
   * @throws DecryptionException when the value is not an envelope
   */
  public boolean needsReencryption(String stored) {
    return !Envelope.decode(Objects.requireNonNull(stored, "stored"))
        .keyId()
        .equals(keys.currentId());
  }

  /** {@inheritDoc} */
  @Override
  public T coerce(Object value, CastContext context) {
    return codec.coerce(value, context);
  }

  /** {@inheritDoc} */
  @Override
  public Class<?> type() {
    return codec.type();
  }

  /** The cast's name; never a key. */
  @Override
  public String toString() {
    return rowBound ? NAME + "(row-bound)" : NAME;
  }

  private String encrypt(byte[] plaintext, CastContext context, Object rowKey) {
    String row = rowText(context, rowKey);
    EncryptionKey key = keys.current();
    byte[] nonce = new byte[Envelope.NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData(context, key.id(), row));
      return Envelope.encode(key.idBytes(), nonce, cipher.doFinal(plaintext));
    } catch (GeneralSecurityException e) {
      throw new IlanaException("AES-256-GCM is not available in this Java runtime.", e);
    }
  }

  private byte[] decrypt(String stored, CastContext context, Object rowKey) {
    String row = rowText(context, rowKey);
    Envelope envelope = Envelope.decode(stored);
    EncryptionKey key = keys.find(envelope.keyId());
    if (key == null) {
      throw new DecryptionException();
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(
          Cipher.DECRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, envelope.nonce()));
      cipher.updateAAD(associatedData(context, key.id(), row));
      return cipher.doFinal(envelope.ciphertext());
    } catch (GeneralSecurityException e) {
      // Tag mismatch and every other cause look the same from outside: no oracle.
      throw new DecryptionException();
    }
  }

  /** The row part of the associated data, or {@code null} when values are not bound to rows. */
  private String rowText(CastContext context, Object rowKey) {
    if (!rowBound) {
      return null;
    }
    if (rowKey == null) {
      throw new InvalidCastException(
          context.table()
              + "."
              + context.column()
              + ": the encrypted cast binds values to their row, and no row key was given.");
    }
    if (rowKey instanceof BigDecimal decimal) {
      return decimal.stripTrailingZeros().toPlainString();
    }
    if (rowKey instanceof CharSequence || rowKey instanceof Number || rowKey instanceof UUID) {
      return rowKey.toString();
    }
    throw new InvalidCastException(
        context.table()
            + "."
            + context.column()
            + ": a row key of type "
            + rowKey.getClass().getName()
            + " cannot bind an encrypted value; use a string, a number or a UUID.");
  }

  private static byte[] associatedData(CastContext context, String keyId, String row) {
    StringBuilder aad = new StringBuilder("ilana:v1");
    aad.append('|').append(escape(context.table()));
    aad.append('|').append(escape(context.column()));
    aad.append('|').append(escape(keyId));
    if (row != null) {
      aad.append('|').append(escape(row));
    }
    return aad.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String part) {
    return part.replace("\\", "\\\\").replace("|", "\\|");
  }
}
