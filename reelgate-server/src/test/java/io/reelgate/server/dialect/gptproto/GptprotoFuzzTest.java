package io.reelgate.server.dialect.gptproto;

import io.reelgate.server.dialect.DialectFuzzing;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any body for any GPTProto model and scene: a request or a 400, never a 500 (see {@link DialectFuzzing}). */
class GptprotoFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void create_bodies(byte[] input) {
    for (GptprotoModel model : GptprotoModel.values()) {
      for (Scene scene : Scene.values()) {
        DialectFuzzing.readAndValidate(input, body -> GptprotoCreateRequest.read(model, scene, body).draft());
      }
    }
  }
}
