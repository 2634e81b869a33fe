package io.reelgate.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DefaultImageSourceTest {
  private final DefaultImageSource source =
      new DefaultImageSource((field, ref) -> "data".getBytes(), (field, ref) -> "url".getBytes());

  @ParameterizedTest
  @ValueSource(strings = {"data:image/png;base64,AAAA", "  DATA:image/png;base64,AAAA"})
  void data_uris_go_to_the_data_uri_source(String reference) {
    assertThat(new String(source.fetch("image", reference))).isEqualTo("data");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://example.com/a.png", "HTTPS://example.com/a.png"})
  void http_urls_go_to_the_url_source(String reference) {
    assertThat(new String(source.fetch("image", reference))).isEqualTo("url");
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "file:///etc/passwd | image: must be an http(s) URL or a data:image/...;base64, URI; got a 'file:' reference",
        "ftp://example.com/a.png | image: must be an http(s) URL or a data:image/...;base64, URI; got a 'ftp:' reference",
        "iVBORw0KGgoAAAANSUhEUg | image: must be an http(s) URL or a data:image/...;base64, URI; got neither",
        "'   ' | image: is empty; give a URL or a data URI",
      })
  void other_schemes_and_garbage_are_refused(String reference, String message) {
    assertThatThrownBy(() -> source.fetch("image", reference)).hasMessage(message);
  }
}
