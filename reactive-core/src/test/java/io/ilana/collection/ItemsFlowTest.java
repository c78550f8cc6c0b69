package io.ilana.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ItemsFlowTest {

  @Test
  void tapSeesTheItemsAndReturnsThem() {
    AtomicInteger seen = new AtomicInteger();
    Items<Integer> items = Items.of(1, 2);
    assertThat(items.tap(i -> seen.set(i.size()))).isSameAs(items);
    assertThat(seen).hasValue(2);
  }

  @Test
  void pipeReturnsWhatTheFunctionReturns() {
    int size = Items.of(1, 2).pipe(Items::size);
    assertThat(size).isEqualTo(2);
  }

  @Test
  void whenTrueAppliesTheOperation() {
    assertThat(Items.of(1, 1).when(true, Items::unique).all()).containsExactly(1);
  }

  @Test
  void whenFalseReturnsTheSameItems() {
    Items<Integer> items = Items.of(1, 1);
    assertThat(items.when(false, Items::unique)).isSameAs(items);
  }

  @Test
  void whenWithOtherwiseAppliesOneOfTheTwo() {
    Items<Integer> items = Items.of(1, 2);
    assertThat(items.when(false, Items::reverse, i -> i.take(1)).all()).containsExactly(1);
    assertThat(items.when(true, Items::reverse, i -> i.take(1)).all()).containsExactly(2, 1);
  }

  @Test
  void unlessAppliesTheOperationWhenFalse() {
    assertThat(Items.of(1, 2).unless(false, Items::reverse).all()).containsExactly(2, 1);
    assertThat(Items.of(1, 2).unless(true, Items::reverse).all()).containsExactly(1, 2);
  }

  @Test
  void whenEmptyAppliesOnlyToEmpty() {
    assertThat(Items.<Integer>empty().whenEmpty(i -> Items.of(0)).all()).containsExactly(0);
    assertThat(Items.of(1).whenEmpty(i -> Items.of(0)).all()).containsExactly(1);
  }

  @Test
  void whenNotEmptyAppliesOnlyToNonEmpty() {
    assertThat(Items.of(1).whenNotEmpty(i -> i.map(n -> n + 1)).all()).containsExactly(2);
    assertThat(Items.<Integer>empty().whenNotEmpty(i -> Items.of(9)).isEmpty()).isTrue();
  }

  @Test
  void chainsLikeTheReadmeExample() {
    Items<Person> users =
        Items.of(
            Person.of(1, "Ann", "user", 30, "1"),
            Person.of(2, "Bob", "user", 40, "1"),
            Person.of(3, "Cy", "admin", 20, "1"));
    Items<Object> roles =
        users
            .filter(u -> u.age() > 25)
            .take(10)
            .pipe(c -> c.pluck("role"))
            .when(true, Items::unique);
    assertThat(roles.all()).containsExactly("user");
  }
}
