package nl.regio.wmo.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regio.wmo.ConfigFixture;
import nl.regio.wmo.infrastructure.config.ConfigBestanden;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The demo users of the README exist with password "demo", hashed; bad user rows are refused. */
class GebruikersTest {

  private static Map<String, Gebruiker> demo() {
    return ConfigFixture.csv("gebruikers.csv").stream().map(Gebruikers::lees).collect(Collectors.toMap(Gebruiker::naam, g -> g));
  }

  @Test
  void deDemogebruikersUitDeReadme() {
    Map<String, Gebruiker> g = demo();
    assertEquals(Set.of("contractbeheer"), g.get("contractbeheer").rollen());
    assertEquals(Set.of("consulent"), g.get("consulent").rollen());
    assertEquals(Set.of("financien"), g.get("financien1").rollen());
    assertEquals(Set.of("financien"), g.get("financien2").rollen());
    assertEquals(Set.of("auditor"), g.get("auditor").rollen());
    Set<String> demoAgbs =
        ConfigFixture.csv("demo/aanbieders.csv").stream().map(r -> r.get("agbCode")).collect(Collectors.toSet());
    for (String agb : demoAgbs) {
      Gebruiker aanbieder = g.get("aanbieder-" + agb);
      assertEquals(Set.of("aanbieder"), aanbieder.rollen());
      assertEquals(Optional.of(agb), aanbieder.agbCode());
    }
  }

  @Test
  void wachtwoordenStaanGehashtEnZijnDemo() {
    for (Gebruiker g : demo().values()) {
      assertFalse(g.wachtwoordHash().contains("demo"));
      assertTrue(WachtwoordHash.klopt("demo".toCharArray(), g.wachtwoordHash()), g.naam());
      assertFalse(WachtwoordHash.klopt("Demo".toCharArray(), g.wachtwoordHash()), g.naam());
      assertFalse(g.toString().contains(g.wachtwoordHash()));
    }
  }

  @Test
  void eenNieuweHashKloptEnIsGezouten() {
    String a = WachtwoordHash.maak("geheim".toCharArray());
    String b = WachtwoordHash.maak("geheim".toCharArray());
    assertTrue(a.startsWith("PBKDF2WithHmacSHA256:"));
    assertFalse(a.equals(b));
    assertTrue(WachtwoordHash.klopt("geheim".toCharArray(), a));
    assertFalse(WachtwoordHash.klopt("geheim!".toCharArray(), a));
  }

  private static CSVRecord rij(String regel) throws IOException {
    List<CSVRecord> r =
        ConfigBestanden.formaat().parse(new StringReader("gebruikersnaam,rollen,agbCode,wachtwoordHash\n" + regel + "\n")).getRecords();
    return r.get(0);
  }

  @Test
  void fouteRegelsWordenGeweigerd() throws IOException {
    assertThrows(IllegalStateException.class, () -> Gebruikers.lees(rij("x,beheerder,,PBKDF2WithHmacSHA256:1:a:b")));
    assertThrows(IllegalStateException.class, () -> Gebruikers.lees(rij("x,aanbieder,,PBKDF2WithHmacSHA256:1:a:b")));
    assertThrows(IllegalStateException.class, () -> Gebruikers.lees(rij("x,auditor,,demo")));
    assertThrows(IllegalArgumentException.class, () -> Gebruikers.lees(rij("x,aanbieder,123,PBKDF2WithHmacSHA256:1:a:b")));
  }
}
