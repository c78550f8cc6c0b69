package io.ilana.relation;

import io.ilana.model.BelongsTo;
import io.ilana.model.BelongsToMany;
import io.ilana.model.HasMany;
import io.ilana.model.HasManyThrough;
import io.ilana.model.HasOne;
import io.ilana.model.Model;
import io.ilana.model.ModelQuery;
import io.ilana.model.ModelType;
import io.ilana.testkit.TestDatabase;

/**
 * Models related to their own table, on {@code s_} tables recreated per test: nodes of a tree
 * (children, parent, grandchildren through children, newest and heaviest child), the same nodes
 * soft-deleting, and users befriending users through a pivot; a log of the statements run.
 */
final class Tree extends RelationFixture {
  static final String NODES = "s_nodes";
  static final String USERS = "s_users";
  static final String FRIEND_USER = "s_friend_user";

  static final class Node extends Model<Node> {
    static final ModelType<Node> TYPE =
        ModelType.of(Node.class, Node::new)
            .table(NODES)
            .fillable("name", "parent_id", "weight")
            .relation("children", Node::children)
            .relation("parent", Node::parent)
            .relation("grandchildren", Node::grandchildren)
            .relation("latestChild", Node::latestChild)
            .relation("heaviestChild", Node::heaviestChild);

    public HasMany<Node> children() {
      return hasMany(Node.class, "parent_id");
    }

    public BelongsTo<Node> parent() {
      return belongsTo(Node.class, "parent_id");
    }

    /** The children of the children: the intermediate table is the node table too. */
    public HasManyThrough<Node> grandchildren() {
      return hasManyThrough(Node.class, Node.class, "parent_id", "parent_id");
    }

    /** The child with the highest key. */
    public HasOne<Node> latestChild() {
      return hasOne(Node.class, "parent_id").latestOfMany();
    }

    /** The child with the largest weight. */
    public HasOne<Node> heaviestChild() {
      return hasOne(Node.class, "parent_id").ofMany("weight", "max");
    }
  }

  /** The nodes of the same table, soft-deleting. */
  static final class SoftNode extends Model<SoftNode> {
    static final ModelType<SoftNode> TYPE =
        ModelType.of(SoftNode.class, SoftNode::new)
            .table(NODES)
            .softDeletes()
            .fillable("name", "parent_id", "weight")
            .relation("children", SoftNode::children)
            .relation("parent", SoftNode::parent);

    public HasMany<SoftNode> children() {
      return hasMany(SoftNode.class, "parent_id");
    }

    public BelongsTo<SoftNode> parent() {
      return belongsTo(SoftNode.class, "parent_id");
    }
  }

  static final class User extends Model<User> {
    static final ModelType<User> TYPE =
        ModelType.of(User.class, User::new)
            .table(USERS)
            .fillable("name")
            .relation("friends", User::friends);

    /** The users this user befriended: {@code s_friend_user(user_id, friend_id)}. */
    public BelongsToMany<User> friends() {
      return belongsToMany(User.class, FRIEND_USER, "user_id", "friend_id");
    }
  }

  private Tree(TestDatabase database) {
    super(database);
    recreate(
        NODES,
        id
            + ", name varchar(50), parent_id bigint null, weight int null,"
            + " created_at timestamp null, updated_at timestamp null, deleted_at timestamp null");
    recreate(
        USERS, id + ", name varchar(50), created_at timestamp null, updated_at timestamp null");
    recreate(FRIEND_USER, "user_id bigint not null, friend_id bigint not null");
    startLog();
  }

  static Tree open(TestDatabase database) {
    return new Tree(database);
  }

  ModelQuery<Node> nodes() {
    return Node.TYPE.query(manager);
  }

  ModelQuery<SoftNode> softNodes() {
    return SoftNode.TYPE.query(manager);
  }

  ModelQuery<User> users() {
    return User.TYPE.query(manager);
  }
}
