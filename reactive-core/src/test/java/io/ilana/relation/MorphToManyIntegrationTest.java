package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.MorphTypeException;
import io.ilana.model.BelongsToMany;
import io.ilana.model.Model;
import io.ilana.model.Pivot;
import io.ilana.relation.Club.Post;
import io.ilana.relation.Club.Tag;
import io.ilana.relation.Club.Video;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

class MorphToManyIntegrationTest {
  private Club club;
  private Post post;
  private Video video;
  private List<Tag> tags;

  @AfterEach
  void close() {
    if (club != null) {
      club.close();
    }
  }

  /**
   * Post 1 and video 1 (the same key on both tables), tags java, sql and web; no pivot rows. Posts
   * are stored as "post", videos unmapped (by class name).
   */
  private void seed(TestDatabase database) {
    club = Club.open(database);
    club.morphMap().register("post", Post.class);
    post = club.posts().create(Map.of("title", "p")).block();
    video = club.videos().create(Map.of("title", "v")).block();
    tags =
        List.of("java", "sql", "web").stream()
            .map(name -> club.tags().create(Map.of("name", name)).block())
            .toList();
  }

  private Object tag(int index) {
    return tags.get(index).getKey();
  }

  private static List<String> names(List<? extends Model<?>> models) {
    return models.stream().map(m -> m.getString("name") + m.getString("title")).sorted().toList();
  }

  @DialectTest
  void postsAndVideosWithTheSameKeyKeepTheirOwnTagsInOnePivot(TestDatabase database) {
    seed(database);
    post.tags().attach(List.of(tag(0), tag(1))).block();
    video.tags().attach(List.of(tag(2))).block();
    assertThat(post.tags().get().map(t -> t.getString("name")).sort().collectList().block())
        .containsExactly("java", "sql");
    assertThat(video.tags().get().map(t -> t.getString("name")).collectList().block())
        .containsExactly("web");
    assertThat(club.rows(Club.TAGGABLES, "tag_id"))
        .extracting(row -> row.get("taggable_type"))
        .containsExactly("post", "post", Video.class.getName());
  }

  @DialectTest
  void theTagsPivotCarriesTheTypeAndBothKeys(TestDatabase database) {
    seed(database);
    post.tags().attach(List.of(tag(0))).block();
    Pivot pivot = post.tags().first().block().relationModel("pivot", Pivot.class);
    assertThat(pivot.getString("taggable_type")).isEqualTo("post");
    assertThat(pivot.getLong("taggable_id")).isEqualTo(post.getKey());
    assertThat(pivot.getLong("tag_id")).isEqualTo(tag(0));
  }

  @DialectTest
  void morphedByManyReadsOnlyTheModelsOfItsType(TestDatabase database) {
    seed(database);
    post.tags().attach(List.of(tag(0))).block();
    video.tags().attach(List.of(tag(0))).block();
    Tag java = tags.get(0);
    assertThat(java.posts().get().map(p -> p.getString("title")).collectList().block())
        .containsExactly("p");
    assertThat(java.videos().get().map(v -> v.getString("title")).collectList().block())
        .containsExactly("v");
    assertThat(java.posts().count().block()).isEqualTo(1L);
  }

  @DialectTest
  void eagerLoadingAndExistenceQueriesFilterByTheType(TestDatabase database) {
    seed(database);
    post.tags().attach(List.of(tag(0), tag(1))).block();
    video.tags().attach(List.of(tag(2))).block();
    Post loaded = club.posts().with("tags").withCount("tags").find(post.getKey()).block();
    assertThat(names(loaded.relationList("tags", Tag.class)))
        .containsExactly("javanull", "sqlnull");
    assertThat(loaded.getLong("tags_count")).isEqualTo(2L);
    List<Tag> withPosts =
        club.tags().has("posts").with("videos").orderBy("id").get().collectList().block();
    assertThat(withPosts).extracting(t -> t.getString("name")).containsExactly("java", "sql");
    assertThat(withPosts.get(0).relationList("videos", Video.class)).isEmpty();
    List<Tag> withVideos = club.tags().has("videos").get().collectList().block();
    assertThat(withVideos).extracting(t -> t.getString("name")).containsExactly("web");
  }

  @DialectTest
  void syncAndDetachChangeOnlyTheRowsOfTheirType(TestDatabase database) {
    seed(database);
    post.tags().attach(List.of(tag(0), tag(1))).block();
    video.tags().attach(List.of(tag(0), tag(1))).block();
    BelongsToMany.Sync sync = post.tags().sync(List.of(tag(1), tag(2))).block();
    assertThat(sync.attached()).containsExactly(tag(2));
    assertThat(sync.detached()).hasSize(1);
    assertThat(video.tags().count().block()).isEqualTo(2L);
    assertThat(tags.get(0).videos().detachAll().block()).isEqualTo(1L);
    assertThat(post.tags().count().block()).isEqualTo(2L);
    assertThat(video.tags().get().map(t -> t.getString("name")).collectList().block())
        .containsExactly("sql");
  }

  @DialectTest
  void theInverseSideAttachesWithTheRelatedModelsType(TestDatabase database) {
    seed(database);
    tags.get(2).posts().attach(List.of(post.getKey())).block();
    tags.get(2).videos().attach(List.of(video.getKey())).block();
    assertThat(post.tags().get().map(t -> t.getString("name")).collectList().block())
        .containsExactly("web");
    assertThat(video.tags().count().block()).isEqualTo(1L);
  }

  @DialectTest
  void anEnforcedMorphMapWithoutTheClassRefusesReadsAndWrites(TestDatabase database) {
    seed(database);
    club.morphMap().enforce();
    assertThatThrownBy(() -> video.tags().attach(List.of(tag(0))).block())
        .isInstanceOf(MorphTypeException.class)
        .hasMessageContaining("No morph map entry for " + Video.class.getName());
    assertThatThrownBy(() -> video.tags().get().collectList().block())
        .isInstanceOf(MorphTypeException.class);
    assertThat(club.rows(Club.TAGGABLES)).isEmpty();
    post.tags().attach(List.of(tag(0))).block();
    assertThat(post.tags().count().block()).isEqualTo(1L);
  }
}
