package io.ilana.model.cast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.DecryptionException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Any change to a stored value is the one uniform failure, never a wrong plaintext. */
class EncryptedCastTamperingTest {
  private static final CastContext CTX = new CastContext("users", "ssn");
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private final EncryptedCast<String> cast =
      EncryptedCast.of(Keyring.of(EncryptionKey.generate("key-1")));

  /**
   * Envelopes of 45, 44 and 43 bytes: the last two end in base64 characters with unused bits, which
   * a lenient decoder would ignore.
   */
  private final List<String> storedValues =
      List.of(
          (String) cast.set("123-45-6789", CTX),
          (String) cast.set("123-45-678", CTX),
          (String) cast.set("123-45-67", CTX));

  @Test
  void everySingleBitFlipOfTheDecodedEnvelopeIsRejected() {
    for (String stored : storedValues) {
      byte[] body = Base64.getUrlDecoder().decode(stored.substring(3));
      List<String> tampered = new ArrayList<>();
      for (int i = 0; i < body.length; i++) {
        for (int bit = 0; bit < 8; bit++) {
          byte[] copy = body.clone();
          copy[i] ^= (byte) (1 << bit);
          tampered.add("v1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(copy));
        }
      }
      assertThat(tampered).hasSize(body.length * 8);
      tampered.forEach(this::assertRejected);
    }
  }

  @Test
  void everyByteOfTheDecodedEnvelopeInvertedIsRejected() {
    for (String stored : storedValues) {
      byte[] body = Base64.getUrlDecoder().decode(stored.substring(3));
      for (int i = 0; i < body.length; i++) {
        byte[] copy = body.clone();
        copy[i] = (byte) ~copy[i];
        assertRejected("v1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(copy));
      }
    }
  }

  @Test
  void everyCharacterOfTheStoredStringReplacedByAnyOtherBase64CharacterIsRejected() {
    for (String stored : storedValues) {
      int tried = 0;
      for (int i = 0; i < stored.length(); i++) {
        for (char c : ALPHABET.toCharArray()) {
          if (c != stored.charAt(i)) {
            assertRejected(stored.substring(0, i) + c + stored.substring(i + 1));
            tried++;
          }
        }
      }
      assertThat(tried).isGreaterThan(stored.length() * 60);
    }
  }

  @Test
  void everyCharacterOfTheStoredStringWithALowBitFlippedIsRejected() {
    for (String stored : storedValues) {
      for (int i = 0; i < stored.length(); i++) {
        char flipped = (char) (stored.charAt(i) ^ 1);
        assertRejected(stored.substring(0, i) + flipped + stored.substring(i + 1));
      }
    }
  }

  @Test
  void everyTruncationIsRejected() {
    for (String stored : storedValues) {
      for (int length = 0; length < stored.length(); length++) {
        assertRejected(stored.substring(0, length));
      }
    }
  }

  @Test
  void paddingOrExtraCharactersAreRejected() {
    for (String stored : storedValues) {
      assertRejected(stored + "=");
      assertRejected(stored + "A");
      assertRejected(stored + "AA");
      assertRejected(" " + stored);
    }
  }

  @Test
  void anotherVersionPrefixIsRejected() {
    for (String stored : storedValues) {
      assertRejected("v2:" + stored.substring(3));
    }
  }

  @Test
  void theUntouchedValuesStillDecrypt() {
    assertThat(storedValues)
        .extracting(stored -> cast.get(stored, CTX))
        .containsExactly("123-45-6789", "123-45-678", "123-45-67");
  }

  private void assertRejected(String value) {
    assertThatThrownBy(() -> cast.get(value, CTX))
        .isInstanceOf(DecryptionException.class)
        .hasMessage("The encrypted value could not be decrypted.")
        .hasNoCause();
  }
}
