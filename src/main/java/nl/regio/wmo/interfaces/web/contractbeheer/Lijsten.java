package nl.regio.wmo.interfaces.web.contractbeheer;

import java.util.Arrays;
import java.util.List;

/** A list of codes typed in one field ({@code 07A01, 07C01} or one per line), as the API's JSON array. */
final class Lijsten {

  private Lijsten() {}

  /** The codes in {@code tekst}, separated by commas, semicolons or white space; empty when nothing was typed. */
  static List<String> codes(String tekst) {
    if (tekst == null || tekst.isBlank()) {
      return List.of();
    }
    return Arrays.stream(tekst.trim().split("[\\s,;]+")).filter(s -> !s.isEmpty()).toList();
  }
}
