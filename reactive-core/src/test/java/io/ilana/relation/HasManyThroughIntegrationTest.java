package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ilana.error.LazyLoadingViolationException;
import io.ilana.model.HasManyThrough;
import io.ilana.model.Model;
import io.ilana.model.ModelQuery;
import io.ilana.model.ModelType;
import io.ilana.relation.Atlas.Comment;
import io.ilana.relation.Atlas.Country;
import io.ilana.relation.Atlas.Post;
import io.ilana.relation.Atlas.User;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

class HasManyThroughIntegrationTest {
  private Atlas atlas;
  private Country france;
  private Country peru;
  private Country chad;
  private User ann;
  private User bob;

  /** A country type on the atlas's countries table that refuses lazy loading. */
  static final class StrictCountry extends Model<StrictCountry> {
    static final ModelType<StrictCountry> TYPE =
        ModelType.of(StrictCountry.class, StrictCountry::new)
            .table(Atlas.COUNTRIES)
            .preventLazyLoading()
            .relation("posts", StrictCountry::posts);

    public HasManyThrough<Post> posts() {
      return hasManyThrough(Post.class, User.class, "country_id", "user_id");
    }
  }

  @AfterEach
  void close() {
    if (atlas != null) {
      atlas.close();
    }
  }

  /**
   * france: ann (posts a1 with one comment, a2) and bob (b1); peru: cy (c1); chad: nobody. A post
   * without an author exists too.
   */
  private void seed(TestDatabase database) {
    atlas = Atlas.open(database);
    france = atlas.country("france", "FR");
    peru = atlas.country("peru", "PE");
    chad = atlas.country("chad", "TD");
    ann = atlas.user(france, "ann");
    bob = atlas.user(france, "bob");
    User cy = atlas.user(peru, "cy");
    atlas.post(ann, "a1").comments().create(Map.of("body", "nice")).block();
    atlas.post(ann, "a2");
    atlas.post(bob, "b1");
    atlas.post(cy, "c1");
    atlas.posts().create(Map.of("title", "orphan")).block();
  }

  private static List<String> titles(List<Post> posts) {
    return posts.stream().map(post -> post.getString("title")).toList();
  }

  private static List<String> names(ModelQuery<Country> query) {
    return query.get().map(country -> country.getString("name")).collectList().block();
  }

  private List<Country> countriesWithPosts() {
    return atlas.countries().with("posts").orderBy("id").get().collectList().block();
  }

  @DialectTest
  void aCountryReadsThePostsOfItsUsers(TestDatabase database) {
    seed(database);
    List<Post> posts = france.posts().orderBy("t_posts.id").get().collectList().block();
    assertThat(titles(posts)).containsExactly("a1", "a2", "b1");
  }

  @DialectTest
  void theRelationQueryTakesFurtherConditions(TestDatabase database) {
    seed(database);
    List<Post> posts =
        france
            .posts()
            .where("title", "like", "a%")
            .orderBy("title", "desc")
            .get()
            .collectList()
            .block();
    assertThat(titles(posts)).containsExactly("a2", "a1");
    assertThat(france.posts().count().block()).isEqualTo(3L);
    assertThat(chad.posts().exists().block()).isFalse();
  }

  @DialectTest
  void lazilyReadPostsCarryOnlyTheirOwnColumns(TestDatabase database) {
    seed(database);
    Post post = france.posts().orderBy("t_posts.id").first().block();
    assertThat(post.attributes().keySet())
        .containsExactlyInAnyOrder(
            "id", "user_id", "user_handle", "title", "votes", "created_at", "deleted_at");
    assertThat(post.isDirty()).isFalse();
  }

  @DialectTest
  void customLocalKeysConnectThroughOtherColumns(TestDatabase database) {
    seed(database);
    List<Post> posts = peru.codedPosts().get().collectList().block();
    assertThat(titles(posts)).containsExactly("c1");
    Country loaded = atlas.countries().with("codedPosts").where("code", "FR").first().block();
    assertThat(titles(loaded.relationList("codedPosts", Post.class)))
        .containsExactlyInAnyOrder("a1", "a2", "b1");
  }

  @DialectTest
  void eagerLoadingReadsEveryCountrysPostsInOneStatement(TestDatabase database)
      throws InterruptedException {
    seed(database);
    atlas.clearLog();
    List<Country> countries = countriesWithPosts();
    assertThat(atlas.selects(2)).hasSize(2);
    assertThat(titles(countries.get(0).relationList("posts", Post.class)))
        .containsExactlyInAnyOrder("a1", "a2", "b1");
    assertThat(titles(countries.get(1).relationList("posts", Post.class))).containsExactly("c1");
    assertThat(countries.get(2).relationList("posts", Post.class)).isEmpty();
    assertThat(countries.get(2).relationLoaded("posts")).isTrue();
  }

  @DialectTest
  void eagerLoadedPostsDoNotShowTheKeyTheyWereMatchedBy(TestDatabase database) throws Exception {
    seed(database);
    Post post = countriesWithPosts().get(1).relationList("posts", Post.class).get(0);
    assertThat(post.attributes()).doesNotContainKey("ilana_through_key");
    assertThat(post.original()).doesNotContainKey("ilana_through_key");
    assertThat(post.toMap()).doesNotContainKey("ilana_through_key");
    assertThat(new ObjectMapper().writeValueAsString(post)).doesNotContain("through");
    assertThat(post.isDirty()).isFalse();
  }

  @DialectTest
  void nestedEagerLoadingReadsTheCommentsOfThePosts(TestDatabase database)
      throws InterruptedException {
    seed(database);
    atlas.clearLog();
    Country loaded =
        atlas.countries().with("posts.comments").where("name", "france").first().block();
    assertThat(atlas.selects(3)).hasSize(3);
    Post a1 =
        loaded.relationList("posts", Post.class).stream()
            .filter(post -> post.getString("title").equals("a1"))
            .findFirst()
            .orElseThrow();
    assertThat(a1.relationList("comments", Comment.class))
        .extracting(comment -> comment.getString("body"))
        .containsExactly("nice");
  }

  @DialectTest
  void eagerLoadingTakesAConstraint(TestDatabase database) {
    seed(database);
    Country loaded =
        atlas
            .countries()
            .with("posts", q -> q.where("title", "b1"))
            .where("name", "france")
            .first()
            .block();
    assertThat(titles(loaded.relationList("posts", Post.class))).containsExactly("b1");
  }

  @DialectTest
  void loadReadsThePostsOntoOneCountry(TestDatabase database) {
    seed(database);
    Country country = atlas.countries().where("name", "peru").first().block();
    country.load("posts").block();
    assertThat(titles(country.relationList("posts", Post.class))).containsExactly("c1");
  }

  @DialectTest
  void hasAndWhereHasFilterCountriesByThePostsOfTheirUsers(TestDatabase database) {
    seed(database);
    ModelQuery<Country> countries = atlas.countries().orderBy("id");
    assertThat(names(countries.has("posts"))).containsExactly("france", "peru");
    assertThat(names(countries.doesntHave("posts"))).containsExactly("chad");
    assertThat(names(countries.whereHas("posts", q -> q.where("title", "c1"))))
        .containsExactly("peru");
    assertThat(names(countries.has("posts", ">=", 2))).containsExactly("france");
    assertThat(names(countries.whereHas("posts.comments", q -> q.where("body", "nice"))))
        .containsExactly("france");
  }

  @DialectTest
  void withCountCountsThePostsOfEachCountry(TestDatabase database) {
    seed(database);
    List<Long> counts =
        atlas
            .countries()
            .withCount("posts")
            .orderBy("id")
            .get()
            .map(country -> country.getLong("posts_count"))
            .collectList()
            .block();
    assertThat(counts).containsExactly(3L, 1L, 0L);
  }

  @DialectTest
  void withSumAddsUpAColumnOfThePostsOfEachCountry(TestDatabase database) {
    seed(database);
    atlas.posts().where("title", "a1").update(Map.of("votes", 4)).block();
    atlas.posts().where("title", "b1").update(Map.of("votes", 3)).block();
    List<Country> countries =
        atlas.countries().withSum("posts", "votes").orderBy("id").get().collectList().block();
    assertThat(countries)
        .extracting(country -> country.getLong("posts_sum_votes"))
        .containsExactly(7L, 0L, null);
  }

  @DialectTest
  void trashedUsersConnectNoPosts(TestDatabase database) {
    seed(database);
    bob.delete().block();
    assertThat(titles(france.posts().orderBy("t_posts.id").get().collectList().block()))
        .containsExactly("a1", "a2");
    assertThat(titles(countriesWithPosts().get(0).relationList("posts", Post.class)))
        .containsExactlyInAnyOrder("a1", "a2");
    assertThat(names(atlas.countries().whereHas("posts", q -> q.where("title", "b1")))).isEmpty();
    assertThat(
            atlas
                .countries()
                .withCount("posts")
                .where("name", "france")
                .first()
                .block()
                .getLong("posts_count"))
        .isEqualTo(2L);
  }

  @DialectTest
  void trashedPostsAreLeftOutByTheirOwnScope(TestDatabase database) {
    seed(database);
    atlas.posts().where("title", "a2").first().block().delete().block();
    assertThat(titles(france.posts().orderBy("t_posts.id").get().collectList().block()))
        .containsExactly("a1", "b1");
    assertThat(titles(countriesWithPosts().get(0).relationList("posts", Post.class)))
        .containsExactlyInAnyOrder("a1", "b1");
  }

  @DialectTest
  void aCountryNotSavedYetHasNoPosts(TestDatabase database) {
    seed(database);
    atlas.users().create(Map.of("name", "stateless")).block();
    Country unsaved = Country.TYPE.newInstance();
    unsaved.setConnection(atlas.connection);
    assertThat(unsaved.posts().get().collectList().block()).isEmpty();
  }

  @DialectTest
  void strictCountriesRefuseToReadPostsThatWereNotLoaded(TestDatabase database) {
    seed(database);
    StrictCountry country = StrictCountry.TYPE.query(atlas.manager).first().block();
    assertThatThrownBy(() -> country.relationList("posts", Post.class))
        .isInstanceOf(LazyLoadingViolationException.class)
        .hasMessageContaining("[posts]");
    StrictCountry loaded =
        StrictCountry.TYPE.query(atlas.manager).with("posts").orderBy("id").first().block();
    assertThat(titles(loaded.relationList("posts", Post.class)))
        .containsExactlyInAnyOrder("a1", "a2", "b1");
  }
}
