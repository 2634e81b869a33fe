package io.reelgate.server.dialect.minimaxv2;

/** The {@link MiniMaxV2ContractTest} at Novita's paths, {@code /v3/minimax/v2/...}. */
class NovitaH3ContractTest extends MiniMaxV2ContractTest {
  @Override
  protected String prefix() {
    return MiniMaxV2Dialect.NOVITA_PREFIX;
  }
}
