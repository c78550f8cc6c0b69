package io.ilana.relation;

import io.ilana.db.DatabaseConnection;
import io.ilana.db.DatabaseManager;
import io.ilana.db.QueryEvent;
import io.ilana.db.TestManagers;
import io.ilana.model.Model;
import io.ilana.model.ModelQuery;
import io.ilana.model.ModelType;
import io.ilana.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Models related to their own table, on {@code s_} tables recreated per test: nodes of a tree
 * (children, parent, grandchildren through children, newest and heaviest child), the same nodes
 * soft-deleting, and users befriending users through a pivot; a log of the statements run.
 */
final class Tree implements AutoCloseable {
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

  final DatabaseManager manager;
  final DatabaseConnection connection;
  private final List<QueryEvent> statements = Collections.synchronizedList(new ArrayList<>());

  private Tree(TestDatabase database) {
    manager = TestManagers.open(database);
    connection = manager.connection();
    String id =
        "postgres".equals(connection.dialect().name())
            ? "id bigserial primary key"
            : "id bigint auto_increment primary key";
    recreate(
        NODES,
        id
            + ", name varchar(50), parent_id bigint null, weight int null,"
            + " created_at timestamp null, updated_at timestamp null, deleted_at timestamp null");
    recreate(
        USERS, id + ", name varchar(50), created_at timestamp null, updated_at timestamp null");
    recreate(FRIEND_USER, "user_id bigint not null, friend_id bigint not null");
    manager.listen(statements::add);
  }

  static Tree open(TestDatabase database) {
    return new Tree(database);
  }

  private void recreate(String table, String columns) {
    connection.statement("drop table if exists " + table).block();
    connection.statement("create table " + table + " (" + columns + ")").block();
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

  /** Clears the log once statements already run stopped arriving. */
  void clearLog() {
    try {
      int seen;
      do {
        seen = statements.size();
        Thread.sleep(100);
      } while (statements.size() != seen);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    statements.clear();
  }

  /** The statements logged since the last {@link #clearLog}, in lower case. */
  List<String> statements() {
    synchronized (statements) {
      return statements.stream().map(event -> event.sql().toLowerCase()).toList();
    }
  }

  @Override
  public void close() {
    manager.close().block();
  }
}
