package nl.regio.wmo.application.rapport;

import java.util.List;
import java.util.function.ToLongFunction;

/** Checks that a total passed in equals the sum of the rows, to the cent. */
final class Totalen {

  private Totalen() {}

  static <T> long som(List<T> rijen, ToLongFunction<T> bedrag) {
    long som = 0;
    for (T rij : rijen) {
      som = Math.addExact(som, bedrag.applyAsLong(rij));
    }
    return som;
  }

  static <T> void moetGelijk(String wat, long totaal, List<T> rijen, ToLongFunction<T> bedrag) {
    long som = som(rijen, bedrag);
    if (som != totaal) {
      throw new IllegalArgumentException(wat + " " + totaal + " is niet de som van de regels (" + som + ").");
    }
  }
}
