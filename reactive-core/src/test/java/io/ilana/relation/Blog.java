package io.ilana.relation;

import io.ilana.model.BelongsTo;
import io.ilana.model.BelongsToMany;
import io.ilana.model.HasMany;
import io.ilana.model.HasOne;
import io.ilana.model.Model;
import io.ilana.model.ModelQuery;
import io.ilana.model.ModelType;
import io.ilana.testkit.TestDatabase;

/**
 * Users, their posts, the posts' comments and the users' profiles, on {@code r_} tables recreated
 * per test; a log of the statements run.
 */
final class Blog extends RelationFixture {
  static final String USERS = "r_users";
  static final String POSTS = "r_posts";
  static final String COMMENTS = "r_comments";
  static final String PROFILES = "r_profiles";
  static final String ROLES = "r_roles";
  static final String ROLE_USER = "r_role_user";

  static final class User extends Model<User> {
    static final ModelType<User> TYPE =
        ModelType.of(User.class, User::new)
            .table(USERS)
            .fillable("name", "code")
            .relation("posts", User::posts)
            .relation("profile", User::profile)
            .relation("coded", User::coded)
            .relation("roles", User::roles);

    public HasMany<Post> posts() {
      return hasMany(Post.class, "user_id");
    }

    public HasOne<Profile> profile() {
      return hasOne(Profile.class, "user_id");
    }

    public BelongsToMany<Role> roles() {
      return belongsToMany(Role.class, ROLE_USER, "user_id", "role_id");
    }

    /** Posts pointing at the user's code instead of its id: custom local key. */
    public HasMany<Post> coded() {
      return hasMany(Post.class, "user_code", "code");
    }
  }

  static final class Post extends Model<Post> {
    static final ModelType<Post> TYPE =
        ModelType.of(Post.class, Post::new)
            .table(POSTS)
            .fillable("title", "user_id", "user_code", "votes")
            .relation("author", Post::author)
            .relation("comments", Post::comments)
            .relation("byCode", Post::byCode);

    public BelongsTo<User> author() {
      return belongsTo(User.class, "user_id");
    }

    public HasMany<Comment> comments() {
      return hasMany(Comment.class, "post_id");
    }

    /** The user whose code the post holds: custom owner key. */
    public BelongsTo<User> byCode() {
      return belongsTo(User.class, "user_code", "code");
    }
  }

  static final class Comment extends Model<Comment> {
    static final ModelType<Comment> TYPE =
        ModelType.of(Comment.class, Comment::new).table(COMMENTS).fillable("body", "post_id");
  }

  static final class Profile extends Model<Profile> {
    static final ModelType<Profile> TYPE =
        ModelType.of(Profile.class, Profile::new).table(PROFILES).fillable("bio", "user_id");
  }

  static final class Role extends Model<Role> {
    static final ModelType<Role> TYPE =
        ModelType.of(Role.class, Role::new)
            .table(ROLES)
            .fillable("name")
            .relation("users", Role::users);

    public BelongsToMany<User> users() {
      return belongsToMany(User.class, ROLE_USER, "role_id", "user_id");
    }
  }

  private Blog(TestDatabase database) {
    super(database);
    recreate(USERS, id + ", name varchar(50), code varchar(20)");
    recreate(POSTS, id + ", user_id bigint, user_code varchar(20), title varchar(50), votes int");
    recreate(COMMENTS, id + ", post_id bigint, body varchar(50)");
    recreate(PROFILES, id + ", user_id bigint, bio varchar(50)");
    recreate(ROLES, id + ", name varchar(50)");
    recreate(ROLE_USER, "user_id bigint not null, role_id bigint not null");
    startLog();
  }

  static Blog open(TestDatabase database) {
    return new Blog(database);
  }

  ModelQuery<User> users() {
    return User.TYPE.query(manager);
  }

  ModelQuery<Role> roles() {
    return Role.TYPE.query(manager);
  }

  ModelQuery<Post> posts() {
    return Post.TYPE.query(manager);
  }
}
