package io.ilana.model.cast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.ConfigException;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KeyringTest {
  private final EncryptionKey a = EncryptionKey.generate("a");
  private final EncryptionKey b = EncryptionKey.generate("b");

  @Test
  void listsTheCurrentKeyFirst() {
    Keyring keys = Keyring.of(b, a);
    assertThat(keys.currentId()).isEqualTo("b");
    assertThat(keys.ids()).containsExactly("b", "a");
  }

  @Test
  void buildsFromOneBase64Key() {
    Keyring keys = Keyring.of("k1", Base64.getEncoder().encodeToString(new byte[32]));
    assertThat(keys.currentId()).isEqualTo("k1");
  }

  @Test
  void rotatingKeepsTheOldCurrentKeyForDecryption() {
    Keyring keys = Keyring.of(a).rotateTo(b);
    assertThat(keys.currentId()).isEqualTo("b");
    assertThat(keys.ids()).containsExactly("b", "a");
  }

  @Test
  void removesAPreviousKey() {
    assertThat(Keyring.of(b, a).withoutKey("a").ids()).containsExactly("b");
  }

  @Test
  void refusesToRemoveTheCurrentKey() {
    assertThatThrownBy(() -> Keyring.of(b, a).withoutKey("b"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Encryption key \"b\" is the current key and cannot be removed.");
  }

  @Test
  void refusesTwoKeysWithOneId() {
    EncryptionKey otherA = EncryptionKey.generate("a");
    assertThatThrownBy(() -> Keyring.of(a).withPrevious(otherA))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Encryption key id \"a\" appears twice in the keyring.");
  }

  @Test
  void showsOnlyIdsWhenPrinted() {
    assertThat(Keyring.of(b, a)).hasToString("Keyring[current=b, keys=[b, a]]");
  }
}
