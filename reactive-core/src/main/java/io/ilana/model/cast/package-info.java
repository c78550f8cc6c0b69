/**
 * Attribute casts: how a model's attribute is converted between what the driver returns and what
 * the model exposes.
 *
 * <p>A model declares casts with {@code .cast(column, cast)}: a constant or factory of {@link
 * io.ilana.model.cast.Casts}, a name through {@link io.ilana.model.cast.Casts#named(String)}, one
 * of the classes {@link io.ilana.model.cast.MoneyCast}, {@link io.ilana.model.cast.JsonCast},
 * {@link io.ilana.model.cast.ArrayCast}, {@link io.ilana.model.cast.DateCast}, {@link
 * io.ilana.model.cast.EncryptedCast}, or the application's own {@link io.ilana.model.cast.Cast}.
 *
 * <p>The three directions a model uses, with the attribute's {@link
 * io.ilana.model.cast.CastContext}:
 *
 * <ul>
 *   <li>hydrating a row: {@code cast.get(driverValue, context)};
 *   <li>assigning in code or from a map: {@code cast.coerce(value, context)}, kept as the
 *       attribute's value;
 *   <li>writing: {@code cast.set(value, context)}, bound as the statement's parameter.
 * </ul>
 *
 * For an {@link io.ilana.model.cast.EncryptedCast}, a model calls the forms with a row key instead
 * of {@code get} and {@code set}, passing its primary key or {@code null}.
 */
package io.ilana.model.cast;
