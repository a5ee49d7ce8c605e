package nl.regio.wmo.domain.pgb;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.regio.wmo.domain.shared.Bsn;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.domain.shared.Money;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the SVB payment file (layout: config/import/svb.md): UTF-8 (a BOM is allowed), {@code ;}
 * separated, one header row with exactly {@link #KOLOMMEN} (any order), {@code #} starts a comment
 * line, amounts in whole eurocents, month {@code yyyy-mm}, dates {@code yyyy-mm-dd}, hours with a
 * decimal point.
 *
 * <p>All or nothing: the result holds either every payment of the file, or only the errors, each
 * naming its line, column and reason. Checked per row: every column filled; the BSN 9 digits and
 * the 11-proef (CS002); zorgsoort {@code FORMEEL}/{@code INFORMEEL}; approval {@code ja}/{@code
 * nee}; month {@code yyyy-mm}; hours &gt; 0 with at most 2 decimals; rate &gt; 0 cents; the amount
 * equal to hours × rate rounded once half up to the cent (no other tolerance); payment date ISO; the
 * payment id unique within the file. No error message ever contains a BSN (privacy): a bad BSN is
 * named by its row.
 *
 * <p>Whether the same file was delivered before is for the application layer (the file's {@link
 * #sha256} is unique in the database); payments delivered before are left out with {@link
 * Uitslag#zonderBekende}.
 */
public final class SvbBestandLezer {

  public static final char SCHEIDINGSTEKEN = ';';
  public static final List<String> KOLOMMEN = List.of(
      "toekenningNummer", "bsn", "zorgverlenerId", "zorgverlenerNaam", "zorgsoort", "zorgovereenkomstId",
      "zorgovereenkomstGoedgekeurd", "maand", "uren", "uurtariefCent", "bedragCent", "betaaldatum", "betalingId");
  static final int MAX_RIJEN = 100_000;

  private SvbBestandLezer() {}

  /**
   * Either all payments of the file (and no errors), or no payments and at least one error. {@code rijen} holds the
   * line in the file of each payment.
   */
  public record Uitslag(List<SvbBetaling> betalingen, List<Integer> rijen, List<SvbFout> fouten) {
    public Uitslag {
      betalingen = List.copyOf(betalingen);
      rijen = List.copyOf(rijen);
      fouten = List.copyOf(fouten);
      if (!fouten.isEmpty() && !betalingen.isEmpty()) {
        throw new IllegalArgumentException("Alles of niets: bij fouten geen betalingen.");
      }
      if (rijen.size() != betalingen.size()) {
        throw new IllegalArgumentException("Een rij per betaling.");
      }
    }

    public boolean isAfgekeurd() {
      return !fouten.isEmpty();
    }

    /** The error report, one line per error, e.g. {@code rij 4, kolom bsn: ...}. */
    public String verslag() {
      return String.join(System.lineSeparator(), fouten.stream().map(SvbFout::toString).toList());
    }

    /**
     * Leaves out what was delivered before (S-PGB-SVB: a payment id twice changes nothing): a payment whose {@code
     * betalingId} is already known with exactly the same data is dropped; known with other data, the whole file is
     * refused, naming the row. {@code bekend} looks a payment id up among the stored payments.
     */
    public Uitslag zonderBekende(Function<String, Optional<SvbBetaling>> bekend) {
      if (isAfgekeurd()) {
        return this;
      }
      List<SvbBetaling> nieuw = new ArrayList<>();
      List<Integer> nieuweRijen = new ArrayList<>();
      List<SvbFout> anders = new ArrayList<>();
      for (int i = 0; i < betalingen.size(); i++) {
        SvbBetaling b = betalingen.get(i);
        Optional<SvbBetaling> eerder = bekend.apply(b.betalingId());
        if (eerder.isEmpty()) {
          nieuw.add(b);
          nieuweRijen.add(rijen.get(i));
        } else if (!eerder.get().equals(b)) {
          anders.add(new SvbFout(rijen.get(i), "betalingId", "is al eerder aangeleverd met andere gegevens; een betaling wijzigt niet"));
        }
      }
      return anders.isEmpty() ? new Uitslag(nieuw, nieuweRijen, List.of()) : new Uitslag(List.of(), List.of(), anders);
    }

    static Uitslag fout(SvbFout f) {
      return new Uitslag(List.of(), List.of(), List.of(f));
    }
  }

  public static Uitslag lees(byte[] inhoud) {
    String tekst;
    try {
      tekst = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(inhoud))
          .toString();
    } catch (CharacterCodingException e) {
      return Uitslag.fout(new SvbFout(0, null, "het is geen geldige UTF-8-tekst"));
    }
    if (tekst.startsWith("\uFEFF")) {
      tekst = tekst.substring(1);
    }
    CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(SCHEIDINGSTEKEN).setHeader().setSkipHeaderRecord(true)
        .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
    List<SvbBetaling> betalingen = new ArrayList<>();
    List<SvbFout> fouten = new ArrayList<>();
    List<Integer> rijen = new ArrayList<>();
    Map<String, Integer> rijVanBetaling = new HashMap<>();
    try (CSVParser parser = formaat.parse(new StringReader(tekst))) {
      List<String> kop = parser.getHeaderNames();
      List<String> ontbreekt = KOLOMMEN.stream().filter(k -> !kop.contains(k)).toList();
      List<String> onbekend = kop.stream().filter(k -> !KOLOMMEN.contains(k)).toList();
      if (!ontbreekt.isEmpty() || !onbekend.isEmpty()) {
        return Uitslag.fout(new SvbFout(0, null, "de kopregel klopt niet: ontbrekende kolommen " + ontbreekt
            + ", onbekende kolommen " + onbekend + "; verwacht " + String.join(";", KOLOMMEN)));
      }
      int aantal = 0;
      for (CSVRecord r : parser) {
        int rij = Math.toIntExact(parser.getCurrentLineNumber());
        if (++aantal > MAX_RIJEN) {
          return Uitslag.fout(new SvbFout(0, null, "meer dan " + MAX_RIJEN + " rijen; splits het bestand"));
        }
        if (!r.isConsistent()) {
          fouten.add(new SvbFout(rij, null, "heeft " + r.size() + " kolommen in plaats van " + KOLOMMEN.size()));
          continue;
        }
        SvbBetaling b = rij(r, rij, fouten);
        if (b != null) {
          Integer eerder = rijVanBetaling.putIfAbsent(b.betalingId(), rij);
          if (eerder != null) {
            fouten.add(new SvbFout(rij, "betalingId", "komt al voor in rij " + eerder + "; een betaling-id is uniek"));
          } else {
            betalingen.add(b);
            rijen.add(rij);
          }
        }
      }
      if (aantal == 0) {
        return Uitslag.fout(new SvbFout(0, null, "het bevat geen rijen"));
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      return Uitslag.fout(new SvbFout(0, null, "het is geen leesbare CSV (" + e.getClass().getSimpleName() + ")"));
    }
    return fouten.isEmpty() ? new Uitslag(betalingen, rijen, List.of()) : new Uitslag(List.of(), List.of(), fouten);
  }

  /** One row as a payment, or null after adding its errors. */
  private static SvbBetaling rij(CSVRecord r, int rij, List<SvbFout> fouten) {
    int voor = fouten.size();
    for (String k : KOLOMMEN) {
      if (r.get(k).isEmpty()) {
        fouten.add(new SvbFout(rij, k, "is verplicht"));
      }
    }
    if (fouten.size() > voor) {
      return null;
    }
    Bsn bsn = null;
    if (Bsn.isGeldig(r.get("bsn"))) {
      bsn = new Bsn(r.get("bsn"));
    } else {
      fouten.add(new SvbFout(rij, "bsn", "is geen geldig BSN (9 cijfers en de 11-proef, CS002)"));
    }
    Zorgsoort zorgsoort = null;
    try {
      zorgsoort = Zorgsoort.valueOf(r.get("zorgsoort").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      fouten.add(new SvbFout(rij, "zorgsoort", "is niet FORMEEL of INFORMEEL"));
    }
    Boolean goedgekeurd = switch (r.get("zorgovereenkomstGoedgekeurd").toLowerCase(Locale.ROOT)) {
      case "ja" -> Boolean.TRUE;
      case "nee" -> Boolean.FALSE;
      default -> {
        fouten.add(new SvbFout(rij, "zorgovereenkomstGoedgekeurd", "is niet ja of nee"));
        yield null;
      }
    };
    Maand maand = null;
    if (r.get("maand").matches("\\d{4}-\\d{2}")) {
      try {
        maand = new Maand(YearMonth.parse(r.get("maand")));
      } catch (DateTimeParseException e) {
        // handled below
      }
    }
    if (maand == null) {
      fouten.add(new SvbFout(rij, "maand", "is geen maand (jjjj-mm)"));
    }
    BigDecimal uren = null;
    try {
      uren = new BigDecimal(r.get("uren"));
      if (uren.signum() <= 0 || uren.stripTrailingZeros().scale() > 2) {
        fouten.add(new SvbFout(rij, "uren", "moet groter dan 0 zijn, met ten hoogste 2 decimalen"));
        uren = null;
      }
    } catch (NumberFormatException e) {
      fouten.add(new SvbFout(rij, "uren", "is geen getal (punt als decimaalteken)"));
    }
    Long uurtarief = centen(r, rij, "uurtariefCent", fouten);
    if (uurtarief != null && uurtarief <= 0) {
      fouten.add(new SvbFout(rij, "uurtariefCent", "moet groter dan 0 zijn"));
      uurtarief = null;
    }
    Long bedrag = centen(r, rij, "bedragCent", fouten);
    if (uren != null && uurtarief != null && bedrag != null) {
      Money verwacht = SvbBetaling.bedragVoor(uren, Money.ofCents(uurtarief));
      if (verwacht.cent() != bedrag) {
        fouten.add(new SvbFout(rij, "bedragCent", "is " + bedrag + " maar uren x uurtariefCent = " + uren.toPlainString()
            + " x " + uurtarief + " = " + verwacht.cent() + " (halve centen naar boven afgerond)"));
      }
    }
    LocalDate betaaldatum = null;
    try {
      betaaldatum = LocalDate.parse(r.get("betaaldatum"));
    } catch (DateTimeParseException e) {
      fouten.add(new SvbFout(rij, "betaaldatum", "is geen datum (jjjj-mm-dd)"));
    }
    if (fouten.size() > voor) {
      return null;
    }
    return new SvbBetaling(r.get("toekenningNummer"), bsn, r.get("zorgverlenerId"), r.get("zorgverlenerNaam"), zorgsoort,
        r.get("zorgovereenkomstId"), goedgekeurd, maand, uren, Money.ofCents(uurtarief), Money.ofCents(bedrag), betaaldatum,
        r.get("betalingId"));
  }

  private static Long centen(CSVRecord r, int rij, String kolom, List<SvbFout> fouten) {
    String s = r.get(kolom);
    if (!s.matches("-?\\d{1,15}")) {
      fouten.add(new SvbFout(rij, kolom, "is geen heel aantal centen"));
      return null;
    }
    return Long.valueOf(s);
  }

  /** The SHA-256 of the file's bytes, hex: the same file twice changes nothing. */
  public static String sha256(byte[] inhoud) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
