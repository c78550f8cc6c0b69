package io.ilana.examples;

import io.ilana.db.Database;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The README's quick start on embedded H2: nothing to configure, no server to run. With no {@code
 * ilana.yml} the default connection is an H2 file database under {@code ./database/}.
 *
 * <p>It blocks once, at the very end, because a {@code main} method has nothing else to do while
 * the work runs; library code never blocks.
 */
public final class QuickStart {
  private QuickStart() {}

  /** Creates a table, writes two users in one transaction, reads them back. */
  public static void main(String[] args) {
    Mono<Void> createTable =
        Database.statement(
            "create table if not exists quickstart_users ("
                + "id bigint auto_increment primary key, "
                + "name varchar(100) not null, "
                + "email varchar(255) not null unique, "
                + "is_active boolean not null default true)");

    Mono<Long> writeUsers =
        Database.transaction(
            trx ->
                Database.delete("delete from quickstart_users")
                    .then(insertUser("John Doe", "john@example.com"))
                    .then(insertUser("Jane Roe", "jane@example.com")));

    Flux<Map<String, Object>> activeUsers =
        Database.select(
            "select id, name, email from quickstart_users where is_active = $1 order by name",
            true);

    List<Map<String, Object>> users =
        createTable
            .then(writeUsers)
            .thenMany(activeUsers)
            .collectList()
            .doFinally(signal -> Database.close().subscribe())
            .block();

    System.out.println("IlanaORM quick start on embedded H2 (./database/ilana)");
    users.forEach(user -> System.out.println("  " + user));
  }

  private static Mono<Long> insertUser(String name, String email) {
    return Database.insert(
        "insert into quickstart_users (name, email) values ($1, $2)", name, email);
  }
}
