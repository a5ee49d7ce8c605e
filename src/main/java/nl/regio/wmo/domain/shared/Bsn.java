package nl.regio.wmo.domain.shared;

import java.util.Objects;

/**
 * A citizen service number (burgerservicenummer): 9 digits that pass the 11-proef (iWmo CS002):
 * {@code 9·d1 + 8·d2 + … + 2·d8 − 1·d9} is a multiple of 11, and not all zeros.
 *
 * <p>A BSN is personal data: {@link #toString()} masks it, so it cannot leak into a log line or an
 * error message by accident. Use {@link #waarde()} only where a role needs the full number.
 */
public record Bsn(String waarde) {

  public Bsn {
    Objects.requireNonNull(waarde, "BSN is verplicht.");
    if (!isGeldig(waarde)) {
      throw new IllegalArgumentException("BSN moet 9 cijfers hebben en aan de 11-proef voldoen.");
    }
  }

  public static boolean isGeldig(String kandidaat) {
    if (kandidaat == null || kandidaat.length() != 9 || kandidaat.equals("000000000")) {
      return false;
    }
    for (int i = 0; i < 9; i++) {
      char c = kandidaat.charAt(i);
      if (c < '0' || c > '9') { // \d{9} without a regex: checked for every declared line
        return false;
      }
    }
    int som = 0;
    for (int i = 0; i < 8; i++) {
      som += (9 - i) * (kandidaat.charAt(i) - '0');
    }
    som -= kandidaat.charAt(8) - '0';
    return som % 11 == 0;
  }

  /** Only the last three digits: {@code ******123}. */
  public String gemaskeerd() {
    return "******" + waarde.substring(6);
  }

  @Override
  public String toString() {
    return gemaskeerd();
  }
}
