package nl.regio.wmo.infrastructure.rapport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.design.JRJdk13Compiler;

/**
 * Build step (exec-maven-plugin, phase process-classes): compiles every {@code .jrxml} under the
 * source folder to a {@code .jasper} in the target folder, keeping sub-folders.
 *
 * <p>It compiles with {@link JRJdk13Compiler} (the JDK's javac, in process). A {@code .jasper} names
 * the compiler that made it and JasperReports loads that class again when it fills the report, so a
 * template compiled with JDT ({@code jasperreports-jdt}) would need JDT and ecj in the war as well;
 * the JDK compiler's class is part of the core jar. javac finds the JasperReports classes through
 * {@code java.class.path}, so this runs in a forked JVM whose class path is the project's.
 */
public final class SjabloonCompiler {

  private SjabloonCompiler() {}

  public static void main(String[] args) throws IOException, JRException {
    if (args.length != 2) {
      throw new IllegalArgumentException("Gebruik: SjabloonCompiler <bronmap met .jrxml> <doelmap voor .jasper>");
    }
    List<Path> gemaakt = compileer(Path.of(args[0]), Path.of(args[1]));
    System.out.println("SjabloonCompiler: " + gemaakt.size() + " sjabloon(en) gecompileerd naar " + args[1]);
  }

  /** Compiles the templates whose {@code .jasper} is missing or older than the template or the library. */
  static List<Path> compileer(Path bron, Path doel) throws IOException, JRException {
    List<Path> sjablonen;
    try (Stream<Path> paden = Files.walk(bron)) {
      sjablonen = paden.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
    }
    long bibliotheek = laatstGewijzigd(JasperCompileManager.class);
    List<Path> teDoen = new ArrayList<>();
    for (Path jrxml : sjablonen) {
      Path jasper = jasper(bron, doel, jrxml);
      if (!Files.exists(jasper)
          || Files.getLastModifiedTime(jasper).toMillis()
              <= Math.max(Files.getLastModifiedTime(jrxml).toMillis(), bibliotheek)) {
        teDoen.add(jrxml);
      }
    }
    if (teDoen.isEmpty()) {
      return teDoen;
    }
    SimpleJasperReportsContext context = new SimpleJasperReportsContext();
    context.setProperty("net.sf.jasperreports.compiler.java", JRJdk13Compiler.class.getName());
    JasperCompileManager compiler = JasperCompileManager.getInstance(context);
    for (Path jrxml : teDoen) {
      Path jasper = jasper(bron, doel, jrxml);
      Files.createDirectories(jasper.getParent());
      try {
        compiler.compileToFile(jrxml.toString(), jasper.toString());
      } catch (JRException e) {
        throw new JRException("Sjabloon " + bron.relativize(jrxml) + " compileert niet: " + e.getMessage(), e);
      }
    }
    return teDoen;
  }

  private static Path jasper(Path bron, Path doel, Path jrxml) {
    String relatief = bron.relativize(jrxml).toString();
    return doel.resolve(relatief.substring(0, relatief.length() - ".jrxml".length()) + ".jasper");
  }

  /** When the jar (or folder) a class was loaded from last changed; 0 when unknown. */
  private static long laatstGewijzigd(Class<?> klasse) {
    try {
      return Files.getLastModifiedTime(Path.of(klasse.getProtectionDomain().getCodeSource().getLocation().toURI()))
          .toMillis();
    } catch (Exception e) {
      return 0;
    }
  }
}
