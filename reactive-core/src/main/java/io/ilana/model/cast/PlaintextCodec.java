package io.ilana.model.cast;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * How {@link EncryptedCast} turns its attribute's value into the bytes it encrypts, and back.
 * Failures name only types: these values are secrets.
 */
interface PlaintextCodec<T> {
  byte[] encode(T value, CastContext context);

  T decode(byte[] plaintext, Object stored, CastContext context);

  T coerce(Object value, CastContext context);

  Class<?> type();

  /** Text as UTF-8. */
  static PlaintextCodec<String> utf8() {
    return new PlaintextCodec<>() {
      @Override
      public byte[] encode(String value, CastContext context) {
        return value.getBytes(StandardCharsets.UTF_8);
      }

      @Override
      public String decode(byte[] plaintext, Object stored, CastContext context) {
        return new String(plaintext, StandardCharsets.UTF_8);
      }

      @Override
      public String coerce(Object value, CastContext context) {
        if (value == null || value instanceof CharSequence) {
          return value == null ? null : value.toString();
        }
        throw CastErrors.cannotConvert(EncryptedCast.NAME, context, value);
      }

      @Override
      public Class<?> type() {
        return String.class;
      }
    };
  }

  /** A JSON document in UTF-8, read into the given type. */
  static <T> PlaintextCodec<T> json(ObjectMapper mapper, JavaType type) {
    return new PlaintextCodec<>() {
      @Override
      public byte[] encode(T value, CastContext context) {
        try {
          return mapper.writeValueAsBytes(value);
        } catch (IOException | IllegalArgumentException e) {
          throw CastErrors.cannotConvert(
              EncryptedCast.NAME, context, value, "it cannot be written as JSON");
        }
      }

      @Override
      public T decode(byte[] plaintext, Object stored, CastContext context) {
        try {
          return mapper.readValue(plaintext, type);
        } catch (IOException e) {
          // Authentic, but not this cast's format (it was written as text, or as another type).
          throw CastErrors.cannotConvert(
              EncryptedCast.NAME,
              context,
              stored,
              "the decrypted JSON does not match " + type.toCanonical());
        }
      }

      @Override
      public T coerce(Object value, CastContext context) {
        if (value == null) {
          return null;
        }
        try {
          return mapper.convertValue(value, type);
        } catch (IllegalArgumentException e) {
          throw CastErrors.cannotConvert(
              EncryptedCast.NAME, context, value, "it does not match " + type.toCanonical());
        }
      }

      @Override
      public Class<?> type() {
        return type.getRawClass();
      }
    };
  }
}
