package io.ilana.seed;

import io.ilana.model.Model;
import io.ilana.model.ModelType;
import io.ilana.schema.Schema;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The plain models and tables the seeder tests write (all named {@code sd_*}). */
final class SdModels {
  private SdModels() {}

  static final List<String> TABLES =
      List.of(
          "sd_user_roles",
          "sd_posts",
          "sd_users",
          "sd_roles",
          "sd_categories",
          "sd_events",
          "sd_features",
          SeederRecords.TABLE);

  /** A user. */
  static final class User extends Model<User> {
    static final ModelType<User> TYPE =
        ModelType.of(User.class, User::new)
            .table("sd_users")
            .fillable("name", "email", "password", "role", "is_active");
  }

  /** A role. */
  static final class Role extends Model<Role> {
    static final ModelType<Role> TYPE =
        ModelType.of(Role.class, Role::new).table("sd_roles").fillable("name");
  }

  /** A category. */
  static final class Category extends Model<Category> {
    static final ModelType<Category> TYPE =
        ModelType.of(Category.class, Category::new).table("sd_categories").fillable("name");
  }

  /** A post by a user. */
  static final class Post extends Model<Post> {
    static final ModelType<Post> TYPE =
        ModelType.of(Post.class, Post::new)
            .table("sd_posts")
            .fillable("title", "user_id", "category_id");
  }

  /** An analytics event. */
  static final class AnalyticsEvent extends Model<AnalyticsEvent> {
    static final ModelType<AnalyticsEvent> TYPE =
        ModelType.of(AnalyticsEvent.class, AnalyticsEvent::new)
            .table("sd_events")
            .fillable("event_type", "data");
  }

  /** A feature flag. */
  static final class Feature extends Model<Feature> {
    static final ModelType<Feature> TYPE =
        ModelType.of(Feature.class, Feature::new)
            .table("sd_features")
            .fillable("name", "is_premium", "is_enabled");
  }

  /** Drops and creates the tables on a connection's database. */
  static Mono<Void> create(Schema schema) {
    return Flux.fromIterable(TABLES)
        .concatMap(schema::dropTableIfExists)
        .then(
            schema.createTable(
                "sd_roles",
                t -> {
                  t.increments("id");
                  t.string("name");
                }))
        .then(
            schema.createTable(
                "sd_categories",
                t -> {
                  t.increments("id");
                  t.string("name");
                }))
        .then(
            schema.createTable(
                "sd_users",
                t -> {
                  t.increments("id");
                  t.string("name");
                  t.string("email");
                  t.string("password").nullable();
                  t.string("role").nullable();
                  t.booleanColumn("is_active").nullable();
                }))
        .then(
            schema.createTable(
                "sd_posts",
                t -> {
                  t.increments("id");
                  t.string("title");
                  t.unsignedInteger("user_id").references("id").on("sd_users");
                  t.unsignedInteger("category_id").nullable();
                }))
        .then(
            schema.createTable(
                "sd_user_roles",
                t -> {
                  t.unsignedInteger("user_id").references("id").on("sd_users");
                  t.unsignedInteger("role_id").references("id").on("sd_roles");
                }))
        .then(
            schema.createTable(
                "sd_events",
                t -> {
                  t.increments("id");
                  t.string("event_type");
                  t.text("data");
                }))
        .then(
            schema.createTable(
                "sd_features",
                t -> {
                  t.increments("id");
                  t.string("name");
                  t.booleanColumn("is_premium");
                  t.booleanColumn("is_enabled");
                }));
  }
}
