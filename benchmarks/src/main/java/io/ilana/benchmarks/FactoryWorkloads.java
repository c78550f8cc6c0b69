package io.ilana.benchmarks;

import io.ilana.db.DatabaseConnection;
import io.ilana.db.DatabaseManager;
import io.ilana.dialect.Dialect;
import io.ilana.factory.Factory;
import io.ilana.model.Model;
import io.ilana.model.ModelType;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import net.datafaker.Faker;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A model factory creating 10,000 users ({@code times(10_000).create()}: multi-row inserts of 1,000
 * rows, keys read back, timestamps set, in one transaction) against the same rows written by hand
 * on raw R2DBC: the same 1,000-row insert statements with their generated keys, in one transaction.
 * Twice: with the attributes from Datafaker (a seeded faker on both sides, so both write the same
 * rows and both pay for the fake data), and with plain computed attributes, which leaves the
 * factory's own cost.
 */
final class FactoryWorkloads {
  private static final String ILANA_TABLE = "bk_bench_factory_users";
  private static final String RAW_TABLE = "bk_bench_raw_users";
  private static final int MODELS = 10_000;
  private static final int ROWS_PER_STATEMENT = 1_000;
  private static final long SEED = 42;
  private static final List<String> COLUMNS =
      List.of("name", "email", "score", "created_at", "updated_at");

  /** The user the factory creates. */
  static final class FactoryUser extends Model<FactoryUser> {
    static final ModelType<FactoryUser> TYPE =
        ModelType.of(FactoryUser.class, FactoryUser::new).table(ILANA_TABLE).timestamps();
  }

  private FactoryWorkloads() {}

  /** Both tables, created empty. */
  static Mono<Void> prepare(DatabaseConnection connection) {
    String id =
        "postgres".equals(connection.dialect().name())
            ? "id bigserial primary key"
            : "id bigint auto_increment primary key";
    String columns =
        " ("
            + id
            + ", name varchar(100) not null, email varchar(150) not null, score int not null,"
            + " created_at timestamp null, updated_at timestamp null)";
    return Flux.just(
            "drop table if exists " + ILANA_TABLE,
            "drop table if exists " + RAW_TABLE,
            "create table " + ILANA_TABLE + columns,
            "create table " + RAW_TABLE + columns)
        .concatMap(connection::statement)
        .then();
  }

  static List<Workload> workloads(DatabaseManager manager, RawR2dbc raw) {
    Dialect dialect = manager.connection().dialect();
    Factory<FactoryUser> faked = Factory.define(FactoryUser.class, FactoryWorkloads::faked);
    Factory<FactoryUser> computed =
        Factory.define(FactoryUser.class, faker -> Map.of())
            .sequence("user", FactoryWorkloads::computed);
    // Both tables emptied before every timed run: tables that grow by 10,000 rows a round make
    // later rounds slower (on H2 they fill the heap the collector scans), whichever side runs.
    Mono<Void> empty =
        Flux.just("delete from " + ILANA_TABLE, "delete from " + RAW_TABLE)
            .concatMap(sql -> manager.connection().statement(sql))
            .then();
    return List.of(
        new Workload(
            "factory 10000 users (datafaker)",
            Mono.defer(() -> faked.withFaker(seeded()).on(manager).times(MODELS).create().count()),
            Mono.defer(
                () -> {
                  Faker faker = seeded();
                  return insert(raw, dialect, index -> faked(faker));
                }),
            empty),
        new Workload(
            "factory 10000 users (computed)",
            Mono.defer(() -> computed.on(manager).times(MODELS).create().count()),
            Mono.defer(() -> insert(raw, dialect, FactoryWorkloads::computed)),
            empty));
  }

  private static Faker seeded() {
    return new Faker(new Random(SEED));
  }

  private static Map<String, ?> faked(Faker faker) {
    return Map.of(
        "name",
        faker.name().fullName(),
        "email",
        faker.internet().emailAddress(),
        "score",
        faker.number().numberBetween(0, 1_000));
  }

  private static Map<String, ?> computed(long index) {
    return Map.of(
        "name",
        "user " + index,
        "email",
        "user" + index + "@example.com",
        "score",
        (int) (index % 1_000));
  }

  /**
   * What the factory does, by hand: the rows made from {@code attributes} with their timestamps,
   * written {@value #ROWS_PER_STATEMENT} to a statement in one transaction, every generated key
   * read back; emits the number of keys.
   */
  private static Mono<Long> insert(
      RawR2dbc raw, Dialect dialect, Function<Long, Map<String, ?>> attributes) {
    List<String> statements = new ArrayList<>();
    List<Object[]> bindings = new ArrayList<>();
    for (int start = 0; start < MODELS; start += ROWS_PER_STATEMENT) {
      int rows = Math.min(ROWS_PER_STATEMENT, MODELS - start);
      Object[] values = new Object[rows * COLUMNS.size()];
      StringBuilder sql =
          new StringBuilder("insert into ")
              .append(RAW_TABLE)
              .append(" (")
              .append(String.join(", ", COLUMNS))
              .append(") values ");
      int marker = 0;
      for (int row = 0; row < rows; row++) {
        Map<String, ?> user = attributes.apply((long) start + row);
        LocalDateTime now = LocalDateTime.now();
        sql.append(row == 0 ? "(" : ", (");
        for (int column = 0; column < COLUMNS.size(); column++) {
          String name = COLUMNS.get(column);
          values[marker] = name.endsWith("_at") ? now : user.get(name);
          sql.append(column == 0 ? "" : ", ").append(dialect.bindMarker(++marker));
        }
        sql.append(')');
      }
      statements.add(sql.toString());
      bindings.add(values);
    }
    return raw.insertGetIds(statements, bindings, "id");
  }
}
