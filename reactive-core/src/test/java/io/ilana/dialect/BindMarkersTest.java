package io.ilana.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbered bind markers are made once and are the same text whether cached or not. */
class BindMarkersTest {
  @Test
  void dollarMarkersAreTheDollarSignAndThePosition() {
    BindMarkers markers = BindMarkers.dollar();
    assertThat(markers.at(1)).isEqualTo("$1");
    assertThat(markers.at(5000)).isEqualTo("$5000");
  }

  @Test
  void aMarkerAskedForTwiceIsTheSameString() {
    BindMarkers markers = BindMarkers.dollar();
    assertThat(markers.at(42)).isSameAs(markers.at(42));
  }

  @Test
  void markersBeyondTheCacheAreStillMade() {
    assertThat(BindMarkers.dollar().at(100_000)).isEqualTo("$100000");
  }

  @Test
  void aDialectsOwnShapeIsMadeFromThePosition() {
    BindMarkers cast = new BindMarkers(position -> "CAST($" + position + " AS VARCHAR)");
    assertThat(cast.at(3)).isEqualTo("CAST($3 AS VARCHAR)");
  }
}
