package nl.regio.wmo.domain.contract;

import java.util.Optional;

/** iWmo 3.2 code list WJ756 (Eenheid). With {@link #EURO} the volume is in eurocents. */
public enum Eenheid implements Codelijst {
  MINUUT("01", "Minuut"),
  UUR("04", "Uur"),
  ETMAAL("14", "Etmaal"),
  DAGDEEL("16", "Dagdeel (4 uur)"),
  STUKS_OUTPUT("82", "Stuks (output)"),
  EURO("83", "Euro's"),
  STUKS_INSPANNING("84", "Stuks (inspanning)");

  private final String code;
  private final String omschrijving;

  Eenheid(String code, String omschrijving) {
    this.code = code;
    this.omschrijving = omschrijving;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String omschrijving() {
    return omschrijving;
  }

  public static Optional<Eenheid> vanCode(String code) {
    return Codelijst.vanCode(Eenheid.class, code);
  }
}
