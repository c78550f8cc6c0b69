package io.ilana.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.temporal.TemporalAccessor;
import java.util.Map;

/**
 * Writes a model as its {@link Model#toMap()}, so hidden attributes never reach JSON. Date and time
 * values are written as ISO-8601 text, so a plain {@code ObjectMapper} (without the Java time
 * module) can serialise models too.
 */
final class ModelJsonSerializer extends StdSerializer<Model<?>> {
  private static final long serialVersionUID = 1L;

  ModelJsonSerializer() {
    super(Model.class, false);
  }

  @Override
  public void serialize(Model<?> model, JsonGenerator json, SerializerProvider provider)
      throws IOException {
    json.writeStartObject();
    for (Map.Entry<String, Object> entry : model.toMap().entrySet()) {
      Object value = entry.getValue();
      if (value instanceof TemporalAccessor) {
        json.writeStringField(entry.getKey(), value.toString());
      } else {
        provider.defaultSerializeField(entry.getKey(), value, json);
      }
    }
    json.writeEndObject();
  }
}
