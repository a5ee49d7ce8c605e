package nl.regio.wmo.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import nl.regio.wmo.application.Pagina;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The lazy table's queries: one count per filter, the first page read with it, later pages without a count. */
class PaginaModelTest {

  private final List<String> vragen = new ArrayList<>(); // "page size known-total" per query
  private String filter = "a";
  private long rijen = 1000;

  private final PaginaModel<Long> model = new PaginaModel<>((pagina, grootte, sorteer, oplopend, bekend) -> {
    vragen.add(pagina + " " + grootte + " " + bekend);
    long totaal = bekend != null ? bekend : rijen;
    List<Long> items = LongStream.range((long) pagina * grootte, Math.min(totaal, (long) (pagina + 1) * grootte)).boxed().toList();
    return new Pagina<>(items, totaal, pagina, grootte);
  }, r -> r, () -> filter);

  private List<Long> toon(int eerste) {
    model.setPageSize(25);
    model.setRowCount(model.count(Map.of()));
    return model.load(eerste, 25, Map.of(), Map.of());
  }

  @Test
  void deEerstePaginaKomtMetDeTellingMeeEnEenVolgendePaginaTeltNietOpnieuw() {
    assertEquals(List.of(0L, 1L), toon(0).subList(0, 2));
    assertEquals(List.of("0 25 null"), vragen, "one query for count and first page");
    assertEquals(1000, model.getRowCount());

    assertEquals(500L, toon(500).get(0));
    assertEquals("20 25 1000", vragen.get(1), "page 21 with the known total: no count");
    assertEquals(2, vragen.size());
  }

  @Test
  void eenAnderFilterTeltOpnieuw() {
    toon(0);
    toon(25);
    filter = "b";
    rijen = 40;
    toon(0);
    assertEquals(List.of("0 25 null", "1 25 1000", "0 25 null"), vragen);
    assertEquals(40, model.getRowCount());
  }

  @Test
  void gesorteerdLeestHetDeEerstePaginaZelfMetHetBekendeTotaal() {
    toon(0);
    model.setRowCount(model.count(Map.of()));
    model.load(0, 25, Map.of("x", SortMeta.builder().field("x").order(SortOrder.DESCENDING).build()), Map.of());
    assertEquals(List.of("0 25 null", "0 25 1000"), vragen);
  }
}
