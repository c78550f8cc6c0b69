package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.model.ModelQuery;
import io.ilana.relation.Tree.Node;
import io.ilana.relation.Tree.SoftNode;
import io.ilana.relation.Tree.User;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/**
 * Existence and aggregate sub-queries over relations of a table to itself: the inner query reads
 * the table under an alias, so its rows are compared with the outer row rather than with
 * themselves.
 */
class SelfRelationIntegrationTest {
  private Tree tree;

  @AfterEach
  void close() {
    if (tree != null) {
      tree.close();
    }
  }

  /** root (weight 1) has a (10) and b (20); a has a1 (5). */
  private ModelQuery<Node> nodes(TestDatabase database) {
    tree = Tree.open(database);
    Node root = tree.nodes().create(Map.of("name", "root", "weight", 1)).block();
    Node a = root.children().create(Map.of("name", "a", "weight", 10)).block();
    root.children().create(Map.of("name", "b", "weight", 20)).block();
    a.children().create(Map.of("name", "a1", "weight", 5)).block();
    return tree.nodes().orderBy("id");
  }

  private static List<String> names(ModelQuery<?> query) {
    return query.get().map(node -> node.getString("name")).collectList().block();
  }

  /** Each node's name with the value of {@code column}, in key order. */
  private static Map<String, Object> column(ModelQuery<?> query, String column) {
    Map<String, Object> values = new LinkedHashMap<>();
    query
        .get()
        .toIterable()
        .forEach(node -> values.put(node.getString("name"), number(node.attributes().get(column))));
    return values;
  }

  /** A number as a long whatever type the driver read it as; anything else as it is. */
  private static Object number(Object value) {
    return value instanceof Number n ? (Object) n.longValue() : value;
  }

  @DialectTest
  void anAliasedQueryCanDeleteOnEveryDialect(TestDatabase database) {
    nodes(database);
    assertThat(tree.nodes().as("n").where("n.name", "a1").delete().block()).isEqualTo(1L);
    assertThat(names(tree.nodes().orderBy("id"))).containsExactly("root", "a", "b");
  }

  @DialectTest
  void hasChildrenFindsTheNodesOtherNodesPointAt(TestDatabase database) {
    assertThat(names(nodes(database).has("children"))).containsExactly("root", "a");
  }

  @DialectTest
  void theSubQueryReadsTheTableUnderAnAlias(TestDatabase database) {
    String sql =
        nodes(database).has("children").compile().text().toLowerCase().replaceAll("[\"`]", "");
    assertThat(sql)
        .contains("from s_nodes as ilana_self ")
        .contains("ilana_self.parent_id = s_nodes.id");
  }

  @DialectTest
  void doesntHaveChildrenFindsTheLeaves(TestDatabase database) {
    assertThat(names(nodes(database).doesntHave("children"))).containsExactly("b", "a1");
  }

  @DialectTest
  void whereHasChildrenAppliesTheConstraintToTheChildren(TestDatabase database) {
    assertThat(names(nodes(database).whereHas("children", q -> q.where("name", "a1"))))
        .containsExactly("a");
  }

  @DialectTest
  void whereDoesntHaveExcludesNodesWithAMatchingChild(TestDatabase database) {
    assertThat(names(nodes(database).whereDoesntHave("children", q -> q.where("weight", ">", 15))))
        .containsExactly("a", "b", "a1");
  }

  @DialectTest
  void withCountCountsEachNodesChildren(TestDatabase database) {
    assertThat(column(nodes(database).withCount("children"), "children_count"))
        .containsExactly(
            Map.entry("root", 2L), Map.entry("a", 1L), Map.entry("b", 0L), Map.entry("a1", 0L));
  }

  @DialectTest
  void withSumAddsUpTheChildrensValues(TestDatabase database) {
    Map<String, Object> sums =
        column(nodes(database).withSum("children", "weight"), "children_sum_weight");
    assertThat(sums.get("root")).isEqualTo(30L);
    assertThat(sums.get("a")).isEqualTo(5L);
    assertThat(sums.get("b")).isNull();
  }

  @DialectTest
  void withExistsTellsWhichNodesHaveChildren(TestDatabase database) {
    Map<String, Object> exists = column(nodes(database).withExists("children"), "children_exists");
    assertThat(exists.values().stream().map(SelfRelationIntegrationTest::truthy).toList())
        .containsExactly(true, true, false, false);
  }

  private static boolean truthy(Object value) {
    return value instanceof Boolean b ? b : ((Number) value).longValue() != 0;
  }

  @DialectTest
  void hasWithACountFindsNodesWithEnoughChildren(TestDatabase database) {
    assertThat(names(nodes(database).has("children", ">=", 2))).containsExactly("root");
  }

  @DialectTest
  void countedWhereHasCountsOnlyMatchingChildren(TestDatabase database) {
    assertThat(names(nodes(database).whereHas("children", ">=", 1, q -> q.where("weight", "<", 8))))
        .containsExactly("a");
  }

  @DialectTest
  void orWhereHasAddsNodesWithAMatchingChild(TestDatabase database) {
    assertThat(
            names(
                nodes(database)
                    .where("name", "b")
                    .orWhereHas("children", q -> q.where("name", "a"))))
        .containsExactly("root", "b");
  }

  @DialectTest
  void orDoesntHaveAddsTheLeaves(TestDatabase database) {
    assertThat(names(nodes(database).where("name", "root").orDoesntHave("children")))
        .containsExactly("root", "b", "a1");
  }

  @DialectTest
  void aDottedPathFindsNodesWithGrandchildren(TestDatabase database) {
    assertThat(names(nodes(database).has("children.children"))).containsExactly("root");
  }

  @DialectTest
  void aDottedPathBackToTheParentFindsNodesWhoseChildrenHaveAParent(TestDatabase database) {
    assertThat(names(nodes(database).whereHas("children.parent", q -> q.where("name", "a"))))
        .containsExactly("a");
  }

  @DialectTest
  void hasParentFindsEveryNodeButTheRoot(TestDatabase database) {
    assertThat(names(nodes(database).has("parent"))).containsExactly("a", "b", "a1");
  }

  @DialectTest
  void whereRelationOnTheParentComparesTheParentsColumn(TestDatabase database) {
    assertThat(names(nodes(database).whereRelation("parent", "name", "root")))
        .containsExactly("a", "b");
  }

  @DialectTest
  void orWhereRelationOnTheParentAddsItsChildren(TestDatabase database) {
    assertThat(names(nodes(database).where("name", "b").orWhereRelation("parent", "name", "a")))
        .containsExactly("b", "a1");
  }

  @DialectTest
  void aSoftDeletedChildIsNeitherCountedNorFound(TestDatabase database) {
    nodes(database);
    tree.softNodes().where("name", "b").delete().block();
    ModelQuery<SoftNode> soft = tree.softNodes().orderBy("id");
    assertThat(column(soft.withCount("children"), "children_count"))
        .containsExactly(Map.entry("root", 1L), Map.entry("a", 1L), Map.entry("a1", 0L));
    assertThat(names(soft.whereHas("children", q -> q.where("name", "b")))).isEmpty();
    assertThat(names(soft.has("parent"))).containsExactly("a", "a1");
  }

  @DialectTest
  void aSoftDeletedParentMakesItsChildrenOrphans(TestDatabase database) {
    nodes(database);
    tree.softNodes().where("name", "a").delete().block();
    assertThat(names(tree.softNodes().orderBy("id").doesntHave("parent")))
        .containsExactly("root", "a1");
  }

  @DialectTest
  void grandchildrenThroughChildrenOfTheSameTableAreFound(TestDatabase database) {
    ModelQuery<Node> nodes = nodes(database);
    assertThat(names(nodes.has("grandchildren"))).containsExactly("root");
    assertThat(column(nodes.withCount("grandchildren"), "grandchildren_count"))
        .containsExactly(
            Map.entry("root", 1L), Map.entry("a", 0L), Map.entry("b", 0L), Map.entry("a1", 0L));
  }

  @DialectTest
  void grandchildrenReadThroughTheRelationQuery(TestDatabase database) {
    Node root = nodes(database).where("name", "root").first().block();
    assertThat(names(root.grandchildren().query())).containsExactly("a1");
  }

  @DialectTest
  void grandchildrenLoadEagerlyForEveryNode(TestDatabase database) {
    List<Node> all = nodes(database).with("grandchildren").get().collectList().block();
    assertThat(all)
        .extracting(n -> n.relationList("grandchildren", Node.class).size())
        .containsExactly(1, 0, 0, 0);
    assertThat(all.get(0).relationList("grandchildren", Node.class).get(0).getString("name"))
        .isEqualTo("a1");
  }

  @DialectTest
  void theHeaviestChildIsPickedByItsColumnAmongTheNodesOwnChildren(TestDatabase database) {
    ModelQuery<Node> nodes = nodes(database);
    assertThat(names(nodes.whereRelation("heaviestChild", "weight", ">", 8)))
        .containsExactly("root");
    assertThat(names(nodes.whereRelation("heaviestChild", "name", "a1"))).containsExactly("a");
  }

  @DialectTest
  void aQueryReadingTheTableUnderItsOwnAliasCorrelatesThroughIt(TestDatabase database) {
    ModelQuery<Node> aliased = nodes(database).as("n");
    assertThat(aliased.qualifier()).isEqualTo("n");
    assertThat(names(aliased.has("children"))).containsExactly("root", "a");
    assertThat(names(aliased.whereRelation("parent", "name", "a"))).containsExactly("a1");
  }

  @DialectTest
  void theNewestChildLoadsEagerly(TestDatabase database) {
    List<Node> all = nodes(database).with("latestChild").get().collectList().block();
    assertThat(all)
        .extracting(n -> n.relationModel("latestChild", Node.class))
        .extracting(n -> n == null ? null : n.getString("name"))
        .containsExactly("b", "a1", null, null);
  }

  @DialectTest
  void theNewestChildIsPickedAmongTheNodesOwnChildren(TestDatabase database) {
    ModelQuery<Node> nodes = nodes(database);
    assertThat(names(nodes.has("latestChild"))).containsExactly("root", "a");
    assertThat(names(nodes.whereRelation("latestChild", "name", "b"))).containsExactly("root");
    assertThat(names(nodes.whereRelation("latestChild", "name", "a"))).isEmpty();
  }

  @DialectTest
  void childrenOfChildrenLoadEagerlyInOneStatementPerLevel(TestDatabase database) {
    ModelQuery<Node> nodes = nodes(database);
    tree.clearLog();
    Node root = nodes.where("name", "root").with("children.children").first().block();
    assertThat(tree.statements()).hasSize(3);
    List<Node> children = root.relationList("children", Node.class);
    assertThat(children).extracting(n -> n.getString("name")).containsExactly("a", "b");
    assertThat(children.get(0).relationList("children", Node.class))
        .extracting(n -> n.getString("name"))
        .containsExactly("a1");
    assertThat(children.get(1).relationList("children", Node.class)).isEmpty();
  }

  /** ann befriended bob and cy, bob befriended ann; cy and dee befriended nobody. */
  private ModelQuery<User> users(TestDatabase database) {
    tree = Tree.open(database);
    User ann = tree.users().create(Map.of("name", "ann")).block();
    User bob = tree.users().create(Map.of("name", "bob")).block();
    User cy = tree.users().create(Map.of("name", "cy")).block();
    tree.users().create(Map.of("name", "dee")).block();
    ann.friends().attach(List.of(bob.getKey(), cy.getKey())).block();
    bob.friends().attach(List.of(ann.getKey())).block();
    return tree.users().orderBy("id");
  }

  @DialectTest
  void hasFriendsFindsUsersWhoBefriendedSomeone(TestDatabase database) {
    assertThat(names(users(database).has("friends"))).containsExactly("ann", "bob");
  }

  @DialectTest
  void withCountCountsEachUsersFriends(TestDatabase database) {
    assertThat(column(users(database).withCount("friends"), "friends_count"))
        .containsExactly(
            Map.entry("ann", 2L), Map.entry("bob", 1L), Map.entry("cy", 0L), Map.entry("dee", 0L));
  }

  @DialectTest
  void whereHasFriendsAppliesTheConstraintToTheFriends(TestDatabase database) {
    assertThat(names(users(database).whereHas("friends", q -> q.where("name", "cy"))))
        .containsExactly("ann");
  }

  @DialectTest
  void aDottedPathFindsFriendsOfFriends(TestDatabase database) {
    assertThat(names(users(database).whereHas("friends.friends", q -> q.where("name", "cy"))))
        .containsExactly("bob");
  }
}
