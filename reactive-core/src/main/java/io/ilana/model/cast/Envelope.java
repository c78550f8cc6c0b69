package io.ilana.model.cast;

import io.ilana.error.DecryptionException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * The stored form of an encrypted value; see {@link EncryptedCast} for the layout. Parsing is
 * strict and canonical (one string for one envelope), and any defect is the one {@link
 * DecryptionException}.
 */
record Envelope(String keyId, byte[] nonce, byte[] ciphertext) {
  static final String PREFIX = "v1:";
  static final int NONCE_BYTES = 12;
  static final int TAG_BYTES = 16;

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  static String encode(byte[] keyId, byte[] nonce, byte[] ciphertext) {
    byte[] body = new byte[1 + keyId.length + nonce.length + ciphertext.length];
    body[0] = (byte) keyId.length;
    System.arraycopy(keyId, 0, body, 1, keyId.length);
    System.arraycopy(nonce, 0, body, 1 + keyId.length, nonce.length);
    System.arraycopy(ciphertext, 0, body, 1 + keyId.length + nonce.length, ciphertext.length);
    return PREFIX + ENCODER.encodeToString(body);
  }

  static Envelope decode(String stored) {
    if (!stored.startsWith(PREFIX)) {
      throw new DecryptionException();
    }
    String text = stored.substring(PREFIX.length());
    byte[] body;
    try {
      body = DECODER.decode(text);
    } catch (IllegalArgumentException e) {
      throw new DecryptionException();
    }
    // The decoder ignores unused trailing bits and accepts padding; re-encoding rejects both, so
    // a changed character can never decode to the same bytes.
    if (!ENCODER.encodeToString(body).equals(text)) {
      throw new DecryptionException();
    }
    int idLength = body.length == 0 ? 0 : body[0] & 0xff;
    if (idLength == 0 || body.length < 1 + idLength + NONCE_BYTES + TAG_BYTES) {
      throw new DecryptionException();
    }
    String keyId = new String(body, 1, idLength, StandardCharsets.UTF_8);
    int nonceStart = 1 + idLength;
    byte[] nonce = Arrays.copyOfRange(body, nonceStart, nonceStart + NONCE_BYTES);
    byte[] ciphertext = Arrays.copyOfRange(body, nonceStart + NONCE_BYTES, body.length);
    return new Envelope(keyId, nonce, ciphertext);
  }
}
