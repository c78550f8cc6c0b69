package io.ilana.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidArgumentException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ItemsAccessTest {

  @Test
  void firstIsTheFirstElement() {
    assertThat(Items.of(1, 2).first()).contains(1);
  }

  @Test
  void firstOfEmptyIsEmpty() {
    assertThat(Items.empty().first()).isEmpty();
  }

  @Test
  void firstThatIsNullIsEmpty() {
    assertThat(Items.of(Arrays.asList(null, "b")).first()).isEmpty();
  }

  @Test
  void firstWithPredicateIsTheFirstMatch() {
    assertThat(Items.of(1, 2, 3, 4).first(i -> i % 2 == 0)).contains(2);
  }

  @Test
  void firstWithPredicateWithoutMatchIsEmpty() {
    assertThat(Items.of(1, 3).first(i -> i % 2 == 0)).isEmpty();
  }

  @Test
  void lastIsTheLastElement() {
    assertThat(Items.of(1, 2).last()).contains(2);
  }

  @Test
  void lastOfEmptyIsEmpty() {
    assertThat(Items.empty().last()).isEmpty();
  }

  @Test
  void getReadsAZeroBasedPosition() {
    assertThat(Items.of("a", "b").get(1)).isEqualTo("b");
  }

  @Test
  void getOutsideTheElementsIsRejected() {
    assertThatThrownBy(() -> Items.of("a").get(1))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("Index 1 is out of bounds for 1 items.");
    assertThatThrownBy(() -> Items.of("a").get(-1))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("Index -1 is out of bounds for 1 items.");
  }

  @Test
  void containsIsTrueWhenAnyElementMatches() {
    assertThat(Items.of(1, 2).contains(i -> i == 2)).isTrue();
    assertThat(Items.of(1, 2).contains(i -> i == 3)).isFalse();
  }

  @Test
  void containsOnEmptyIsFalse() {
    assertThat(Items.<Integer>empty().contains(i -> true)).isFalse();
  }

  @Test
  void everyIsTrueWhenAllElementsMatch() {
    assertThat(Items.of(2, 4).every(i -> i % 2 == 0)).isTrue();
    assertThat(Items.of(2, 3).every(i -> i % 2 == 0)).isFalse();
  }

  @Test
  void everyOnEmptyIsTrue() {
    assertThat(Items.<Integer>empty().every(i -> false)).isTrue();
  }
}
