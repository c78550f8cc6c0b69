package io.ilana.json;

import io.ilana.model.Model;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 module ({@code tools.jackson}, Spring Boot 4's): writes every model as {@link
 * Model#toJsonMap()} (hidden attributes left out, points in time as UTC instants) even on a mapper
 * that ignores annotations, where the model's own {@code @JsonValue} is not seen. Jackson 3 is an
 * optional dependency: add {@code tools.jackson.core:jackson-databind} to use this class.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new IlanaJackson3Module()).build();
 * }</pre>
 */
public final class IlanaJackson3Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module, named {@code ilana}. */
  public IlanaJackson3Module() {
    super("ilana");
    addSerializer(new ModelSerializer());
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static final class ModelSerializer extends StdSerializer<Model> {
    ModelSerializer() {
      super(Model.class);
    }

    @Override
    public void serialize(Model model, JsonGenerator json, SerializationContext context) {
      context.writeValue(json, model.toJsonMap());
    }
  }
}
