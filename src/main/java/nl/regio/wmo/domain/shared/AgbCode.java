package nl.regio.wmo.domain.shared;

import java.util.Objects;

/** A provider's AGB code (Vektis): exactly 8 digits (iWmo LDT_AgbCode). */
public record AgbCode(String waarde) {

  public AgbCode {
    Objects.requireNonNull(waarde, "AGB-code is verplicht.");
    if (!waarde.matches("\\d{8}")) {
      throw new IllegalArgumentException("AGB-code moet uit precies 8 cijfers bestaan.");
    }
  }

  @Override
  public String toString() {
    return waarde;
  }
}
