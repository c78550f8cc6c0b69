package io.ilana.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ilana.error.ConfigException;
import io.ilana.error.InvalidCursorException;
import io.ilana.error.InvalidPaginationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CursorCodecTest {

  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

  private final CursorCodec codec = new CursorCodec(KEY);

  static Stream<Object> supportedValues() {
    return Stream.of(
        Long.MAX_VALUE,
        -1L,
        Integer.MIN_VALUE,
        42,
        "plain",
        "",
        "ünïcødé \"quoted\" \\ / 🎉",
        new BigDecimal("12.50"),
        new BigDecimal("-1E+3"),
        new BigDecimal("0.000000000000000000000001"),
        Instant.parse("2024-05-06T07:08:09.123456789Z"),
        Instant.EPOCH,
        LocalDate.of(2024, 2, 29),
        LocalDateTime.of(2024, 1, 2, 3, 4, 5, 600_000_000),
        LocalDateTime.of(2024, 1, 2, 3, 4),
        UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
        true,
        false);
  }

  @ParameterizedTest
  @MethodSource("supportedValues")
  void everySupportedTypeRoundTripsWithItsJavaType(Object value) {
    Cursor decoded = codec.decode(codec.encode(Cursor.next(Map.of("c", value)))).orElseThrow();
    assertThat(decoded.value("c")).isEqualTo(value).isExactlyInstanceOf(value.getClass());
  }

  @Test
  void severalColumnsRoundTripInOrderWithTheirDirection() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("created_at", Instant.parse("2024-01-01T00:00:00Z"));
    values.put("name", "Ann");
    values.put("id", 7L);
    Cursor cursor = Cursor.previous(values);
    Cursor decoded = codec.decode(codec.encode(cursor)).orElseThrow();
    assertThat(decoded).isEqualTo(cursor);
    assertThat(decoded.columns()).containsExactly("created_at", "name", "id");
    assertThat(decoded.isNext()).isFalse();
  }

  @Test
  void tokenIsUrlSafe() {
    String token = codec.encode(Cursor.next(Map.of("name", "?&=/+ ü")));
    assertThat(token).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void sameCursorAndKeyGiveTheSameToken() {
    Cursor cursor = Cursor.next(Map.of("id", 1L));
    assertThat(codec.encode(cursor)).isEqualTo(new CursorCodec(KEY).encode(cursor));
  }

  @Test
  void nullOrBlankTokenMeansTheFirstPage() {
    assertThat(codec.decode(null)).isEmpty();
    assertThat(codec.decode("")).isEmpty();
    assertThat(codec.decode("  \t")).isEmpty();
  }

  @Test
  void theKeyIsCopied() {
    byte[] key = KEY.clone();
    CursorCodec own = new CursorCodec(key);
    String token = own.encode(Cursor.next(Map.of("id", 1L)));
    Arrays.fill(key, (byte) 0);
    assertThat(own.decode(token)).isPresent();
  }

  @Test
  void keyShorterThan32BytesIsRejected() {
    assertThatThrownBy(() -> new CursorCodec(new byte[31]))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Cursor key must be at least 32 bytes, got 31.");
  }

  @Test
  void cursorTooLargeForATokenIsRejectedWhenEncoding() {
    Cursor huge = Cursor.next(Map.of("name", "x".repeat(4000)));
    assertThatThrownBy(() -> codec.encode(huge))
        .isInstanceOf(InvalidPaginationException.class)
        .hasMessageStartingWith("Cursor token would be ")
        .hasMessageEndingWith(" characters, more than the 4096 allowed; order by shorter columns.");
  }

  @Test
  void scopedTokenDecodesForItsScope() {
    Cursor cursor = Cursor.next(Map.of("id", 1L));
    assertThat(codec.decode(codec.encode(cursor, "users:id asc"), "users:id asc")).contains(cursor);
  }

  @Test
  void scopedTokenIsRejectedForAnotherScope() {
    String token = codec.encode(Cursor.next(Map.of("id", 1L)), "users:id asc");
    assertThatThrownBy(() -> codec.decode(token, "users:id desc"))
        .isExactlyInstanceOf(InvalidCursorException.class)
        .hasMessage("Invalid pagination cursor.");
  }

  @Test
  void scopedTokenIsRejectedUnscopedAndTheReverse() {
    Cursor cursor = Cursor.next(Map.of("id", 1L));
    String scoped = codec.encode(cursor, "users:id asc");
    String unscoped = codec.encode(cursor);
    assertRejected(scoped);
    assertThatThrownBy(() -> codec.decode(unscoped, "users:id asc"))
        .isExactlyInstanceOf(InvalidCursorException.class);
  }

  @Test
  void blankTokenMeansTheFirstPageInAnyScope() {
    assertThat(codec.decode("  ", "users:id asc")).isEmpty();
  }

  @Test
  void tokenFromAnotherKeyIsRejected() {
    byte[] other = KEY.clone();
    other[0] ^= 1;
    String token = new CursorCodec(other).encode(Cursor.next(Map.of("id", 1L)));
    assertRejected(token);
  }

  @Test
  void tokenFromAnotherRandomCodecIsRejected() {
    String token = CursorCodec.random().encode(Cursor.next(Map.of("id", 1L)));
    assertRejected(token);
  }

  @Test
  void randomCodecDecodesItsOwnTokens() {
    CursorCodec random = CursorCodec.random();
    Cursor cursor = Cursor.next(Map.of("id", 1L));
    assertThat(random.decode(random.encode(cursor))).contains(cursor);
  }

  @Test
  void flippingAnyBitOfAnyByteIsRejected() {
    byte[] bytes = validBytes();
    for (int i = 0; i < bytes.length; i++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] tampered = bytes.clone();
        tampered[i] ^= (byte) (1 << bit);
        assertRejected(encode(tampered));
      }
    }
  }

  @Test
  void replacingAnyCharacterIsRejected() {
    String token = valid();
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (int i = 0; i < token.length(); i++) {
      for (char c : new char[] {'A', 'z', '_', '0'}) {
        if (token.charAt(i) != c && alphabet.indexOf(c) >= 0) {
          assertRejected(token.substring(0, i) + c + token.substring(i + 1));
        }
      }
    }
  }

  @Test
  void everyTruncationIsRejected() {
    String token = valid();
    for (int length = 1; length < token.length(); length++) {
      assertRejected(token.substring(0, length));
    }
    byte[] bytes = validBytes();
    for (int length = 1; length < bytes.length; length++) {
      assertRejected(encode(Arrays.copyOf(bytes, length)));
    }
  }

  @Test
  void appendedCharactersAreRejected() {
    assertRejected(valid() + "A");
    assertRejected(valid() + "=");
    assertRejected(valid() + " ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"!!!!", "abc$", "a+b/", "====", "A", "AA==", "%41%41", "null", "{}"})
  void badBase64IsRejected(String token) {
    assertRejected(token);
  }

  @Test
  void paddedFormOfAValidTokenIsRejected() {
    String padded = Base64.getUrlEncoder().encodeToString(validBytes());
    // Only one padded spelling exists per length; when none is needed, extra "=" is still wrong.
    assertRejected(padded.endsWith("=") ? padded : padded + "==");
  }

  @Test
  void standardBase64AlphabetIsRejected() {
    String token = codec.encode(Cursor.next(Map.of("n", "\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff")));
    String standard = token.replace('-', '+').replace('_', '/');
    if (!standard.equals(token)) {
      assertRejected(standard);
    }
  }

  @Test
  void anotherVersionIsRejectedEvenWhenSigned() {
    assertRejected(codec.seal((byte) 2, payload("{\"d\":\"next\",\"c\":[[\"id\",\"l\",\"1\"]]}")));
    assertRejected(codec.seal((byte) 0, payload("{\"d\":\"next\",\"c\":[[\"id\",\"l\",\"1\"]]}")));
  }

  @Test
  void theSealHelperMakesTokensDecodeLikeEncode() {
    String sealed =
        codec.seal(CursorCodec.VERSION, payload("{\"d\":\"next\",\"c\":[[\"id\",\"l\",\"1\"]]}"));
    assertThat(codec.decode(sealed)).contains(Cursor.next(Map.of("id", 1L)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json",
        "{\"d\":\"next\"",
        "[]",
        "null",
        "{\"d\":\"next\",\"c\":[[\"id\",\"l\",\"1\"]]} trailing",
        "{\"d\":\"next\",\"c\":[[\"id\",\"l\",\"1\"]],\"x\":1}",
        "{\"d\":\"next\",\"d\":\"next\",\"c\":[[\"id\",\"l\",\"1\"]]}",
        "{\"d\":\"next\"}",
        "{\"d\":\"next\",\"x\":[]}",
        "{\"d\":\"sideways\",\"c\":[[\"id\",\"l\",\"1\"]]}",
        "{\"d\":1,\"c\":[[\"id\",\"l\",\"1\"]]}",
        "{\"d\":\"next\",\"c\":[]}",
        "{\"d\":\"next\",\"c\":{}}",
        "{\"d\":\"next\",\"c\":[[\"id\",\"l\"]]}",
        "{\"d\":\"next\",\"c\":[[\"id\",\"l\",\"1\",\"x\"]]}",
        "{\"d\":\"next\",\"c\":[[\"id\",\"l\",1]]}",
        "{\"d\":\"next\",\"c\":[[\"id\",\"zz\",\"1\"]]}",
        "{\"d\":\"next\",\"c\":[[\"id\",\"l\",\"one\"]]}",
        "{\"d\":\"next\",\"c\":[[\"id\",\"i\",\"99999999999\"]]}",
        "{\"d\":\"next\",\"c\":[[\"id\",\"l\",\"+1\"]]}",
        "{\"d\":\"next\",\"c\":[[\"id\",\"u\",\"1-1-1-1-1\"]]}",
        "{\"d\":\"next\",\"c\":[[\"ok\",\"b\",\"yes\"]]}",
        "{\"d\":\"next\",\"c\":[[\"on\",\"d\",\"2024-02-30\"]]}",
        "{\"d\":\"next\",\"c\":[[\"at\",\"t\",\"yesterday\"]]}",
        "{\"d\":\"next\",\"c\":[[\"id\",\"l\",\"1\"],[\"id\",\"l\",\"2\"]]}",
        "{\"d\":\"next\",\"c\":[[\" \",\"l\",\"1\"]]}",
        "{\"d\":\"next\",\"c\":[[null,\"l\",\"1\"]]}"
      })
  void signedPayloadsThatAreNotValidCursorsAreRejected(String json) {
    assertRejected(codec.seal(CursorCodec.VERSION, payload(json)));
  }

  @Test
  void tooLongTokenIsRejected() {
    assertRejected("A".repeat(CursorCodec.MAX_TOKEN_LENGTH + 1));
  }

  @Test
  void randomGarbageIsAlwaysRejectedWithTheOneException() {
    Random random = new Random(20240601);
    String alphabets =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/= .%{}\"\\\u00e9\u0000";
    for (int n = 0; n < 500; n++) {
      StringBuilder garbage = new StringBuilder();
      int length = 1 + random.nextInt(200);
      for (int i = 0; i < length; i++) {
        garbage.append(alphabets.charAt(random.nextInt(n % 2 == 0 ? 64 : alphabets.length())));
      }
      String token = garbage.toString();
      if (!token.isBlank()) {
        assertRejected(token);
      }
    }
  }

  @Test
  void randomBytesBehindTheRightVersionAreRejected() {
    Random random = new Random(7);
    for (int n = 0; n < 300; n++) {
      byte[] bytes = new byte[1 + random.nextInt(120)];
      random.nextBytes(bytes);
      bytes[0] = CursorCodec.VERSION;
      assertRejected(encode(bytes));
    }
  }

  @Test
  void rejectionMessageIsTheSameForEveryReason() {
    Throwable tampered = catchThrowable(() -> codec.decode(valid().substring(1)));
    Throwable garbage = catchThrowable(() -> codec.decode("!!"));
    Throwable otherKey = catchThrowable(() -> CursorCodec.random().decode(valid()));
    assertThat(Stream.of(tampered, garbage, otherKey))
        .allSatisfy(
            t ->
                assertThat(t)
                    .isExactlyInstanceOf(InvalidCursorException.class)
                    .hasMessage("Invalid pagination cursor.")
                    .hasNoCause());
  }

  private String valid() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("created_at", LocalDateTime.of(2024, 1, 2, 3, 4, 5));
    values.put("id", 123L);
    return codec.encode(Cursor.next(values));
  }

  private byte[] validBytes() {
    return Base64.getUrlDecoder().decode(valid());
  }

  private static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static byte[] payload(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private void assertRejected(String token) {
    Throwable thrown = catchThrowable(() -> codec.decode(token));
    assertThat(thrown)
        .as("token %s", token)
        .isExactlyInstanceOf(InvalidCursorException.class)
        .hasMessage(InvalidCursorException.MESSAGE);
  }
}
