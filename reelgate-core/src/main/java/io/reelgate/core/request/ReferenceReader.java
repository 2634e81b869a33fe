package io.reelgate.core.request;

import io.reelgate.core.image.ImageInput;
import io.reelgate.core.image.ImageSource;
import io.reelgate.core.media.MediaInfo;
import io.reelgate.core.media.MediaRules;
import io.reelgate.core.media.ReferenceRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Fetches and checks every reference item of a create, in order: pictures (by the pictures'
 * rules; the first one is the picture the engine films, read once), then clips, then sound files,
 * each named in errors by its role and its place among its kind ({@code reference_video[1]}), the
 * totals by the kind ({@code reference_video}).
 */
final class ReferenceReader {
  private final MediaSources sources;

  ReferenceReader(MediaSources sources) {
    this.sources = sources;
  }

  /**
   * @param filmed the first picture, already read (null when there is none)
   * @param images reads one picture, by field and reference
   */
  List<ReferenceFile> read(References references, ImageInput filmed, BiFunction<String, String, ImageInput> images) {
    List<ReferenceFile> files = new ArrayList<>();
    for (int i = 0; i < references.images().size(); i++) {
      ImageInput image = i == 0 ? filmed : images.apply(ReferenceRole.IMAGE.field(i), references.images().get(i));
      files.add(new ReferenceFile(ReferenceRole.IMAGE, image.bytes(), image.info().format().name().toLowerCase(Locale.ROOT)));
    }
    media(ReferenceRole.VIDEO, references.videos(), sources.videos(), MediaRules::checkVideo, files);
    media(ReferenceRole.AUDIO, references.audios(), sources.audios(), MediaRules::checkAudio, files);
    return List.copyOf(files);
  }

  /** Fetches and checks the clips or sound files of {@code role}, then their total length. */
  private static void media(ReferenceRole role, List<String> urls, ImageSource source,
      BiFunction<String, byte[], MediaInfo> check, List<ReferenceFile> files) {
    List<MediaInfo> read = new ArrayList<>();
    for (int i = 0; i < urls.size(); i++) {
      String field = role.field(i);
      byte[] bytes = source.fetch(field, urls.get(i).strip());
      read.add(check.apply(field, bytes));
      files.add(new ReferenceFile(role, bytes, read.getLast().format()));
    }
    MediaRules.checkTotal(role, read);
  }
}
