package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.db.DatabaseManager;
import io.ilana.db.TestManagers;
import io.ilana.error.MorphTypeException;
import io.ilana.model.MorphMap;
import io.ilana.model.MorphRegistry;
import io.ilana.relation.Gallery.Post;
import io.ilana.relation.Gallery.Video;
import io.ilana.testkit.TestDatabases;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Registering aliases in a manager's morph map: each alias and each class maps once, unmapped
 * classes by name, and each manager has a map of its own.
 */
class MorphMapTest {
  private final DatabaseManager manager = TestManagers.open(TestDatabases.h2());
  private final MorphRegistry map = MorphMap.of(manager);

  @AfterEach
  void close() {
    manager.close().block();
  }

  @Test
  void anAliasMapsOneClassOnly() {
    map.register("post", Post.class);
    assertThatThrownBy(() -> map.register("post", Video.class))
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
    map.register("post", Post.class);
    assertThatThrownBy(() -> map.register("article", Post.class))
        .isInstanceOf(MorphTypeException.class)
        .hasMessage(
            "Cannot map morph alias [article] to "
                + Post.class.getName()
                + ": the class is already mapped as [post].");
  }

  @Test
  void registeringTheSamePairAgainIsHarmless() {
    map.register("post", Post.class);
    map.register("post", Post.class);
    assertThat(map.aliasFor(Post.class)).isEqualTo("post");
    assertThat(map.classFor("post")).isEqualTo(Post.class);
  }

  @Test
  void aBlankAliasIsRefused() {
    assertThatThrownBy(() -> map.register(" ", Post.class))
        .isInstanceOf(MorphTypeException.class)
        .hasMessage("A morph alias may not be blank (for " + Post.class.getName() + ").");
  }

  @Test
  void withoutAMappingTheClassNameIsStoredAndResolved() {
    assertThat(map.isEnforced()).isFalse();
    assertThat(map.aliasFor(Video.class)).isEqualTo(Video.class.getName());
    assertThat(map.classFor(Video.class.getName())).isEqualTo(Video.class);
  }

  @Test
  void clearingForgetsAliasesAndEnforcement() {
    map.enforce(Map.of("post", Post.class));
    map.clear();
    assertThat(map.isEnforced()).isFalse();
    assertThat(map.aliasFor(Post.class)).isEqualTo(Post.class.getName());
  }

  @Test
  void theSameManagerAlwaysGivesTheSameMap() {
    assertThat(MorphMap.of(manager)).isSameAs(map);
  }

  @Test
  void anotherManagersMapIsItsOwn() {
    DatabaseManager other = TestManagers.open(TestDatabases.h2());
    try {
      MorphRegistry otherMap = MorphMap.of(other);
      map.register("post", Post.class);
      otherMap.enforce(Map.of("article", Post.class));
      assertThat(map.aliasFor(Post.class)).isEqualTo("post");
      assertThat(otherMap.aliasFor(Post.class)).isEqualTo("article");
      assertThat(map.isEnforced()).isFalse();
      assertThat(map.aliasFor(Video.class)).isEqualTo(Video.class.getName());
      assertThatThrownBy(() -> otherMap.aliasFor(Video.class))
          .isInstanceOf(MorphTypeException.class);
    } finally {
      other.close().block();
    }
  }
}
