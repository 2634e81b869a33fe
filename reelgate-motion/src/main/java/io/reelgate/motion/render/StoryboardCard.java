package io.reelgate.motion.render;

import io.reelgate.core.camera.CameraScriptParser;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint.CycleMethod;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What text-to-video films, having no picture: a storyboard card. The backdrop is a diagonal
 * gradient between two colours drawn from a hash of the prompt (the same prompt always gives the
 * same card), strewn with soft glows and small sparks of several sizes so that every camera move
 * shows; the prompt, without its camera commands, is set over it in white on a translucent dark
 * panel, word-wrapped in the logical font "SansSerif", which every JRE maps to an installed font.
 * Chinese text needs a CJK font on the machine (fontconfig falls back to one if installed, such as
 * Droid Sans Fallback or Noto CJK); without one its characters show as boxes.
 *
 * <p>The text stays within the middle 70% of the width and 50% of the height, where the camera's
 * framing keeps it in view throughout the clip.
 */
final class StoryboardCard {
  private static final Pattern BRACKETS = Pattern.compile("[\\[【［]([^\\[\\]【】［］]*)[\\]】］]");
  private static final float LARGEST_TEXT = 1 / 12f;
  private static final float SMALLEST_TEXT = 1 / 40f;

  private StoryboardCard() {}

  public static BufferedImage draw(String prompt, int width, int height) {
    BufferedImage card = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = card.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      SplittableRandom random = new SplittableRandom(fingerprint(prompt));
      drawBackdrop(g, random, width, height);
      drawText(g, withoutCameraCommands(prompt), width, height);
    } finally {
      g.dispose();
    }
    return card;
  }

  /** The prompt as a viewer should read it: bracketed camera commands removed. */
  static String withoutCameraCommands(String prompt) {
    Matcher matcher = BRACKETS.matcher(prompt);
    StringBuilder kept = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(kept, isCameraCommands(matcher.group(1)) ? " " : Matcher.quoteReplacement(matcher.group()));
    }
    matcher.appendTail(kept);
    return kept.toString().replaceAll("\\s+", " ").strip();
  }

  /** Asks the core's parser, so the card drops exactly the brackets that the camera obeys. */
  private static boolean isCameraCommands(String bracket) {
    return !CameraScriptParser.parse("[" + bracket + "]", false).defaulted();
  }

  private static void drawBackdrop(Graphics2D g, SplittableRandom random, int width, int height) {
    float hue = (float) random.nextDouble();
    Color from = Color.getHSBColor(hue, 0.55f + 0.2f * (float) random.nextDouble(), 0.45f);
    Color to = Color.getHSBColor(hue + 0.15f + 0.2f * (float) random.nextDouble(), 0.6f, 0.25f);
    g.setPaint(new LinearGradientPaint(0, 0, width, height, new float[] {0, 1}, new Color[] {from, to}));
    g.fillRect(0, 0, width, height);
    // Soft glows of many sizes: motion shows at every scale without distracting from the text.
    for (int i = 0; i < 48; i++) {
      float x = (float) (random.nextDouble() * width);
      float y = (float) (random.nextDouble() * height);
      float radius = (float) (height * (0.03 + 0.15 * random.nextDouble()));
      Color glow = Color.getHSBColor(hue + (float) (0.3 * random.nextDouble()), 0.35f, 0.95f);
      int alpha = 40 + random.nextInt(60);
      g.setPaint(
          new RadialGradientPaint(
              new Point2D.Float(x, y),
              radius,
              new float[] {0, 1},
              new Color[] {withAlpha(glow, alpha), withAlpha(glow, 0)},
              CycleMethod.NO_CYCLE));
      g.fill(new Ellipse2D.Float(x - radius, y - radius, 2 * radius, 2 * radius));
    }
    // Small sharp sparks: fine detail that makes sub-pixel motion visible.
    for (int i = 0; i < 400; i++) {
      float size = (float) (height * (0.002 + 0.004 * random.nextDouble()));
      g.setColor(new Color(255, 255, 255, 60 + random.nextInt(120)));
      g.fill(new Ellipse2D.Float((float) (random.nextDouble() * width), (float) (random.nextDouble() * height), size, size));
    }
  }

  private static void drawText(Graphics2D g, String text, int width, int height) {
    if (text.isEmpty()) return;
    int maxWidth = Math.round(width * 0.7f);
    int maxHeight = Math.round(height * 0.5f);
    Font font = null;
    List<String> lines = List.of();
    // The largest size at which the whole prompt fits; at the smallest, what does not fit is cut.
    for (float size = height * LARGEST_TEXT; size >= height * SMALLEST_TEXT; size *= 0.9f) {
      font = new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont(size);
      lines = wrap(text, g.getFontMetrics(font), maxWidth);
      if (lines.size() * g.getFontMetrics(font).getHeight() <= maxHeight) break;
    }
    FontMetrics metrics = g.getFontMetrics(font);
    int lineHeight = metrics.getHeight();
    int fitting = Math.max(1, maxHeight / lineHeight);
    if (lines.size() > fitting) {
      lines = new ArrayList<>(lines.subList(0, fitting));
      lines.set(fitting - 1, lines.get(fitting - 1) + " …");
    }
    int textWidth = lines.stream().mapToInt(metrics::stringWidth).max().orElse(0);
    int textHeight = lines.size() * lineHeight;
    float pad = lineHeight * 0.6f;
    g.setColor(new Color(0, 0, 0, 110));
    g.fill(
        new RoundRectangle2D.Float(
            (width - textWidth) / 2f - pad, (height - textHeight) / 2f - pad, textWidth + 2 * pad,
            textHeight + 2 * pad, pad, pad));
    g.setFont(font);
    g.setColor(Color.WHITE);
    int y = (height - textHeight) / 2 + metrics.getAscent();
    for (String line : lines) {
      g.drawString(line, (width - metrics.stringWidth(line)) / 2f, y);
      y += lineHeight;
    }
  }

  /** Greedy word wrap; a word wider than a line (or text without spaces, as Chinese) is broken by character. */
  static List<String> wrap(String text, FontMetrics metrics, int maxWidth) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (metrics.stringWidth(candidate) <= maxWidth) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
        line.setLength(0);
      }
      for (int cp : word.codePoints().toArray()) {
        String next = line + Character.toString(cp);
        if (!line.isEmpty() && metrics.stringWidth(next) > maxWidth) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.appendCodePoint(cp);
      }
    }
    if (!line.isEmpty()) lines.add(line.toString());
    return lines;
  }

  private static Color withAlpha(Color color, int alpha) {
    return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
  }

  /** FNV-1a over the prompt's UTF-8 bytes: a stable seed, unlike String.hashCode's narrow range. */
  private static long fingerprint(String prompt) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : prompt.getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
    }
    return hash;
  }
}
