package nl.regio.wmo.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The COPY's own UTF-8 encoder writes exactly the bytes of {@code String.getBytes(UTF_8)}. */
class KopieUtf8Test {

  static Stream<String> teksten() {
    return Stream.of("", "ascii only", "€ 1.234,56", "× ë ß", "tab\there\nnewline\\back", "emoji 😀 end", "😀",
        "lone high \uD800 then text", "lone low \uDC00", "high at end \uD83D", "\uDC00\uD800", "\u07FF\u0800\uFFFF\u0080\u007F");
  }

  @ParameterizedTest
  @MethodSource("teksten")
  void alsGetBytes(String s) {
    assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), utf8(s), s);
  }

  @Test
  void willekeurigeCodeEenheden() {
    Random r = new Random(323);
    for (int i = 0; i < 20_000; i++) {
      char[] c = new char[r.nextInt(12)];
      for (int j = 0; j < c.length; j++) {
        int soort = r.nextInt(4);
        c[j] = (char) (soort == 0 ? r.nextInt(0x80) : soort == 1 ? 0xD800 + r.nextInt(0x800) : r.nextInt(0x10000));
      }
      String s = new String(c);
      assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), utf8(s), () -> Arrays.toString(c));
    }
  }

  private static byte[] utf8(String s) {
    byte[] doel = new byte[2 + 3 * s.length()];
    int eind = Kopie.utf8(s, doel, 2);
    return Arrays.copyOfRange(doel, 2, eind);
  }
}
