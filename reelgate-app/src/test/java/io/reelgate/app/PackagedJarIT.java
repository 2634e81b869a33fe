package io.reelgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.server.ReelgateServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The jar users run holds the server as it was just built, class for class. A shaded jar made
 * from last build's shaded jar keeps last build's classes (the first copy of a class wins), so a
 * rebuilt {@code ./reelgate serve} or benchmark would run old code without a word.
 */
class PackagedJarIT {
  @Test
  void every_server_class_in_the_jar_is_the_one_just_built() throws Exception {
    Path serverJar = Path.of(ReelgateServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(serverJar.toString()).as("the server as the reactor built it").endsWith(".jar");
    List<String> stale = new ArrayList<>();
    int compared = 0;
    try (JarFile built = new JarFile(serverJar.toFile());
        JarFile packed = new JarFile(Path.of("target", "reelgate.jar").toFile())) {
      for (JarEntry entry : Collections.list(built.entries())) {
        if (!entry.getName().endsWith(".class")) continue;
        JarEntry copy = packed.getJarEntry(entry.getName());
        if (copy == null || !Arrays.equals(bytes(built, entry), bytes(packed, copy))) stale.add(entry.getName());
        compared++;
      }
    }
    assertThat(compared).as("server classes compared").isGreaterThan(100);
    assertThat(stale).as("server classes that reelgate.jar holds in another version, or not at all").isEmpty();
  }

  private static byte[] bytes(JarFile jar, JarEntry entry) throws IOException {
    try (InputStream in = jar.getInputStream(entry)) {
      return in.readAllBytes();
    }
  }
}
