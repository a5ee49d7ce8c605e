package nl.regio.wmo.infrastructure.rapport;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import nl.regio.wmo.application.rapport.AanbiederAfrekening;
import nl.regio.wmo.application.rapport.AfrekeningRegelRij;
import nl.regio.wmo.application.rapport.AfwijzingRij;
import nl.regio.wmo.application.rapport.AfwijzingenOverzicht;
import nl.regio.wmo.application.rapport.GemeenteKostenRij;
import nl.regio.wmo.application.rapport.KostenPerGemeente;
import nl.regio.wmo.application.rapport.PgbRapport;
import nl.regio.wmo.application.rapport.Rapport;
import nl.regio.wmo.application.rapport.VerwachtOverzicht;
import nl.regio.wmo.application.rapport.VerwachtRij;
import nl.regio.wmo.domain.shared.Money;

/**
 * Makes a report as PDF or XLSX from a {@link Rapport} record. Templates are the {@code .jasper}
 * files compiled at build time ({@code reports/<sjabloon>.jasper} on the class path); nothing is
 * compiled at run time. Eurocents become exact euros ({@link Money#euros()}) before they reach a
 * template, so XLSX cells are numbers finance can add up.
 *
 * <p>No time stamp is printed: the same record gives the same pages. Usable with {@code new
 * RapportMaker()} outside a container.
 */
@ApplicationScoped
public class RapportMaker {

  public static final String STANDAARD_REGIO = "Regio Lekstroom";
  static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");
  static final TimeZone AMSTERDAM = TimeZone.getTimeZone("Europe/Amsterdam");
  private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private final String regio;
  private final Map<String, JasperReport> sjablonen = new ConcurrentHashMap<>();

  public RapportMaker() {
    this(STANDAARD_REGIO);
  }

  public RapportMaker(String regio) {
    this.regio = Objects.requireNonNull(regio, "Regio is verplicht.");
  }

  public byte[] maak(Rapport rapport, Formaat formaat) {
    Objects.requireNonNull(rapport, "Rapport is verplicht.");
    Objects.requireNonNull(formaat, "Formaat is verplicht.");
    Vulling vulling = vulling(rapport);
    Map<String, Object> parameters = new HashMap<>(vulling.parameters());
    parameters.put(JRParameter.REPORT_LOCALE, NEDERLANDS);
    parameters.put(JRParameter.REPORT_TIME_ZONE, AMSTERDAM);
    parameters.put("REGIO", regio);
    if (formaat == Formaat.XLSX) {
      // one long sheet: page headers and footers once, no breaks between the rows
      parameters.put(JRParameter.IS_IGNORE_PAGINATION, Boolean.TRUE);
    }
    JasperReportsContext context = DefaultJasperReportsContext.getInstance();
    try {
      JasperPrint print =
          JasperFillManager.getInstance(context)
              .fill(sjabloon(rapport.sjabloon()), parameters, new JRMapCollectionDataSource(vulling.rijen()));
      return switch (formaat) {
        case PDF -> pdf(context, print);
        case XLSX -> xlsx(context, print, vulling.blad());
      };
    } catch (JRException e) {
      throw new IllegalStateException("Rapport " + rapport.sjabloon() + " kon niet gemaakt worden: " + e.getMessage(), e);
    }
  }

  /** The file name for a download: {@code <bestandsnaam>.<extensie>}. */
  public static String bestandsnaam(Rapport rapport, Formaat formaat) {
    return rapport.bestandsnaam() + "." + formaat.extensie();
  }

  private JasperReport sjabloon(String naam) {
    return sjablonen.computeIfAbsent(naam, RapportMaker::laad);
  }

  private static JasperReport laad(String naam) {
    String pad = "reports/" + naam + ".jasper";
    ClassLoader loader = RapportMaker.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(pad)) {
      if (in == null) {
        throw new IllegalStateException("Sjabloon " + pad + " staat niet op het classpath (is de build gedraaid?)");
      }
      return (JasperReport) JRLoader.loadObject(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JRException e) {
      throw new IllegalStateException("Sjabloon " + pad + " is onleesbaar: " + e.getMessage(), e);
    }
  }

  private static byte[] pdf(JasperReportsContext context, JasperPrint print) throws JRException {
    ByteArrayOutputStream uit = new ByteArrayOutputStream();
    JRPdfExporter exporter = new JRPdfExporter(context);
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(uit));
    SimplePdfExporterConfiguration configuratie = new SimplePdfExporterConfiguration();
    configuratie.setMetadataTitle(print.getName());
    configuratie.setMetadataCreator("wmo-settlement");
    exporter.setConfiguration(configuratie);
    exporter.exportReport();
    return uit.toByteArray();
  }

  private static byte[] xlsx(JasperReportsContext context, JasperPrint print, String blad) throws JRException {
    ByteArrayOutputStream uit = new ByteArrayOutputStream();
    JRXlsxExporter exporter = new JRXlsxExporter(context);
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(uit));
    SimpleXlsxReportConfiguration configuratie = new SimpleXlsxReportConfiguration();
    configuratie.setDetectCellType(true); // BigDecimal and Long become numeric cells
    configuratie.setOnePagePerSheet(false);
    configuratie.setRemoveEmptySpaceBetweenRows(true);
    configuratie.setRemoveEmptySpaceBetweenColumns(true);
    configuratie.setWhitePageBackground(false);
    configuratie.setCollapseRowSpan(true);
    configuratie.setSheetNames(new String[] {blad});
    exporter.setConfiguration(configuratie);
    exporter.exportReport();
    return uit.toByteArray();
  }

  // ---- from records to template parameters and rows ----

  private record Vulling(String blad, Map<String, Object> parameters, List<Map<String, ?>> rijen) {}

  private static Vulling vulling(Rapport rapport) {
    if (rapport instanceof AanbiederAfrekening a) {
      return afrekening(a);
    }
    if (rapport instanceof KostenPerGemeente k) {
      return kostenPerGemeente(k);
    }
    if (rapport instanceof AfwijzingenOverzicht a) {
      return afwijzingen(a);
    }
    if (rapport instanceof VerwachtOverzicht v) {
      return verwacht(v);
    }
    if (rapport instanceof PgbRapport p) {
      return pgb(p);
    }
    throw new IllegalArgumentException("Onbekend rapport: " + rapport.getClass().getName());
  }

  private static Vulling afrekening(AanbiederAfrekening a) {
    Map<String, Object> p = new HashMap<>();
    p.put("AFREKENING_ID", a.afrekeningId());
    p.put("MAAND", a.maand());
    p.put("STATUS", a.status());
    p.put("AANBIEDER_AGB", a.aanbiederAgb());
    p.put("AANBIEDER_NAAM", a.aanbiederNaam());
    p.put("IBAN", a.iban());
    p.put("DEBET", euro(a.debetCent()));
    p.put("CREDIT", euro(a.creditCent()));
    p.put("TOTAAL", euro(a.totaalCent()));
    List<Map<String, ?>> rijen =
        gegroepeerd(a.regels(), AfrekeningRegelRij::client, r -> {
          Map<String, Object> m = new HashMap<>();
          m.put("client", r.client());
          m.put("clientNaam", r.clientNaam());
          m.put("toewijzingNummer", r.toewijzingNummer());
          m.put("product", r.productNaam() == null ? r.productCode() : r.productCode() + " " + r.productNaam());
          m.put("periode", datum(r.begindatum()) + " t/m " + datum(r.einddatum()));
          m.put("volume", r.volume());
          m.put("eenheid", r.eenheid());
          m.put("tarief", r.tariefCent() == null ? null : euro(r.tariefCent()));
          m.put("bedrag", euro(r.bedragCent()));
          m.put("correctie", r.correctie());
          m.put("declaratieNummer", r.declaratieNummer());
          m.put("referentie", r.referentie());
          return m;
        });
    return new Vulling("Afrekening " + a.aanbiederAgb(), p, rijen);
  }

  private static Vulling kostenPerGemeente(KostenPerGemeente k) {
    Map<String, Object> p = new HashMap<>();
    p.put("AFREKENING_ID", k.afrekeningId());
    p.put("MAAND", k.maand());
    p.put("STATUS", k.status());
    p.put("TOTAAL", euro(k.totaalCent()));
    p.put("TOTAAL_REGELS", k.rijen().stream().mapToLong(GemeenteKostenRij::aantalRegels).sum());
    List<Map<String, ?>> rijen =
        gegroepeerd(k.rijen(), GemeenteKostenRij::gemeenteCode, r -> {
          Map<String, Object> m = new HashMap<>();
          m.put("gemeenteCode", r.gemeenteCode());
          m.put("gemeenteNaam", r.gemeenteNaam());
          m.put("categorie", r.categorie());
          m.put("categorieNaam", r.categorieNaam());
          m.put("aantalRegels", r.aantalRegels());
          m.put("bedrag", euro(r.bedragCent()));
          return m;
        });
    return new Vulling("Kosten per gemeente", p, rijen);
  }

  private static Vulling afwijzingen(AfwijzingenOverzicht a) {
    Map<String, Object> p = new HashMap<>();
    p.put("MAAND", a.maand());
    p.put("AANTAL", a.aantal());
    p.put("BEDRAG", euro(a.bedragCent()));
    List<Map<String, ?>> rijen =
        gegroepeerd(a.rijen(), AfwijzingRij::aanbiederAgb, r -> {
          Map<String, Object> m = new HashMap<>();
          m.put("aanbiederAgb", r.aanbiederAgb());
          m.put("aanbiederNaam", r.aanbiederNaam());
          m.put("retourcode", r.retourcode());
          m.put("omschrijving", r.omschrijving());
          m.put("aantal", r.aantal());
          m.put("bedrag", euro(r.bedragCent()));
          return m;
        });
    return new Vulling("Afwijzingen " + a.maand(), p, rijen);
  }

  private static Vulling pgb(PgbRapport r) {
    Map<String, Object> p = new HashMap<>();
    p.put("JAAR", r.jaar());
    p.put("GEBIED", r.gebied());
    p.put("TOEGEKEND", euro(r.toegekendCent()));
    p.put("BETAALD", euro(r.betaaldCent()));
    p.put("TERUG", euro(r.terugTeVorderenCent()));
    p.put("AANTAL_AFWIJKINGEN", r.aantalAfwijkingen());
    List<Map<String, ?>> rijen = new ArrayList<>();
    for (PgbRapport.Rij rij : r.rijen()) {
      Map<String, Object> m = new HashMap<>();
      m.put("sectie", rij.sectie());
      m.put("soortRegel", rij.soortRegel());
      m.put("gemeente", rij.gemeente());
      m.put("houder", rij.houder());
      m.put("naam", rij.naam());
      m.put("beschikking", rij.beschikking());
      m.put("omschrijving", rij.omschrijving());
      m.put("regel", rij.regel());
      m.put("maand", rij.maand());
      m.put("toelichting", rij.toelichting());
      m.put("bedrag1", rij.cent1() == null ? null : euro(rij.cent1()));
      m.put("bedrag2", rij.cent2() == null ? null : euro(rij.cent2()));
      m.put("bedrag3", rij.cent3() == null ? null : euro(rij.cent3()));
      m.put("bedrag4", rij.cent4() == null ? null : euro(rij.cent4()));
      rijen.add(m);
    }
    return new Vulling("PGB " + r.jaar(), p, rijen);
  }

  private static Vulling verwacht(VerwachtOverzicht v) {
    Map<String, Object> p = new HashMap<>();
    p.put("AFREKENING_ID", v.afrekeningId());
    p.put("MAAND", v.maand());
    p.put("VERWACHT", euro(v.verwachtCent()));
    p.put("GEDECLAREERD", euro(v.gedeclareerdCent()));
    p.put("BETAALD", euro(v.betaaldCent()));
    p.put("AANTAL_BOVEN", v.rijen().stream().filter(VerwachtRij::boven).count());
    List<Map<String, ?>> rijen = new ArrayList<>();
    for (VerwachtRij r : v.rijen()) {
      Map<String, Object> m = new HashMap<>();
      m.put("toewijzingNummer", r.toewijzingNummer());
      m.put("aanbiederAgb", r.aanbiederAgb());
      m.put("aanbiederNaam", r.aanbiederNaam());
      m.put("productCode", r.productCode());
      m.put("gemeenteCode", r.gemeenteCode());
      m.put("verwacht", euro(r.verwachtCent()));
      m.put("gedeclareerd", euro(r.gedeclareerdCent()));
      m.put("betaald", euro(r.betaaldCent()));
      m.put("boven", r.boven());
      rijen.add(m);
    }
    return new Vulling("Verwacht " + v.maand(), p, rijen);
  }

  /**
   * Rows in the order given, but each group's rows together (in order of the group's first row), so
   * the template's groups and subtotals cover every row of a group once.
   */
  private static <T> List<Map<String, ?>> gegroepeerd(
      List<T> rijen, Function<T, String> groep, Function<T, Map<String, Object>> alsVeld) {
    Map<String, Integer> volgorde = new LinkedHashMap<>();
    for (T rij : rijen) {
      volgorde.putIfAbsent(groep.apply(rij), volgorde.size());
    }
    List<T> gesorteerd = new ArrayList<>(rijen);
    gesorteerd.sort(Comparator.comparing(r -> volgorde.get(groep.apply(r)))); // stable
    List<Map<String, ?>> velden = new ArrayList<>(gesorteerd.size());
    for (T rij : gesorteerd) {
      velden.add(alsVeld.apply(rij));
    }
    return velden;
  }

  private static BigDecimal euro(long cent) {
    return Money.ofCents(cent).euros();
  }

  private static String datum(LocalDate datum) {
    return datum.format(DATUM);
  }
}
