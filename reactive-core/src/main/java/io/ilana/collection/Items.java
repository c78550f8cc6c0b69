package io.ilana.collection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.ilana.error.InvalidArgumentException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The library's immutable, ordered collection: what {@code ModelQuery.collect()} returns and what
 * pages carry. Every operation leaves this instance untouched and returns a new {@code Items} or a
 * plain value, so an {@code Items} can be shared freely between threads and subscribers.
 *
 * <p>Elements may be {@code null}; {@link #first()}, {@link #last()} and similar methods then
 * return an empty {@link Optional} for a null element, as {@code Optional} cannot hold one.
 *
 * <p>Operations taking a {@code String key} ({@link #pluck(String)}, {@link #groupBy(String)},
 * {@link #where(String, Object)}, ...) read that key from each element, which must be a {@link Map}
 * or implement {@link Attributes}; any other element fails with an {@link
 * io.ilana.error.InvalidValueException} naming its type and the key, as do values that cannot be
 * compared or added. Invalid arguments (a negative count, a chunk size below one, a position past
 * the end) fail with an {@link InvalidArgumentException}.
 *
 * <p>Sums and averages are {@link BigDecimal}: amounts of money add up exactly, whatever numeric
 * type the driver returned. Jackson writes an {@code Items} as a JSON array of its elements.
 */
public final class Items<T> implements Iterable<T> {

  private final List<T> elements;

  private Items(List<T> owned) {
    this.elements = Collections.unmodifiableList(owned);
  }

  // ---------------------------------------------------------------- creation

  /** An {@code Items} of the given elements, in order. */
  @SafeVarargs
  public static <T> Items<T> of(T... elements) {
    Objects.requireNonNull(elements, "elements");
    // Only reading the elements: javac counts passing the array on as an unsafe varargs use.
    List<T> out = new ArrayList<>(elements.length);
    for (T element : elements) {
      out.add(element);
    }
    return new Items<>(out);
  }

  /**
   * An {@code Items} holding a copy of the list; later changes to the list do not show through.
   * Jackson uses it to read a JSON array back into an {@code Items}.
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static <T> Items<T> of(List<? extends T> elements) {
    return new Items<>(new ArrayList<>(Objects.requireNonNull(elements, "elements")));
  }

  /** An {@code Items} of everything the iterable yields, in iteration order. */
  @SuppressWarnings("unchecked") // an immutable Items<? extends T> is safely an Items<T>
  public static <T> Items<T> from(Iterable<? extends T> elements) {
    Objects.requireNonNull(elements, "elements");
    if (elements instanceof Items<?>) {
      return (Items<T>) elements;
    }
    List<T> copy = new ArrayList<>();
    elements.forEach(copy::add);
    return new Items<>(copy);
  }

  /** Same as {@link #of(Object[])}, under the name Laravel users know. */
  @SafeVarargs
  public static <T> Items<T> make(T... elements) {
    Objects.requireNonNull(elements, "elements");
    // Only reading the elements: javac counts passing the array on as an unsafe varargs use.
    List<T> out = new ArrayList<>(elements.length);
    for (T element : elements) {
      out.add(element);
    }
    return new Items<>(out);
  }

  /** An empty collection. */
  public static <T> Items<T> empty() {
    return new Items<>(new ArrayList<>(0));
  }

  /**
   * The integers from {@code from} to {@code to}, both included; counts down when {@code from} is
   * greater than {@code to}, so {@code range(3, 1)} is {@code [3, 2, 1]}.
   */
  public static Items<Integer> range(int from, int to) {
    long size = Math.abs((long) to - from) + 1;
    if (size > Integer.MAX_VALUE - 8) {
      throw new InvalidArgumentException(
          "Range from " + from + " to " + to + " has too many elements (" + size + ").");
    }
    List<Integer> out = new ArrayList<>((int) size);
    int step = from <= to ? 1 : -1;
    for (long i = from; step > 0 ? i <= to : i >= to; i += step) {
      out.add((int) i);
    }
    return new Items<>(out);
  }

  /**
   * The results of calling {@code factory} with 1, 2, ... {@code n}; one-based like Laravel, so the
   * number can serve as an id.
   */
  public static <T> Items<T> times(int n, IntFunction<? extends T> factory) {
    requireNotNegative(n, "Times count");
    Objects.requireNonNull(factory, "factory");
    List<T> out = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      out.add(factory.apply(i));
    }
    return new Items<>(out);
  }

  // ---------------------------------------------------------------- access

  /** The elements as an unmodifiable list; this is also the JSON form of the collection. */
  @JsonValue
  public List<T> all() {
    return elements;
  }

  /** The elements as an unmodifiable list. */
  public List<T> toList() {
    return elements;
  }

  /** A sequential stream of the elements, for anything this class does not offer. */
  public Stream<T> stream() {
    return elements.stream();
  }

  /** {@inheritDoc} The iterator does not support {@code remove}. */
  @Override
  public Iterator<T> iterator() {
    return elements.iterator();
  }

  /** The number of elements. */
  public int size() {
    return elements.size();
  }

  /** The number of elements, under Laravel's name. */
  public int count() {
    return elements.size();
  }

  /** Whether there are no elements. */
  public boolean isEmpty() {
    return elements.isEmpty();
  }

  /** Whether there is at least one element. */
  public boolean isNotEmpty() {
    return !elements.isEmpty();
  }

  /** The first element. */
  public Optional<T> first() {
    return elements.isEmpty() ? Optional.empty() : Optional.ofNullable(elements.get(0));
  }

  /** The first element the predicate accepts. */
  public Optional<T> first(Predicate<? super T> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    for (T element : elements) {
      if (predicate.test(element)) {
        return Optional.ofNullable(element);
      }
    }
    return Optional.empty();
  }

  /** The last element. */
  public Optional<T> last() {
    return elements.isEmpty()
        ? Optional.empty()
        : Optional.ofNullable(elements.get(elements.size() - 1));
  }

  /**
   * The element at a zero-based position.
   *
   * @throws InvalidArgumentException when there is no such position
   */
  public T get(int index) {
    if (index < 0 || index >= elements.size()) {
      throw new InvalidArgumentException(
          "Index " + index + " is out of bounds for " + elements.size() + " items.");
    }
    return elements.get(index);
  }

  // ---------------------------------------------------------------- transformation

  /** The elements the predicate accepts, in order. */
  public Items<T> filter(Predicate<? super T> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    List<T> out = new ArrayList<>();
    for (T element : elements) {
      if (predicate.test(element)) {
        out.add(element);
      }
    }
    return new Items<>(out);
  }

  /** The elements the predicate rejects, in order; the opposite of {@link #filter}. */
  public Items<T> reject(Predicate<? super T> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    return filter(predicate.negate());
  }

  /** Each element transformed. */
  public <R> Items<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    List<R> out = new ArrayList<>(elements.size());
    for (T element : elements) {
      out.add(mapper.apply(element));
    }
    return new Items<>(out);
  }

  /** Each element expanded into zero or more results, all concatenated in order. */
  public <R> Items<R> flatMap(Function<? super T, ? extends Iterable<? extends R>> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    List<R> out = new ArrayList<>();
    for (T element : elements) {
      mapper.apply(element).forEach(out::add);
    }
    return new Items<>(out);
  }

  /** Calls the action for each element, in order. */
  public Items<T> each(Consumer<? super T> action) {
    Objects.requireNonNull(action, "action");
    elements.forEach(action);
    return this;
  }

  /** The value of {@code key} in each element, in order (null where absent). */
  public Items<Object> pluck(String key) {
    return map(element -> ItemsValues.read(element, key));
  }

  /**
   * A map from each element's {@code key} to its {@code value}, in element order; a later element
   * with the same key replaces the earlier value, as in Laravel.
   */
  public Map<Object, Object> pluck(String value, String key) {
    Map<Object, Object> out = new LinkedHashMap<>();
    for (T element : elements) {
      out.put(ItemsValues.read(element, key), ItemsValues.read(element, value));
    }
    return Collections.unmodifiableMap(out);
  }

  /** The elements without duplicates (by {@code equals}), keeping each first occurrence. */
  public Items<T> unique() {
    return unique(Function.identity());
  }

  /** The elements whose derived key has not been seen before, keeping each first occurrence. */
  public Items<T> unique(Function<? super T, ?> key) {
    Objects.requireNonNull(key, "key");
    Set<Object> seen = new HashSet<>();
    List<T> out = new ArrayList<>();
    for (T element : elements) {
      if (seen.add(key.apply(element))) {
        out.add(element);
      }
    }
    return new Items<>(out);
  }

  /** The elements whose value of {@code key} has not been seen before. */
  public Items<T> unique(String key) {
    Objects.requireNonNull(key, "key");
    return unique(element -> ItemsValues.read(element, key));
  }

  /** The elements grouped by a derived key; groups appear in the order their first element did. */
  public <K> Map<K, Items<T>> groupBy(Function<? super T, ? extends K> key) {
    Objects.requireNonNull(key, "key");
    Map<K, List<T>> groups = new LinkedHashMap<>();
    for (T element : elements) {
      groups.computeIfAbsent(key.apply(element), k -> new ArrayList<>()).add(element);
    }
    Map<K, Items<T>> out = new LinkedHashMap<>();
    groups.forEach((k, members) -> out.put(k, new Items<>(members)));
    return Collections.unmodifiableMap(out);
  }

  /** The elements grouped by the value of {@code key}, in order of first appearance. */
  public Map<Object, Items<T>> groupBy(String key) {
    Objects.requireNonNull(key, "key");
    return groupBy(element -> ItemsValues.read(element, key));
  }

  /**
   * The elements keyed by a derived key; a later element with the same key replaces the earlier.
   */
  public <K> Map<K, T> keyBy(Function<? super T, ? extends K> key) {
    Objects.requireNonNull(key, "key");
    Map<K, T> out = new LinkedHashMap<>();
    for (T element : elements) {
      out.put(key.apply(element), element);
    }
    return Collections.unmodifiableMap(out);
  }

  /** The elements keyed by the value of {@code key}; the last element wins on a duplicate. */
  public Map<Object, T> keyBy(String key) {
    Objects.requireNonNull(key, "key");
    return keyBy(element -> ItemsValues.read(element, key));
  }

  /** How many elements share each derived key, in order of first appearance. */
  public <K> Map<K, Long> countBy(Function<? super T, ? extends K> key) {
    Objects.requireNonNull(key, "key");
    Map<K, Long> out = new LinkedHashMap<>();
    for (T element : elements) {
      out.merge(key.apply(element), 1L, Long::sum);
    }
    return Collections.unmodifiableMap(out);
  }

  /** How many elements share each value of {@code key}, in order of first appearance. */
  public Map<Object, Long> countBy(String key) {
    Objects.requireNonNull(key, "key");
    return countBy(element -> ItemsValues.read(element, key));
  }

  /** The accepted and the rejected elements, each in order. */
  public Partition<T> partition(Predicate<? super T> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    List<T> matching = new ArrayList<>();
    List<T> rest = new ArrayList<>();
    for (T element : elements) {
      (predicate.test(element) ? matching : rest).add(element);
    }
    return new Partition<>(new Items<>(matching), new Items<>(rest));
  }

  // ---------------------------------------------------------------- ordering and slicing

  /** The elements sorted by the comparator; equal elements keep their order (stable sort). */
  public Items<T> sort(Comparator<? super T> comparator) {
    Objects.requireNonNull(comparator, "comparator");
    List<T> copy = new ArrayList<>(elements);
    copy.sort(comparator);
    return new Items<>(copy);
  }

  /** The elements sorted ascending by a derived value, nulls first; stable. */
  public <C extends Comparable<? super C>> Items<T> sortBy(Function<? super T, ? extends C> key) {
    Objects.requireNonNull(key, "key");
    return sort(Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder())));
  }

  /** The elements sorted descending by a derived value, nulls last; stable. */
  public <C extends Comparable<? super C>> Items<T> sortByDesc(
      Function<? super T, ? extends C> key) {
    Objects.requireNonNull(key, "key");
    return sort(
        Comparator.comparing(key, Comparator.nullsFirst(Comparator.<C>naturalOrder()).reversed()));
  }

  /**
   * The elements sorted ascending by the value of {@code key}: nulls first, numbers by value
   * whatever their boxed type, other values by their natural order.
   *
   * @throws io.ilana.error.InvalidValueException when two values cannot be compared
   */
  public Items<T> sortBy(String key) {
    Objects.requireNonNull(key, "key");
    return sort(
        (a, b) -> ItemsValues.NATURAL.compare(ItemsValues.read(a, key), ItemsValues.read(b, key)));
  }

  /** The elements sorted descending by the value of {@code key}, nulls last. */
  public Items<T> sortByDesc(String key) {
    Objects.requireNonNull(key, "key");
    return sort(
        (a, b) -> ItemsValues.NATURAL.compare(ItemsValues.read(b, key), ItemsValues.read(a, key)));
  }

  /** The elements in reverse order. */
  public Items<T> reverse() {
    List<T> copy = new ArrayList<>(elements);
    Collections.reverse(copy);
    return new Items<>(copy);
  }

  /**
   * The first {@code n} elements, or with a negative {@code n} the last {@code -n} (Laravel's
   * rule); fewer when there are not that many.
   */
  public Items<T> take(int n) {
    int size = elements.size();
    if (n >= 0) {
      return new Items<>(new ArrayList<>(elements.subList(0, Math.min(n, size))));
    }
    long fromEnd = Math.min(-(long) n, size);
    return new Items<>(new ArrayList<>(elements.subList(size - (int) fromEnd, size)));
  }

  /** The elements after the first {@code n}. */
  public Items<T> skip(int n) {
    requireNotNegative(n, "Skip count");
    int size = elements.size();
    return new Items<>(new ArrayList<>(elements.subList(Math.min(n, size), size)));
  }

  /**
   * The elements split into consecutive chunks of {@code size}; the last chunk holds the remainder.
   */
  public Items<Items<T>> chunk(int size) {
    if (size < 1) {
      throw new InvalidArgumentException("Chunk size must be at least 1, got " + size + ".");
    }
    List<Items<T>> out = new ArrayList<>();
    for (int start = 0; start < elements.size(); start += size) {
      int end = (int) Math.min((long) start + size, elements.size());
      out.add(new Items<>(new ArrayList<>(elements.subList(start, end))));
    }
    return new Items<>(out);
  }

  /** The elements in a random order. */
  public Items<T> shuffle() {
    return shuffle(ThreadLocalRandom.current());
  }

  /**
   * The elements in an order drawn from {@code random}; a seeded {@link Random} makes it
   * repeatable.
   */
  public Items<T> shuffle(Random random) {
    Objects.requireNonNull(random, "random");
    List<T> copy = new ArrayList<>(elements);
    Collections.shuffle(copy, random);
    return new Items<>(copy);
  }

  /** One element chosen at random. */
  public Optional<T> random() {
    return random(ThreadLocalRandom.current());
  }

  /** One element chosen with {@code random}. */
  public Optional<T> random(Random random) {
    Objects.requireNonNull(random, "random");
    return elements.isEmpty()
        ? Optional.empty()
        : Optional.ofNullable(elements.get(random.nextInt(elements.size())));
  }

  /** {@code n} distinct positions chosen at random, in random order. */
  public Items<T> random(int n) {
    return random(n, ThreadLocalRandom.current());
  }

  /** {@code n} distinct positions chosen with {@code random}, in random order. */
  public Items<T> random(int n, Random random) {
    requireNotNegative(n, "Random count");
    if (n > elements.size()) {
      throw new InvalidArgumentException(
          "Cannot pick " + n + " random items from " + elements.size() + " items.");
    }
    return shuffle(random).take(n);
  }

  // ---------------------------------------------------------------- flow

  /** Calls the action with this collection, for a side effect in the middle of a chain. */
  public Items<T> tap(Consumer<? super Items<T>> action) {
    Objects.requireNonNull(action, "action");
    action.accept(this);
    return this;
  }

  /** Passes this collection to a function and returns what it returns. */
  public <R> R pipe(Function<? super Items<T>, ? extends R> function) {
    Objects.requireNonNull(function, "function");
    return function.apply(this);
  }

  /**
   * The operation applied to this collection when {@code condition} holds, else this collection.
   */
  public Items<T> when(boolean condition, UnaryOperator<Items<T>> operation) {
    Objects.requireNonNull(operation, "operation");
    return condition ? operation.apply(this) : this;
  }

  /** One operation or the other applied to this collection, depending on {@code condition}. */
  public Items<T> when(
      boolean condition, UnaryOperator<Items<T>> operation, UnaryOperator<Items<T>> otherwise) {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(otherwise, "otherwise");
    return condition ? operation.apply(this) : otherwise.apply(this);
  }

  /** The operation applied to this collection unless {@code condition} holds. */
  public Items<T> unless(boolean condition, UnaryOperator<Items<T>> operation) {
    return when(!condition, operation);
  }

  /** The operation applied to this collection when it is empty, else this collection. */
  public Items<T> whenEmpty(UnaryOperator<Items<T>> operation) {
    return when(isEmpty(), operation);
  }

  /** The operation applied to this collection when it is not empty, else this collection. */
  public Items<T> whenNotEmpty(UnaryOperator<Items<T>> operation) {
    return when(isNotEmpty(), operation);
  }

  // ---------------------------------------------------------------- aggregates

  /** The exact sum of the elements, which must be numbers; nulls count as nothing. */
  public BigDecimal sum() {
    return ItemsMath.sum(elements, Function.identity(), "an element");
  }

  /** The exact sum of a derived number; null results count as nothing. */
  public BigDecimal sum(Function<? super T, ? extends Number> value) {
    Objects.requireNonNull(value, "value");
    return ItemsMath.sum(elements, value, "a derived value");
  }

  /** The exact sum of the values of {@code key}, which must be numbers; nulls count as nothing. */
  public BigDecimal sum(String key) {
    Objects.requireNonNull(key, "key");
    return ItemsMath.sum(elements, e -> ItemsValues.read(e, key), "'" + key + "'");
  }

  /** The average of the non-null elements, which must be numbers, to 34 significant digits. */
  public Optional<BigDecimal> avg() {
    return ItemsMath.avg(elements, Function.identity(), "an element");
  }

  /** The average of a derived number over the elements where it is not null. */
  public Optional<BigDecimal> avg(Function<? super T, ? extends Number> value) {
    Objects.requireNonNull(value, "value");
    return ItemsMath.avg(elements, value, "a derived value");
  }

  /** The average of the non-null values of {@code key}. */
  public Optional<BigDecimal> avg(String key) {
    Objects.requireNonNull(key, "key");
    return ItemsMath.avg(elements, e -> ItemsValues.read(e, key), "'" + key + "'");
  }

  /** The smallest non-null element by the comparator; the first one on a tie. */
  public Optional<T> min(Comparator<? super T> comparator) {
    return ItemsMath.extreme(elements, comparator, false);
  }

  /** The largest non-null element by the comparator; the first one on a tie. */
  public Optional<T> max(Comparator<? super T> comparator) {
    return ItemsMath.extreme(elements, comparator, true);
  }

  /** The smallest non-null value of {@code key} (the value, as in Laravel, not the element). */
  public Optional<Object> min(String key) {
    Objects.requireNonNull(key, "key");
    return ItemsMath.extremeValue(elements, key, false);
  }

  /** The largest non-null value of {@code key} (the value, as in Laravel, not the element). */
  public Optional<Object> max(String key) {
    Objects.requireNonNull(key, "key");
    return ItemsMath.extremeValue(elements, key, true);
  }

  /** Whether any element satisfies the predicate. */
  public boolean contains(Predicate<? super T> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    return elements.stream().anyMatch(predicate);
  }

  /** Whether every element satisfies the predicate; {@code true} for an empty collection. */
  public boolean every(Predicate<? super T> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    return elements.stream().allMatch(predicate);
  }

  /** Folds the elements, in order, into one value starting from {@code initial}. */
  public <U> U reduce(U initial, BiFunction<U, ? super T, U> accumulator) {
    Objects.requireNonNull(accumulator, "accumulator");
    U result = initial;
    for (T element : elements) {
      result = accumulator.apply(result, element);
    }
    return result;
  }

  /** Folds the elements pairwise, in order. */
  public Optional<T> reduce(BinaryOperator<T> accumulator) {
    Objects.requireNonNull(accumulator, "accumulator");
    if (elements.isEmpty()) {
      return Optional.empty();
    }
    T result = elements.get(0);
    for (int i = 1; i < elements.size(); i++) {
      result = accumulator.apply(result, elements.get(i));
    }
    return Optional.ofNullable(result);
  }

  /** The elements as text joined by {@code glue}; a null element is written as nothing. */
  public String join(String glue) {
    Objects.requireNonNull(glue, "glue");
    return elements.stream().map(Items::text).collect(Collectors.joining(glue));
  }

  /**
   * The elements joined by {@code glue}, but with {@code finalGlue} before the last one, as in
   * {@code "a, b and c"}.
   */
  public String join(String glue, String finalGlue) {
    Objects.requireNonNull(finalGlue, "finalGlue");
    if (elements.size() < 2) {
      return join(glue);
    }
    return take(elements.size() - 1).join(glue) + finalGlue + text(elements.get(size() - 1));
  }

  /** Same as {@link #join(String)}, under Laravel's name. */
  public String implode(String glue) {
    return join(glue);
  }

  /** The values of {@code key} joined by {@code glue}. */
  public String implode(String key, String glue) {
    return pluck(key).join(glue);
  }

  // ---------------------------------------------------------------- combination and filtering

  /**
   * This collection; Laravel's {@code values()} re-indexes keys, which an ordered list never needs.
   */
  public Items<T> values() {
    return this;
  }

  /** These elements followed by the others. */
  public Items<T> concat(Iterable<? extends T> others) {
    Objects.requireNonNull(others, "others");
    List<T> out = new ArrayList<>(elements);
    others.forEach(out::add);
    return new Items<>(out);
  }

  /** Same as {@link #concat}: with list semantics, merging appends. */
  public Items<T> merge(Iterable<? extends T> others) {
    return concat(others);
  }

  /**
   * The elements whose {@code key} equals {@code value}; numbers compare by value, so {@code 1}
   * matches a {@code Long} 1 as a database would.
   */
  public Items<T> where(String key, Object value) {
    Objects.requireNonNull(key, "key");
    return filter(e -> ItemsValues.looselyEqual(ItemsValues.read(e, key), value));
  }

  /** The elements whose {@code key} equals one of {@code values} (numbers compare by value). */
  public Items<T> whereIn(String key, Collection<?> values) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(values, "values");
    return filter(
        e -> {
          Object actual = ItemsValues.read(e, key);
          return values.stream().anyMatch(v -> ItemsValues.looselyEqual(actual, v));
        });
  }

  // ---------------------------------------------------------------- object

  /** Equal when the other is an {@code Items} with equal elements in the same order. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Items<?> that && elements.equals(that.elements);
  }

  /** Consistent with {@link #equals}: the hash of the element list. */
  @Override
  public int hashCode() {
    return elements.hashCode();
  }

  /** {@code Items[a, b, c]}, for logs and test failures. */
  @Override
  public String toString() {
    return "Items" + elements;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static void requireNotNegative(int n, String what) {
    if (n < 0) {
      throw new InvalidArgumentException(what + " must not be negative, got " + n + ".");
    }
  }
}
