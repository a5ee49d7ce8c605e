package nl.regio.wmo.interfaces.rest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import nl.regio.wmo.application.OngeldigeInvoerException;
import nl.regio.wmo.domain.shared.AgbCode;

/**
 * Path and query parameters arrive as text and are converted here, at the edge: a bad one is a 400 that names it
 * (JAX-RS would answer 404, a value object an IllegalArgumentException, i.e. 500).
 */
final class Parameters {

  private Parameters() {}

  static LocalDate datum(String naam, String waarde) {
    if (waarde == null || waarde.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(waarde.trim());
    } catch (DateTimeParseException e) {
      throw OngeldigeInvoerException.van(naam, "is geen datum (jjjj-mm-dd): " + kort(waarde));
    }
  }

  static LocalDateTime tijdstip(String naam, String waarde) {
    if (waarde == null || waarde.isBlank()) {
      return null;
    }
    try {
      return waarde.contains("T") ? LocalDateTime.parse(waarde.trim()) : LocalDate.parse(waarde.trim()).atStartOfDay();
    } catch (DateTimeParseException e) {
      throw OngeldigeInvoerException.van(naam, "is geen datum of tijdstip (jjjj-mm-dd of jjjj-mm-ddTuu:mm): " + kort(waarde));
    }
  }

  static Integer getal(String naam, String waarde) {
    if (waarde == null || waarde.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(waarde.trim());
    } catch (NumberFormatException e) {
      throw OngeldigeInvoerException.van(naam, "is geen geheel getal: " + kort(waarde));
    }
  }

  static int getal(String naam, String waarde, int standaard) {
    Integer g = getal(naam, waarde);
    return g == null ? standaard : g;
  }

  /** A numeric id from a path: 400 naming the field when it is not a whole number ≥ 0 (not a 404 as a path regex would give). */
  static long id(String naam, String waarde) {
    String w = waarde == null ? "" : waarde.trim();
    if (!w.matches("[0-9]{1,18}")) {
      throw OngeldigeInvoerException.van(naam, "is geen nummer: " + kort(waarde));
    }
    return Long.parseLong(w);
  }

  /** An AGB code (8 digits), required: 400 naming the field otherwise. */
  static String agb(String naam, String waarde) {
    String w = waarde == null ? "" : waarde.trim();
    if (w.isEmpty()) {
      throw OngeldigeInvoerException.van(naam, "is verplicht (AGB-code, 8 cijfers)");
    }
    try {
      return new AgbCode(w).waarde();
    } catch (IllegalArgumentException e) {
      throw OngeldigeInvoerException.van(naam, "is geen AGB-code (8 cijfers): " + kort(waarde));
    }
  }

  /** A value as it may be quoted back in a message: at most 40 characters. */
  static String kort(String waarde) {
    return waarde == null ? "" : waarde.length() > 40 ? waarde.substring(0, 40) + "…" : waarde;
  }

  /** A text value that must pass {@code geldig} (e.g. a code of a code list); null when absent, else 400 with {@code melding}. */
  static String code(String naam, String waarde, java.util.function.Predicate<String> geldig, String melding) {
    String w = tekst(waarde);
    if (w != null && !geldig.test(w)) {
      throw OngeldigeInvoerException.van(naam, melding + ": " + kort(waarde));
    }
    return w;
  }

  /** The page number (from 0); default 0. */
  static int pagina(String waarde) {
    int p = getal("pagina", waarde, 0);
    if (p < 0) {
      throw OngeldigeInvoerException.van("pagina", "moet 0 of hoger zijn");
    }
    return p;
  }

  /** The page size, 1 to {@code max}; default {@code standaard}. */
  static int grootte(String waarde, int standaard, int max) {
    int g = getal("grootte", waarde, standaard);
    if (g < 1 || g > max) {
      throw OngeldigeInvoerException.van("grootte", "moet tussen 1 en " + max + " liggen");
    }
    return g;
  }

  static String tekst(String waarde) {
    return waarde == null || waarde.isBlank() ? null : waarde.trim();
  }
}
