package io.ilana.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidValueException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemsAggregateTest {

  private final Person ann = Person.of(1, "Ann", "user", 30, "0.10");
  private final Person bob = Person.of(2, "Bob", "admin", 40, "0.20");
  private final Person cy = Person.of(3, "Cy", "user", null, null);

  @Test
  void sumOfNumbersIsExact() {
    assertThat(Items.of(0.1d, 0.2d).sum()).isEqualByComparingTo("0.3");
  }

  @Test
  void sumAddsMixedNumberTypes() {
    assertThat(Items.<Number>of(1, 2L, new BigDecimal("0.5")).sum()).isEqualByComparingTo("3.5");
  }

  @Test
  void sumOfEmptyIsZero() {
    assertThat(Items.<Integer>empty().sum()).isEqualByComparingTo("0");
  }

  @Test
  void sumByKeySkipsNulls() {
    assertThat(Items.of(ann, bob, cy).sum("salary")).isEqualTo(new BigDecimal("0.30"));
  }

  @Test
  void sumByFunctionAddsTheDerivedNumbers() {
    assertThat(Items.of(ann, bob, cy).sum(Person::age)).isEqualByComparingTo("70");
  }

  @Test
  void sumOfANonNumberIsRejected() {
    assertThatThrownBy(() -> Items.of(ann).sum("name"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Cannot do arithmetic with 'name': expected a number, got java.lang.String.");
  }

  @Test
  void sumOfElementsThatAreNotNumbersIsRejected() {
    assertThatThrownBy(() -> Items.of("1").sum())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Cannot do arithmetic with an element: expected a number, got java.lang.String.");
  }

  @Test
  void sumOfANonFiniteDoubleIsRejected() {
    assertThatThrownBy(() -> Items.of(Double.NaN).sum())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Cannot do arithmetic with the non-finite number NaN.");
  }

  @Test
  void avgDividesByTheNonNullCount() {
    assertThat(Items.of(ann, bob, cy).avg("age")).contains(new BigDecimal("35"));
  }

  @Test
  void avgKeepsFractions() {
    assertThat(Items.of(1, 2).avg()).contains(new BigDecimal("1.5"));
  }

  @Test
  void avgOfARepeatingFractionHas34SignificantDigits() {
    assertThat(Items.of(1, 2, 2).avg().orElseThrow().precision()).isEqualTo(34);
  }

  @Test
  void avgByFunctionAveragesTheDerivedNumbers() {
    assertThat(Items.of("a", "bbb").avg(String::length)).contains(new BigDecimal("2"));
  }

  @Test
  void avgOfEmptyIsEmpty() {
    assertThat(Items.<Integer>empty().avg()).isEmpty();
  }

  @Test
  void avgOfOnlyNullsIsEmpty() {
    assertThat(Items.of(cy).avg("age")).isEmpty();
  }

  @Test
  void minAndMaxByComparatorReturnTheElement() {
    Items<Person> people = Items.of(ann, bob);
    assertThat(people.min(Comparator.comparing(Person::name))).contains(ann);
    assertThat(people.max(Comparator.comparing(Person::name))).contains(bob);
  }

  @Test
  void minByComparatorKeepsTheFirstOnATie() {
    assertThat(Items.of("bb", "aa", "c").min(Comparator.comparing(String::length))).contains("c");
    assertThat(Items.of("bb", "aa").min(Comparator.comparing(String::length))).contains("bb");
  }

  @Test
  void minAndMaxByComparatorSkipNullElements() {
    Items<Integer> items = Items.of(Arrays.asList(null, 3, 1));
    assertThat(items.min(Comparator.naturalOrder())).contains(1);
    assertThat(items.max(Comparator.naturalOrder())).contains(3);
  }

  @Test
  void minAndMaxByKeyReturnTheValueIgnoringNulls() {
    Items<Person> people = Items.of(ann, bob, cy);
    assertThat(people.min("age")).contains(30);
    assertThat(people.max("age")).contains(40);
  }

  @Test
  void maxByKeyComparesNumbersByValue() {
    assertThat(Items.of(Map.of("v", 2), Map.of("v", 10L)).max("v")).contains(10L);
  }

  @Test
  void minAndMaxOfEmptyAreEmpty() {
    assertThat(Items.<Person>empty().min("age")).isEmpty();
    assertThat(Items.<Integer>empty().max(Comparator.naturalOrder())).isEmpty();
  }

  @Test
  void reduceWithInitialFoldsInOrder() {
    assertThat(Items.of("a", "b", "c").reduce(">", (acc, s) -> acc + s)).isEqualTo(">abc");
  }

  @Test
  void reduceWithInitialOfEmptyIsTheInitial() {
    assertThat(Items.<Integer>empty().reduce(5, Integer::sum)).isEqualTo(5);
  }

  @Test
  void reducePairwiseFoldsTheElements() {
    assertThat(Items.of(1, 2, 3).reduce(Integer::sum)).contains(6);
  }

  @Test
  void reducePairwiseOfEmptyIsEmpty() {
    assertThat(Items.<Integer>empty().reduce(Integer::sum)).isEmpty();
  }

  @Test
  void joinGluesTheTextOfElements() {
    assertThat(Items.of(1, 2, 3).join(", ")).isEqualTo("1, 2, 3");
  }

  @Test
  void joinWritesNullAsNothing() {
    assertThat(Items.of(Arrays.asList("a", null, "b")).join("-")).isEqualTo("a--b");
  }

  @Test
  void joinWithFinalGlueUsesItBeforeTheLast() {
    assertThat(Items.of("a", "b", "c").join(", ", " and ")).isEqualTo("a, b and c");
  }

  @Test
  void joinWithFinalGlueOfOneOrNoneIsPlain() {
    assertThat(Items.of("a").join(", ", " and ")).isEqualTo("a");
    assertThat(Items.empty().join(", ", " and ")).isEmpty();
  }

  @Test
  void implodeIsJoin() {
    assertThat(Items.of("a", "b").implode("/")).isEqualTo("a/b");
  }

  @Test
  void implodeByKeyJoinsTheValues() {
    assertThat(Items.of(ann, bob).implode("name", ", ")).isEqualTo("Ann, Bob");
  }
}
