package io.ilana.factory;

import io.ilana.config.ConnectionConfig;
import io.ilana.config.IlanaConfig;
import io.ilana.config.PoolConfig;
import io.ilana.db.DatabaseConnection;
import io.ilana.db.DatabaseManager;
import io.ilana.model.Model;
import io.ilana.model.ModelType;
import io.ilana.testkit.TestDatabase;
import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * Run in a child JVM with a 128 MB heap by {@link BulkFactoryIntegrationTest}: creates its own
 * table, writes 50,000 users with the bulk factory in batches of 1,000 and prints one line per
 * batch ({@code progress batch=3 written=3000/50000}), then {@code done written=50000
 * peakHeapMb=..}. Arguments: dialect host port user password database ({@code -} for null).
 */
public final class BulkFactoryMain {
  static final String TABLE = "bk_bulk_users";
  static final int ROWS = 50_000;
  static final int BATCH = 1_000;

  /** The model the bulk factory writes: a user with timestamps on its own table. */
  public static final class BulkUser extends Model<BulkUser> {
    static final ModelType<BulkUser> TYPE =
        ModelType.of(BulkUser.class, BulkUser::new).table(TABLE).timestamps();
  }

  private BulkFactoryMain() {}

  public static void main(String[] args) {
    DatabaseManager manager = manager(database(args));
    try {
      createTable(manager.connection());
      long[] peak = {0};
      long written =
          bulk()
              .on(manager)
              .onProgress(
                  progress -> {
                    peak[0] = Math.max(peak[0], usedHeap());
                    System.out.println(
                        "progress batch="
                            + progress.batch()
                            + " written="
                            + progress.written()
                            + "/"
                            + progress.total());
                  })
              .create(ROWS)
              .block();
      System.out.println("done written=" + written + " peakHeapMb=" + peak[0] / (1024 * 1024));
    } finally {
      manager.close().block();
    }
  }

  /** The bulk factory of the test: Datafaker names, unique emails, batches of 1,000. */
  static BulkFactory<BulkUser> bulk() {
    return Factory.bulk(
            BulkUser.class,
            faker ->
                Map.of(
                    "name",
                    faker.name().fullName(),
                    "email",
                    faker.internet().uuid() + "@example.com",
                    "score",
                    faker.number().numberBetween(0, 1_000)))
        .batchSize(BATCH);
  }

  /** A manager on {@code database} with a pool of up to two connections. */
  static DatabaseManager manager(TestDatabase database) {
    ConnectionConfig.Builder builder =
        ConnectionConfig.builder(database.dialect(), database.dialect())
            .user(database.user())
            .password(database.password())
            .database(database.database())
            .pool(PoolConfig.defaults().withSize(0, 2));
    if (!database.isEmbedded()) {
      builder.host(database.host()).port(database.port());
    }
    return DatabaseManager.create(IlanaConfig.builder().connection(builder.build()).build());
  }

  /** Drops and creates {@link #TABLE}, empty. */
  static void createTable(DatabaseConnection connection) {
    String id =
        "postgres".equals(connection.dialect().name())
            ? "id bigserial primary key"
            : "id bigint auto_increment primary key";
    connection.statement("drop table if exists " + TABLE).block();
    connection
        .statement(
            "create table "
                + TABLE
                + " ("
                + id
                + ", name varchar(100) not null, email varchar(150) not null unique,"
                + " score int not null, created_at timestamp null, updated_at timestamp null)")
        .block();
  }

  /** The child's database, from its arguments. */
  static TestDatabase database(String[] args) {
    return new TestDatabase(
        args[0],
        arg(args[1]),
        Integer.parseInt(args[2]),
        arg(args[3]),
        arg(args[4]),
        args[5],
        "child");
  }

  /** The arguments that start a child on {@code database}, named {@code name} there. */
  static String[] arguments(TestDatabase database, String name) {
    return new String[] {
      database.dialect(),
      orDash(database.host()),
      String.valueOf(database.port()),
      orDash(database.user()),
      orDash(database.password()),
      name
    };
  }

  private static String orDash(String value) {
    return value == null ? "-" : value;
  }

  private static String arg(String value) {
    return "-".equals(value) ? null : value;
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
