package io.ilana.relation;

import io.ilana.db.ChildJvm;
import io.ilana.db.DatabaseManager;
import io.ilana.model.HasMany;
import io.ilana.model.Model;
import io.ilana.model.ModelType;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Objects;

/**
 * Run in a child JVM with a small heap by {@link EagerStreamMemoryTest}: writes 200,000 users with
 * one post each, streams the users back with {@code cursor(500)} and {@code with("posts")}, checks
 * that every user arrives with exactly its own post, and prints the users seen, the posts matched
 * and the most heap in use (in MB) seen while streaming. Arguments: dialect host port user password
 * database (use {@code -} for null).
 */
public final class EagerStreamMemoryMain {
  static final String USERS = "e_mem_users";
  static final String POSTS = "e_mem_posts";
  static final int PARENTS = 200_000;

  static final class Author extends Model<Author> {
    static final ModelType<Author> TYPE =
        ModelType.of(Author.class, Author::new).table(USERS).relation("posts", Author::posts);

    HasMany<Article> posts() {
      return hasMany(Article.class, "user_id");
    }
  }

  static final class Article extends Model<Article> {
    static final ModelType<Article> TYPE = ModelType.of(Article.class, Article::new).table(POSTS);
  }

  private EagerStreamMemoryMain() {}

  public static void main(String[] args) {
    DatabaseManager manager = ChildJvm.manager(args);
    try {
      recreate(manager, USERS, "id bigint primary key, name varchar(40)");
      recreate(manager, POSTS, "id bigint primary key, user_id bigint, title varchar(60)");
      fill(manager, args[0], USERS, "id, name", "n, concat('user ', n)");
      fill(manager, args[0], POSTS, "id, user_id, title", "n, n, concat('post of user ', n)");
      // As a foreign key would be: without it each batch's query scans every post.
      manager
          .connection()
          .statement("create index e_mem_posts_user on " + POSTS + " (user_id)")
          .block();
      System.gc();
      long[] peak = {0};
      long[] posts = {0};
      long users =
          Author.TYPE
              .query(manager)
              .with("posts")
              .cursor(500)
              .index()
              .doOnNext(
                  indexed -> {
                    Author author = indexed.getT2();
                    List<Article> own = author.relationList("posts", Article.class);
                    if (own.size() != 1
                        || !Objects.equals(own.get(0).getLong("user_id"), author.getLong("id"))) {
                      throw new IllegalStateException("wrong posts for " + author + ": " + own);
                    }
                    posts[0] += own.size();
                    if (indexed.getT1() % 1_000 == 0) {
                      peak[0] = Math.max(peak[0], usedHeap());
                    }
                  })
              .count()
              .block();
      manager.connection().statement("drop table " + POSTS).block();
      manager.connection().statement("drop table " + USERS).block();
      System.out.println(
          "users=" + users + " posts=" + posts[0] + " peakHeapMb=" + peak[0] / (1024 * 1024));
    } finally {
      manager.close().block();
    }
  }

  private static void recreate(DatabaseManager manager, String table, String columns) {
    manager.connection().statement("drop table if exists " + table).block();
    manager.connection().statement("create table " + table + " (" + columns + ")").block();
  }

  /**
   * Writes rows 1 to {@link #PARENTS} with one {@code insert ... select} over the database's own
   * number series, so the child's small heap is spent on the stream being measured.
   */
  private static void fill(
      DatabaseManager manager, String dialect, String table, String columns, String values) {
    String numbers =
        switch (dialect) {
          case "postgres" -> "(select generate_series(1, " + PARENTS + ") as n) as numbers";
          case "h2" -> "(select \"X\" as n from system_range(1, " + PARENTS + ")) as numbers";
          default -> "(select seq as n from seq_1_to_" + PARENTS + ") as numbers";
        };
    manager
        .connection()
        .statement(
            "insert into " + table + " (" + columns + ") select " + values + " from " + numbers)
        .block();
  }

  /** Heap in use now, sampled while the stream runs. */
  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
