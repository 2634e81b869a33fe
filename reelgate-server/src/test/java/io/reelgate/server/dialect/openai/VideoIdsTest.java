package io.reelgate.server.dialect.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.core.error.InvalidFieldException;
import org.junit.jupiter.api.Test;

class VideoIdsTest {
  private final VideoIds ids = new VideoIds();

  @Test
  void a_remix_names_its_source_and_a_chain_stops_before_its_id_outgrows_a_folder_name() {
    String id = ids.next();
    for (int depth = 1; depth <= VideoIds.MAX_REMIX_DEPTH; depth++) {
      String remix = ids.remixOf(id);
      assertThat(VideoIds.remixedFrom(remix)).isEqualTo(id);
      assertThat(remix.length()).isLessThan(255);
      id = remix;
    }
    String last = id;
    assertThatThrownBy(() -> ids.remixOf(last))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("video_id"));
  }
}
