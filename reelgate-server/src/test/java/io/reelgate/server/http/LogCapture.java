package io.reelgate.server.http;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * Every log line written while it is open, each formatted by the console appender of the logging
 * configuration (the pattern the server's operators read), so a test sees the lines as printed.
 */
final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  @SuppressWarnings("unchecked")
  private final LayoutWrappingEncoder<ILoggingEvent> encoder =
      (LayoutWrappingEncoder<ILoggingEvent>) ((ConsoleAppender<ILoggingEvent>) root.getAppender("STDERR")).getEncoder();

  LogCapture() {
    setContext(root.getLoggerContext());
    start();
    root.addAppender(this);
  }

  @Override
  protected void append(ILoggingEvent event) {
    lines.add(encoder.getLayout().doLayout(event));
  }

  List<String> lines() {
    return List.copyOf(lines);
  }

  @Override
  public void close() {
    root.detachAppender(this);
    stop();
  }
}
