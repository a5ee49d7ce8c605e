package nl.regio.wmo.interfaces.rest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import nl.regio.wmo.application.OngeldigeInvoerException;

/** Query parameters arrive as text; a bad one is a 400 that names it (JAX-RS would answer 404). */
final class Parameters {

  private Parameters() {}

  static LocalDate datum(String naam, String waarde) {
    if (waarde == null || waarde.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(waarde.trim());
    } catch (DateTimeParseException e) {
      throw OngeldigeInvoerException.van(naam, "is geen datum (jjjj-mm-dd): " + waarde);
    }
  }

  static LocalDateTime tijdstip(String naam, String waarde) {
    if (waarde == null || waarde.isBlank()) {
      return null;
    }
    try {
      return waarde.contains("T") ? LocalDateTime.parse(waarde.trim()) : LocalDate.parse(waarde.trim()).atStartOfDay();
    } catch (DateTimeParseException e) {
      throw OngeldigeInvoerException.van(naam, "is geen datum of tijdstip (jjjj-mm-dd of jjjj-mm-ddTuu:mm): " + waarde);
    }
  }

  static Integer getal(String naam, String waarde) {
    if (waarde == null || waarde.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(waarde.trim());
    } catch (NumberFormatException e) {
      throw OngeldigeInvoerException.van(naam, "is geen geheel getal: " + waarde);
    }
  }

  static int getal(String naam, String waarde, int standaard) {
    Integer g = getal(naam, waarde);
    return g == null ? standaard : g;
  }

  static String tekst(String waarde) {
    return waarde == null || waarde.isBlank() ? null : waarde.trim();
  }
}
