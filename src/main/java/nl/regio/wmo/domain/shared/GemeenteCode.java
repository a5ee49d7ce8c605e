package nl.regio.wmo.domain.shared;

import java.util.Objects;

/**
 * A municipality by its 4-digit CBS code (iWmo LDT_Gemeente). Whether the municipality belongs to
 * the region is decided by the region's configuration, not by this value.
 */
public record GemeenteCode(String waarde) {

  public GemeenteCode {
    Objects.requireNonNull(waarde, "Gemeentecode is verplicht.");
    if (!waarde.matches("\\d{4}")) {
      throw new IllegalArgumentException("Gemeentecode (CBS) moet uit precies 4 cijfers bestaan.");
    }
  }

  @Override
  public String toString() {
    return waarde;
  }
}
