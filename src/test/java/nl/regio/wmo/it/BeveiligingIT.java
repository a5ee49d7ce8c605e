package nl.regio.wmo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Logins under attack (throttling, the same answer for an unknown user and a wrong password, the audit trail), the
 * security headers, /metrics, and the container's own errors in the API's shape. All requests come from 127.0.0.1:
 * the brute force uses user names no other test here needs and stays under the per-address limit (60 counted failures
 * in the ITs; refused attempts do not count); only the last test blocks the address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BeveiligingIT {

  private static final String PROBLEEM = "application/problem+json";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL url;

  private Api api;

  @BeforeEach
  void client() {
    api = new Api(url);
  }

  private Api.Antwoord inlog(String gebruiker, String wachtwoord) {
    return api.verzoek(gebruiker, wachtwoord, "GET", "/api/regio/gemeenten", null, null, null);
  }

  @Test
  void vijftigFouteWachtwoordenDanHetGoedeGeeft429MetRetryAfter_enStaatInDeAudittrail() {
    String gebruiker = "aanbieder-98000044"; // no other test in this class logs in as this provider
    for (int i = 0; i < 50; i++) {
      int status = inlog(gebruiker, "raden" + i).status();
      assertTrue(status == 401 || status == 429, "poging " + i + ": " + status);
    }
    Api.Antwoord goed = inlog(gebruiker, "demo");
    assertEquals(429, goed.status(), goed.body());
    long wacht = Long.parseLong(goed.raw().headers().firstValue("Retry-After").orElseThrow());
    assertTrue(wacht >= 1 && wacht <= 900, "Retry-After " + wacht);
    assertTrue(goed.contentType().startsWith(PROBLEEM), goed.contentType());
    assertTrue(goed.json().getString("detail").startsWith("Te veel mislukte inlogpogingen; probeer het over "), goed.body());

    JsonObject audit = api.get("auditor", "/api/audit?entiteit=Inlog&entiteitId=" + gebruiker + "&grootte=500").verwacht(200).json();
    List<JsonObject> regels = audit.getJsonArray("items").getValuesAs(JsonObject.class);
    assertTrue(regels.stream().anyMatch(r -> r.getString("actie").equals("MISLUKT")), audit.toString());
    assertTrue(regels.stream().anyMatch(r -> r.getString("actie").equals("GEBLOKKEERD")), audit.toString());
    for (JsonObject r : regels) {
      assertEquals("anoniem", r.getString("gebruiker"));
      assertTrue(r.getString("nieuweWaarde").contains("127.0.0.1"), r.toString());
      assertFalse(r.getString("nieuweWaarde").contains("raden"), "never the password: " + r);
    }
    // refused attempts are not checked, so not every one of the 50 is a MISLUKT row
    assertTrue(regels.stream().filter(r -> r.getString("actie").equals("MISLUKT")).count() < 50, audit.toString());
  }

  @Test
  void eenOnbekendeNaamWordtOokGeblokkeerd() {
    String naam = "inbreker-" + ThreadLocalRandom.current().nextInt(1_000_000);
    for (int i = 0; i < 50; i++) {
      inlog(naam, "raden" + i);
    }
    Api.Antwoord daarna = inlog(naam, "demo");
    assertEquals(429, daarna.status(), daarna.body());
    assertTrue(daarna.raw().headers().firstValue("Retry-After").isPresent());
    // the block is for that name (and its address stays under its limit): another user may go on
    inlog("auditor", "demo").verwacht(200);
  }

  @Test
  void onbekendeGebruikerEnFoutWachtwoordKrijgenHetzelfdeAntwoord() {
    Api.Antwoord onbekend = inlog("niemand-" + ThreadLocalRandom.current().nextInt(1_000_000), "demo");
    Api.Antwoord fout = inlog("financien2", "geen-demo");
    assertEquals(401, onbekend.status());
    assertEquals(onbekend.status(), fout.status());
    assertEquals(onbekend.body(), fout.body());
    assertEquals(koppenZonderDatum(onbekend), koppenZonderDatum(fout));
    assertEquals("Basic realm=\"wmo-settlement\"", onbekend.raw().headers().firstValue("WWW-Authenticate").orElseThrow());
    assertTrue(onbekend.contentType().startsWith(PROBLEEM));
    // the right password afterwards still works (one failure is far from a block)
    inlog("financien2", "demo").verwacht(200);
  }

  private static Map<String, List<String>> koppenZonderDatum(Api.Antwoord a) {
    Map<String, List<String>> k = new TreeMap<>(a.raw().headers().map());
    k.remove("date");
    return k;
  }

  @Test
  void beveiligingsheadersOpElkAntwoord() {
    Api.Antwoord ok = api.get("auditor", "/api/regio/gemeenten").verwacht(200);
    apiKoppen(ok);
    apiKoppen(api.get(null, "/api/regio/gemeenten").verwacht(401));
    apiKoppen(api.get("auditor", "/api/bestaat-niet").verwacht(404));
    Api.Antwoord pagina = api.vanafRoot(null, "/bestaat-niet");
    assertEquals(404, pagina.status());
    assertTrue(pagina.contentType().startsWith(PROBLEEM));
    String csp = kop(pagina, "Content-Security-Policy");
    assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), csp);
    assertEquals("nosniff", kop(pagina, "X-Content-Type-Options"));
    for (Api.Antwoord a : List.of(ok, pagina, api.vanafRoot(null, "/health"))) {
      assertTrue(a.raw().headers().firstValue("Server").filter(s -> s.contains("Payara")).isEmpty(), "Server: " + a.raw().headers().map());
      assertTrue(a.raw().headers().firstValue("X-Powered-By").isEmpty(), "X-Powered-By: " + a.raw().headers().map());
    }
  }

  private static void apiKoppen(Api.Antwoord a) {
    assertEquals("nosniff", kop(a, "X-Content-Type-Options"), a.raw().headers().map().toString());
    assertEquals("no-referrer", kop(a, "Referrer-Policy"));
    assertEquals("DENY", kop(a, "X-Frame-Options"));
    assertTrue(kop(a, "Content-Security-Policy").startsWith("default-src 'none'; frame-ancestors 'none'"), kop(a, "Content-Security-Policy"));
    assertEquals("no-store", kop(a, "Cache-Control"));
    assertTrue(a.raw().headers().firstValue("Strict-Transport-Security").isEmpty(), "HSTS only over HTTPS");
  }

  private static String kop(Api.Antwoord a, String naam) {
    return a.raw().headers().firstValue(naam).orElse("(geen " + naam + ")");
  }

  /** Last: it blocks 127.0.0.1 itself (for 2 s), which the other tests of this class must not meet. */
  @Test
  @Order(Integer.MAX_VALUE)
  void veelNamenVanafEenAdresBlokkerenHetAdres() {
    int pogingen = 0;
    Api.Antwoord laatste = null;
    // the limit per address is 60 in the ITs (arquillian.xml); earlier tests counted some failures already
    while (pogingen < 100) {
      laatste = inlog("sproei-" + pogingen + "-" + ThreadLocalRandom.current().nextInt(1_000_000), "demo");
      pogingen++;
      if (laatste.status() == 429) {
        break;
      }
      assertEquals(401, laatste.status(), laatste.body());
    }
    assertEquals(429, laatste.status(), "na " + pogingen + " namen: " + laatste.body());
    // every name was new: the address is blocked, so even the right password of another user waits
    Api.Antwoord auditor = inlog("auditor", "demo");
    assertEquals(429, auditor.status(), auditor.body());
    assertTrue(auditor.raw().headers().firstValue("Retry-After").isPresent());
  }

  @Test
  void metricsNietZonderInloggen() {
    for (String pad : List.of("/metrics", "/metrics?scope=base&name=memory.usedHeap", "/metrics/base")) {
      Api.Antwoord a = api.vanafRoot(null, pad);
      assertNotEquals(200, a.status(), pad + ": " + a.body());
      assertFalse(a.body().contains("memory"), pad + ": " + a.body());
    }
  }

  @Test
  void foutenVanDeContainerInDeVormVanDeApi() {
    probleem(api.get("financien1", "/api/afrekeningen/abc"), 400, "id");
    probleem(api.get("financien1", "/api/afrekeningen/1/aanbieders/9800001X/afrekening"), 400, "agb");
    probleem(api.get("consulent", "/api/beschikkingen/12x"), 400, "id");
    probleem(api.get("auditor", "/api/aanbieders/1234"), 400, "agbCode");
    JsonObject rol = probleem(api.get("consulent", "/api/audit"), 403, null);
    assertEquals("Uw rol geeft geen toegang tot deze handeling.", rol.getString("detail"));
    JsonObject xml = probleem(api.verzoek("aanbieder-98000011", "demo", "POST", "/api/declaraties/controle", "application/json", "{}", null), 415, null);
    assertTrue(xml.getString("detail").contains("application/xml"), xml.toString());
    JsonObject json = probleem(api.verzoek("contractbeheer", "demo", "POST", "/api/aanbieders", "text/plain", "x", null), 415, null);
    assertTrue(json.getString("detail").contains("application/json"), json.toString());
    JsonObject accept = probleem(api.verzoek("auditor", "demo", "GET", "/api/regio/gemeenten", null, null, "application/pdf"), 406, null);
    assertTrue(accept.getString("detail").contains("application/json"), accept.toString());
    JsonObject methode = probleem(api.verzoek("auditor", "demo", "DELETE", "/api/regio/gemeenten", null, null, null), 405, null);
    assertTrue(methode.getString("detail").contains("GET"), methode.toString());
    probleem(api.get("auditor", "/api/bestaat-niet"), 404, null);
  }

  /** A problem+json answer with this status, naming {@code veld} in {@code fouten} when given. */
  private static JsonObject probleem(Api.Antwoord a, int status, String veld) {
    assertEquals(status, a.status(), a.body());
    assertTrue(a.contentType().startsWith(PROBLEEM), a.contentType() + " " + a.body());
    JsonObject p = a.json();
    assertEquals(status, p.getInt("status"));
    assertFalse(p.getString("detail").startsWith("HTTP "), p.toString());
    if (veld != null) {
      assertTrue(p.getJsonArray("fouten").getValuesAs(JsonObject.class).stream().anyMatch(f -> veld.equals(f.getString("veld"))), p.toString());
    }
    assertTrue(p.get("fouten").getValueType() == JsonValue.ValueType.ARRAY);
    return p;
  }
}
