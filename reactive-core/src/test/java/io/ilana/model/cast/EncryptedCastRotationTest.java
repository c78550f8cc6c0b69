package io.ilana.model.cast;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.DecryptionException;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class EncryptedCastRotationTest {
  private static final CastContext CTX = new CastContext("users", "ssn");
  private final EncryptionKey a = EncryptionKey.generate("a");
  private final EncryptionKey b = EncryptionKey.generate("b");
  private final String underA = (String) EncryptedCast.of(Keyring.of(a)).set("secret", CTX);

  @Test
  void aValueUnderAPreviousKeyStillDecrypts() {
    EncryptedCast<String> rotated = EncryptedCast.of(Keyring.of(a).rotateTo(b));
    assertThat(rotated.get(underA, CTX)).isEqualTo("secret");
  }

  @Test
  void newValuesUseTheCurrentKey() {
    EncryptedCast<String> rotated = EncryptedCast.of(Keyring.of(b, a));
    assertThat(keyId((String) rotated.set("secret", CTX))).isEqualTo("b");
  }

  @Test
  void reencryptionMovesAValueToTheCurrentKey() {
    EncryptedCast<String> rotated = EncryptedCast.of(Keyring.of(b, a));
    String underB = rotated.reencrypt(underA, CTX);
    assertThat(keyId(underB)).isEqualTo("b");
    assertThat(EncryptedCast.of(Keyring.of(b)).get(underB, CTX)).isEqualTo("secret");
  }

  @Test
  void reencryptionKeepsARowBinding() {
    EncryptedCast<String> boundA = EncryptedCast.of(Keyring.of(a)).boundToRow();
    String stored = (String) boundA.set("secret", CTX, 9L);
    EncryptedCast<String> boundB = EncryptedCast.of(Keyring.of(b, a)).boundToRow();
    String underB = boundB.reencrypt(stored, CTX, 9L);
    assertThat(boundB.get(underB, CTX, 9L)).isEqualTo("secret");
    assertThatThrownBy(() -> boundB.get(underB, CTX, 10L)).isInstanceOf(DecryptionException.class);
  }

  @Test
  void tellsWhichValuesNeedReencryption() {
    EncryptedCast<String> rotated = EncryptedCast.of(Keyring.of(b, a));
    assertThat(rotated.needsReencryption(underA)).isTrue();
    assertThat(rotated.needsReencryption(rotated.reencrypt(underA, CTX))).isFalse();
  }

  @Test
  void aValueUnderARemovedKeyIsRejected() {
    EncryptedCast<String> withoutA = EncryptedCast.of(Keyring.of(b, a).withoutKey("a"));
    assertThatThrownBy(() -> withoutA.get(underA, CTX))
        .isInstanceOf(DecryptionException.class)
        .hasMessage("The encrypted value could not be decrypted.");
  }

  @Test
  void aKeyWithTheSameIdButOtherBytesIsRejected() {
    EncryptedCast<String> impostor = EncryptedCast.of(Keyring.of(EncryptionKey.generate("a")));
    assertThatThrownBy(() -> impostor.get(underA, CTX)).isInstanceOf(DecryptionException.class);
  }

  @Test
  void reencryptingAnUndecryptableValueIsRejected() {
    EncryptedCast<String> onlyB = EncryptedCast.of(Keyring.of(b));
    assertThatThrownBy(() -> onlyB.reencrypt(underA, CTX))
        .isInstanceOf(DecryptionException.class)
        .hasMessage("The encrypted value could not be decrypted.");
  }

  private static String keyId(String stored) {
    byte[] body = Base64.getUrlDecoder().decode(stored.substring(3));
    return new String(body, 1, body[0], UTF_8);
  }
}
