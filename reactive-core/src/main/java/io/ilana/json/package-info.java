/**
 * Jackson modules that write models as {@link io.ilana.model.Model#toJsonMap()}: one for Jackson 2,
 * one for Jackson 3. Models serialise safely without them (through {@code @JsonValue}); the modules
 * keep that true on mappers configured to ignore annotations, and are what a framework integration
 * registers.
 */
package io.ilana.json;
