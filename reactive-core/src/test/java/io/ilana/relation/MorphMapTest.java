package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.MorphTypeException;
import io.ilana.model.MorphMap;
import io.ilana.relation.Gallery.Post;
import io.ilana.relation.Gallery.Video;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Registering aliases: each alias and each class maps once, and unmapped classes by name. */
class MorphMapTest {
  @AfterEach
  void clear() {
    MorphMap.clear();
  }

  @Test
  void anAliasMapsOneClassOnly() {
    MorphMap.register("post", Post.class);
    assertThatThrownBy(() -> MorphMap.register("post", Video.class))
        .isInstanceOf(MorphTypeException.class)
        .hasMessage(
            "Cannot map morph alias [post] to "
                + Video.class.getName()
                + ": the alias already maps "
                + Post.class.getName()
                + ".");
  }

  @Test
  void aClassMapsToOneAliasOnly() {
    MorphMap.register("post", Post.class);
    assertThatThrownBy(() -> MorphMap.register("article", Post.class))
        .isInstanceOf(MorphTypeException.class)
        .hasMessage(
            "Cannot map morph alias [article] to "
                + Post.class.getName()
                + ": the class is already mapped as [post].");
  }

  @Test
  void registeringTheSamePairAgainIsHarmless() {
    MorphMap.register("post", Post.class);
    MorphMap.register("post", Post.class);
    assertThat(MorphMap.aliasFor(Post.class)).isEqualTo("post");
    assertThat(MorphMap.classFor("post")).isEqualTo(Post.class);
  }

  @Test
  void aBlankAliasIsRefused() {
    assertThatThrownBy(() -> MorphMap.register(" ", Post.class))
        .isInstanceOf(MorphTypeException.class)
        .hasMessage("A morph alias may not be blank (for " + Post.class.getName() + ").");
  }

  @Test
  void withoutAMappingTheClassNameIsStoredAndResolved() {
    assertThat(MorphMap.isEnforced()).isFalse();
    assertThat(MorphMap.aliasFor(Video.class)).isEqualTo(Video.class.getName());
    assertThat(MorphMap.classFor(Video.class.getName())).isEqualTo(Video.class);
  }

  @Test
  void clearingForgetsAliasesAndEnforcement() {
    MorphMap.enforce(Map.of("post", Post.class));
    MorphMap.clear();
    assertThat(MorphMap.isEnforced()).isFalse();
    assertThat(MorphMap.aliasFor(Post.class)).isEqualTo(Post.class.getName());
  }
}
