package io.ilana.benchmarks;

import io.ilana.db.DatabaseConnection;
import io.ilana.db.DatabaseManager;
import io.ilana.model.HasMany;
import io.ilana.model.Model;
import io.ilana.model.ModelType;
import io.ilana.query.QueryBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Workloads through models and relations: reading rows as models, and users with their posts
 * eager-loaded, against the same reads by hand on raw R2DBC (two statements, matched in a map).
 */
final class RelationWorkloads {
  private static final String USERS = "bench_users";
  private static final String POSTS = "bench_posts";
  private static final int USER_COUNT = 200;
  private static final int POSTS_PER_USER = 5;

  /** A benchmark user with posts. */
  static final class BenchUser extends Model<BenchUser> {
    static final ModelType<BenchUser> TYPE =
        ModelType.of(BenchUser.class, BenchUser::new)
            .table(USERS)
            .relation("posts", BenchUser::posts);

    HasMany<BenchPost> posts() {
      return hasMany(BenchPost.class, "user_id");
    }
  }

  /** A benchmark post. */
  static final class BenchPost extends Model<BenchPost> {
    static final ModelType<BenchPost> TYPE =
        ModelType.of(BenchPost.class, BenchPost::new).table(POSTS);
  }

  private RelationWorkloads() {}

  static Mono<Void> prepare(DatabaseConnection connection) {
    String id =
        "postgres".equals(connection.dialect().name())
            ? "id bigserial primary key"
            : "id bigint auto_increment primary key";
    List<Map<String, Object>> users = new ArrayList<>();
    List<Map<String, Object>> posts = new ArrayList<>();
    for (int user = 1; user <= USER_COUNT; user++) {
      users.add(Map.of("name", "user-" + user));
      for (int post = 0; post < POSTS_PER_USER; post++) {
        posts.add(Map.of("user_id", (long) user, "title", "post-" + user + "-" + post));
      }
    }
    return Flux.just(
            "drop table if exists " + POSTS,
            "drop table if exists " + USERS,
            "create table " + USERS + " (" + id + ", name varchar(64))",
            "create table " + POSTS + " (" + id + ", user_id bigint, title varchar(64))",
            "create index bench_posts_user on " + POSTS + " (user_id)")
        .concatMap(connection::statement)
        .then(QueryBuilder.on(connection).from(USERS).insert(users))
        .then(QueryBuilder.on(connection).from(POSTS).insert(posts))
        .then();
  }

  static List<Workload> workloads(DatabaseManager manager, RawR2dbc raw) {
    String allPosts = "select * from " + POSTS;
    return List.of(
        new Workload(
            "1000 rows as models x 20",
            Flux.range(0, 20).concatMap(i -> BenchPost.TYPE.query(manager).get()).count(),
            Flux.range(0, 20).concatMap(i -> raw.select(allPosts)).count()),
        new Workload(
            "200 users with(posts) x 20",
            Flux.range(0, 20)
                .concatMap(i -> BenchUser.TYPE.query(manager).with("posts").get())
                .count(),
            Flux.range(0, 20).concatMap(i -> usersWithPosts(raw, manager)).count()));
  }

  /** What {@code with("posts")} does, by hand: users, then their posts in one IN query, matched. */
  private static Flux<Map<String, Object>> usersWithPosts(RawR2dbc raw, DatabaseManager manager) {
    DatabaseConnection connection = manager.connection();
    return raw.select("select * from " + USERS)
        .collectList()
        .flatMapMany(
            users -> {
              List<Object> ids = users.stream().map(user -> user.get("id")).toList();
              String markers =
                  IntStream.rangeClosed(1, ids.size())
                      .mapToObj(connection.dialect()::bindMarker)
                      .collect(Collectors.joining(", "));
              return raw.select(
                      "select * from " + POSTS + " where user_id in (" + markers + ")",
                      ids.toArray())
                  .collectList()
                  .flatMapMany(
                      posts -> {
                        Map<Object, List<Map<String, Object>>> byUser = new HashMap<>();
                        for (Map<String, Object> post : posts) {
                          byUser
                              .computeIfAbsent(
                                  ((Number) post.get("user_id")).longValue(),
                                  key -> new ArrayList<>())
                              .add(post);
                        }
                        for (Map<String, Object> user : users) {
                          Object id = ((Number) user.get("id")).longValue();
                          user.put("posts", byUser.getOrDefault(id, List.of()));
                        }
                        return Flux.fromIterable(users);
                      });
            });
  }
}
