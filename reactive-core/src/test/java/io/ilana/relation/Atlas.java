package io.ilana.relation;

import io.ilana.model.HasMany;
import io.ilana.model.HasManyThrough;
import io.ilana.model.HasOne;
import io.ilana.model.HasOneThrough;
import io.ilana.model.Model;
import io.ilana.model.ModelQuery;
import io.ilana.model.ModelType;
import io.ilana.testkit.TestDatabase;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Countries, their users (soft-deleting), the users' posts (soft-deleting) and the posts' comments,
 * on {@code t_} tables recreated per test; a log of the statements run. Countries reach posts
 * through users by id ({@code posts}) and by code ({@code codedPosts}: {@code users.country_code =
 * countries.code}, {@code posts.user_handle = users.handle}).
 */
final class Atlas extends RelationFixture {
  static final String COUNTRIES = "t_countries";
  static final String USERS = "t_users";
  static final String POSTS = "t_posts";
  static final String COMMENTS = "t_comments";

  static final class Country extends Model<Country> {
    static final ModelType<Country> TYPE =
        ModelType.of(Country.class, Country::new)
            .table(COUNTRIES)
            .fillable("name", "code")
            .relation("posts", Country::posts)
            .relation("codedPosts", Country::codedPosts)
            .relation("onePost", Country::onePost)
            .relation("users", Country::users);

    public HasManyThrough<Post> posts() {
      return hasManyThrough(Post.class, User.class, "country_id", "user_id");
    }

    public HasManyThrough<Post> codedPosts() {
      return hasManyThrough(
          Post.class, User.class, "country_code", "user_handle", "code", "handle");
    }

    public HasOneThrough<Post> onePost() {
      return hasOneThrough(Post.class, User.class, "country_id", "user_id");
    }

    public HasMany<User> users() {
      return hasMany(User.class, "country_id");
    }
  }

  static final class User extends Model<User> {
    static final ModelType<User> TYPE =
        ModelType.of(User.class, User::new)
            .table(USERS)
            .softDeletes()
            .fillable("name", "country_id", "country_code", "handle")
            .relation("posts", User::posts)
            .relation("latestPost", User::latestPost)
            .relation("oldestPost", User::oldestPost)
            .relation("newestByDate", User::newestByDate)
            .relation("firstByDate", User::firstByDate)
            .relation("mostVoted", User::mostVoted)
            .relation("leastVoted", User::leastVoted)
            .relation("anyPost", User::anyPost);

    public HasMany<Post> posts() {
      return hasMany(Post.class, "user_id");
    }

    public HasOne<Post> latestPost() {
      return hasOne(Post.class, "user_id").latestOfMany();
    }

    public HasOne<Post> oldestPost() {
      return hasOne(Post.class, "user_id").oldestOfMany();
    }

    public HasOne<Post> newestByDate() {
      return hasOne(Post.class, "user_id").latestOfMany("created_at");
    }

    public HasOne<Post> firstByDate() {
      return hasOne(Post.class, "user_id").oldestOfMany("created_at");
    }

    public HasOne<Post> mostVoted() {
      return hasOne(Post.class, "user_id").ofMany("votes", "max");
    }

    public HasOne<Post> leastVoted() {
      return hasOne(Post.class, "user_id").ofMany("votes", "MIN");
    }

    /** A plain has-one over the same posts, to compare with. */
    public HasOne<Post> anyPost() {
      return hasOne(Post.class, "user_id");
    }
  }

  static final class Post extends Model<Post> {
    static final ModelType<Post> TYPE =
        ModelType.of(Post.class, Post::new)
            .table(POSTS)
            .softDeletes()
            .fillable("title", "user_id", "user_handle", "votes", "created_at")
            .relation("comments", Post::comments);

    public HasMany<Comment> comments() {
      return hasMany(Comment.class, "post_id");
    }
  }

  static final class Comment extends Model<Comment> {
    static final ModelType<Comment> TYPE =
        ModelType.of(Comment.class, Comment::new).table(COMMENTS).fillable("body", "post_id");
  }

  private Atlas(TestDatabase database) {
    super(database);
    recreate(COUNTRIES, id + ", name varchar(50), code varchar(10)");
    recreate(
        USERS,
        id
            + ", country_id bigint, country_code varchar(10), handle varchar(20),"
            + " name varchar(50), deleted_at timestamp null");
    recreate(
        POSTS,
        id
            + ", user_id bigint, user_handle varchar(20), title varchar(50), votes int,"
            + " created_at timestamp null, deleted_at timestamp null");
    recreate(COMMENTS, id + ", post_id bigint, body varchar(50)");
    startLog();
  }

  static Atlas open(TestDatabase database) {
    return new Atlas(database);
  }

  ModelQuery<Country> countries() {
    return Country.TYPE.query(manager);
  }

  ModelQuery<User> users() {
    return User.TYPE.query(manager);
  }

  ModelQuery<Post> posts() {
    return Post.TYPE.query(manager);
  }

  Country country(String name, String code) {
    return countries().create(Map.of("name", name, "code", code)).block();
  }

  User user(Country country, String name) {
    return users()
        .create(
            Map.of(
                "name",
                name,
                "country_id",
                country.getKey(),
                "country_code",
                country.getString("code"),
                "handle",
                "@" + name))
        .block();
  }

  Post post(User user, String title, int votes, LocalDateTime createdAt) {
    return posts()
        .create(
            Map.of(
                "title",
                title,
                "user_id",
                user.getKey(),
                "user_handle",
                user.getString("handle"),
                "votes",
                votes,
                "created_at",
                createdAt))
        .block();
  }

  Post post(User user, String title) {
    return post(user, title, 0, LocalDateTime.of(2024, 1, 1, 0, 0));
  }
}
