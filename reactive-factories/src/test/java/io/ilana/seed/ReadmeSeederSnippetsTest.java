package io.ilana.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.config.ConnectionConfig;
import io.ilana.config.IlanaConfig;
import io.ilana.db.DatabaseManager;
import io.ilana.model.Model;
import io.ilana.model.ModelType;
import io.ilana.schema.Schema;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The README's "Seeders" snippets, compiled and run on embedded H2. */
class ReadmeSeederSnippetsTest {
  /** The README's user model. */
  public static class User extends Model<User> {
    static final ModelType<User> TYPE =
        ModelType.of(User.class, User::new).table("users").fillable("name", "email", "role");
  }

  /** Roles. */
  public static class RoleSeeder extends Seeder {
    @Override
    public Mono<Void> run() {
      return db().statement("insert into roles (name) values ('admin')");
    }
  }

  /** The admin, once. */
  public static class AdminSeeder extends Seeder {
    @Override
    public Mono<Void> run() {
      return User.TYPE
          .query(db())
          .create(Map.of("name", "Root", "email", "root@example.com"))
          .then();
    }
  }

  /** README snippet: DatabaseSeeder. */
  public static class DatabaseSeeder extends Seeder {
    @Override
    public Mono<Void> run() {
      return disableForeignKeyChecks()
          .then(truncateInOrder("user_roles", "posts", "users", "roles"))
          .then(call(RoleSeeder.class, UserSeeder.class)) // prints "Seeded: RoleSeeder", ...
          .then(callOnce(AdminSeeder.class, "admin_user_setup"))
          .then(enableForeignKeyChecks());
    }
  }

  /** README snippet: UserSeeder. */
  public static class UserSeeder extends Seeder {
    @Override
    public Mono<Void> run() {
      Mono<Void> admin =
          User.TYPE
              .query(db())
              .create(Map.of("name", "Admin User", "email", "admin@example.com", "role", "admin"))
              .then();
      return environmentIs("production") ? admin : admin.then(testUsers());
    }

    private Mono<Void> testUsers() {
      return User.TYPE
          .query(db())
          .create(Map.of("name", "Test", "email", "test@example.com"))
          .then();
    }
  }

  @Test
  void theReadmeSeedersRun() {
    DatabaseManager manager =
        DatabaseManager.create(
            IlanaConfig.builder()
                .connection(
                    ConnectionConfig.builder("main", "h2").database("mem:sd_readme").build())
                .connection(
                    ConnectionConfig.builder("analytics_db", "h2")
                        .database("mem:sd_readme_analytics")
                        .build())
                .build());
    try {
      Schema schema = Schema.on(manager.connection());
      for (String table : new String[] {"user_roles", "posts", "users", "roles", "ilana_seeders"}) {
        schema.dropTableIfExists(table).block();
      }
      schema
          .createTable(
              "roles",
              t -> {
                t.increments("id");
                t.string("name");
              })
          .block();
      schema
          .createTable(
              "users",
              t -> {
                t.increments("id");
                t.string("name");
                t.string("email");
                t.string("role").nullable();
              })
          .block();
      schema.createTable("posts", t -> t.increments("id")).block();
      schema.createTable("user_roles", t -> t.integer("user_id")).block();
      Schema.on(manager.connection("analytics_db")).dropTableIfExists("users").block();
      Schema.on(manager.connection("analytics_db"))
          .createTable(
              "users",
              t -> {
                t.increments("id");
                t.string("name");
                t.string("email");
                t.string("role").nullable();
              })
          .block();
      StringWriter out = new StringWriter();

      // README snippet: from code
      Seeding.on(manager).output(new PrintWriter(out, true)).run(DatabaseSeeder.class).block();
      Seeding.on(manager)
          .connection("analytics_db")
          .environment("testing")
          .run(UserSeeder.class)
          .block();

      String nl = System.lineSeparator();
      assertThat(out.toString())
          .isEqualTo(
              "Seeded: RoleSeeder" + nl + "Seeded: UserSeeder" + nl + "Seeded: AdminSeeder" + nl);
      assertThat(User.TYPE.query(manager).count().block()).isEqualTo(3);
      assertThat(User.TYPE.query(manager.connection("analytics_db")).count().block()).isEqualTo(2);
    } finally {
      manager.close().block();
    }
  }
}
