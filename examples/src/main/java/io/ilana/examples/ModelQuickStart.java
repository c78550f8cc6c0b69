package io.ilana.examples;

import io.ilana.db.Database;
import io.ilana.model.Model;
import io.ilana.model.ModelQuery;
import io.ilana.model.ModelType;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * The README's "Start Using the Model" on embedded H2: create a user, query active users newest
 * first, update the user, delete it. The table is made with raw DDL here; migrations do it in an
 * application.
 *
 * <p>It blocks once, at the end of {@code main}; library code never blocks.
 */
public final class ModelQuickStart {
  private ModelQuickStart() {}

  /** The README's User model. */
  public static final class User extends Model<User> {
    static final ModelType<User> TYPE =
        ModelType.of(User.class, User::new)
            .table("quickstart_model_users")
            .fillable("name", "email", "password")
            .hidden("password")
            .defaults(Map.of("is_active", true))
            .mutator("email", v -> v.toString().toLowerCase().trim())
            .timestamps();

    /** The one static a model needs. */
    public static ModelQuery<User> query() {
      return TYPE.query();
    }
  }

  /** Runs the README's model example and prints what happened. */
  public static void main(String[] args) {
    Mono<Void> createTable =
        Database.statement("drop table if exists quickstart_model_users")
            .then(
                Database.statement(
                    "create table quickstart_model_users ("
                        + "id bigint auto_increment primary key, "
                        + "name varchar(100) not null, "
                        + "email varchar(255) not null unique, "
                        + "password varchar(255), "
                        + "is_active boolean not null default true, "
                        + "created_at timestamp null, updated_at timestamp null)"));

    Mono<List<String>> story =
        createTable
            .then(
                User.query()
                    .create(
                        Map.of(
                            "name", "John Doe", "email", "John@Example.com", "password", "secret")))
            .flatMap(
                user ->
                    User.query()
                        .where("is_active", true)
                        .orderBy("created_at", "desc")
                        .get()
                        .map(found -> "found " + found.toMap())
                        .collectList()
                        .flatMap(
                            found ->
                                user.update(Map.of("name", "John Smith"))
                                    .map(updated -> append(found, "updated " + updated.toMap())))
                        .flatMap(
                            lines ->
                                user.delete()
                                    .then(User.query().count())
                                    .map(left -> append(lines, "deleted; users left: " + left))));

    List<String> lines = story.doFinally(signal -> Database.close().subscribe()).block();
    System.out.println("IlanaORM model quick start on embedded H2 (./database/ilana)");
    lines.forEach(line -> System.out.println("  " + line));
  }

  private static List<String> append(List<String> lines, String line) {
    List<String> out = new java.util.ArrayList<>(lines);
    out.add(line);
    return out;
  }
}
