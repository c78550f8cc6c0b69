package io.ilana.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.ilana.model.Model;
import java.io.IOException;

/**
 * The Jackson 2 module: writes every model as {@link Model#toJsonMap()} (hidden attributes left
 * out, points in time as UTC instants) even on a mapper that ignores annotations ({@code
 * MapperFeature.USE_ANNOTATIONS} off), where the model's own {@code @JsonValue} is not seen.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new IlanaJackson2Module());
 * }</pre>
 */
public final class IlanaJackson2Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module, named {@code ilana}. */
  public IlanaJackson2Module() {
    super("ilana");
    addSerializer(new ModelSerializer());
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static final class ModelSerializer extends StdSerializer<Model> {
    private static final long serialVersionUID = 1L;

    ModelSerializer() {
      super(Model.class);
    }

    @Override
    public void serialize(Model model, JsonGenerator json, SerializerProvider provider)
        throws IOException {
      provider.defaultSerializeValue(model.toJsonMap(), json);
    }
  }
}
