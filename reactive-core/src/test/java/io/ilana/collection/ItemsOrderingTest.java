package io.ilana.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidArgumentException;
import io.ilana.error.InvalidValueException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ItemsOrderingTest {

  private final Person ann = Person.of(1, "Ann", "user", 30, "1");
  private final Person bob = Person.of(2, "Bob", "admin", 40, "1");
  private final Person cy = Person.of(3, "Cy", "user", 20, "1");
  private final Person dee = Person.of(4, "Dee", "user", null, "1");

  @Test
  void sortOrdersByTheComparator() {
    assertThat(Items.of(2, 3, 1).sort(Comparator.reverseOrder()).all()).containsExactly(3, 2, 1);
  }

  @Test
  void sortByFunctionSortsAscendingWithNullsFirst() {
    assertThat(Items.of(ann, bob, cy, dee).sortBy(Person::age).all())
        .containsExactly(dee, cy, ann, bob);
  }

  @Test
  void sortByIsStable() {
    assertThat(Items.of(bob, ann, cy).sortBy(Person::role).all()).containsExactly(bob, ann, cy);
  }

  @Test
  void sortByDescFunctionSortsDescendingWithNullsLast() {
    assertThat(Items.of(ann, dee, bob, cy).sortByDesc(Person::age).all())
        .containsExactly(bob, ann, cy, dee);
  }

  @Test
  void sortByKeyReadsAttributes() {
    assertThat(Items.of(ann, bob, cy, dee).sortBy("age").all()).containsExactly(dee, cy, ann, bob);
  }

  @Test
  void sortByDescKeyPutsNullsLast() {
    assertThat(Items.of(dee, ann, bob, cy).sortByDesc("age").all())
        .containsExactly(bob, ann, cy, dee);
  }

  @Test
  void sortByKeyComparesNumbersByValueAcrossTypes() {
    Map<String, Object> ten = Map.of("n", 10L);
    Map<String, Object> two = Map.of("n", 2);
    Map<String, Object> half = Map.of("n", 0.5d);
    assertThat(Items.of(ten, two, half).sortBy("n").all()).containsExactly(half, two, ten);
  }

  @Test
  void sortByKeyUsesTheNaturalOrderOfOtherValues() {
    Map<String, Object> later = Map.of("on", LocalDate.of(2024, 2, 1));
    Map<String, Object> earlier = Map.of("on", LocalDate.of(2024, 1, 1));
    assertThat(Items.of(later, earlier).sortBy("on").all()).containsExactly(earlier, later);
  }

  @Test
  void sortByKeyWithIncomparableValuesIsRejected() {
    Map<String, Object> a = Map.of("v", "text");
    Map<String, Object> b = Map.of("v", 1);
    assertThatThrownBy(() -> Items.of(a, b).sortBy("v"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Cannot compare a java.lang.Integer with a java.lang.String.");
  }

  @Test
  void sortByKeyWithANullValueInAMapSortsItFirst() {
    Map<String, Object> none = new HashMap<>();
    none.put("v", null);
    Map<String, Object> one = Map.of("v", 1);
    assertThat(Items.of(one, none).sortBy("v").all()).containsExactly(none, one);
  }

  @Test
  void takeTakesFromTheStart() {
    assertThat(Items.range(1, 5).take(2).all()).containsExactly(1, 2);
  }

  @Test
  void takeNegativeTakesFromTheEnd() {
    assertThat(Items.range(1, 5).take(-2).all()).containsExactly(4, 5);
  }

  @Test
  void takeMoreThanThereAreTakesAll() {
    assertThat(Items.of(1, 2).take(5).all()).containsExactly(1, 2);
    assertThat(Items.of(1, 2).take(Integer.MIN_VALUE).all()).containsExactly(1, 2);
  }

  @Test
  void takeZeroIsEmpty() {
    assertThat(Items.of(1, 2).take(0).isEmpty()).isTrue();
  }

  @Test
  void skipDropsTheFirstElements() {
    assertThat(Items.range(1, 5).skip(3).all()).containsExactly(4, 5);
  }

  @Test
  void skipPastTheEndIsEmpty() {
    assertThat(Items.of(1).skip(4).isEmpty()).isTrue();
  }

  @Test
  void skipNegativeIsRejected() {
    assertThatThrownBy(() -> Items.of(1).skip(-1))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("Skip count must not be negative, got -1.");
  }

  @Test
  void shuffleWithASeedIsRepeatableAndKeepsTheElements() {
    Items<Integer> items = Items.range(1, 20);
    Items<Integer> once = items.shuffle(new Random(42));
    assertThat(once).isEqualTo(items.shuffle(new Random(42)));
    assertThat(once).isNotEqualTo(items);
    assertThat(once.all()).containsExactlyInAnyOrderElementsOf(items.all());
  }

  @Test
  void shuffleWithoutASeedKeepsTheElements() {
    assertThat(Items.range(1, 10).shuffle().all())
        .containsExactlyInAnyOrderElementsOf(Items.range(1, 10));
  }

  @Test
  void randomPicksOneOfTheElements() {
    assertThat(Items.of(1, 2, 3).random()).hasValueSatisfying(i -> assertThat(i).isBetween(1, 3));
  }

  @Test
  void randomWithASeedIsRepeatable() {
    Items<Integer> items = Items.range(1, 100);
    assertThat(items.random(new Random(7))).isEqualTo(items.random(new Random(7)));
  }

  @Test
  void randomOfEmptyIsEmpty() {
    assertThat(Items.empty().random()).isEmpty();
  }

  @Test
  void randomCountPicksDistinctPositions() {
    Items<Integer> picked = Items.range(1, 10).random(4, new Random(1));
    assertThat(picked.size()).isEqualTo(4);
    assertThat(picked.unique().size()).isEqualTo(4);
    assertThat(Items.range(1, 10).random(3).size()).isEqualTo(3);
  }

  @Test
  void randomCountOfAllIsAPermutation() {
    assertThat(Items.of(1, 2, 3).random(3).all()).containsExactlyInAnyOrder(1, 2, 3);
  }

  @Test
  void randomCountAboveTheSizeIsRejected() {
    assertThatThrownBy(() -> Items.of(1, 2).random(3))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("Cannot pick 3 random items from 2 items.");
  }

  @Test
  void randomCountNegativeIsRejected() {
    assertThatThrownBy(() -> Items.of(1, 2).random(-1))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("Random count must not be negative, got -1.");
  }

  @Test
  void randomNullElementIsEmpty() {
    assertThat(Items.of(Arrays.asList((Object) null)).random(new Random(3))).isEmpty();
  }
}
