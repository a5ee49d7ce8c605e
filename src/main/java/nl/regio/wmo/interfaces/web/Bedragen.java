package nl.regio.wmo.interfaces.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.regio.wmo.application.OngeldigeInvoerException;

/** An amount as a person types it ({@code 612,00}, {@code € 1.234,56}, {@code 40.25}, {@code 612}) to exact cents. */
public final class Bedragen {

  private Bedragen() {}

  /**
   * The cents of {@code tekst}; a comma is the decimal separator when there is one, dots are then thousands
   * separators. More than two decimals is refused, never rounded.
   *
   * @throws OngeldigeInvoerException naming {@code veld} when it is not an amount
   */
  public static Long naarCent(String veld, String tekst) {
    if (tekst == null || tekst.isBlank()) {
      return null;
    }
    String t = tekst.replace("€", "").replace("\u00a0", "").replace(" ", "").trim();
    if (t.contains(",")) {
      t = t.replace(".", "").replace(",", ".");
    }
    try {
      BigDecimal euro = new BigDecimal(t);
      if (euro.scale() > 2) {
        throw OngeldigeInvoerException.van(veld, "heeft meer dan twee decimalen: " + tekst);
      }
      return euro.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw OngeldigeInvoerException.van(veld, "is geen bedrag in euro (bijvoorbeeld 612,00): " + tekst);
    }
  }
}
