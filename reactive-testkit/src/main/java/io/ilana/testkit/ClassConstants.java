package io.ilana.testkit;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The string constants a compiled class holds (its literals, switch-on-string labels and string
 * concatenation recipes), read from the class file's constant pool. Architecture tests use it to
 * find code that names something it should not, which class dependencies alone cannot show.
 */
public final class ClassConstants {
  private ClassConstants() {}

  /** Every {@code CONSTANT_String} of the class file at {@code classFile}. */
  public static List<String> strings(URI classFile) {
    try (InputStream in = classFile.toURL().openStream()) {
      return strings(new DataInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + classFile, e);
    }
  }

  private static List<String> strings(DataInputStream in) throws IOException {
    in.readInt(); // magic
    in.readUnsignedShort(); // minor version
    in.readUnsignedShort(); // major version
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    List<Integer> stringIndexes = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 8 -> stringIndexes.add(in.readUnsignedShort());
        case 7, 16, 19, 20 -> in.skipNBytes(2);
        case 15 -> in.skipNBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
        case 5, 6 -> {
          in.skipNBytes(8);
          i++; // a long or double takes two entries
        }
        default -> throw new IOException("Unknown constant pool tag " + tag + " at entry " + i);
      }
    }
    List<String> strings = new ArrayList<>();
    for (int index : stringIndexes) {
      strings.add(utf8[index]);
    }
    return strings;
  }
}
