package io.reelgate.server.store.sqlite;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderLockTest {
  @TempDir Path dataDir;

  @Test
  void a_second_server_on_the_same_data_folder_is_refused_until_the_first_stops() throws Exception {
    DataFolderLock first = DataFolderLock.acquire(dataDir);

    assertThatThrownBy(() -> DataFolderLock.acquire(dataDir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("another Reelgate server");

    first.close();
    DataFolderLock.acquire(dataDir).close();
  }
}
