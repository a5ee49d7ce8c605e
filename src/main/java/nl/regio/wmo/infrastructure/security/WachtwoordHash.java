package nl.regio.wmo.infrastructure.security;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Makes a password hash for {@code config/gebruikers.csv}, in the format of Jakarta Security's
 * {@code Pbkdf2PasswordHash}: {@code PBKDF2WithHmacSHA256:iterations:salt:hash} (Base64), 600,000 iterations
 * (OWASP 2023 for PBKDF2-HMAC-SHA256; one check costs about 0.14 s of CPU on this machine;
 * {@code Authenticatie} caches a verified password for a few minutes).
 *
 * <pre>java -cp target/classes nl.regio.wmo.infrastructure.security.WachtwoordHash  (reads the password from stdin)</pre>
 */
public final class WachtwoordHash {

  static final String ALGORITME = "PBKDF2WithHmacSHA256";
  static final int ITERATIES = 600_000;

  private WachtwoordHash() {}

  public static String maak(char[] wachtwoord) {
    byte[] salt = new byte[32];
    new SecureRandom().nextBytes(salt);
    return ALGORITME + ":" + ITERATIES + ":" + b64(salt) + ":" + b64(pbkdf2(wachtwoord, salt, ITERATIES));
  }

  /** Checks a password against a hash made by {@link #maak} (or by the container). */
  public static boolean klopt(char[] wachtwoord, String hash) {
    String[] delen = hash.split(":");
    if (delen.length != 4 || !delen[0].equals(ALGORITME)) {
      return false;
    }
    byte[] salt = Base64.getDecoder().decode(delen[2]);
    byte[] verwacht = Base64.getDecoder().decode(delen[3]);
    byte[] berekend = pbkdf2(wachtwoord, salt, Integer.parseInt(delen[1]), verwacht.length * 8);
    return java.security.MessageDigest.isEqual(verwacht, berekend);
  }

  private static byte[] pbkdf2(char[] wachtwoord, byte[] salt, int iteraties) {
    return pbkdf2(wachtwoord, salt, iteraties, 256);
  }

  private static byte[] pbkdf2(char[] wachtwoord, byte[] salt, int iteraties, int bits) {
    try {
      return SecretKeyFactory.getInstance(ALGORITME)
          .generateSecret(new PBEKeySpec(wachtwoord, salt, iteraties, bits))
          .getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  public static void main(String[] args) throws Exception {
    java.io.Console console = System.console();
    char[] wachtwoord =
        console != null
            ? console.readPassword("Wachtwoord: ")
            : new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine().toCharArray();
    System.out.println(maak(wachtwoord));
  }
}
