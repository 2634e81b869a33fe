package io.reelgate.server.scenario;

import io.reelgate.core.error.ContentPolicyException;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.error.ServiceUnavailableException;
import io.reelgate.core.request.ValidatedRequest;
import io.reelgate.core.scenario.Scenario;
import io.reelgate.core.scenario.ScenarioName;
import io.reelgate.core.task.Task;
import io.reelgate.server.keys.ApiKey;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which scenario a create follows, chosen once for every dialect: the {@code Reelgate-Scenario}
 * header, else the prompt's marker, else the key's. The create-time scenarios are answered here, as
 * core errors each dialect writes in its own shape, before anything is stored or reserved; the
 * others are carried by the task ({@link ScenarioEngine} and the links, webhooks and dialects read
 * them). A server with scenarios switched off refuses every scenario, saying why.
 *
 * <p>The turns of {@code rate-limited} and {@code server-error} are counted in memory, per key and
 * scenario (as written, parameters included), and start again once a create was let through: every
 * task of the scenario is refused {@code n} times (once) before it is accepted. A restart forgets
 * them, as it forgets which expired-link task already had its first MiniMax retrieve.
 */
public final class Scenarios {
  /** The seconds of {@code Retry-After} of the create-time refusals. */
  static final long RETRY_AFTER_SECONDS = 1;

  private final boolean enabled;
  private final Map<String, AtomicInteger> turns = new ConcurrentHashMap<>();
  private final Set<String> retrieved = ConcurrentHashMap.newKeySet();

  /** {@code enabled}: whether scenarios may be asked for ({@code reelgate serve --scenarios}). */
  public Scenarios(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * {@code request} with the scenario chosen for it ({@code header} is that of {@code
   * Reelgate-Scenario}, null when absent; {@code none} there chooses none), or the refusal a
   * create-time scenario makes: a content rejection, a rate limit, too little credit, an outage.
   *
   * @throws InvalidFieldException naming the header, the prompt or the key, when the header is
   *     not a scenario or scenarios are switched off
   */
  public ValidatedRequest choose(String header, ApiKey key, ValidatedRequest request) {
    String chosenBy;
    Scenario chosen;
    if (header != null && !header.isBlank()) {
      chosenBy = Scenario.HEADER;
      chosen = header.strip().equalsIgnoreCase(Scenario.NONE) ? null : Scenario.parse(header, Scenario.HEADER);
    } else if (request.scenario() != null) {
      chosenBy = "prompt";
      chosen = request.scenario();
    } else {
      chosenBy = "Authorization";
      chosen = key.scenario();
    }
    if (chosen == null) return request.withScenario(null);
    if (!enabled) {
      String asked = chosenBy.equals("Authorization") ? "the key " + key.id() + " has the scenario" : "asks for the scenario";
      throw new InvalidFieldException(chosenBy, asked + " '" + chosen + "', but scenarios are switched off on this server"
          + " (reelgate serve --no-scenarios, the default when upstream routes are configured)");
    }
    refuseAtCreate(key.id(), chosen);
    return request.withScenario(chosen);
  }

  private void refuseAtCreate(String keyId, Scenario scenario) {
    switch (scenario.name()) {
      case CONTENT_POLICY -> {
        if (scenario.text("at").equals("create")) {
          throw new ContentPolicyException("the prompt or a picture was flagged as sensitive by the content policy"
              + " (scenario content-policy at=create); change the input");
        }
      }
      case RATE_LIMITED -> {
        int n = scenario.number("n");
        int turn = turn(keyId, scenario, n + 1);
        if (turn < n) throw new ScenarioRateLimit(keyId, turn + 1, n, RETRY_AFTER_SECONDS);
      }
      case INSUFFICIENT_BALANCE -> throw new ScenarioBalance(keyId);
      case SERVER_ERROR -> {
        if (turn(keyId, scenario, 2) == 0) {
          throw new ServiceUnavailableException("the service is unavailable for a moment (scenario server-error); retry after "
              + RETRY_AFTER_SECONDS + " s", RETRY_AFTER_SECONDS);
        }
      }
      default -> {}
    }
  }

  /** This create's turn, 0 to {@code cycle - 1}, among the key's creates of {@code scenario}. */
  private int turn(String keyId, Scenario scenario, int cycle) {
    return turns.computeIfAbsent(keyId + "\n" + scenario, k -> new AtomicInteger()).getAndUpdate(t -> (t + 1) % cycle);
  }

  /**
   * Whether the link to the video of {@code task} is handed out expired this time: for a task of
   * {@code expired-link}, the first time only (MiniMax's {@code files/retrieve}, asked again, issues
   * a fresh one, as MiniMax does for a link that expired).
   */
  public boolean expiredThisTime(Task task) {
    return task.request().scenario() != null && task.request().scenario().is(ScenarioName.EXPIRED_LINK)
        && retrieved.add(task.id());
  }
}
