package io.ilana.model.cast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidCastException;
import org.junit.jupiter.api.Test;

class EnumCastTest {
  private static final CastContext CTX = new CastContext("orders", "status");
  private final Cast<Status> cast = Casts.enumOf(Status.class);

  enum Status {
    PENDING,
    SHIPPED
  }

  @Test
  void readsAConstantByName() {
    assertThat(cast.get("SHIPPED", CTX)).isEqualTo(Status.SHIPPED);
  }

  @Test
  void storesTheName() {
    assertThat(cast.set(Status.PENDING, CTX)).isEqualTo("PENDING");
  }

  @Test
  void coercesAConstantOrItsName() {
    assertThat(cast.coerce(Status.PENDING, CTX)).isEqualTo(Status.PENDING);
    assertThat(cast.coerce("PENDING", CTX)).isEqualTo(Status.PENDING);
  }

  @Test
  void passesNullThroughBothWays() {
    assertThat(cast.get(null, CTX)).isNull();
    assertThat(cast.set(null, CTX)).isNull();
  }

  @Test
  void anUnknownStoredNameNamesTheEnumAndTheValue() {
    assertThatThrownBy(() -> cast.get("ARCHIVED", CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "orders.status: the enum cast cannot convert a value of type java.lang.String:"
                + " Status has no constant named \"ARCHIVED\".");
  }

  @Test
  void rejectsANumber() {
    assertThatThrownBy(() -> cast.get(1, CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "orders.status: the enum cast cannot convert a value of type java.lang.Integer.");
  }
}
