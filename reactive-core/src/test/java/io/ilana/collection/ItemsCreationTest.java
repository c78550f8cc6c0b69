package io.ilana.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidArgumentException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemsCreationTest {

  @Test
  void ofKeepsTheGivenOrder() {
    assertThat(Items.of(3, 1, 2).all()).containsExactly(3, 1, 2);
  }

  @Test
  void ofAListCopiesItSoLaterChangesDoNotShowThrough() {
    List<String> source = new ArrayList<>(List.of("a", "b"));
    Items<String> items = Items.of(source);
    source.add("c");
    assertThat(items.all()).containsExactly("a", "b");
  }

  @Test
  void elementsMayBeNull() {
    assertThat(Items.of(Arrays.asList("a", null)).all()).containsExactly("a", null);
  }

  @Test
  void fromTakesAnyIterableInIterationOrder() {
    assertThat(Items.from(new LinkedHashSet<>(List.of("x", "y"))).all()).containsExactly("x", "y");
  }

  @Test
  void fromReturnsAnItemsAsIs() {
    Items<Integer> items = Items.of(1, 2);
    assertThat(Items.from(items)).isSameAs(items);
  }

  @Test
  void makeIsOf() {
    assertThat(Items.make(1, 2, 3)).isEqualTo(Items.of(1, 2, 3));
  }

  @Test
  void emptyHasNoElements() {
    assertThat(Items.empty().isEmpty()).isTrue();
    assertThat(Items.empty().size()).isZero();
  }

  @Test
  void rangeIncludesBothEnds() {
    assertThat(Items.range(1, 5).all()).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void rangeCountsDownWhenFromIsGreater() {
    assertThat(Items.range(3, 1).all()).containsExactly(3, 2, 1);
  }

  @Test
  void rangeOfOneNumberHasOneElement() {
    assertThat(Items.range(7, 7).all()).containsExactly(7);
  }

  @Test
  void rangeThatWouldNotFitInAListIsRejected() {
    assertThatThrownBy(() -> Items.range(Integer.MIN_VALUE, Integer.MAX_VALUE))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("Range from -2147483648 to 2147483647 has too many elements (4294967296).");
  }

  @Test
  void timesCallsTheFactoryWithOneBasedNumbers() {
    assertThat(Items.times(3, i -> "item " + i).all())
        .containsExactly("item 1", "item 2", "item 3");
  }

  @Test
  void timesZeroIsEmpty() {
    assertThat(Items.times(0, i -> i).isEmpty()).isTrue();
  }

  @Test
  void timesNegativeIsRejected() {
    assertThatThrownBy(() -> Items.times(-1, i -> i))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("Times count must not be negative, got -1.");
  }

  @Test
  void allIsUnmodifiable() {
    assertThatThrownBy(() -> Items.of(1).all().add(2))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void iteratorCannotRemove() {
    var it = Items.of(1).iterator();
    it.next();
    assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toListAndStreamSeeTheElements() {
    Items<Integer> items = Items.of(1, 2);
    assertThat(items.toList()).containsExactly(1, 2);
    assertThat(items.stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
  }

  @Test
  void itemsIsIterable() {
    List<Integer> seen = new ArrayList<>();
    for (Integer i : Items.of(1, 2)) {
      seen.add(i);
    }
    assertThat(seen).containsExactly(1, 2);
  }

  @Test
  void sizeAndCountAgree() {
    assertThat(Items.of(1, 2, 3).size()).isEqualTo(3);
    assertThat(Items.of(1, 2, 3).count()).isEqualTo(3);
  }

  @Test
  void isNotEmptyIsTheOppositeOfIsEmpty() {
    assertThat(Items.of(1).isNotEmpty()).isTrue();
    assertThat(Items.empty().isNotEmpty()).isFalse();
  }

  @Test
  void equalItemsHaveEqualHashCodes() {
    assertThat(Items.of(1, 2)).isEqualTo(Items.of(List.of(1, 2))).hasSameHashCodeAs(Items.of(1, 2));
    assertThat(Items.of(1, 2)).isNotEqualTo(Items.of(2, 1)).isNotEqualTo(List.of(1, 2));
  }

  @Test
  void toStringShowsTheElements() {
    assertThat(Items.of("a", "b")).hasToString("Items[a, b]");
  }
}
