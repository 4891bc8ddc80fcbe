package org.annalist.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.annalist.model.CameoCodebook;

/**
 * What produced an event: the pipeline's version and a fingerprint of its dictionaries and data
 * files (actor and event dictionaries, code books, gazetteer, word lists), so that stored events
 * can say which dictionaries coded them and a changed dictionary shows.
 *
 * @param pipeline the version from the jar manifest, or {@code development} when run from classes
 * @param dictionaries the first 12 hex digits of the SHA-256 over the names and bytes of every data
 *     file of the model and pipeline modules, in name order
 */
public record Versions(String pipeline, String dictionaries) {

  private static final class Holder {
    static final Versions CURRENT = compute();
  }

  /** The versions of this process's pipeline, computed once. */
  public static Versions current() {
    return Holder.CURRENT;
  }

  private static Versions compute() {
    String v = Versions.class.getPackage().getImplementationVersion();
    TreeMap<String, byte[]> files = new TreeMap<>();
    for (Class<?> c : List.of(Versions.class, CameoCodebook.class)) {
      files.putAll(dataFiles(c));
    }
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    files.forEach(
        (name, bytes) -> {
          sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
          sha.update((byte) 0);
          sha.update(bytes);
        });
    String hash = HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    return new Versions(v == null ? "development" : v, hash);
  }

  /** The data files (everything but classes) under org/annalist beside a class. */
  static TreeMap<String, byte[]> dataFiles(Class<?> c) {
    TreeMap<String, byte[]> out = new TreeMap<>();
    try {
      Path root = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(root)) {
        Path base = root.resolve("org/annalist");
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> s = Files.walk(base)) {
          s.filter(Files::isRegularFile).forEach(paths::add);
        }
        for (Path p : paths) {
          String name = root.relativize(p).toString().replace('\\', '/');
          if (!name.endsWith(".class")) {
            out.put(name, Files.readAllBytes(p));
          }
        }
      } else {
        try (JarFile jar = new JarFile(root.toFile())) {
          for (JarEntry e : java.util.Collections.list(jar.entries())) {
            String name = e.getName();
            if (!e.isDirectory() && name.startsWith("org/annalist/") && !name.endsWith(".class")) {
              try (InputStream in = jar.getInputStream(e)) {
                out.put(name, in.readAllBytes());
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the data files to fingerprint them", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }
}
