package nl.regio.wmo.interfaces.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.regio.wmo.application.OngeldigeInvoerException;

/**
 * What a person typed in a text field, converted at the edge as the REST API does it: empty is null, and a value that
 * is not what the field needs is an {@link OngeldigeInvoerException} naming the field (shown at it by {@link Meldingen}).
 */
public final class Invoer {

  private Invoer() {}

  public static String tekst(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public static LocalDate datum(String veld, String tekst) {
    if (tekst(tekst) == null) {
      return null;
    }
    try {
      return LocalDate.parse(tekst.trim());
    } catch (DateTimeParseException e) {
      throw OngeldigeInvoerException.van(veld, "is geen datum (jjjj-mm-dd): " + tekst);
    }
  }

  public static Integer geheel(String veld, String tekst) {
    if (tekst(tekst) == null) {
      return null;
    }
    try {
      return Integer.valueOf(tekst.trim());
    } catch (NumberFormatException e) {
      throw OngeldigeInvoerException.van(veld, "is geen geheel getal: " + tekst);
    }
  }

  /** A number with a decimal comma or point ({@code 4,5}), exact. */
  public static BigDecimal decimaal(String veld, String tekst) {
    if (tekst(tekst) == null) {
      return null;
    }
    try {
      return new BigDecimal(tekst.trim().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw OngeldigeInvoerException.van(veld, "is geen getal: " + tekst);
    }
  }
}
