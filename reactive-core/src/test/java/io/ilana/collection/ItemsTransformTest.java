package io.ilana.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidValueException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemsTransformTest {

  @Test
  void filterKeepsMatchingElementsInOrder() {
    assertThat(Items.range(1, 6).filter(i -> i % 2 == 0).all()).containsExactly(2, 4, 6);
  }

  @Test
  void filterLeavesTheOriginalUntouched() {
    Items<Integer> items = Items.of(1, 2);
    items.filter(i -> i > 1);
    assertThat(items.all()).containsExactly(1, 2);
  }

  @Test
  void rejectDropsMatchingElements() {
    assertThat(Items.range(1, 6).reject(i -> i % 2 == 0).all()).containsExactly(1, 3, 5);
  }

  @Test
  void mapTransformsEachElement() {
    assertThat(Items.of("a", "bb").map(String::length).all()).containsExactly(1, 2);
  }

  @Test
  void mapOfEmptyIsEmpty() {
    assertThat(Items.<String>empty().map(String::length).isEmpty()).isTrue();
  }

  @Test
  void flatMapConcatenatesResultsInOrder() {
    assertThat(Items.of(1, 2).flatMap(i -> List.of(i, i * 10)).all()).containsExactly(1, 10, 2, 20);
  }

  @Test
  void flatMapAcceptsItemsResults() {
    assertThat(Items.of(2, 0).flatMap(i -> Items.times(i, n -> n)).all()).containsExactly(1, 2);
  }

  @Test
  void eachVisitsEveryElementInOrderAndReturnsTheSameItems() {
    List<Integer> seen = new ArrayList<>();
    Items<Integer> items = Items.of(1, 2);
    assertThat(items.each(seen::add)).isSameAs(items);
    assertThat(seen).containsExactly(1, 2);
  }

  @Test
  void pluckReadsAKeyFromMaps() {
    Items<Map<String, Object>> rows = Items.of(Map.of("name", "Ann"), Map.of("name", "Bob"));
    assertThat(rows.pluck("name").all()).containsExactly("Ann", "Bob");
  }

  @Test
  void pluckReadsAnAttributeFromModels() {
    Items<Person> people = Items.of(Person.of(1, "Ann", "admin", 30, "10"));
    assertThat(people.pluck("role").all()).containsExactly("admin");
  }

  @Test
  void pluckGivesNullForAMissingKey() {
    assertThat(Items.of(Map.of("a", 1)).pluck("b").all()).containsExactly((Object) null);
  }

  @Test
  void pluckFromAnElementThatHasNoAttributesIsRejected() {
    assertThatThrownBy(() -> Items.of("text").pluck("name"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Cannot read 'name' from an element of type java.lang.String: elements must be a"
                + " java.util.Map or implement io.ilana.collection.Attributes.");
  }

  @Test
  void pluckFromANullElementIsRejected() {
    Items<Object> items = Items.of(new ArrayList<>(java.util.Arrays.asList((Object) null)));
    assertThatThrownBy(() -> items.pluck("name"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Cannot read 'name' from an element of type null:");
  }

  @Test
  void pluckValueByKeyBuildsAnOrderedMap() {
    Items<Person> people =
        Items.of(Person.of(2, "Bob", "user", 20, "1"), Person.of(1, "Ann", "admin", 30, "2"));
    assertThat(people.pluck("name", "id"))
        .containsExactly(Map.entry(2L, "Bob"), Map.entry(1L, "Ann"));
  }

  @Test
  void pluckValueByKeyLetTheLastDuplicateWin() {
    Items<Person> people =
        Items.of(Person.of(1, "Ann", "admin", 30, "1"), Person.of(2, "Bob", "admin", 20, "1"));
    assertThat(people.pluck("name", "role")).containsExactly(Map.entry("admin", "Bob"));
  }

  @Test
  void uniqueKeepsFirstOccurrences() {
    assertThat(Items.of(3, 1, 3, 2, 1).unique().all()).containsExactly(3, 1, 2);
  }

  @Test
  void uniqueKeepsOneNull() {
    assertThat(Items.of(java.util.Arrays.asList(null, "a", null)).unique().all())
        .containsExactly(null, "a");
  }

  @Test
  void uniqueByFunctionKeepsTheFirstElementPerKey() {
    assertThat(Items.of("apple", "avocado", "banana").unique(s -> s.charAt(0)).all())
        .containsExactly("apple", "banana");
  }

  @Test
  void uniqueByKeyKeepsTheFirstElementPerValue() {
    Person ann = Person.of(1, "Ann", "admin", 30, "1");
    Person bob = Person.of(2, "Bob", "admin", 20, "1");
    Person cy = Person.of(3, "Cy", "user", 20, "1");
    assertThat(Items.of(ann, bob, cy).unique("role").all()).containsExactly(ann, cy);
  }

  @Test
  void whereKeepsElementsWithTheValue() {
    Map<String, Object> a = Map.of("role", "admin");
    Map<String, Object> b = Map.of("role", "user");
    assertThat(Items.of(a, b).where("role", "admin").all()).containsExactly(a);
  }

  @Test
  void whereComparesNumbersByValueAcrossTypes() {
    Map<String, Object> row = Map.of("id", 1L);
    assertThat(Items.of(row).where("id", 1).all()).containsExactly(row);
    assertThat(Items.of(row).where("id", new java.math.BigDecimal("1.00")).all())
        .containsExactly(row);
  }

  @Test
  void whereNullMatchesMissingAndNullValues() {
    Map<String, Object> withNull = new HashMap<>();
    withNull.put("deleted_at", null);
    Map<String, Object> without = Map.of();
    Map<String, Object> set = Map.of("deleted_at", "2024-01-01");
    assertThat(Items.of(withNull, without, set).where("deleted_at", null).all())
        .containsExactly(withNull, without);
  }

  @Test
  void whereInKeepsElementsWithAnyOfTheValues() {
    Person ann = Person.of(1, "Ann", "admin", 30, "1");
    Person bob = Person.of(2, "Bob", "user", 20, "1");
    Person cy = Person.of(3, "Cy", "guest", 20, "1");
    assertThat(Items.of(ann, bob, cy).whereIn("role", List.of("admin", "guest")).all())
        .containsExactly(ann, cy);
  }

  @Test
  void whereInComparesNumbersByValue() {
    Person ann = Person.of(1, "Ann", "admin", 30, "1");
    assertThat(Items.of(ann).whereIn("id", List.of(1, 2)).all()).containsExactly(ann);
  }

  @Test
  void whereInWithNoValuesKeepsNothing() {
    assertThat(Items.of(Map.of("a", 1)).whereIn("a", List.of()).isEmpty()).isTrue();
  }

  @Test
  void reverseReversesTheOrder() {
    assertThat(Items.of(1, 2, 3).reverse().all()).containsExactly(3, 2, 1);
  }

  @Test
  void valuesIsTheSameItems() {
    Items<Integer> items = Items.of(1);
    assertThat(items.values()).isSameAs(items);
  }

  @Test
  void concatAppendsTheOthers() {
    assertThat(Items.of(1, 2).concat(Items.of(3)).all()).containsExactly(1, 2, 3);
  }

  @Test
  void mergeAppendsAList() {
    assertThat(Items.of(1).merge(List.of(2, 3)).all()).containsExactly(1, 2, 3);
  }
}
