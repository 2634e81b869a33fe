package io.reelgate.motion.encode;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avformat.av_find_best_stream;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.javacpp.PointerPointer;

/** An opened container with its stream information read, and the packet it reads into. */
final class VideoInput implements AutoCloseable {
  final AVFormatContext context;
  final AVPacket packet;
  final int videoIndex;

  private VideoInput(AVFormatContext context, AVPacket packet, int videoIndex) {
    this.context = context;
    this.packet = packet;
    this.videoIndex = videoIndex;
  }

  static VideoInput open(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString());
    }
    Ffmpeg.init();
    AVFormatContext context = new AVFormatContext(null);
    Ffmpeg.check(
        avformat_open_input(context, file.toAbsolutePath().toString(), null, null),
        "opening " + file);
    AVPacket packet = null;
    try {
      Ffmpeg.check(
          avformat_find_stream_info(context, (PointerPointer<?>) null),
          "reading stream information of " + file);
      int videoIndex =
          Ffmpeg.check(
              av_find_best_stream(context, AVMEDIA_TYPE_VIDEO, -1, -1, (AVCodec) null, 0),
              "finding a video stream in " + file);
      packet = av_packet_alloc();
      return new VideoInput(context, packet, videoIndex);
    } catch (IOException | RuntimeException e) {
      if (packet != null) {
        av_packet_free(packet);
      }
      avformat_close_input(context);
      throw e;
    }
  }

  AVStream videoStream() {
    return context.streams(videoIndex);
  }

  /** The first audio stream, or null when the file has none. */
  AVStream audioStream() {
    int index = av_find_best_stream(context, AVMEDIA_TYPE_AUDIO, -1, -1, (AVCodec) null, 0);
    return index < 0 ? null : context.streams(index);
  }

  /** Reads the next packet into {@link #packet}; false at the end of the file. */
  boolean readPacket() throws IOException {
    av_packet_unref(packet);
    int result = av_read_frame(context, packet);
    if (result == AVERROR_EOF) {
      return false;
    }
    Ffmpeg.check(result, "reading a packet");
    return true;
  }

  int countPackets(int streamIndex) throws IOException {
    int count = 0;
    while (readPacket()) {
      if (packet.stream_index() == streamIndex) {
        count++;
      }
    }
    return count;
  }

  @Override
  public void close() {
    av_packet_free(packet);
    avformat_close_input(context);
  }
}
