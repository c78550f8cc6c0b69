package io.ilana.collection;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The aggregates of {@link Items}: exact decimal sums and averages, minimum and maximum. */
final class ItemsMath {

  /** 34 significant digits: an average of money amounts never loses a cent to rounding. */
  static final MathContext AVERAGE_PRECISION = MathContext.DECIMAL128;

  private ItemsMath() {}

  static <T> BigDecimal sum(List<T> elements, Function<? super T, ?> value, String what) {
    BigDecimal total = BigDecimal.ZERO;
    for (T element : elements) {
      Object v = value.apply(element);
      if (v != null) {
        total = total.add(ItemsValues.numeric(v, what));
      }
    }
    return total;
  }

  static <T> Optional<BigDecimal> avg(List<T> elements, Function<? super T, ?> value, String what) {
    BigDecimal total = BigDecimal.ZERO;
    long count = 0;
    for (T element : elements) {
      Object v = value.apply(element);
      if (v != null) {
        total = total.add(ItemsValues.numeric(v, what));
        count++;
      }
    }
    if (count == 0) {
      return Optional.empty();
    }
    BigDecimal average = total.divide(BigDecimal.valueOf(count), AVERAGE_PRECISION);
    // 10 / 4 gives 2.5 rather than 2.500000...: trailing zeros are noise, but keep integers plain.
    average = average.stripTrailingZeros();
    return Optional.of(average.scale() < 0 ? average.setScale(0) : average);
  }

  static <T> Optional<T> extreme(List<T> elements, Comparator<? super T> order, boolean max) {
    Objects.requireNonNull(order, "comparator");
    T best = null;
    boolean found = false;
    for (T element : elements) {
      if (element == null) {
        continue;
      }
      if (!found) {
        best = element;
        found = true;
        continue;
      }
      int c = order.compare(element, best);
      if (max ? c > 0 : c < 0) {
        best = element;
      }
    }
    return Optional.ofNullable(best);
  }

  static <T> Optional<Object> extremeValue(List<T> elements, String key, boolean max) {
    Object best = null;
    for (T element : elements) {
      Object v = ItemsValues.read(element, key);
      if (v == null) {
        continue;
      }
      if (best == null) {
        best = v;
        continue;
      }
      int c = ItemsValues.NATURAL.compare(v, best);
      if (max ? c > 0 : c < 0) {
        best = v;
      }
    }
    return Optional.ofNullable(best);
  }
}
