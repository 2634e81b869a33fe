package io.reelgate.server.links;

import io.reelgate.server.links.ByteRange;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteRangeTest {
  private static final long SIZE = 1000;

  @Test
  void closed_range_is_read_inclusively() {
    assertThat(ByteRange.parse("bytes=0-99", SIZE)).isEqualTo(new ByteRange.Part(new ByteRange(0, 99)));
  }

  @Test
  void open_range_runs_to_the_end() {
    assertThat(ByteRange.parse("bytes=900-", SIZE)).isEqualTo(new ByteRange.Part(new ByteRange(900, 999)));
  }

  @Test
  void suffix_range_is_the_last_bytes() {
    assertThat(ByteRange.parse("bytes=-100", SIZE)).isEqualTo(new ByteRange.Part(new ByteRange(900, 999)));
    assertThat(ByteRange.parse("bytes=-5000", SIZE)).isEqualTo(new ByteRange.Part(new ByteRange(0, 999)));
  }

  @Test
  void range_ending_past_the_end_is_cut_to_the_file() {
    assertThat(ByteRange.parse("bytes=990-5000", SIZE)).isEqualTo(new ByteRange.Part(new ByteRange(990, 999)));
  }

  @Test
  void range_starting_past_the_end_is_unsatisfiable() {
    assertThat(ByteRange.parse("bytes=1000-", SIZE)).isInstanceOf(ByteRange.Unsatisfiable.class);
    assertThat(ByteRange.parse("bytes=-0", SIZE)).isInstanceOf(ByteRange.Unsatisfiable.class);
  }

  @Test
  void absent_malformed_or_multiple_ranges_mean_the_whole_file() {
    assertThat(ByteRange.parse(null, SIZE)).isInstanceOf(ByteRange.Whole.class);
    assertThat(ByteRange.parse("bytes=5-1", SIZE)).isInstanceOf(ByteRange.Whole.class);
    assertThat(ByteRange.parse("items=0-1", SIZE)).isInstanceOf(ByteRange.Whole.class);
    assertThat(ByteRange.parse("bytes=0-1,5-9", SIZE)).isInstanceOf(ByteRange.Whole.class);
    assertThat(ByteRange.parse("bytes=99999999999999999999-", SIZE)).isInstanceOf(ByteRange.Whole.class);
  }
}
