package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.model.ModelQuery;
import io.ilana.relation.Atlas.Country;
import io.ilana.relation.Atlas.Post;
import io.ilana.relation.Atlas.User;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

class HasOneThroughIntegrationTest {
  private Atlas atlas;
  private Country peru;
  private Country chad;

  @AfterEach
  void close() {
    if (atlas != null) {
      atlas.close();
    }
  }

  /** france: ann (a1, a2); peru: cy (c1) and dee (no posts); chad: nobody. */
  private void seed(TestDatabase database) {
    atlas = Atlas.open(database);
    Country france = atlas.country("france", "FR");
    peru = atlas.country("peru", "PE");
    chad = atlas.country("chad", "TD");
    User ann = atlas.user(france, "ann");
    User cy = atlas.user(peru, "cy");
    atlas.user(peru, "dee");
    atlas.post(ann, "a1");
    atlas.post(ann, "a2");
    atlas.post(cy, "c1");
  }

  private static String title(Post post) {
    return post == null ? null : post.getString("title");
  }

  private static List<String> names(ModelQuery<Country> query) {
    return query.get().map(country -> country.getString("name")).collectList().block();
  }

  @DialectTest
  void aCountryReadsThePostOfItsUser(TestDatabase database) {
    seed(database);
    assertThat(title(peru.onePost().first().block())).isEqualTo("c1");
    assertThat(chad.onePost().first().blockOptional()).isEmpty();
  }

  @DialectTest
  void eagerLoadingGivesEachCountryAtMostOnePostInOneStatement(TestDatabase database)
      throws InterruptedException {
    seed(database);
    atlas.clearLog();
    List<Country> countries =
        atlas.countries().with("onePost").orderBy("id").get().collectList().block();
    assertThat(atlas.selects(2)).hasSize(2);
    assertThat(title(countries.get(0).relationModel("onePost", Post.class))).isIn("a1", "a2");
    assertThat(title(countries.get(1).relationModel("onePost", Post.class))).isEqualTo("c1");
    assertThat(countries.get(2).relationModel("onePost", Post.class)).isNull();
    assertThat(countries.get(2).relationLoaded("onePost")).isTrue();
  }

  @DialectTest
  void theEagerPostDoesNotShowTheKeyItWasMatchedBy(TestDatabase database) {
    seed(database);
    Country loaded = atlas.countries().with("onePost").where("name", "peru").first().block();
    Post post = loaded.relationModel("onePost", Post.class);
    assertThat(post.toMap()).doesNotContainKey("ilana_through_key");
    assertThat(loaded.toMap().get("onePost").toString()).doesNotContain("through");
  }

  @DialectTest
  void hasAndWithCountSeeThePostThroughTheUser(TestDatabase database) {
    seed(database);
    assertThat(names(atlas.countries().has("onePost").orderBy("id")))
        .containsExactly("france", "peru");
    assertThat(names(atlas.countries().doesntHave("onePost"))).containsExactly("chad");
    assertThat(
            atlas
                .countries()
                .withCount("onePost")
                .where("name", "peru")
                .first()
                .block()
                .getLong("onePost_count"))
        .isEqualTo(1L);
  }

  @DialectTest
  void aTrashedUserConnectsNoPost(TestDatabase database) {
    seed(database);
    atlas.users().where("name", "cy").first().block().delete().block();
    assertThat(peru.onePost().first().blockOptional()).isEmpty();
    Country loaded = atlas.countries().with("onePost").where("name", "peru").first().block();
    assertThat(loaded.relationModel("onePost", Post.class)).isNull();
  }
}
