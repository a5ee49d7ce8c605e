package nl.regio.wmo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.regio.wmo.application.BeschikkingBeheer.BeschikkingGegevens;
import nl.regio.wmo.application.ClientBeheer.ClientGegevens;
import nl.regio.wmo.domain.beschikking.Client;
import nl.regio.wmo.domain.beschikking.ImportBestand;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Bulk import of beschikkingen from the municipal system (CSV, layout in config/import/README.md).
 * Every row goes through the same use cases and rules as the REST API. All or nothing: one
 * transaction per file; when any row is refused, nothing is applied and the report names every
 * refused row with its field and rule. The same content twice (by SHA-256) changes nothing; a row
 * whose beschikkingNummer is already known is skipped.
 */
@ApplicationScoped
public class BeschikkingImport {

  public static final String SOORT = "beschikkingen";
  public static final List<String> KOLOMMEN = List.of(
      "beschikkingNummer", "bsn", "achternaam", "voorvoegsel", "voorletters", "geboortedatum", "geslacht", "gemeenteCode",
      "postcode", "huisnummer", "productCode", "leveringsvorm", "aanbiederAgbCode", "ingangsdatum", "einddatum",
      "volumePerWeek", "klasse", "urenPerWeek");
  static final int MAX_RIJEN = 100_000;

  @PersistenceContext EntityManager em;
  @Inject ClientBeheer clienten;
  @Inject BeschikkingBeheer beschikkingen;
  @Inject Clock clock;

  /** What an accepted file did, and what became of each row. */
  public record Verslag(String bestand, int rijen, int aangemaakt, int overgeslagen, int nieuweClienten, List<RijUitkomst> perRij) {}

  /**
   * One row's outcome: its line in the file (the header is line 1), its beschikkingNummer, and what happened; for an
   * accepted row in kind its toewijzing, for a refused one every reason as "field: RULE: words" (never the BSN).
   */
  public record RijUitkomst(long rij, String beschikkingNummer, Uitkomst uitkomst, Long toewijzingNummer, List<String> fouten) {}

  /** AANGEMAAKT: applied; OVERGESLAGEN: its beschikkingNummer was known; GEWEIGERD: refused; IN_ORDE: fine, but the file was refused. */
  public enum Uitkomst { AANGEMAAKT, OVERGESLAGEN, GEWEIGERD, IN_ORDE }

  /** The file is refused because of its rows: nothing applied; every row's outcome, the good ones as IN_ORDE. */
  public static class RijenAfgekeurd extends ImportAfgekeurdException {
    private final transient List<RijUitkomst> perRij;

    RijenAfgekeurd(String samenvatting, List<String> regels, List<RijUitkomst> perRij) {
      super(samenvatting, regels);
      this.perRij = List.copyOf(perRij);
    }

    public List<RijUitkomst> perRij() {
      return perRij;
    }
  }

  @Transactional
  public Verslag importeer(String naam, byte[] inhoud) {
    String sha256 = sha256(inhoud);
    Optional<ImportBestand> eerder = em.createQuery(
            "select i from ImportBestand i where i.soort = :s and i.sha256 = :h", ImportBestand.class)
        .setParameter("s", SOORT)
        .setParameter("h", sha256)
        .getResultStream()
        .findFirst();
    if (eerder.isPresent()) {
      throw new ImportAfgekeurdException("Bestand " + naam + " is niet verwerkt: dezelfde inhoud is al verwerkt op "
          + eerder.get().verwerktOp() + " als " + eerder.get().naam() + "; er is niets gewijzigd.", List.of());
    }
    Verslag verslag = verwerk(naam, inhoud);
    em.persist(new ImportBestand(SOORT, sha256, naam, verslag.rijen(), OffsetDateTime.now(clock)));
    em.flush();
    return verslag;
  }

  /**
   * Applies the rows of a file whose content may have been seen before (the demo data, loaded at
   * every start): rows with a known beschikkingNummer are skipped, so loading twice changes nothing.
   */
  @Transactional
  public Verslag laadOpnieuw(String naam, byte[] inhoud) {
    return verwerk(naam, inhoud);
  }

  /** Applies every row in order, each through the same use cases as the API; a refused row does not stop the others. */
  private Verslag verwerk(String naam, byte[] inhoud) {
    List<CSVRecord> rijen = lees(naam, inhoud);
    List<String> fouten = new ArrayList<>();
    List<RijUitkomst> perRij = new ArrayList<>();
    int aangemaakt = 0;
    int overgeslagen = 0;
    int nieuweClienten = 0;
    for (CSVRecord r : rijen) {
      long rij = r.getRecordNumber() + 1;
      String nummer = r.get("beschikkingNummer");
      String plaats = "rij " + rij + " (beschikking " + nummer + "): ";
      List<String> rijFouten = new ArrayList<>();
      try {
        if (nummer.isBlank()) {
          throw OngeldigeInvoerException.van("beschikkingNummer", "is verplicht");
        }
        if (beschikkingen.zoekOpExternNummer(nummer).isPresent()) {
          overgeslagen++;
          perRij.add(new RijUitkomst(rij, nummer, Uitkomst.OVERGESLAGEN, null, List.of()));
          continue;
        }
        Optional<Client> client = clienten.zoekOpBsn(r.get("bsn"));
        long clientId;
        if (client.isPresent()) {
          clientId = client.get().id();
        } else {
          clientId = clienten.maak(new ClientGegevens(null, r.get("bsn"), r.get("achternaam"), leeg(r.get("voorvoegsel")),
              leeg(r.get("voorletters")), datum(r, "geboortedatum"), leeg(r.get("geslacht")), r.get("gemeenteCode"),
              leeg(r.get("postcode")), getal(r, "huisnummer"))).id();
          nieuweClienten++;
        }
        BeschikkingGegevens b = beschikkingen.maak(new BeschikkingGegevens(null, clientId, r.get("productCode"), r.get("leveringsvorm"),
            leeg(r.get("aanbiederAgbCode")), datum(r, "ingangsdatum"), datum(r, "einddatum"), getal(r, "volumePerWeek"),
            getal(r, "klasse"), decimaal(r, "urenPerWeek"), null, null, null, nummer, null, null, null, null, null));
        aangemaakt++;
        perRij.add(new RijUitkomst(rij, nummer, Uitkomst.AANGEMAAKT, b.toewijzingNummer(), List.of()));
      } catch (OngeldigeInvoerException e) {
        e.fouten().forEach(f -> rijFouten.add(f.veld() + ": " + f.melding()));
      } catch (ConflictException e) {
        rijFouten.add(e.veld() + ": " + e.getMessage());
      }
      if (!rijFouten.isEmpty()) {
        rijFouten.forEach(f -> fouten.add(plaats + f));
        perRij.add(new RijUitkomst(rij, nummer, Uitkomst.GEWEIGERD, null, List.copyOf(rijFouten)));
      }
    }
    if (!fouten.isEmpty()) {
      // nothing is applied: a row that was fine did not get its toewijzing either
      throw new RijenAfgekeurd("Bestand " + naam + " is afgekeurd: " + fouten.size() + " fout(en) in " + rijen.size()
          + " rijen; er is niets verwerkt. Herstel de rijen en lever het hele bestand opnieuw aan.", fouten,
          perRij.stream().map(u -> u.uitkomst() == Uitkomst.AANGEMAAKT ? new RijUitkomst(u.rij(), u.beschikkingNummer(), Uitkomst.IN_ORDE, null, List.of()) : u)
              .toList());
    }
    return new Verslag(naam, rijen.size(), aangemaakt, overgeslagen, nieuweClienten, List.copyOf(perRij));
  }

  private static List<CSVRecord> lees(String naam, byte[] inhoud) {
    String tekst;
    try {
      tekst = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(inhoud))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ImportAfgekeurdException("Bestand " + naam + " is afgekeurd: het is geen geldige UTF-8-tekst; er is niets verwerkt.", List.of());
    }
    if (tekst.startsWith("\uFEFF")) {
      tekst = tekst.substring(1);
    }
    CSVFormat formaat = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
        .setIgnoreEmptyLines(true).setTrim(true).get();
    try (CSVParser parser = formaat.parse(new StringReader(tekst))) {
      List<String> kop = parser.getHeaderNames();
      List<String> ontbreekt = KOLOMMEN.stream().filter(k -> !kop.contains(k)).toList();
      List<String> onbekend = kop.stream().filter(k -> !KOLOMMEN.contains(k)).toList();
      if (!ontbreekt.isEmpty() || !onbekend.isEmpty()) {
        throw new ImportAfgekeurdException("Bestand " + naam + " is afgekeurd: de kopregel klopt niet; er is niets verwerkt.",
            List.of("ontbrekende kolommen: " + ontbreekt, "onbekende kolommen: " + onbekend, "verwacht: " + String.join(",", KOLOMMEN)));
      }
      List<CSVRecord> rijen = new ArrayList<>();
      for (CSVRecord r : parser) {
        if (!r.isConsistent()) {
          throw new ImportAfgekeurdException("Bestand " + naam + " is afgekeurd: rij " + (r.getRecordNumber() + 1) + " heeft "
              + r.size() + " kolommen in plaats van " + KOLOMMEN.size() + "; er is niets verwerkt.", List.of());
        }
        rijen.add(r);
        if (rijen.size() > MAX_RIJEN) {
          throw new ImportAfgekeurdException("Bestand " + naam + " is afgekeurd: meer dan " + MAX_RIJEN + " rijen; splits het bestand.", List.of());
        }
      }
      if (rijen.isEmpty()) {
        throw new ImportAfgekeurdException("Bestand " + naam + " is afgekeurd: het bevat geen rijen.", List.of());
      }
      return rijen;
    } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw new ImportAfgekeurdException("Bestand " + naam + " is afgekeurd: het is geen leesbare CSV (" + e.getClass().getSimpleName()
          + "); er is niets verwerkt.", List.of());
    }
  }

  private static String leeg(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static LocalDate datum(CSVRecord r, String kolom) {
    String s = leeg(r.get(kolom));
    try {
      return s == null ? null : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw OngeldigeInvoerException.van(kolom, "is geen datum (jjjj-mm-dd)");
    }
  }

  private static Integer getal(CSVRecord r, String kolom) {
    String s = leeg(r.get(kolom));
    try {
      return s == null ? null : Integer.valueOf(s);
    } catch (NumberFormatException e) {
      throw OngeldigeInvoerException.van(kolom, "is geen geheel getal");
    }
  }

  private static BigDecimal decimaal(CSVRecord r, String kolom) {
    String s = leeg(r.get(kolom));
    try {
      return s == null ? null : new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw OngeldigeInvoerException.van(kolom, "is geen getal (punt als decimaalteken)");
    }
  }

  static String sha256(byte[] inhoud) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
