package nl.regio.wmo.domain.shared;

import java.math.BigInteger;
import java.util.Objects;

/** An IBAN (ISO 13616), stored without spaces in upper case, checked with mod 97. */
public record Iban(String waarde) {

  public Iban {
    Objects.requireNonNull(waarde, "IBAN is verplicht.");
    waarde = waarde.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    if (!waarde.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")) {
      throw new IllegalArgumentException("IBAN heeft niet de vorm van een IBAN (landcode, 2 cijfers, rekening).");
    }
    if (waarde.startsWith("NL") && !waarde.matches("NL\\d{2}[A-Z]{4}\\d{10}")) {
      throw new IllegalArgumentException("Een Nederlandse IBAN is NL, 2 cijfers, 4 letters bankcode en 10 cijfers.");
    }
    if (mod97(waarde) != 1) {
      throw new IllegalArgumentException("IBAN-controlegetal klopt niet.");
    }
  }

  private static int mod97(String iban) {
    String rearranged = iban.substring(4) + iban.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
  }

  @Override
  public String toString() {
    return waarde;
  }
}
