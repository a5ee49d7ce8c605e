package nl.regio.wmo.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which rows a page reads: from the start in the first half of a list, from the end (reversed) in the second. */
class ZoekvraagTest {

  @ParameterizedTest(name = "{0} rows, page from row {1} of {2}: from the end {3}, skip {4}, read {5}")
  @CsvSource({
      "100, 0, 25, false, 0, 25",
      "100, 25, 25, false, 25, 25",
      "100, 50, 25, true, 25, 25",
      "100, 75, 25, true, 0, 25",
      "101, 100, 25, true, 0, 1",    // the last page holds one row
      "101, 75, 25, true, 1, 25",
      "0, 0, 25, false, 0, 0",        // nothing to read
      "100, 100, 25, false, 0, 0",    // beyond the end
      "1000000, 500000, 25, true, 499975, 25",
      "1000000, 999975, 25, true, 0, 25"})
  void deelVanEenLijst(long totaal, long eerste, int grootte, boolean vanAchteren, int overslaan, int aantal) {
    assertEquals(new Zoekvraag.Deel(vanAchteren, overslaan, aantal), Zoekvraag.Deel.van(totaal, eerste, grootte));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "x.tijdstip desc, x.id desc | x.tijdstip asc, x.id asc",
      "x.nummer | x.nummer desc",
      "x.naam, x.agbCode | x.naam desc, x.agbCode desc",
      "ontvangen_op desc, id desc | ontvangen_op asc, id asc",
      "totaal_toegekend_cent ASC, id desc | totaal_toegekend_cent desc, id asc"})
  void volgordeOmgekeerd(String volgorde, String omgekeerd) {
    assertEquals(omgekeerd, Zoekvraag.omgekeerd(volgorde));
  }

  @ParameterizedTest(name = "{0} rows in pages of {1}")
  @CsvSource({"0, 25", "1, 25", "24, 25", "25, 25", "26, 25", "101, 25", "1000, 7"})
  void elkeRijPreciesEenKeerOpDeJuistePlaats(int totaal, int grootte) {
    // a list 0..totaal-1 read page by page through Deel (from the end reversed, then turned round) equals the list
    List<Long> lijst = LongStream.range(0, totaal).boxed().toList();
    List<Long> achterstevoren = LongStream.range(0, totaal).map(i -> totaal - 1 - i).boxed().toList();
    List<Long> gelezen = IntStream.range(0, (totaal + grootte - 1) / grootte).boxed().flatMap(p -> {
      Zoekvraag.Deel d = Zoekvraag.Deel.van(totaal, (long) p * grootte, grootte);
      List<Long> bron = d.vanAchteren() ? achterstevoren : lijst;
      return d.opVolgorde(bron.subList(d.overslaan(), d.overslaan() + d.aantal())).stream();
    }).toList();
    assertEquals(lijst, gelezen);
  }
}
