package io.reelgate.server.files.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class S3ConfigTest {
  @Test
  void a_location_names_the_bucket_and_an_optional_prefix() {
    assertThat(S3Config.parse("s3://videos")).extracting(S3Config::bucket, S3Config::prefix).containsExactly("videos", "");
    assertThat(S3Config.parse("s3://videos/reelgate/prod/").prefix()).isEqualTo("reelgate/prod");
    assertThat(S3Config.parse("s3://videos/reelgate/").location()).isEqualTo("s3://videos/reelgate");
  }

  @Test
  void anything_else_is_refused() {
    assertThatThrownBy(() -> S3Config.parse("videos")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> S3Config.parse("s3://")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> S3Config.parse("https://videos.s3.amazonaws.com")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_secret_key_is_never_printed() {
    assertThat(new S3Config.Credentials("AKIA", "s3cr3t").toString()).doesNotContain("s3cr3t");
  }
}
