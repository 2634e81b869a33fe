package io.reelgate.server.dialect.gptproto.unified;

import io.reelgate.server.dialect.DialectFuzzing;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any body of {@code POST /api/v3/videos}: a request or a 400, never a 500 (see {@link DialectFuzzing}). */
class GptprotoUnifiedFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void create_bodies(byte[] input) {
    DialectFuzzing.validate(input, body -> UnifiedVideoRequest.read(body).validate(DialectFuzzing.validator()));
  }
}
