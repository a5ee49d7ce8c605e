package nl.regio.wmo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.regio.wmo.bench.BenchApp;
import org.junit.jupiter.api.Test;

/**
 * A crash mid-file: a large WMO323 is dropped, the app is killed hard (SIGKILL) while it judges the lines, and
 * started again on the same database and inbox. The file must be processed once, completely: one declaration,
 * every line stored once, the WMO325 that the pre-flight check predicted, the original archived.
 * The app runs as its own process here (Arquillian cannot kill its container), on a file database in the first
 * pass and on the CI's PostgreSQL database in the second.
 */
class HerstartIT {

  private static final int REGELS = 40_000;
  private static final Path WERK = Path.of("target/herstart").toAbsolutePath();
  private static final Pattern TOEGEKEND = Pattern.compile("(?s)<wmo325:TotaalToegekendBedrag>\\s*<iwmo:TotaalBedrag>(\\d+)</iwmo:TotaalBedrag>");

  @Test
  void eenCrashHalverwegeTeltGeenRegelDubbelEnHetBestandWordtOpnieuwVerwerkt() throws Exception {
    EigenApp.leeg(WERK);
    Files.createDirectories(WERK.resolve("inbox/declaraties"));
    Map<String, String> env = omgeving();
    Path jar = Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar"));
    Path war = Path.of(System.getProperty("wmo.war", "target/wmo-settlement.war"));

    BenchApp app = BenchApp.start(jar, war, WERK, env, "payara-1.log");
    String run = Long.toString(System.nanoTime(), 36).toUpperCase();
    String nummer = "H" + run.substring(run.length() - 8);
    String xml;
    String voorspeld;
    try {
      Api api = new Api(new URL("http://127.0.0.1:" + app.port() + "/"));
      String bsn = BeschikkingenIT.nieuweBsn();
      long client = api.post("consulent", "/api/clienten", """
          {"bsn":"%s","achternaam":"Herstarttest","geboortedatum":"1970-01-01","gemeenteCode":"0356"}""".formatted(bsn))
          .verwacht(201).json().getJsonNumber("id").longValue();
      long toewijzing = api.post("consulent", "/api/beschikkingen", """
          {"clientId":%d,"productCode":"07C01","leveringsvorm":"ZIN","aanbiederAgbCode":"98000022","ingangsdatum":"2026-01-01",
           "einddatum":"2026-12-31","volumePerWeek":2}""".formatted(client)).verwacht(201).json().getJsonNumber("toewijzingNummer").longValue();
      Wmo323Maker maker = new Wmo323Maker("98000022", "0356", nummer, "2026-10-01", "2026-10-31");
      for (int i = 1; i <= REGELS; i++) {
        maker.debet(bsn, "R" + run + "-" + i, toewijzing, "07", "07C01", "2026-10-01", "2026-10-31", 1, "16", 3900L, 3900);
      }
      xml = maker.xml();
      // what the answer must be: the pre-flight check judges the same message and stores nothing
      voorspeld = toegekend(api.postXml("aanbieder-98000022", "/api/declaraties/controle", xml).verwacht(200).body());

      int tot = EigenApp.log(app).length(); // the pre-flight logged the same line: look only at what comes after the drop
      Path klaar = WERK.resolve("herstart.xml.tmp");
      Files.writeString(klaar, xml, StandardCharsets.UTF_8);
      Files.move(klaar, WERK.resolve("inbox/declaraties/herstart.xml"), StandardCopyOption.ATOMIC_MOVE);
      EigenApp.wacht("the app starts judging the lines", Duration.ofMinutes(3), () -> EigenApp.log(app).substring(tot).contains(nummer + " van 98000022: " + REGELS + " prestaties worden beoordeeld"));
      app.doodHard();
    } finally {
      app.stop();
    }
    assertFalse(EigenApp.log(app).contains("WMO323 herstart.xml beoordeeld"), "killed before the file was done");
    assertFalse(Files.exists(WERK.resolve("outbox/declaraties/herstart.wmo325.xml")));
    assertTrue(Files.exists(WERK.resolve("inbox/declaraties/herstart.xml")), "the file waits in the inbox");

    BenchApp opnieuw = BenchApp.start(jar, war, WERK, env, "payara-2.log");
    try {
      Path wmo325 = WERK.resolve("outbox/declaraties/herstart.wmo325.xml");
      Path verwerkt = WERK.resolve("inbox/declaraties/verwerkt");
      EigenApp.wacht("the WMO325 and the archived file after the restart", Duration.ofMinutes(5), () -> Files.exists(wmo325) && gearchiveerd(verwerkt) != null);
      Path archief = gearchiveerd(verwerkt);
      assertEquals(voorspeld, toegekend(Files.readString(wmo325, StandardCharsets.UTF_8)));
      assertEquals(xml, Files.readString(archief, StandardCharsets.UTF_8), "the original is kept as it came");

      Api api = new Api(new URL("http://127.0.0.1:" + opnieuw.port() + "/"));
      List<JsonObject> declaraties = api.get("financien1", "/api/declaraties?aanbieder=98000022&periode=2026-10&grootte=500").verwacht(200).json()
          .getJsonArray("items").getValuesAs(JsonObject.class).stream().filter(d -> d.getString("declaratieNummer").equals(nummer)).toList();
      assertEquals(1, declaraties.size(), "one declaration");
      assertEquals(REGELS, declaraties.get(0).getInt("aantalRegels"));
      assertEquals(Long.parseLong(voorspeld), declaraties.get(0).getJsonNumber("totaalToegekendCent").longValue());
      assertEquals(archief.getFileName().toString(), declaraties.get(0).getString("bestand"),
          "the archived name stored before the crash is the one the original got after it");
    } finally {
      opnieuw.stop();
    }
    try (Connection c = DriverManager.getConnection(env.get("DB_URL"), env.get("DB_USER"), env.get("DB_PASSWORD"));
        PreparedStatement ps = c.prepareStatement("select count(*), count(distinct r.referentie_nummer) from declaratie_regel r"
            + " join declaratie d on d.id = r.declaratie_id where d.afzender_agb = '98000022' and d.declaratie_nummer = ?")) {
      ps.setString(1, nummer);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertEquals(REGELS, rs.getInt(1), "every line stored once");
        assertEquals(REGELS, rs.getInt(2));
      }
    }
  }

  private static Map<String, String> omgeving() {
    Map<String, String> env = EigenApp.omgeving(WERK);
    env.put("WMO_INBOX_RUST_MS", "2000");
    env.put("WMO_DECLARATIE_MAX_BYTES", String.valueOf(200L * 1024 * 1024));
    return env;
  }

  /** The archived original ({@code verwerkt/<declaration id>-herstart.xml}), or null while it is not there. */
  private static Path gearchiveerd(Path verwerkt) {
    try (Stream<Path> s = Files.list(verwerkt)) {
      return s.filter(p -> p.getFileName().toString().endsWith("-herstart.xml")).findFirst().orElse(null);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private static String toegekend(String wmo325) {
    Matcher m = TOEGEKEND.matcher(wmo325);
    assertTrue(m.find(), wmo325.length() > 2000 ? wmo325.substring(0, 2000) : wmo325);
    return m.group(1);
  }
}
