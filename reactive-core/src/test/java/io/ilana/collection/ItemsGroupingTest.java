package io.ilana.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidArgumentException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemsGroupingTest {

  private final Person ann = Person.of(1, "Ann", "user", 30, "100.10");
  private final Person bob = Person.of(2, "Bob", "admin", 40, "200.20");
  private final Person cy = Person.of(3, "Cy", "user", 20, "300.30");
  private final Items<Person> people = Items.of(ann, bob, cy);

  @Test
  void groupByKeepsGroupsInOrderOfFirstAppearance() {
    Map<Object, Items<Person>> groups = people.groupBy("role");
    assertThat(groups.keySet()).containsExactly("user", "admin");
    assertThat(groups.get("user").all()).containsExactly(ann, cy);
    assertThat(groups.get("admin").all()).containsExactly(bob);
  }

  @Test
  void groupByFunctionUsesTheDerivedKey() {
    Map<Boolean, Items<Integer>> groups = Items.range(1, 5).groupBy(i -> i % 2 == 0);
    assertThat(groups.keySet()).containsExactly(false, true);
    assertThat(groups.get(false).all()).containsExactly(1, 3, 5);
  }

  @Test
  void groupByAcceptsANullKey() {
    Map<String, Object> noRole = new HashMap<>();
    noRole.put("role", null);
    assertThat(Items.of(noRole).groupBy("role")).containsOnlyKeys((Object) null);
  }

  @Test
  void groupByOfEmptyIsAnEmptyMap() {
    assertThat(Items.<Person>empty().groupBy("role")).isEmpty();
  }

  @Test
  void groupByResultIsUnmodifiable() {
    assertThatThrownBy(() -> people.groupBy("role").clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void keyByMapsEachKeyToItsElementInOrder() {
    assertThat(people.keyBy("id"))
        .containsExactly(Map.entry(1L, ann), Map.entry(2L, bob), Map.entry(3L, cy));
  }

  @Test
  void keyByLetsTheLastDuplicateWin() {
    assertThat(people.keyBy("role"))
        .containsExactly(Map.entry("user", cy), Map.entry("admin", bob));
  }

  @Test
  void keyByFunctionUsesTheDerivedKey() {
    assertThat(Items.of("a", "bb").keyBy(String::length))
        .containsExactly(Map.entry(1, "a"), Map.entry(2, "bb"));
  }

  @Test
  void countByCountsPerValueInOrderOfFirstAppearance() {
    assertThat(people.countBy("role"))
        .containsExactly(Map.entry("user", 2L), Map.entry("admin", 1L));
  }

  @Test
  void countByFunctionCountsPerDerivedKey() {
    assertThat(Items.of("a", "b", "cc").countBy(String::length))
        .containsExactly(Map.entry(1, 2L), Map.entry(2, 1L));
  }

  @Test
  void partitionSplitsIntoMatchingAndRestInOrder() {
    Partition<Person> split = people.partition(p -> p.role().equals("user"));
    assertThat(split.matching().all()).containsExactly(ann, cy);
    assertThat(split.rest().all()).containsExactly(bob);
  }

  @Test
  void partitionOfEmptyHasTwoEmptyHalves() {
    Partition<Integer> split = Items.<Integer>empty().partition(i -> true);
    assertThat(split.matching().isEmpty()).isTrue();
    assertThat(split.rest().isEmpty()).isTrue();
  }

  @Test
  void chunkSplitsWithTheRemainderLast() {
    assertThat(Items.range(1, 5).chunk(2).all())
        .containsExactly(Items.of(1, 2), Items.of(3, 4), Items.of(5));
  }

  @Test
  void chunkOfExactMultipleHasNoPartialChunk() {
    assertThat(Items.range(1, 4).chunk(2).size()).isEqualTo(2);
  }

  @Test
  void chunkLargerThanTheItemsGivesOneChunk() {
    assertThat(Items.of(1, 2).chunk(10).all()).containsExactly(Items.of(1, 2));
  }

  @Test
  void chunkOfEmptyIsEmpty() {
    assertThat(Items.empty().chunk(3).isEmpty()).isTrue();
  }

  @Test
  void chunkSizeBelowOneIsRejected() {
    assertThatThrownBy(() -> Items.of(1).chunk(0))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("Chunk size must be at least 1, got 0.");
    assertThatThrownBy(() -> Items.of(1).chunk(-3))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("Chunk size must be at least 1, got -3.");
  }
}
