package io.ilana.factory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.factory.fixtures.Comment;
import io.ilana.factory.fixtures.Post;
import io.ilana.factory.fixtures.Profile;
import io.ilana.factory.fixtures.Role;
import io.ilana.factory.fixtures.User;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What a factory makes without a database: attributes, states, sequences, hooks, lookup. */
class FactoryDefinitionTest {

  @Test
  void aClassFactoryIsFoundByConventionAndMakesAnUnsavedModel() {
    User user = User.factory().make();

    assertThat(user.getString("name")).isNotBlank();
    assertThat(user.getString("email")).matches("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");
    assertThat(user.exists()).isFalse();
    assertThat(User.factory().name()).isEqualTo("UserFactory");
  }

  @Test
  void aStaticFieldAndAStaticMethodAreFoundToo() {
    assertThat(Post.factory().model()).isEqualTo(Post.class);
    assertThat(Role.factory().make().getString("name")).isNotBlank();
    assertThat(Profile.factory().raw()).containsKey("bio");
  }

  @Test
  void aModelWithoutAFactoryIsRefusedNamingWhereItLooked() {
    assertThatThrownBy(() -> Factory.of(Comment.class))
        .isInstanceOf(FactoryException.class)
        .hasMessage(
            "No factory for model [io.ilana.factory.fixtures.Comment]: looked for"
                + " io.ilana.factory.fixtures.CommentFactory,"
                + " io.ilana.factory.fixtures.factories.CommentFactory,"
                + " io.ilana.factory.factories.CommentFactory,"
                + " io.ilana.factory.database.factories.CommentFactory; declare one there (a ModelFactory"
                + " subclass, or a static Factory from Factory.define).");
  }

  @Test
  void statesApplyInTheOrderTheyAreStacked() {
    Map<String, Object> admin = User.factory().state("admin").raw();
    Map<String, Object> both =
        User.factory().state("admin").state(Map.of("role", "editor")).state("premium").raw();

    assertThat(admin).containsEntry("role", "admin").containsEntry("is_admin", true);
    assertThat(both)
        .containsEntry("role", "editor")
        .containsEntry("is_admin", true)
        .containsEntry("subscription_type", "premium");
  }

  @Test
  void aStateFunctionSeesTheAttributesSoFar() {
    Map<String, Object> raw =
        User.factory()
            .state(Map.of("name", "Ada Lovelace"))
            .state(attributes -> Map.of("email", attributes.get("name") + "@example.com"))
            .raw();

    assertThat(raw).containsEntry("email", "Ada Lovelace@example.com");
  }

  @Test
  void anUnknownStateIsRefusedNamingTheFactoryTheModelAndTheState() {
    assertThatThrownBy(() -> User.factory().state("vip"))
        .isInstanceOf(FactoryException.class)
        .hasMessage(
            "Unknown state [vip] on factory [UserFactory] for model"
                + " [io.ilana.factory.fixtures.User]; its states are admin, inactive, premium,"
                + " with_profile, basic.");
  }

  @Test
  void everyCallReturnsANewFactoryAndLeavesTheOriginalAsItWas() {
    Factory<User> base = User.factory();
    Factory<User> admin = base.state("admin");

    assertThat(admin).isNotSameAs(base);
    assertThat(base.raw()).containsEntry("role", "user");
    assertThat(admin.raw()).containsEntry("role", "admin");
  }

  @Test
  void aSequenceOfStatesCyclesThroughTheModels() {
    List<User> users =
        User.factory().times(5).sequence(Map.of("role", "admin"), Map.of("role", "user")).make();

    assertThat(users.stream().map(u -> u.getString("role")))
        .containsExactly("admin", "user", "admin", "user", "admin");
  }

  @Test
  void anIndexedSequenceGivesTenThousandUniqueEmails() {
    List<Map<String, Object>> rows =
        User.factory()
            .times(10_000)
            .sequence("email", i -> Map.of("email", "user" + i + "@example.com"))
            .raw();

    assertThat(new HashSet<>(rows.stream().map(row -> row.get("email")).toList())).hasSize(10_000);
  }

  @Test
  void resetSequenceStartsTheSequenceAgain() {
    ManyFactory<User> users =
        User.factory().times(2).sequence("n", i -> Map.of("name", "user" + i));
    users.raw();

    List<Map<String, Object>> again = users.resetSequence("n").raw();

    assertThat(again.stream().map(row -> row.get("name"))).containsExactly("user0", "user1");
  }

  @Test
  void aSequenceThatRunsOutIsRefusedNamingIt() {
    ManyFactory<User> users =
        User.factory()
            .times(3)
            .sequence(Sequence.once("roles", Map.of("role", "admin"), Map.of("role", "user")));

    assertThatThrownBy(users::raw)
        .isInstanceOf(FactoryException.class)
        .hasMessage(
            "Sequence [roles] of factory [UserFactory] for model"
                + " [io.ilana.factory.fixtures.User] ran out after 2 values.");
  }

  @Test
  void globalSequencesCountAcrossFactoriesUntilReset() {
    Factory.resetGlobalSequence("user");
    Factory<User> users =
        User.factory()
            .state(
                Map.of(
                    "email",
                    (Supplier<String>) () -> "user" + Factory.globalSequence("user") + "@x.io"));

    assertThat(users.times(2).raw().stream().map(row -> row.get("email")))
        .containsExactly("user1@x.io", "user2@x.io");
    Factory.resetGlobalSequence("user");
    assertThat(users.raw()).containsEntry("email", "user1@x.io");
  }

  @Test
  void dependentAttributesAreResolvedAfterStates() {
    Map<String, Object> raw =
        User.factory()
            .state(
                Map.of(
                    "slug",
                    Factory.from(
                        attributes -> attributes.get("role") + "-" + attributes.get("name"))))
            .state("admin")
            .state(Map.of("name", "ada"))
            .raw();

    assertThat(raw).containsEntry("slug", "admin-ada");
  }

  @Test
  void beforeMakingChangesTheAttributesAndAfterMakingSeesTheModelAndItsStates() {
    List<String> seen = new ArrayList<>();
    User user =
        User.factory()
            .state(Map.of("name", "Grace Hopper"))
            .beforeMaking(
                attributes -> {
                  attributes.put(
                      "slug", attributes.get("name").toString().toLowerCase().replace(' ', '-'));
                  return attributes;
                })
            .afterMaking(
                (made, context) ->
                    seen.add(made.getString("slug") + ":" + context.hasState("admin")))
            .state("admin")
            .make();

    assertThat(user.getString("slug")).isEqualTo("grace-hopper");
    assertThat(seen).containsExactly("grace-hopper:true");
  }

  @Test
  void configureWhenUnlessAndTraitsApplyReusableChanges() {
    Trait<User> premium = Factory.trait(factory -> factory.state("premium"));

    Map<String, Object> raw =
        User.factory()
            .configure(premium)
            .when(true, factory -> factory.state("admin"))
            .unless(true, factory -> factory.state("inactive"))
            .raw();

    assertThat(raw)
        .containsEntry("subscription_type", "premium")
        .containsEntry("role", "admin")
        .containsEntry("is_active", true);
  }

  @Test
  void makeAndRawGiveListsForSeveral() {
    assertThat(User.factory().times(5).make()).hasSize(5);
    assertThat(User.factory().times(3).raw()).hasSize(3);
    assertThat(User.factory().make(Map.of("name", "John Doe")).getString("name"))
        .isEqualTo("John Doe");
  }

  @Test
  void anUnknownRelationIsRefusedNamingTheFactoryTheModelAndTheRelation() {
    assertThatThrownBy(() -> User.factory().has(Post.factory().times(3), "postz"))
        .isInstanceOf(FactoryException.class)
        .hasMessage(
            "Unknown relation [postz] in has() on factory [UserFactory] for model"
                + " [io.ilana.factory.fixtures.User]; its relations are comments, posts, profile,"
                + " roles.");
    assertThatThrownBy(() -> Post.factory().forRelation("author", User.factory()))
        .isInstanceOf(FactoryException.class)
        .hasMessage(
            "Unknown relation [author] in forRelation() on factory [PostFactory] for model"
                + " [io.ilana.factory.fixtures.Post]; its relations are comments, user.");
  }

  /** The reference README's "Factory with custom logic": attributes that depend on a choice. */
  static class Product extends io.ilana.model.Model<Product> {
    static final io.ilana.model.ModelType<Product> TYPE =
        io.ilana.model.ModelType.of(Product.class, Product::new).table("products");
  }

  static final Factory<Product> PRODUCTS =
      Factory.define(
          Product.class,
          faker -> {
            String category =
                faker.options().option("electronics", "clothing", "books", "home", "sports");
            Map<String, Object> attributes = new java.util.LinkedHashMap<>();
            attributes.put("name", faker.commerce().productName());
            attributes.put("price", faker.commerce().price(10, 1000));
            attributes.put("category", category);
            attributes.put(
                "sku", category.toUpperCase(java.util.Locale.ROOT) + "-" + faker.text().text(8));
            attributes.put("in_stock", faker.bool().bool());
            attributes.put("stock_quantity", faker.number().numberBetween(0, 100));
            switch (category) {
              case "electronics" -> {
                attributes.put("warranty_months", faker.number().numberBetween(6, 36));
                attributes.put("brand", faker.options().option("Apple", "Samsung", "Sony"));
              }
              case "clothing" -> attributes.put("size", faker.options().option("XS", "S", "M"));
              case "books" -> attributes.put("isbn", faker.number().digits(13));
              default -> {}
            }
            return attributes;
          });

  @Test
  void aDefinitionCanComputeAttributesFromItsOwnChoices() {
    List<Map<String, Object>> products = PRODUCTS.times(50).raw();

    for (Map<String, Object> product : products) {
      String category = (String) product.get("category");
      assertThat((String) product.get("sku"))
          .startsWith(category.toUpperCase(java.util.Locale.ROOT) + "-");
      assertThat(product.containsKey("warranty_months")).isEqualTo("electronics".equals(category));
      assertThat(product.containsKey("isbn")).isEqualTo("books".equals(category));
    }
  }
}
