package io.ilana.migration;

import io.ilana.schema.Schema;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * One step in the evolution of a database schema. Its name orders it: a timestamp prefix followed
 * by a description, such as {@code 20240101000000_create_users_table}. By default the name comes
 * from the class name, so {@code M20240101000000_CreateUsersTable} is {@code
 * 20240101000000_create_users_table}; override {@link #name()} to choose another.
 *
 * <pre>{@code
 * public final class M20240101000000_CreateUsersTable implements Migration {
 *   public Mono<Void> up(Schema schema) {
 *     return schema.createTable("users", t -> { t.increments("id"); t.string("email").unique(); });
 *   }
 *   public Mono<Void> down(Schema schema) {
 *     return schema.dropTable("users");
 *   }
 * }
 * }</pre>
 */
public interface Migration {

  /** Applies the change. */
  Mono<Void> up(Schema schema);

  /** Reverts what {@link #up} did. */
  Mono<Void> down(Schema schema);

  /** The migration's name, unique and ordered by its timestamp prefix. */
  default String name() {
    return MigrationNames.fromClass(getClass());
  }

  /** The configured connection this migration runs on, or empty for the migrator's own. */
  default Optional<String> connection() {
    return Optional.empty();
  }

  /**
   * Whether to run inside a transaction where the database has transactional DDL. Turn it off for
   * statements that refuse transactions, such as PostgreSQL's {@code CREATE INDEX CONCURRENTLY}.
   */
  default boolean withinTransaction() {
    return true;
  }
}
