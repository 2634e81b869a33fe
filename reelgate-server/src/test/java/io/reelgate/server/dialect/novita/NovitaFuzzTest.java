package io.reelgate.server.dialect.novita;

import io.reelgate.server.dialect.DialectFuzzing;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any body on any Novita endpoint: a request or a 400, never a 500 (see {@link DialectFuzzing}). */
class NovitaFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void create_bodies(byte[] input) {
    for (NovitaEndpoint endpoint : NovitaEndpoint.values()) {
      DialectFuzzing.readAndValidate(input, body -> NovitaCreateRequest.read(endpoint, body));
    }
  }
}
