package io.ilana.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.dialect.Dialect;
import io.ilana.dialect.h2.H2Dialect;
import io.ilana.dialect.mysql.MariaDbDialect;
import io.ilana.dialect.mysql.MySqlDialect;
import io.ilana.dialect.postgres.PostgresDialect;
import io.ilana.sql.Sql;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Renders one query on each dialect and compares SQL text and bindings with expectations. */
final class Snapshot {
  static final Dialect POSTGRES = new PostgresDialect();
  static final Dialect MYSQL = new MySqlDialect();
  static final Dialect MARIADB = new MariaDbDialect();
  static final Dialect H2 = new H2Dialect();
  static final List<Dialect> ALL = List.of(POSTGRES, MYSQL, MARIADB, H2);

  private final Function<Dialect, Sql> render;

  private Snapshot(Function<Dialect, Sql> render) {
    this.render = render;
  }

  /** A query on {@code users}, rendered as a select. */
  static Snapshot select(Function<QueryBuilder, QueryBuilder> query) {
    return new Snapshot(d -> query.apply(QueryBuilder.forDialect(d).from("users")).compile());
  }

  /** Any statement rendered per dialect. */
  static Snapshot of(Function<Dialect, Sql> render) {
    return new Snapshot(render);
  }

  Snapshot postgres(String sql, Object... bindings) {
    return check(POSTGRES, sql, bindings);
  }

  Snapshot mysql(String sql, Object... bindings) {
    return check(MYSQL, sql, bindings);
  }

  Snapshot mariadb(String sql, Object... bindings) {
    return check(MARIADB, sql, bindings);
  }

  Snapshot h2(String sql, Object... bindings) {
    return check(H2, sql, bindings);
  }

  /** Arrays (PostgreSQL IN lists) as lists, so that bindings compare by content. */
  private static List<Object> comparable(List<Object> bindings) {
    return bindings.stream()
        .map(value -> value instanceof Object[] array ? (Object) Arrays.asList(array) : value)
        .toList();
  }

  private Snapshot check(Dialect dialect, String sql, Object[] bindings) {
    Sql rendered = render.apply(dialect);
    assertThat(rendered.text()).as(dialect.name()).isEqualTo(sql);
    assertThat(comparable(rendered.bindings()))
        .as(dialect.name() + " bindings")
        .isEqualTo(comparable(Arrays.asList(bindings)));
    return this;
  }
}
