package nl.regio.wmo.interfaces.iwmo;

import static nl.regio.wmo.interfaces.iwmo.Wmo325Berichten.BEGIN;
import static nl.regio.wmo.interfaces.iwmo.Wmo325Berichten.EIND;
import static nl.regio.wmo.interfaces.iwmo.Wmo325Berichten.kop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A WMO325 with 300 000 rejected prestaties (about 290 MB) is written to a file and validated, both as streams.
 * Surefire runs with {@code -Xmx256m}, smaller than the file, so neither side can hold the message in memory; on
 * top of that the heap still in use after a full GC is sampled while the writer is open (about 0.5 MB extra in
 * practice, against a bound of 48 MB).
 */
class Wmo325StreamingTest {

    private static final int CLIENTEN = 30_000;
    private static final int PRESTATIES_PER_CLIENT = 10;
    private static final long BEDRAG = 6_500;
    /** Generous: a streaming writer retains a few buffers (~100 KB), a buffering one hundreds of MB. */
    private static final long MAX_EXTRA_HEAP = 48L * 1024 * 1024;

    @Test
    @DisplayName("300 000 rejected prestaties: streamed to disk, valid, and the heap does not grow with the message")
    void driehonderdduizendAfgewezenPrestaties(@TempDir Path map) throws Exception {
        Path bestand = map.resolve("WMO325-groot.xml");
        long aantal = (long) CLIENTEN * PRESTATIES_PER_CLIENT;
        long geaccepteerd = 12_345_600;
        long ingediend = geaccepteerd + aantal * BEDRAG;
        long basis = heapNaGc();
        long maxExtra = 0;
        try (OutputStream uit = Files.newOutputStream(bestand); Wmo325Schrijver s = new Wmo325Schrijver(uit)) {
            s.kop(kop("0200"));
            s.beginDeclaratie("DNGROOT01", ingediend, "D", geaccepteerd, "D");
            for (int c = 0; c < CLIENTEN; c++) {
                s.client(String.format("%09d", 100_000_000 + c), List.of("0200"));
                for (int p = 0; p < PRESTATIES_PER_CLIENT; p++) {
                    long n = (long) c * PRESTATIES_PER_CLIENT + p;
                    s.prestatie(new Wmo325Prestatie("RN" + n, null, 200_000 + n, "02", "02A01", BEGIN, EIND, 1, "04",
                            BEDRAG, BEDRAG, "D", List.of("0611")));
                }
                if ((c + 1) % 10_000 == 0) {
                    maxExtra = Math.max(maxExtra, heapNaGc() - basis);
                }
            }
            s.eindDeclaratie(List.of("0200"));
            assertEquals(aantal, s.aantalPrestaties());
            assertEquals(CLIENTEN, s.aantalClienten());
        }
        long grootte = Files.size(bestand);
        long extra = maxExtra;
        assertTrue(extra < MAX_EXTRA_HEAP, () -> "heap grew by " + extra / 1024 + " KB while writing");
        assertTrue(grootte > 256L * 1024 * 1024,
                () -> "the file (" + grootte + " bytes) should be larger than the -Xmx256m heap");

        try (InputStream in = new BufferedInputStream(Files.newInputStream(bestand), 1 << 16)) {
            assertEquals(List.of(), IwmoSchemas.valideer(IwmoSchemas.WMO325, in));
        }
    }

    private static long heapNaGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
