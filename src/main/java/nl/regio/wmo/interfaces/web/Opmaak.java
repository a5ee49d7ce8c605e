package nl.regio.wmo.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How pages write amounts, dates and months, the Dutch way whatever the language of the texts: {@code € 1.234,56}
 * (from integer cents, exactly: a BigDecimal with two decimals), {@code dd-mm-jjjj}, {@code oktober 2026}.
 */
@Named
@ApplicationScoped
public class Opmaak {

  private static final Locale NL = Locale.forLanguageTag("nl-NL");
  private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  /** {@code 123456} → {@code € 1.234,56}; {@code -100} → {@code € -1,00}. */
  public String bedrag(long cent) {
    DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(NL));
    return "€ " + f.format(BigDecimal.valueOf(cent, 2));
  }

  public String datum(LocalDate datum) {
    return datum == null ? "" : DATUM.format(datum);
  }

  /** An ISO instant or offset date-time (as the services give it) in Dutch time, {@code dd-mm-jjjj uu:mm}. */
  public String tijdstip(String iso) {
    if (iso == null || iso.isBlank()) {
      return "";
    }
    return TIJDSTIP.format(OffsetDateTime.parse(iso.endsWith("Z") || iso.contains("+") ? iso : iso + "Z").atZoneSameInstant(ZONE));
  }

  /** A moment (as the services give it) in Dutch time, {@code dd-mm-jjjj uu:mm}; empty for none. */
  public String moment(OffsetDateTime moment) {
    return moment == null ? "" : TIJDSTIP.format(moment.atZoneSameInstant(ZONE));
  }

  /** {@code 2026-10} → {@code oktober 2026}. */
  public String maand(String jjjjmm) {
    if (jjjjmm == null || jjjjmm.length() < 7) {
      return jjjjmm == null ? "" : jjjjmm;
    }
    java.time.YearMonth m = java.time.YearMonth.parse(jjjjmm.substring(0, 7));
    return m.getMonth().getDisplayName(TextStyle.FULL, NL) + " " + m.getYear();
  }

  /** A list of codes as one line of text: {@code [07A01, 07C01]} → {@code 07A01, 07C01}. */
  public String opsomming(java.util.List<String> codes) {
    return codes == null ? "" : String.join(", ", codes);
  }
}
