package io.reelgate.server.pages;

import io.javalin.http.Context;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.model.Mode;
import io.reelgate.core.model.Model;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.core.model.Resolution;
import io.reelgate.server.billing.PriceTable;
import java.util.Arrays;

/**
 * The body of {@code GET /reelgate/v1/price?model=&duration=&resolution=}: what a task of these
 * choices costs in credits, from the same price table the credit check charges by, so that the
 * playground shows the price beside its submit button before anything is spent. A combination the
 * model does not render in any mode is refused, naming the field, as a create would refuse it.
 */
record PriceQuote(String model, int duration, String resolution, long credits) {

  static PriceQuote read(Context ctx, ModelCatalog catalog, PriceTable prices) {
    Model model = catalog.require(required(ctx, "model"), "model");
    String resolutionText = required(ctx, "resolution");
    Resolution resolution =
        Resolution.parse(resolutionText)
            .orElseThrow(() -> new InvalidFieldException("resolution", "unknown resolution '" + resolutionText + "'"));
    int duration = WebRoutes.intParam(ctx, "duration", -1, 1, 60);
    if (duration < 0) throw new InvalidFieldException("duration", "is required");
    boolean offered = Arrays.stream(Mode.values()).anyMatch(m -> model.supports(m, resolution, duration));
    if (!offered) {
      throw new InvalidFieldException(
          "duration", model.id() + " renders no " + duration + " s video at " + resolution.wireName());
    }
    return new PriceQuote(model.id(), duration, resolution.wireName(), prices.price(model.id(), duration, resolution));
  }

  private static String required(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) throw new InvalidFieldException(name, "is required");
    return value.strip();
  }
}
