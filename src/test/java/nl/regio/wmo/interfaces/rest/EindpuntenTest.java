package nl.regio.wmo.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Path;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The list of endpoints the error mapping uses to say what would have worked. */
class EindpuntenTest {

  @Test
  void elkeResourceStaatInDeLijst() throws Exception {
    java.nio.file.Path map = java.nio.file.Path.of("target/classes/nl/regio/wmo/interfaces/rest");
    try (Stream<java.nio.file.Path> bestanden = Files.list(map)) {
      for (java.nio.file.Path b : bestanden.toList()) {
        String naam = b.getFileName().toString();
        if (naam.endsWith(".class") && !naam.contains("$")) {
          Class<?> k = Class.forName("nl.regio.wmo.interfaces.rest." + naam.replace(".class", ""));
          if (k.isAnnotationPresent(Path.class)) {
            assertTrue(Eindpunten.RESOURCES.contains(k), k + " ontbreekt in Eindpunten.RESOURCES");
          }
        }
      }
    }
  }

  @Test
  void watKanHier() {
    assertEquals(Set.of("GET", "POST"), Eindpunten.methoden("/aanbieders"));
    assertEquals(Set.of("GET", "PUT"), Eindpunten.methoden("aanbieders/98000011"));
    assertEquals(Set.of("PUT"), Eindpunten.methoden("beschikkingen/12/einddatum"));
    assertEquals(Set.of(), Eindpunten.methoden("bestaat/niet"));
    List<String> leest = Eindpunten.bij("declaraties/controle").stream().flatMap(e -> e.leest().stream()).distinct().toList();
    assertEquals(List.of("application/xml", "text/xml"), leest);
    // the pre-flight answers the WMO325 and, when asked for, the same in words
    assertEquals(Set.of("application/xml", "application/json;qs=0.5"),
        Eindpunten.bij("declaraties/controle").stream().flatMap(e -> e.schrijft().stream()).collect(java.util.stream.Collectors.toSet()));
    List<String> schrijft = Eindpunten.bij("afrekeningen/1/aanbieders/98000011/afrekening").stream().flatMap(e -> e.schrijft().stream()).toList();
    assertTrue(schrijft.contains("application/pdf"), schrijft.toString());
  }
}
