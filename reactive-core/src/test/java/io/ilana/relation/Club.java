package io.ilana.relation;

import io.ilana.model.BelongsToMany;
import io.ilana.model.Model;
import io.ilana.model.ModelQuery;
import io.ilana.model.ModelType;
import io.ilana.model.MorphToMany;
import io.ilana.model.PivotModel;
import io.ilana.model.cast.Casts;
import io.ilana.testkit.TestDatabase;

/**
 * Members and their roles through a pivot with extra columns and timestamps, and posts and videos
 * tagged through one polymorphic pivot, on {@code p_} tables recreated per test; a log of the
 * statements run.
 */
final class Club extends RelationFixture {
  static final String USERS = "p_users";
  static final String ROLES = "p_roles";
  static final String ROLE_USER = "p_role_user";
  static final String CODE_ROLE = "p_code_role";
  static final String POSTS = "p_posts";
  static final String VIDEOS = "p_videos";
  static final String TAGS = "p_tags";
  static final String TAGGABLES = "p_taggables";

  static final class Member extends Model<Member> {
    static final ModelType<Member> TYPE =
        ModelType.of(Member.class, Member::new)
            .table(USERS)
            .fillable("name", "code")
            .relation("roles", Member::roles)
            .relation("memberships", Member::memberships)
            .relation("activeRoles", Member::activeRoles)
            .relation("rolesByCode", Member::rolesByCode);

    /** Roles with the pivot's extra columns and timestamps. */
    public BelongsToMany<Role> roles() {
      return belongsToMany(Role.class, ROLE_USER, "user_id", "role_id")
          .withPivot("assigned_by", "active", "badge")
          .withTimestamps();
    }

    /** The same roles, their pivot read as {@link Membership} under "membership". */
    public BelongsToMany<Role> memberships() {
      return roles().using(Membership.class).as("membership");
    }

    /** Roles tied by the member's code and the role's name rather than by their ids. */
    public BelongsToMany<Role> rolesByCode() {
      return belongsToMany(Role.class, CODE_ROLE, "member_code", "role_name", "code", "name");
    }

    /** The roles with timestamps under other names. */
    public BelongsToMany<Role> stamped() {
      return belongsToMany(Role.class, ROLE_USER, "user_id", "role_id")
          .withTimestamps("joined_at", "changed_at");
    }

    /** Roles assigned by "lead": read with that condition, attached with that value. */
    public BelongsToMany<Role> leads() {
      return roles().withPivotValue("assigned_by", "lead");
    }

    /** Only the roles whose pivot row is active. */
    public BelongsToMany<Role> activeRoles() {
      return roles().wherePivot("active", 1);
    }
  }

  static final class Role extends Model<Role> {
    static final ModelType<Role> TYPE =
        ModelType.of(Role.class, Role::new)
            .table(ROLES)
            .fillable("name")
            .relation("members", Role::members);

    public BelongsToMany<Member> members() {
      return belongsToMany(Member.class, ROLE_USER, "role_id", "user_id");
    }
  }

  /** A pivot class of its own: {@code active} is stored as a number and read as a boolean. */
  static final class Membership extends PivotModel<Membership> {
    static final ModelType<Membership> TYPE =
        ModelType.of(Membership.class, Membership::new)
            .table(ROLE_USER)
            .cast("active", Casts.BOOLEAN)
            .accessor("label", m -> m.getString("assigned_by") + "#" + m.getString("role_id"));

    Boolean active() {
      return getBoolean("active");
    }
  }

  static final class Post extends Model<Post> {
    static final ModelType<Post> TYPE =
        ModelType.of(Post.class, Post::new)
            .table(POSTS)
            .fillable("title")
            .relation("tags", Post::tags);

    public MorphToMany<Tag> tags() {
      return morphToMany(Tag.class, "taggable", TAGGABLES);
    }
  }

  static final class Video extends Model<Video> {
    static final ModelType<Video> TYPE =
        ModelType.of(Video.class, Video::new)
            .table(VIDEOS)
            .fillable("title")
            .relation("tags", Video::tags);

    public MorphToMany<Tag> tags() {
      return morphToMany(Tag.class, "taggable", TAGGABLES);
    }
  }

  static final class Tag extends Model<Tag> {
    static final ModelType<Tag> TYPE =
        ModelType.of(Tag.class, Tag::new)
            .table(TAGS)
            .fillable("name")
            .relation("posts", Tag::posts)
            .relation("videos", Tag::videos);

    public MorphToMany<Post> posts() {
      return morphedByMany(Post.class, "taggable", TAGGABLES);
    }

    public MorphToMany<Video> videos() {
      return morphedByMany(Video.class, "taggable", TAGGABLES);
    }
  }

  private Club(TestDatabase database) {
    super(database);
    recreate(USERS, id + ", name varchar(50), code varchar(20)");
    recreate(ROLES, id + ", name varchar(50)");
    recreate(
        ROLE_USER,
        "user_id bigint not null, role_id bigint not null, assigned_by varchar(20),"
            + " active smallint, badge varchar(20) unique,"
            + " created_at timestamp null, updated_at timestamp null,"
            + " joined_at timestamp null, changed_at timestamp null");
    recreate(CODE_ROLE, "member_code varchar(20) not null, role_name varchar(50) not null");
    recreate(POSTS, id + ", title varchar(50)");
    recreate(VIDEOS, id + ", title varchar(50)");
    recreate(TAGS, id + ", name varchar(50)");
    recreate(
        TAGGABLES,
        "tag_id bigint not null, taggable_id bigint not null, taggable_type varchar(100) not null");
    startLog();
  }

  static Club open(TestDatabase database) {
    return new Club(database);
  }

  ModelQuery<Member> members() {
    return Member.TYPE.query(manager);
  }

  ModelQuery<Role> roles() {
    return Role.TYPE.query(manager);
  }

  ModelQuery<Post> posts() {
    return Post.TYPE.query(manager);
  }

  ModelQuery<Video> videos() {
    return Video.TYPE.query(manager);
  }

  ModelQuery<Tag> tags() {
    return Tag.TYPE.query(manager);
  }
}
