package io.ilana.model.cast;

import io.ilana.error.ConfigException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The keys of {@link EncryptedCast}: one current key that encrypts, and previous keys that only
 * decrypt, so keys can be rotated without rewriting every row at once. Immutable: every change
 * returns a new keyring.
 *
 * <p>Rotation: {@code keys.rotateTo(newKey)} makes the new key current and keeps the old one for
 * reading; re-encrypt the rows ({@link EncryptedCast#reencrypt}), then {@code
 * keys.withoutKey(oldId)}. A value under a removed key can no longer be decrypted.
 *
 * <pre>{@code
 * Keyring keys = Keyring.of(
 *     EncryptionKey.fromBase64("2025", env("ILANA_KEY")),
 *     EncryptionKey.fromBase64("2024", env("ILANA_PREVIOUS_KEY")));
 * }</pre>
 */
public final class Keyring {
  private final EncryptionKey current;
  private final Map<String, EncryptionKey> byId;

  private Keyring(EncryptionKey current, List<EncryptionKey> previous) {
    this.current = Objects.requireNonNull(current, "current");
    Map<String, EncryptionKey> keys = new LinkedHashMap<>();
    keys.put(current.id(), current);
    for (EncryptionKey key : previous) {
      Objects.requireNonNull(key, "previous key");
      if (keys.putIfAbsent(key.id(), key) != null) {
        throw new ConfigException(
            "Encryption key id \"" + key.id() + "\" appears twice in the keyring.");
      }
    }
    this.byId = Collections.unmodifiableMap(keys);
  }

  /**
   * A keyring.
   *
   * @param current the key that encrypts (and decrypts)
   * @param previous keys that only decrypt
   * @return the keyring
   * @throws ConfigException when two keys share an id
   */
  public static Keyring of(EncryptionKey current, EncryptionKey... previous) {
    return new Keyring(current, List.of(previous));
  }

  /**
   * A keyring of one key given as base64.
   *
   * @param id the key's id
   * @param base64 the key, 32 bytes in base64
   * @return the keyring
   * @throws ConfigException when the key is not 32 bytes of base64
   */
  public static Keyring of(String id, String base64) {
    return of(EncryptionKey.fromBase64(id, base64));
  }

  /**
   * This keyring with one more key that only decrypts.
   *
   * @param previous the key
   * @return a new keyring
   */
  public Keyring withPrevious(EncryptionKey previous) {
    List<EncryptionKey> keys = new ArrayList<>(previousKeys());
    keys.add(previous);
    return new Keyring(current, keys);
  }

  /**
   * A keyring where the given key encrypts and the current one is kept to decrypt.
   *
   * @param next the new current key
   * @return a new keyring
   */
  public Keyring rotateTo(EncryptionKey next) {
    List<EncryptionKey> keys = new ArrayList<>();
    keys.add(current);
    keys.addAll(previousKeys());
    return new Keyring(next, keys);
  }

  /**
   * This keyring without a previous key, once no value uses it.
   *
   * @param id the key's id
   * @return a new keyring
   * @throws ConfigException when the id is the current key's
   */
  public Keyring withoutKey(String id) {
    if (current.id().equals(id)) {
      throw new ConfigException(
          "Encryption key \"" + id + "\" is the current key and cannot be removed.");
    }
    List<EncryptionKey> keys = new ArrayList<>(previousKeys());
    keys.removeIf(key -> key.id().equals(id));
    return new Keyring(current, keys);
  }

  /**
   * The id of the key that encrypts.
   *
   * @return the current key's id
   */
  public String currentId() {
    return current.id();
  }

  /**
   * Every key's id, the current one first.
   *
   * @return the ids
   */
  public Set<String> ids() {
    return byId.keySet();
  }

  EncryptionKey current() {
    return current;
  }

  /** The key with that id, or {@code null}. */
  EncryptionKey find(String id) {
    return byId.get(id);
  }

  private List<EncryptionKey> previousKeys() {
    return byId.values().stream().filter(key -> key != current).toList();
  }

  /** Ids only. */
  @Override
  public String toString() {
    return "Keyring[current=" + current.id() + ", keys=" + byId.keySet() + "]";
  }
}
