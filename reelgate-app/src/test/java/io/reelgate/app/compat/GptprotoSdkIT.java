package io.reelgate.app.compat;

import io.reelgate.app.ServerProcess;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link GptprotoSdkCompatTest}'s replay of GPTProto's SDK against the packaged server as users run
 * it, {@code java -jar reelgate.jar serve}, with the key from {@code REELGATE_API_KEYS}.
 */
class GptprotoSdkIT extends GptprotoSdkCompatTest {
  private static ServerProcess jar;

  /** Hides {@link CompatServer#startServer}: this class's server is the jar. */
  @BeforeAll
  static void startServer() throws Exception {
    jar = ServerProcess.start(dataDir.resolve("data"), ServerProcess.freePort(), Map.of("REELGATE_API_KEYS", KEY));
    baseUrl = jar.baseUrl();
  }

  @AfterAll
  static void stopServer() throws Exception {
    jar.close();
  }
}
