package io.reelgate.server.dialect.evolink;

import io.reelgate.server.dialect.DialectFuzzing;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any body of an Evolink create: a request or a 400, never a 500 (see {@link DialectFuzzing}). */
class EvolinkFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void create_bodies(byte[] input) {
    DialectFuzzing.validate(input, body -> EvolinkCreateRequest.read(body).validate(DialectFuzzing.validator()));
  }
}
