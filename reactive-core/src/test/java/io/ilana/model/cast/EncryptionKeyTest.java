package io.ilana.model.cast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.ConfigException;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class EncryptionKeyTest {
  private static final byte[] BYTES = new byte[32];

  @Test
  void readsStandardBase64() {
    String text = Base64.getEncoder().encodeToString(BYTES);
    assertThat(EncryptionKey.fromBase64("k1", text).id()).isEqualTo("k1");
  }

  @Test
  void readsUrlSafeBase64WithoutPaddingAndTheLaravelPrefix() {
    byte[] bytes = new byte[32];
    bytes[0] = (byte) 0xfb;
    String url = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    assertThat(EncryptionKey.fromBase64("k1", url).id()).isEqualTo("k1");
    String laravel = "base64:" + Base64.getEncoder().encodeToString(bytes);
    assertThat(EncryptionKey.fromBase64("k1", laravel).id()).isEqualTo("k1");
  }

  @Test
  void refusesAKeyThatIsNot32Bytes() {
    String text = Base64.getEncoder().encodeToString(new byte[16]);
    assertThatThrownBy(() -> EncryptionKey.fromBase64("k1", text))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Encryption key \"k1\" must be 32 bytes (AES-256), got 16.");
  }

  @Test
  void refusesTextThatIsNotBase64WithoutQuotingIt() {
    assertThatThrownBy(() -> EncryptionKey.fromBase64("k1", "not*base64"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Encryption key \"k1\" is not valid base64.");
  }

  @Test
  void refusesABlankId() {
    assertThatThrownBy(() -> EncryptionKey.of(" ", BYTES))
        .isInstanceOf(ConfigException.class)
        .hasMessage("An encryption key id must not be blank.");
  }

  @Test
  void refusesAnIdLongerThan255Bytes() {
    String id = "k".repeat(256);
    assertThatThrownBy(() -> EncryptionKey.of(id, BYTES))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Encryption key id \"" + id + "\" is longer than 255 bytes.");
  }

  @Test
  void showsOnlyItsIdWhenPrinted() {
    assertThat(EncryptionKey.generate("k1")).hasToString("EncryptionKey[k1]");
  }
}
