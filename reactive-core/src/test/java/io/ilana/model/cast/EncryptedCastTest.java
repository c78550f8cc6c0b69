package io.ilana.model.cast;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.DecryptionException;
import io.ilana.error.InvalidCastException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EncryptedCastTest {
  private static final CastContext CTX = new CastContext("users", "ssn");
  private final Keyring keys = Keyring.of(EncryptionKey.generate("k1"));
  private final EncryptedCast<String> cast = EncryptedCast.of(keys);

  @Test
  void roundTripsText() {
    Object stored = cast.set("123-45-6789", CTX);
    assertThat(cast.get(stored, CTX)).isEqualTo("123-45-6789");
  }

  @Test
  void roundTripsEmptyAndNonAsciiText() {
    assertThat(cast.get(cast.set("", CTX), CTX)).isEmpty();
    assertThat(cast.get(cast.set("zürich ✓ 東京", CTX), CTX)).isEqualTo("zürich ✓ 東京");
  }

  @Test
  void storesTheDocumentedEnvelope() {
    String stored = (String) cast.set("abc", CTX);
    assertThat(stored).startsWith("v1:").doesNotContain("=", "+", "/");
    byte[] body = Base64.getUrlDecoder().decode(stored.substring(3));
    assertThat(body[0]).isEqualTo((byte) 2);
    assertThat(new String(body, 1, 2, UTF_8)).isEqualTo("k1");
    assertThat(body).hasSize(1 + 2 + 12 + 3 + 16);
  }

  @Test
  void twoEncryptionsOfOneValueDiffer() {
    assertThat(cast.set("same", CTX)).isNotEqualTo(cast.set("same", CTX));
  }

  @Test
  void theStoredValueDoesNotContainThePlaintext() {
    assertThat((String) cast.set("plain-secret", CTX)).doesNotContain("plain-secret");
  }

  @Test
  void passesNullThroughBothWays() {
    assertThat(cast.get(null, CTX)).isNull();
    assertThat(cast.set(null, CTX)).isNull();
  }

  @Test
  void roundTripsJson() {
    EncryptedCast<Object> json = EncryptedCast.json(keys);
    Object stored = json.set(Map.of("card", List.of(4242, "x")), CTX);
    assertThat(json.get(stored, CTX)).isEqualTo(Map.of("card", List.of(4242L, "x")));
  }

  @Test
  void jsonThatDoesNotMatchItsTypeNamesOnlyTheType() {
    Object stored = cast.set("not json", CTX);
    EncryptedCast<Object> json = EncryptedCast.json(keys);
    assertThatThrownBy(() -> json.get(stored, CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "users.ssn: the encrypted cast cannot convert a value of type java.lang.String:"
                + " the decrypted JSON does not match java.lang.Object.");
  }

  @Test
  void aValueMovedToAnotherColumnIsRejected() {
    Object stored = cast.set("secret", CTX);
    assertThatThrownBy(() -> cast.get(stored, new CastContext("users", "notes")))
        .isInstanceOf(DecryptionException.class)
        .hasMessage("The encrypted value could not be decrypted.");
  }

  @Test
  void aValueMovedToAnotherTableIsRejected() {
    Object stored = cast.set("secret", CTX);
    assertThatThrownBy(() -> cast.get(stored, new CastContext("admins", "ssn")))
        .isInstanceOf(DecryptionException.class)
        .hasMessage("The encrypted value could not be decrypted.");
  }

  @Test
  void escapingKeepsPlacesWithSeparatorsApart() {
    Object stored = cast.set("secret", new CastContext("a|b", "c"));
    assertThatThrownBy(() -> cast.get(stored, new CastContext("a", "b|c")))
        .isInstanceOf(DecryptionException.class);
  }

  @Test
  void anUnboundValueMovedToAnotherRowStillDecrypts() {
    Object stored = cast.set("secret", CTX, 1L);
    assertThat(cast.get(stored, CTX, 2L)).isEqualTo("secret");
  }

  @Test
  void aRowBoundValueRoundTripsOnItsRow() {
    EncryptedCast<String> bound = cast.boundToRow();
    Object stored = bound.set("secret", CTX, 7L);
    assertThat(bound.get(stored, CTX, 7)).isEqualTo("secret");
    assertThat(bound.get(stored, CTX, "7")).isEqualTo("secret");
  }

  @Test
  void aRowBoundValueMovedToAnotherRowIsRejected() {
    EncryptedCast<String> bound = cast.boundToRow();
    Object stored = bound.set("secret", CTX, 7L);
    assertThatThrownBy(() -> bound.get(stored, CTX, 8L))
        .isInstanceOf(DecryptionException.class)
        .hasMessage("The encrypted value could not be decrypted.");
  }

  @Test
  void aRowBoundValueIsNotReadableWithoutItsRow() {
    Object stored = cast.set("secret", CTX);
    UUID row = UUID.randomUUID();
    assertThatThrownBy(() -> cast.boundToRow().get(stored, CTX, row))
        .isInstanceOf(DecryptionException.class);
  }

  @Test
  void aRowBoundCastNeedsARowKey() {
    EncryptedCast<String> bound = cast.boundToRow();
    assertThatThrownBy(() -> bound.set("secret", CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "users.ssn: the encrypted cast binds values to their row, and no row key was given.");
  }

  @Test
  void aRowKeyMustBeAStringANumberOrAUuid() {
    EncryptedCast<String> bound = cast.boundToRow();
    assertThatThrownBy(() -> bound.set("secret", CTX, new Object()))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "users.ssn: a row key of type java.lang.Object cannot bind an encrypted value;"
                + " use a string, a number or a UUID.");
  }

  @Test
  void aStoredValueThatIsNotTextNamesOnlyItsType() {
    assertThatThrownBy(() -> cast.get(42, CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "users.ssn: the encrypted cast cannot convert a value of type java.lang.Integer.");
  }

  @Test
  void plaintextInTheColumnIsRejected() {
    assertThatThrownBy(() -> cast.get("123-45-6789", CTX))
        .isInstanceOf(DecryptionException.class)
        .hasMessage("The encrypted value could not be decrypted.");
  }

  @Test
  void coercesOnlyText() {
    assertThat(cast.coerce(new StringBuilder("x"), CTX)).isEqualTo("x");
    assertThatThrownBy(() -> cast.coerce(5, CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "users.ssn: the encrypted cast cannot convert a value of type java.lang.Integer.");
  }

  @Test
  void neverPrintsItsKeys() {
    assertThat(cast).hasToString("encrypted");
    assertThat(cast.boundToRow()).hasToString("encrypted(row-bound)");
  }
}
