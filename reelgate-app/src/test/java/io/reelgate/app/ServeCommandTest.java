package io.reelgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.server.limits.RequestLimits;
import io.reelgate.server.storage.s3.S3Config;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {
  @Test
  void storage_flags_select_an_s3_bucket() {
    ServeCommand serve = parse("--storage", "s3://videos/reelgate/", "--s3-endpoint", "http://minio:9000",
        "--s3-region", "eu-west-3", "--s3-path-style");

    S3Config s3 = serve.s3Storage();

    assertThat(s3.location()).isEqualTo("s3://videos/reelgate");
    assertThat(s3.endpoint()).isEqualTo(URI.create("http://minio:9000"));
    assertThat(s3.region()).isEqualTo("eu-west-3");
    assertThat(s3.pathStyle()).isTrue();
    assertThat(s3.credentials()).as("from the AWS settings").isNull();
  }

  @Test
  void without_storage_the_files_stay_in_the_local_folder() {
    if (System.getenv("REELGATE_STORAGE") != null) return; // this machine chose S3 for every server
    assertThat(parse().s3Storage()).isNull();
  }

  @Test
  void without_flags_the_limits_on_slow_clients_are_the_servers_defaults() {
    assertThat(parse().requestLimits()).isEqualTo(RequestLimits.DEFAULT);
  }

  @Test
  void the_limits_on_slow_clients_come_from_their_flags() {
    RequestLimits limits = parse("--body-min-rate", "0", "--body-timeout", "30", "--max-in-flight-per-key", "2", "--image-timeout", "5")
        .requestLimits();
    assertThat(limits).isEqualTo(new RequestLimits(0, Duration.ofSeconds(30), 2, Duration.ofSeconds(5)));
  }

  private static ServeCommand parse(String... args) {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs(args);
    return serve;
  }
}
