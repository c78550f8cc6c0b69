package io.ilana.examples;

import io.ilana.db.Database;
import io.ilana.db.QueryEvent;
import io.ilana.model.BelongsTo;
import io.ilana.model.BelongsToMany;
import io.ilana.model.HasMany;
import io.ilana.model.Model;
import io.ilana.model.ModelType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The README's relationships on embedded H2: users with posts and roles, eager loading (counting
 * the statements it runs), a pivot column, existence and counts, and a stream of users whose posts
 * load batch by batch.
 *
 * <p>Run it: {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dquickstart.main=io.ilana.examples.RelationsQuickStart}. It blocks once, at the end of {@code
 * main}; library code never blocks.
 */
public final class RelationsQuickStart {
  private RelationsQuickStart() {}

  /** A user has many posts and belongs to many roles. */
  public static final class User extends Model<User> {
    static final ModelType<User> TYPE =
        ModelType.of(User.class, User::new)
            .table("rel_users")
            .fillable("name")
            .relation("posts", User::posts)
            .relation("roles", User::roles);

    /** The user's posts. */
    public HasMany<Post> posts() {
      return hasMany(Post.class, "user_id");
    }

    /** The user's roles, with who granted each. */
    public BelongsToMany<Role> roles() {
      return belongsToMany(Role.class, "rel_role_user", "user_id", "role_id")
          .withPivot("granted_by");
    }
  }

  /** A post belongs to its author. */
  public static final class Post extends Model<Post> {
    static final ModelType<Post> TYPE =
        ModelType.of(Post.class, Post::new)
            .table("rel_posts")
            .fillable("title", "votes")
            .relation("author", Post::author);

    /** The post's author. */
    public BelongsTo<User> author() {
      return belongsTo(User.class, "user_id");
    }
  }

  /** A role. */
  public static final class Role extends Model<Role> {
    static final ModelType<Role> TYPE =
        ModelType.of(Role.class, Role::new).table("rel_roles").fillable("name");
  }

  /** Runs the example and prints what happened. */
  public static void main(String[] args) {
    AtomicInteger statements = new AtomicInteger();
    Database.manager().listen((QueryEvent event) -> statements.incrementAndGet());
    List<String> lines = new ArrayList<>();

    Mono<Void> story =
        schema()
            .then(seed())
            .then(
                Mono.defer(
                    () -> {
                      statements.set(0);
                      return User.TYPE
                          .query()
                          .with("posts", "roles")
                          .orderBy("id")
                          .get()
                          .doOnNext(user -> lines.add(describe(user)))
                          .then(
                              Mono.fromRunnable(() -> lines.add(statements.get() + " statements")));
                    }))
            .then(
                User.TYPE
                    .query()
                    .has("posts", ">=", 2)
                    .withCount("posts")
                    .withSum("posts", "votes")
                    .get()
                    .doOnNext(
                        user ->
                            lines.add(
                                user.getString("name")
                                    + " has "
                                    + user.get("posts_count")
                                    + " posts, "
                                    + user.get("posts_sum_votes")
                                    + " votes"))
                    .then())
            .then(
                User.TYPE
                    .query()
                    .with("posts")
                    .orderBy("id")
                    .cursor(2)
                    .count()
                    .doOnNext(count -> lines.add("streamed " + count + " users with their posts")))
            .then();

    story.doFinally(signal -> Database.close().subscribe()).block();
    System.out.println("IlanaORM relationships quick start on embedded H2 (./database/ilana)");
    lines.forEach(line -> System.out.println("  " + line));
  }

  private static String describe(User user) {
    List<String> titles =
        user.relationList("posts", Post.class).stream().map(p -> p.getString("title")).toList();
    List<String> roles =
        user.relationList("roles", Role.class).stream()
            .map(
                role ->
                    role.getString("name")
                        + " (granted by "
                        + user.roles().pivotOf(role).getString("granted_by")
                        + ")")
            .toList();
    return user.getString("name") + ": posts " + titles + ", roles " + roles;
  }

  private static Mono<Void> schema() {
    return Flux.just(
            "drop table if exists rel_role_user",
            "drop table if exists rel_roles",
            "drop table if exists rel_posts",
            "drop table if exists rel_users",
            "create table rel_users (id bigint auto_increment primary key, name varchar(50))",
            "create table rel_posts (id bigint auto_increment primary key, user_id bigint,"
                + " title varchar(100), votes int)",
            "create table rel_roles (id bigint auto_increment primary key, name varchar(50))",
            "create table rel_role_user (user_id bigint not null, role_id bigint not null,"
                + " granted_by varchar(50))")
        .concatMap(Database::statement)
        .then();
  }

  private static Mono<Void> seed() {
    Mono<List<User>> users =
        Flux.concat(
                User.TYPE.query().create(Map.of("name", "Ann")),
                User.TYPE.query().create(Map.of("name", "Bob")))
            .collectList();
    Mono<List<Role>> roles =
        Flux.concat(
                Role.TYPE.query().create(Map.of("name", "admin")),
                Role.TYPE.query().create(Map.of("name", "editor")))
            .collectList();
    return users
        .zipWith(roles)
        .flatMap(
            created -> {
              User ann = created.getT1().get(0);
              User bob = created.getT1().get(1);
              Object admin = created.getT2().get(0).getKey();
              Object editor = created.getT2().get(1).getKey();
              return ann.posts()
                  .createMany(
                      List.of(
                          Map.of("title", "Hello", "votes", 3),
                          Map.of("title", "Streams", "votes", 5)))
                  .then(bob.posts().create(Map.of("title", "Pivots", "votes", 1)))
                  .then(ann.roles().attach(List.of(admin, editor), Map.of("granted_by", "root")))
                  .then(bob.roles().attach(List.of(editor), Map.of("granted_by", "Ann")))
                  .then();
            });
  }
}
