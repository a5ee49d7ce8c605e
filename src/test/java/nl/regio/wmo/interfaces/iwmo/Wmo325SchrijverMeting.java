package nl.regio.wmo.interfaces.iwmo;

import static nl.regio.wmo.interfaces.iwmo.Wmo325Berichten.BEGIN;
import static nl.regio.wmo.interfaces.iwmo.Wmo325Berichten.EIND;
import static nl.regio.wmo.interfaces.iwmo.Wmo325Berichten.kop;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Not a test (surefire does not run it): times {@link Wmo325Schrijver} against {@link Wmo325SchrijverOud}, the
 * StAX version, on a WMO325 with 30 000 rejected prestaties (3 000 clients of 10), written to a stream that only
 * counts. The prestaties are built once beforehand; only the writing is timed, after warm-up rounds. A printout, no
 * assertion: timings on a shared machine are for reading, not for failing a build. Run after
 * {@code mvn -o -q test-compile} with
 * {@code java -cp target/classes:target/test-classes nl.regio.wmo.interfaces.iwmo.Wmo325SchrijverMeting [rounds]}.
 */
final class Wmo325SchrijverMeting {

    private static final int CLIENTEN = 3_000;
    private static final int PRESTATIES_PER_CLIENT = 10;
    private static final long BEDRAG = 6_500;
    private static final long GEACCEPTEERD = 12_345_600;

    private Wmo325SchrijverMeting() {
    }

    /** Counts the bytes, keeps none. */
    private static final class Teller extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    public static void main(String[] args) {
        int rondes = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<Wmo325Prestatie> prestaties = new ArrayList<>();
        for (int n = 0; n < CLIENTEN * PRESTATIES_PER_CLIENT; n++) {
            prestaties.add(new Wmo325Prestatie("RN" + n, n % 4 == 0 ? "RV" + n : null, 200_000 + n, "02", "02A01",
                    BEGIN, EIND, 1, "04", n % 10 == 0 ? null : BEDRAG, BEDRAG, "D", List.of("0611")));
        }
        long bytesOud = oud(prestaties).bytes;
        long bytesNieuw = nieuw(prestaties).bytes;
        if (bytesOud != bytesNieuw) {
            throw new IllegalStateException("old wrote " + bytesOud + " bytes, new " + bytesNieuw);
        }
        for (int i = 0; i < rondes; i++) {
            oud(prestaties);
            nieuw(prestaties);
        }
        long[] tijdOud = new long[rondes];
        long[] tijdNieuw = new long[rondes];
        for (int i = 0; i < rondes; i++) {
            long t0 = System.nanoTime();
            oud(prestaties);
            long t1 = System.nanoTime();
            nieuw(prestaties);
            tijdNieuw[i] = System.nanoTime() - t1;
            tijdOud[i] = t1 - t0;
        }
        Arrays.sort(tijdOud);
        Arrays.sort(tijdNieuw);
        System.out.printf("%,d prestaties, %,d bytes, %d warm-up + %d measured rounds (alternating)%n",
                prestaties.size(), bytesNieuw, rondes, rondes);
        regel("old (XMLStreamWriter)", tijdOud, prestaties.size());
        regel("new (own bytes)", tijdNieuw, prestaties.size());
        System.out.printf("speed-up: %.1fx (median), %.1fx (best)%n",
                (double) mediaan(tijdOud) / mediaan(tijdNieuw), (double) tijdOud[0] / tijdNieuw[0]);
    }

    private static void regel(String naam, long[] gesorteerd, int prestaties) {
        System.out.printf("%-22s median %7.1f ms, best %7.1f ms, worst %7.1f ms = %.2f us per prestatie (median)%n",
                naam, mediaan(gesorteerd) / 1e6, gesorteerd[0] / 1e6, gesorteerd[gesorteerd.length - 1] / 1e6,
                mediaan(gesorteerd) / 1e3 / prestaties);
    }

    private static long mediaan(long[] gesorteerd) {
        return gesorteerd[gesorteerd.length / 2];
    }

    private static Teller oud(List<Wmo325Prestatie> prestaties) {
        Teller uit = new Teller();
        try (Wmo325SchrijverOud s = new Wmo325SchrijverOud(uit)) {
            s.kop(kop("0200"));
            s.beginDeclaratie("DNMETING", GEACCEPTEERD + prestaties.size() * BEDRAG, "D", GEACCEPTEERD, "D");
            for (int n = 0; n < prestaties.size(); n++) {
                if (n % PRESTATIES_PER_CLIENT == 0) {
                    s.client(Integer.toString(100_000_000 + n), List.of("0200"));
                }
                s.prestatie(prestaties.get(n));
            }
            s.eindDeclaratie(List.of("0200"));
        }
        return uit;
    }

    /** The same calls as {@link #oud(List)}; the two writers share no interface. */
    private static Teller nieuw(List<Wmo325Prestatie> prestaties) {
        Teller uit = new Teller();
        try (Wmo325Schrijver s = new Wmo325Schrijver(uit)) {
            s.kop(kop("0200"));
            s.beginDeclaratie("DNMETING", GEACCEPTEERD + prestaties.size() * BEDRAG, "D", GEACCEPTEERD, "D");
            for (int n = 0; n < prestaties.size(); n++) {
                if (n % PRESTATIES_PER_CLIENT == 0) {
                    s.client(Integer.toString(100_000_000 + n), List.of("0200"));
                }
                s.prestatie(prestaties.get(n));
            }
            s.eindDeclaratie(List.of("0200"));
        }
        return uit;
    }
}
