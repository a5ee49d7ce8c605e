package nl.regio.wmo.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regio.wmo.domain.beschikking.Grondslag;
import nl.regio.wmo.domain.beschikking.TariefPeriode;
import nl.regio.wmo.domain.beschikking.Verwachting;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.domain.shared.Money;
import nl.regio.wmo.domain.shared.Periode;

import static nl.regio.wmo.bench.BenchApp.log;

/**
 * Valid WMO323 messages from the demo toewijzingen (read with JDBC) and the tariff in force (asked of the running app,
 * {@code /api/tarieven/geldend}): one prestatie per (toewijzing, month) up to the current month, volume within the
 * toewijzing, amount = volume × tariff (eenheid 83: the month's amount pro rata), correct totals, a unique
 * ReferentieNummer per prestatie. Shared by the declaration benchmarks.
 */
final class Wmo323Generator {

  record Toewijzing(long nummer, String bsn, String gemeente, String agb, String categorie, String code, boolean perKlasse, String eenheid,
      long volume, LocalDate begin, LocalDate eind, Integer klasse, Long offerteCent) {}

  /** One prestatie: a toewijzing in one month. {@code tarief} null for eenheid 83. */
  record Paar(Toewijzing t, LocalDate begin, LocalDate eind, long volume, Long tarief, long bedrag) {}

  record Groep(String agb, String gemeente, Maand maand) {}

  private final BenchApp app;
  private final LocalDate vandaag;
  private long referenties;

  Wmo323Generator(BenchApp app, LocalDate vandaag) {
    this.app = app;
    this.vandaag = vandaag;
  }

  /** The demo toewijzingen that can be declared (a removed one, reden 13 on its first day, is left out). */
  static List<Toewijzing> leesToewijzingen(Connection c) throws SQLException {
    List<Toewijzing> lijst = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "select t.nummer, c.bsn, c.cbs_code, a.agb_code, p.categorie, p.code, p.tarief_per_klasse, t.eenheid, t.volume,"
            + " t.ingangsdatum, t.einddatum, b.klasse, b.offerte_maand_cent, t.reden_wijziging"
            + " from toewijzing t join client c on c.id = t.client_id join aanbieder a on a.id = t.aanbieder_id"
            + " join product p on p.id = t.product_id join beschikking b on b.id = t.beschikking_id order by t.nummer")) {
      while (rs.next()) {
        LocalDate begin = rs.getDate(10).toLocalDate();
        LocalDate eind = rs.getDate(11) == null ? null : rs.getDate(11).toLocalDate();
        if ("13".equals(rs.getString(14)) && begin.equals(eind)) {
          continue; // removed (reden 13): nothing to declare
        }
        lijst.add(new Toewijzing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getBoolean(7), rs.getString(8), rs.getLong(9), begin, eind, (Integer) rs.getObject(12, Integer.class),
            (Long) rs.getObject(13, Long.class)));
      }
    }
    return lijst;
  }

  private final Map<String, OptionalLong> tariefCache = new HashMap<>();

  /** The tariff in force, from the app itself (contract version, else regional). */
  private OptionalLong tarief(String agb, String product, Integer klasse, LocalDate datum) {
    String key = agb + "|" + product + "|" + klasse + "|" + datum;
    return tariefCache.computeIfAbsent(key, k -> {
      try {
        HttpResponse<String> h = app.get("/api/tarieven/geldend?aanbieder=" + agb + "&product=" + product + "&datum=" + datum
            + (klasse == null ? "" : "&klasse=" + klasse), "contractbeheer", "application/json");
        if (h.statusCode() == 404) {
          return OptionalLong.empty();
        }
        Matcher m = Pattern.compile("\"bedragCent\"\\s*:\\s*(\\d+)").matcher(h.body());
        if (h.statusCode() != 200 || !m.find()) {
          throw new IllegalStateException("geldend tarief: " + h.statusCode() + " " + h.body());
        }
        return OptionalLong.of(Long.parseLong(m.group(1)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    });
  }

  /**
   * Every declarable (toewijzing, month) up to the current month, grouped per (provider, gemeente,
   * month). Per week: volume = ⌊days × volume per week / 7⌋ (within IV077's weeks × volume per
   * month, and in sum within the whole toewijzing, TR321/TR322), amount = volume × tariff on the
   * first day. Eenheid 83: the month's amount pro rata of the days (Verwachting), no tariff.
   */
  Map<Groep, List<Paar>> paren(List<Toewijzing> toewijzingen) {
    Map<Groep, List<Paar>> groepen = new TreeMap<>(Comparator.comparing(Groep::maand).thenComparing(Groep::agb)
        .thenComparing(Groep::gemeente));
    Maand laatste = Maand.van(vandaag);
    int zonderTarief = 0;
    for (Toewijzing t : toewijzingen) {
      Periode periode = t.eind() == null ? Periode.vanaf(t.begin()) : Periode.inclusief(t.begin(), t.eind());
      for (Maand m = Maand.van(t.begin()); m.compareTo(laatste) <= 0 && (t.eind() == null || !m.eersteDag().isAfter(t.eind()));
          m = m.volgende()) {
        Optional<Periode> deel = m.alsPeriode().doorsnede(periode);
        if (deel.isEmpty()) {
          continue;
        }
        Periode binnen = deel.get();
        LocalDate begin = binnen.start();
        LocalDate eind = binnen.einddatumInclusief();
        Paar paar;
        if (t.perKlasse() || "83".equals(t.eenheid())) {
          OptionalLong maandbedrag = t.offerteCent() != null ? OptionalLong.of(t.offerteCent())
              : tarief(t.agb(), t.code(), t.klasse(), begin);
          if (maandbedrag.isEmpty()) {
            zonderTarief++;
            continue;
          }
          long cent = Verwachting.voorMaand(Grondslag.PER_MAAND, null, binnen,
              List.of(new TariefPeriode(binnen, Money.ofCents(maandbedrag.getAsLong()))), m).cent();
          if (cent <= 0) {
            continue;
          }
          paar = new Paar(t, begin, eind, cent, null, cent);
        } else {
          OptionalLong tarief = tarief(t.agb(), t.code(), null, begin);
          if (tarief.isEmpty()) {
            zonderTarief++;
            continue;
          }
          long volume = binnen.dagen() * t.volume() / 7;
          if (volume <= 0) {
            continue;
          }
          paar = new Paar(t, begin, eind, volume, tarief.getAsLong(), volume * tarief.getAsLong());
        }
        groepen.computeIfAbsent(new Groep(t.agb(), t.gemeente(), m), g -> new ArrayList<>()).add(paar);
      }
    }
    if (zonderTarief > 0) {
      log(zonderTarief + " (toewijzing, month) pairs skipped: no tariff in force");
    }
    groepen.values().forEach(l -> l.sort(Comparator.comparing((Paar p) -> p.t().bsn()).thenComparing(p -> p.t().nummer())));
    return groepen;
  }

  /** One WMO323 of these prestaties (one Client element per BSN, in the order of the list) into a file. */
  void schrijf(Path bestand, Groep g, String nummer, List<Paar> regels) throws IOException {
    try (BufferedWriter x = Files.newBufferedWriter(bestand, StandardCharsets.UTF_8)) {
      schrijf(x, g, nummer, regels);
    }
  }

  /** The same WMO323 as text, for an upload. */
  String tekst(Groep g, String nummer, List<Paar> regels) {
    StringWriter x = new StringWriter(1024 + 700 * regels.size());
    try {
      schrijf(x, g, nummer, regels);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return x.toString();
  }

  /** ReferentieNummers handed out so far (BR1, BR2, …: unique over every message this generator wrote). */
  long referenties() {
    return referenties;
  }

  private void schrijf(Writer x, Groep g, String nummer, List<Paar> regels) throws IOException {
    // group per client in the order of the list (sorted by BSN per round), as the message requires one Client element per BSN
    Map<String, List<Paar>> perClient = new LinkedHashMap<>();
    for (Paar p : regels) {
      perClient.computeIfAbsent(p.t().bsn(), b -> new ArrayList<>()).add(p);
    }
    long som = regels.stream().mapToLong(Paar::bedrag).sum();
    String dag = vandaag.toString();
    {
      x.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<wmo323:Bericht xmlns:iwmo=\"http://www.istandaarden.nl/iwmo/3_2/basisschema/schema\""
          + " xmlns:wmo323=\"http://www.istandaarden.nl/iwmo/3_2/wmo323/schema\">\n<wmo323:Header><wmo323:BerichtCode>484</wmo323:BerichtCode>"
          + "<wmo323:BerichtVersie>3</wmo323:BerichtVersie><wmo323:BerichtSubversie>2</wmo323:BerichtSubversie>");
      x.write("<wmo323:Afzender>" + g.agb() + "</wmo323:Afzender><wmo323:Ontvanger>" + g.gemeente() + "</wmo323:Ontvanger>"
          + "<wmo323:BerichtIdentificatie><iwmo:Identificatie>" + nummer + "</iwmo:Identificatie><iwmo:Dagtekening>" + dag
          + "</iwmo:Dagtekening></wmo323:BerichtIdentificatie><wmo323:XsdVersie><iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie>"
          + "<iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie></wmo323:XsdVersie></wmo323:Header>\n");
      x.write("<wmo323:Declaratie><wmo323:DeclaratieNummer>" + nummer + "</wmo323:DeclaratieNummer><wmo323:DeclaratiePeriode><iwmo:Begindatum>"
          + g.maand().eersteDag() + "</iwmo:Begindatum><iwmo:Einddatum>" + g.maand().laatsteDag() + "</iwmo:Einddatum></wmo323:DeclaratiePeriode>"
          + "<wmo323:DeclaratieDagtekening>" + dag + "</wmo323:DeclaratieDagtekening><wmo323:TotaalIngediendBedrag><iwmo:TotaalBedrag>" + som
          + "</iwmo:TotaalBedrag><iwmo:DebetCredit>D</iwmo:DebetCredit></wmo323:TotaalIngediendBedrag>\n<wmo323:Clienten>\n");
      for (Map.Entry<String, List<Paar>> c : perClient.entrySet()) {
        x.write("<wmo323:Client><wmo323:Bsn>" + c.getKey() + "</wmo323:Bsn><wmo323:Prestaties>\n");
        for (Paar p : c.getValue()) {
          String ref = "BR" + (++referenties);
          StringBuilder s = new StringBuilder(640);
          s.append("<wmo323:Prestatie><wmo323:ProductReferentie><iwmo:ReferentieNummer>").append(ref)
              .append("</iwmo:ReferentieNummer></wmo323:ProductReferentie><wmo323:ToewijzingNummer>").append(p.t().nummer())
              .append("</wmo323:ToewijzingNummer><wmo323:ProductCategorie>").append(p.t().categorie()).append("</wmo323:ProductCategorie>")
              .append("<wmo323:ProductCode>").append(p.t().code()).append("</wmo323:ProductCode><wmo323:ProductPeriode><iwmo:Begindatum>")
              .append(p.begin()).append("</iwmo:Begindatum><iwmo:Einddatum>").append(p.eind()).append("</iwmo:Einddatum></wmo323:ProductPeriode>")
              .append("<wmo323:GeleverdVolume>").append(p.volume()).append("</wmo323:GeleverdVolume><wmo323:Eenheid>").append(p.t().eenheid())
              .append("</wmo323:Eenheid>");
          if (p.tarief() != null) {
            s.append("<wmo323:ProductTarief>").append(p.tarief()).append("</wmo323:ProductTarief>");
          }
          s.append("<wmo323:IngediendBedrag><iwmo:Bedrag>").append(p.bedrag()).append("</iwmo:Bedrag><iwmo:DebetCredit>D</iwmo:DebetCredit>")
              .append("</wmo323:IngediendBedrag></wmo323:Prestatie>\n");
          x.write(s.toString());
        }
        x.write("</wmo323:Prestaties></wmo323:Client>\n");
      }
      x.write("</wmo323:Clienten></wmo323:Declaratie></wmo323:Bericht>\n");
    }
  }
}
