package io.reelgate.server.dialect.minimax;

import io.reelgate.server.dialect.DialectFuzzing;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any body of a MiniMax create: a request or a 400, never a 500 (see {@link DialectFuzzing}). */
class MiniMaxFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void create_bodies(byte[] input) {
    DialectFuzzing.validate(input, body -> MiniMaxCreateRequest.validate(DialectFuzzing.validator(), body));
  }
}
